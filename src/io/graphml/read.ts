// Reading GraphML (ours, networkx's, Gephi's, yEd's) into a care map. `<data>` whose key's
// attr.name is one of our columns fills that field; other named keys become custom fields with
// the key's declared type; keys without attr.name (yEd's drawing data) are skipped. Nested
// graphs are flattened; hyperedges are left out with a warning. Undirected edges (by
// `edgedefault` or an edge's own `directed="false"`) become mutual ties.
import { type CareMap, fail, problem, type Result } from '../../model';
import { decodeText, parseJsonSafely } from '../guard';
import type { FileInput, ReadOptions } from '../types';
import { applyValue, assembleMap, cleanLabel, type Draft, IdMapper, ReadContext, startTieDraft, titleFromFileName, warnNodeRepairs } from '../xml/assemble';
import { NODE_COLUMNS, TIE_COLUMNS } from '../xml/flat';
import { childrenNamed, firstChild, parseXml, type XmlElement } from '../xml/parse';
import { CAREWEALTH_GRAPHML_KEY } from './write';

interface Key {
  readonly for: string;
  /** Undefined for keys with no attr.name, such as yEd's graphics. */
  readonly name: string | undefined;
  readonly type: string | undefined;
  readonly defaultValue: string | undefined;
}

function readKeys(root: XmlElement, ctx: ReadContext): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const el of childrenNamed(root, 'key')) {
    const id = el.attrs.get('id');
    if (id === undefined) {
      ctx.error('', 'a <key> has no id', el.line);
      continue;
    }
    keys.set(id, {
      for: el.attrs.get('for') ?? 'all',
      name: el.attrs.get('attr.name'),
      type: el.attrs.get('attr.type'),
      defaultValue: firstChild(el, 'default')?.text,
    });
  }
  return keys;
}

/** Every node and edge of a graph and of the graphs nested in its nodes, in document order. */
function flatten(graph: XmlElement, nodes: XmlElement[], edges: XmlElement[]): void {
  for (const node of childrenNamed(graph, 'node')) {
    nodes.push(node);
    for (const inner of childrenNamed(node, 'graph')) flatten(inner, nodes, edges);
  }
  edges.push(...childrenNamed(graph, 'edge'));
}

function readData(ctx: ReadContext, el: XmlElement, draft: Draft, keys: ReadonlyMap<string, Key>, what: 'node' | 'edge', at: string): void {
  const columns = what === 'node' ? NODE_COLUMNS : TIE_COLUMNS;
  const seen = new Set<string>();
  for (const data of childrenNamed(el, 'data')) {
    const id = data.attrs.get('key') ?? '';
    const key = keys.get(id);
    if (key === undefined || (key.for !== what && key.for !== 'all')) {
      ctx.warn(at, `data for the undeclared ${what} key "${id}" was left out`, data.line);
      continue;
    }
    seen.add(id);
    if (key.name !== undefined) applyValue(ctx, draft, columns, key.name, key.type, data.text, at, data.line);
  }
  for (const [id, key] of keys) {
    if (seen.has(id) || key.defaultValue === undefined || key.name === undefined) continue;
    if (key.for === what || key.for === 'all') applyValue(ctx, draft, columns, key.name, key.type, key.defaultValue, at, el.line);
  }
}

/**
 * Read GraphML text into a validated map. Problems name the file, the line and the document
 * path; nothing is thrown. Only the first top-level `<graph>` is read.
 */
