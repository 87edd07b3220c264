// Reading GEXF (1.1draft, 1.2draft and 1.3, as Gephi, networkx and our own writer produce it)
// into a care map. Typed attributes named like our columns fill the matching node and tie
// fields; every other attribute becomes a custom field keeping its declared type. Files from
// other tools carry no kinds: nodes are read as people and ties as care ties, with a warning.
// Undirected edges become mutual ties. Nested nodes (GEXF hierarchies) are flattened.
import { type CareMap, type Result, TIE_KIND_IDS } from '../../model';
import { addField, assembleMap, type Draft } from '../table/assemble';
import { NODE_COLUMNS, parseTyped, TIE_COLUMNS } from '../table/columns';
import { IdMapper } from '../table/ids';
import { plural, ReadReport } from '../table/report';
import { titleFromFileName } from '../table/text';
import { COLOR_FIELD, colourFrom, colourText, SIZE_FIELD, WEIGHT_FIELD } from '../table/viz';
import type { FileInput, ReadOptions } from '../types';
import { applyDeclared, type Declared, type DeclaredValue, parseGraphFile, readEdgeElements, readEmbedded, readNodeElements, readOneXmlFile } from '../xml/elements';
import { childrenNamed, firstChild, type XmlElement } from '../xml/parse';

function readDeclarations(graph: XmlElement, report: ReadReport): { node: Map<string, Declared>; edge: Map<string, Declared> } {
  const node = new Map<string, Declared>();
  const edge = new Map<string, Declared>();
  for (const group of childrenNamed(graph, 'attributes')) {
    const cls = group.attrs.get('class');
    const target = cls === 'node' ? node : cls === 'edge' ? edge : undefined;
    if (target === undefined) {
      report.warn('', `attributes of class "${cls ?? ''}" are not node or edge attributes and were left out`, group.line);
      continue;
    }
    for (const attribute of childrenNamed(group, 'attribute')) {
      const id = attribute.attrs.get('id');
      if (id === undefined) {
        report.error('', `an <attribute> has no id`, attribute.line);
        continue;
      }
      target.set(id, {
        name: attribute.attrs.get('title') ?? id,
        type: attribute.attrs.get('type'),
        defaultValue: firstChild(attribute, 'default')?.text,
      });
    }
  }
  return { node, edge };
}

/** The `<attvalue>`s of a node or edge, by the id of their attribute. */
function attValues(el: XmlElement): DeclaredValue[] {
  const holder = firstChild(el, 'attvalues');
  return (holder === undefined ? [] : childrenNamed(holder, 'attvalue')).map((av) => ({
    key: av.attrs.get('for') ?? av.attrs.get('id') ?? '',
    text: av.attrs.get('value') ?? '',
    line: av.line,
  }));
}

/**
 * Gephi's drawing data kept as custom fields (../table/viz.ts): `<viz:color>` as `color`, and a
 * node's `<viz:size>` or an edge's `<viz:thickness>` as `size`.
 */
function readVizColourAndSize(el: XmlElement, draft: Draft, sizeElement: 'size' | 'thickness'): void {
  const color = firstChild(el, 'color');
  const rgba = color === undefined ? undefined : colourFrom(color.attrs.get('r'), color.attrs.get('g'), color.attrs.get('b'), color.attrs.get('a'));
  if (rgba !== undefined) addField(draft, COLOR_FIELD, colourText(rgba));
  const size = firstChild(el, sizeElement)?.attrs.get('value');
  const n = size === undefined ? undefined : parseTyped(size, 'double');
  if (n?.ok === true) addField(draft, SIZE_FIELD, n.value as number);
}

function collectNodes(container: XmlElement | undefined, out: XmlElement[]): void {
  if (container === undefined) return;
  for (const node of childrenNamed(container, 'node')) {
    out.push(node);
    collectNodes(firstChild(node, 'nodes'), out);
  }
}

/**
 * Read GEXF text into a validated map. Problems name the file, the line and the document path;
 * nothing is thrown. `options.title` names a map whose file carries no Carewealth data.
 */
