// Reading GraphML (ours, networkx's, igraph's, Gephi's, yEd's, Network Canvas's) into a care map.
// `<data>` whose key's attr.name is one of our columns fills that field; other named keys become
// custom fields with the key's declared type; yEd's graphics, Gephi's colour keys and `<desc>`
// are read by conventions.ts. Nested graphs are flattened; hyperedges are left out with a
// warning. Undirected edges (by `edgedefault` or an edge's own `directed="false"`) become mutual
// ties.
import type { CareMap, Result } from '../../model';
import { assembleMap } from '../table/assemble';
import { NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { IdMapper } from '../table/ids';
import { ReadReport } from '../table/report';
import { titleFromFileName } from '../table/text';
import type { FileInput, ReadOptions } from '../types';
import { applyDeclared, type Declared, type DeclaredValue, parseGraphFile, readEdgeElements, readEmbedded, readNodeElements, readOneXmlFile } from '../xml/elements';
import { childrenNamed, firstChild, type XmlElement } from '../xml/parse';
import { readEdgeConventions, readNodeConventions } from './conventions';
import { CAREWEALTH_GRAPHML_KEY } from './write';

type Domain = 'graph' | 'node' | 'edge';

/**
 * The `<key>`s for each domain. Keys are told apart by id within a domain only: Gephi declares a
 * node key and an edge key both with the id "label", and a key `for="all"` serves every domain.
 */
function readKeys(root: XmlElement, report: ReadReport): Record<Domain, Map<string, Declared>> {
  const keys: Record<Domain, Map<string, Declared>> = { graph: new Map(), node: new Map(), edge: new Map() };
  for (const el of childrenNamed(root, 'key')) {
    const id = el.attrs.get('id');
    if (id === undefined) {
      report.error('', 'a <key> has no id', el.line);
      continue;
    }
    const key: Declared = { name: el.attrs.get('attr.name'), type: el.attrs.get('attr.type'), defaultValue: firstChild(el, 'default')?.text };
    const domain = el.attrs.get('for') ?? 'all';
    for (const d of ['graph', 'node', 'edge'] as const) if (domain === d || domain === 'all') keys[d].set(id, key);
  }
  return keys;
}

/** The `<data>` of a node or edge, by the id of their key. */
function dataValues(el: XmlElement): DeclaredValue[] {
  return childrenNamed(el, 'data').map((data) => ({ key: data.attrs.get('key') ?? '', text: data.text, line: data.line }));
}

/** Every node and edge of a graph and of the graphs nested in its nodes, in document order. */
function flatten(graph: XmlElement, nodes: XmlElement[], edges: XmlElement[]): void {
  for (const node of childrenNamed(graph, 'node')) {
    nodes.push(node);
    for (const inner of childrenNamed(node, 'graph')) flatten(inner, nodes, edges);
  }
  edges.push(...childrenNamed(graph, 'edge'));
}

/**
 * Read GraphML text into a validated map. Problems name the file, the line and the document
 * path; nothing is thrown. Only the first top-level `<graph>` is read.
 */
export function readGraphmlText(text: string, fileName: string, options: ReadOptions = {}): Result<CareMap> {
  const opened = parseGraphFile(text, fileName, 'graphml', 'GraphML');
  if (!opened.ok) return opened;
  const { root, graphs } = opened.value;
  const graph = graphs[0] as XmlElement;
  const report = new ReadReport(fileName);
  if (graphs.length > 1) report.warn('', `has ${graphs.length} graphs; only the first was read`, graphs[1]?.line);
  const keys = readKeys(root, report);

  // ---- graph-level data: our map-level JSON, or a title and description from elsewhere
  let embedded: { value: unknown; line: number | undefined } | undefined;
  const graphData = new Map<string, string>();
  for (const data of childrenNamed(graph, 'data')) {
    const key = keys.graph.get(data.attrs.get('key') ?? '');
    if (key?.name === undefined) continue;
    if (key.name === CAREWEALTH_GRAPHML_KEY) {
      const read = readEmbedded(data, fileName, CAREWEALTH_GRAPHML_KEY);
      if (!read.ok) return read;
      embedded = read.value;
    } else graphData.set(key.name, data.text);
  }
  report.ownFile = embedded !== undefined;

  const nodeEls: XmlElement[] = [];
  const edgeEls: XmlElement[] = [];
  flatten(graph, nodeEls, edgeEls);
  const nodeIds = new IdMapper('n');
  const nodes = readNodeElements(report, nodeEls, nodeIds, (el, draft, at) => {
    applyDeclared(report, draft, NODE_COLUMNS, dataValues(el), keys.node, at, el.line, 'node key');
    readNodeConventions(el, draft, report.ownFile);
  });
  const undirected = graph.attrs.get('edgedefault') === 'undirected';
  const ties = readEdgeElements(report, edgeEls, nodeIds, (el, draft, at) => {
    const directed = el.attrs.get('directed');
    if (directed === 'false' || (directed === undefined && undirected)) draft.value.mutual = true;
    applyDeclared(report, draft, TIE_COLUMNS, dataValues(el), keys.edge, at, el.line, 'edge key');
    readEdgeConventions(el, draft);
  });
  const hyperedges = childrenNamed(graph, 'hyperedge');
  if (hyperedges.length > 0) report.warn('ties', `${hyperedges.length} hyperedges were left out (a tie joins exactly two nodes)`, hyperedges[0]?.line);

  const desc = firstChild(graph, 'desc')?.text;
  const description = graphData.get('description') ?? graphData.get('Description') ?? (desc?.trim() === '' ? undefined : desc);
  return assembleMap(
    report,
    {
      nodes,
      ties,
      ...(embedded !== undefined ? { embedded } : {}),
      title: options.title ?? graphData.get('title') ?? titleFromFileName(fileName),
      ...(description !== undefined ? { description } : {}),
    },
    options,
  );
}

/** The FileFormat reader: exactly one `.graphml` file. */
export function readGraphml(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  return readOneXmlFile(files, 'GraphML', readGraphmlText, options);
}