export function readGraphmlText(text: string, fileName: string, options: ReadOptions = {}): Result<CareMap> {
  const parsed = parseXml(text, fileName);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'graphml') {
    return fail([problem('', `is not a GraphML file: the root element is <${root.name}>, expected <graphml>`, { file: fileName, line: root.line ?? 1 })]);
  }
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (graph === undefined) return fail([problem('', 'has no <graph> element', { file: fileName, line: root.line ?? 1 })]);
  const ctx = new ReadContext(fileName);
  if (graphs.length > 1) ctx.warn('', `has ${graphs.length} graphs; only the first was read`, graphs[1]?.line);
  const keys = readKeys(root, ctx);

  // ---- graph-level data: our map-level JSON, or a title and description from elsewhere
  let embedded: { value: unknown; line: number | undefined } | undefined;
  const graphData = new Map<string, string>();
  for (const data of childrenNamed(graph, 'data')) {
    const key = keys.get(data.attrs.get('key') ?? '');
    if (key?.name === undefined) continue;
    if (key.name === CAREWEALTH_GRAPHML_KEY) {
      const json = parseJsonSafely(data.text, fileName);
      if (!json.ok) return fail(json.problems.map((p) => ({ ...p, path: p.path === '' ? CAREWEALTH_GRAPHML_KEY : `${CAREWEALTH_GRAPHML_KEY}:${p.path}`, line: data.line })));
      embedded = { value: json.value, line: data.line };
    } else graphData.set(key.name, data.text);
  }

  const nodeEls: XmlElement[] = [];
  const edgeEls: XmlElement[] = [];
  flatten(graph, nodeEls, edgeEls);

  // ---- nodes
  const nodeIds = new IdMapper('n');
  const firstLine = new Map<string, number | undefined>();
  const nodes: Draft[] = [];
  let relabelled = 0;
  nodeEls.forEach((el, i) => {
    const at = `nodes[${i}]`;
    const original = el.attrs.get('id');
    if (original === undefined) return ctx.error(`${at}.id`, 'a <node> has no id', el.line);
    if (firstLine.has(original)) {
      return ctx.error(`${at}.id`, `duplicate node id "${original}" (first on line ${firstLine.get(original) ?? '?'})`, el.line);
    }
    firstLine.set(original, el.line);
    const draft: Draft = { value: { id: nodeIds.map(original) }, line: el.line };
    readData(ctx, el, draft, keys, 'node', at);
    const read = draft.value.label;
    const { label, changed } = cleanLabel(typeof read === 'string' ? read : undefined, original);
    if (changed) relabelled++;
    draft.value.label = label;
    nodes.push(draft);
  });
  warnNodeRepairs(ctx, relabelled, nodeIds);

  // ---- edges
  const undirected = graph.attrs.get('edgedefault') === 'undirected';
  const tieIds = new IdMapper('t');
  const seenTies = new Map<string, number | undefined>();
  const ties: Draft[] = [];
  edgeEls.forEach((el, j) => {
    const at = `ties[${j}]`;
    const draft = startTieDraft(ctx, el, at, nodeIds, tieIds, seenTies);
    if (draft === undefined) return;
    const directed = el.attrs.get('directed');
    if (directed === 'false' || (directed === undefined && undirected)) draft.value.mutual = true;
    readData(ctx, el, draft, keys, 'edge', at);
    ties.push(draft);
  });
  const hyperedges = childrenNamed(graph, 'hyperedge');
  if (hyperedges.length > 0) ctx.warn('ties', `${hyperedges.length} hyperedges were left out (a tie joins exactly two nodes)`, hyperedges[0]?.line);
  if (tieIds.renamed > 0) ctx.warn('ties', `${tieIds.renamed} edge ids had spaces or other characters ids cannot hold and were renamed`);

  return assembleMap(
    ctx,
    {
      nodes,
      ties,
      ...(embedded !== undefined ? { embedded } : {}),
      title: options.title ?? graphData.get('title') ?? titleFromFileName(fileName),
      ...(graphData.has('description') ? { description: graphData.get('description') } : {}),
    },
    options,
  );
}

/** The FileFormat reader: exactly one `.graphml` file. */
export function readGraphml(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) return fail([problem('', `GraphML is read one file at a time; ${files.length} files were given`)]);
  const text = decodeText(file.name, file.bytes);
  if (!text.ok) return text;
  return readGraphmlText(text.value, file.name, options);
}