export function readGexfText(text: string, fileName: string, options: ReadOptions = {}): Result<CareMap> {
  const opened = parseGraphFile(text, fileName, 'gexf', 'GEXF');
  if (!opened.ok) return opened;
  const { root, graphs } = opened.value;
  const graph = graphs[0] as XmlElement;
  const report = new ReadReport(fileName);
  const declarations = readDeclarations(graph, report);

  const meta = firstChild(root, 'meta');
  const mapEl = meta === undefined ? undefined : firstChild(meta, 'map');
  const embedded = mapEl === undefined ? undefined : readEmbedded(mapEl, fileName, 'meta');
  if (embedded !== undefined && !embedded.ok) return embedded;
  report.ownFile = embedded !== undefined;

  const nodeEls: XmlElement[] = [];
  collectNodes(firstChild(graph, 'nodes'), nodeEls);
  const nodeIds = new IdMapper('n');
  const nodes = readNodeElements(report, nodeEls, nodeIds, (el, draft, at) => {
    applyDeclared(report, draft, NODE_COLUMNS, attValues(el), declarations.node, at, el.line, 'attribute');
    readVizColourAndSize(el, draft, 'size');
    const viz = firstChild(el, 'position');
    if (draft.value.position === undefined && viz !== undefined) {
      const x = parseTyped(viz.attrs.get('x') ?? '0', 'double');
      const y = parseTyped(viz.attrs.get('y') ?? '0', 'double');
      // Gephi's y axis points up, the graph view's down; not pinned, so our layout may move it
      if (x.ok && y.ok) draft.value.position = { x: x.value, y: -(y.value as number) || 0, pinned: false };
      else report.warn(`${at}.position`, 'the viz:position is not a pair of numbers and was left out', viz.line);
    }
  });

  const defaultType = graph.attrs.get('defaultedgetype') ?? 'undirected';
  const ties = readEdgeElements(report, childrenNamed(firstChild(graph, 'edges') ?? graph, 'edge'), nodeIds, (el, draft, at) => {
    const type = el.attrs.get('type') ?? defaultType;
    if (type === 'undirected' || type === 'mutual') draft.value.mutual = true;
    const label = el.attrs.get('label');
    if (label !== undefined) draft.value.label = label;
    applyDeclared(report, draft, TIE_COLUMNS, attValues(el), declarations.edge, at, el.line, 'attribute');
    // GEXF 1.3's `kind` tells parallel edges apart; it is our tie kind when it names one
    const nativeKind = el.attrs.get('kind');
    if (nativeKind !== undefined && draft.value.kind === undefined) {
      if ((TIE_KIND_IDS as readonly string[]).includes(nativeKind)) draft.value.kind = nativeKind;
      else if (draft.fields?.kind === undefined) draft.fields = { ...draft.fields, kind: nativeKind };
    }
    // our writer repeats hoursPerWeek as the weight when the tie has no weight of its own
    const weight = el.attrs.get('weight');
    if (weight !== undefined && draft.fields?.[WEIGHT_FIELD] === undefined) {
      const w = parseTyped(weight, 'double');
      if (!w.ok) report.tally('bad weight', `${at}.weight`, el.line, (n) => `${plural(n, 'edge weight is', 'edge weights are')} not a number (the first is "${weight.slice(0, 40)}") and ${n === 1 ? 'was' : 'were'} left out`);
      else if (w.value !== draft.value.hoursPerWeek) addField(draft, WEIGHT_FIELD, w.value as number);
    }
    readVizColourAndSize(el, draft, 'thickness');
  });

  // GEXF 1.3 gives a title in <meta>; Gephi Lite also names the graph itself
  const described = (name: string) => {
    const text = meta === undefined ? undefined : firstChild(meta, name)?.text.trim();
    return text === '' ? undefined : text;
  };
  const description = described('description');
  return assembleMap(
    report,
    {
      nodes,
      ties,
      ...(embedded !== undefined ? { embedded: embedded.value } : {}),
      title: options.title ?? described('title') ?? (graph.attrs.get('name')?.trim() || titleFromFileName(fileName)),
      ...(description !== undefined ? { description } : {}),
    },
    options,
  );
}

/** The FileFormat reader: exactly one `.gexf` file. */
export function readGexf(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  return readOneXmlFile(files, 'GEXF', readGexfText, options);
}
