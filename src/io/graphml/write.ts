// Writing a care map as GraphML (yEd, Cytoscape desktop, networkx, igraph). Every node and tie
// field is a typed `<key>` (one per column of ../xml/flat.ts; lists as `|`-joined strings,
// custom fields as `field:NAME`). The graph is `edgedefault="directed"` with one edge per tie,
// parallel edges allowed and `mutual` kept as a boolean, so edge counts match the map. The
// map-level parts (id, meta, care types, overlays, records, snapshots) travel as one JSON string
// in the graph-level key `carewealth`, so native -> GraphML -> native loses nothing; the title
// and description are repeated as plain graph keys for people browsing the file.
import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import { fieldColumns, FIELD_PREFIX, type FlatColumn, type FlatType, formatValue, getColumn, getField, LABEL_COLUMN, mapLevelParts, NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { XmlBuilder } from '../xml/write';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
/** attr.name of the graph-level key holding the map-level parts as JSON. */
export const CAREWEALTH_GRAPHML_KEY = 'carewealth';

const GRAPHML_TYPES: Record<FlatType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', list: 'string' };

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly get: (item: CareNode | Tie) => string | undefined;
}

function keysFor(items: readonly (CareNode | Tie)[], columns: readonly FlatColumn[], prefix: string): Key[] {
  const used = [LABEL_COLUMN, ...columns].filter((c) => items.some((item) => getColumn(item, c) !== undefined));
  const keys: Omit<Key, 'id'>[] = [
    ...used.map((c) => ({
      name: c.name,
      type: GRAPHML_TYPES[c.type],
      get: (item: CareNode | Tie) => {
        const v = getColumn(item, c);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
    ...fieldColumns(items).map((f) => ({
      name: `${FIELD_PREFIX}${f.name}`,
      // custom numbers may exceed a 32-bit int
      type: f.type === 'integer' ? 'long' : f.type,
      get: (item: CareNode | Tie) => {
        const v = getField(item, f);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
  ];
  return keys.map((k, i) => ({ ...k, id: `${prefix}${i}` }));
}

/** The `[key id, text]` pairs an item has a value for. */
function dataOf(item: CareNode | Tie, keys: readonly Key[]): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  for (const key of keys) {
    const v = key.get(item);
    if (v !== undefined) out.push([key.id, v]);
  }
  return out;
}

function writeData(xml: XmlBuilder, data: readonly (readonly [string, string])[]): void {
  for (const [key, value] of data) xml.leaf('data', [['key', key]], value);
}

/** The GraphML document text for a map (UTF-8, two-space indent, ending in a newline). */
export function serializeGraphml(doc: CareMap): string {
  const graphKeys = [
    { id: 'g0', name: 'title', value: doc.meta.title },
    { id: 'g1', name: 'description', value: doc.meta.description },
    { id: 'g2', name: CAREWEALTH_GRAPHML_KEY, value: JSON.stringify(mapLevelParts(doc)) },
  ].filter((k) => k.value !== undefined);
  const nodeKeys = keysFor(doc.nodes, NODE_COLUMNS, 'n');
  const edgeKeys = keysFor(doc.ties, TIE_COLUMNS, 'e');
  const xml = new XmlBuilder();
  xml.open('graphml', [
    ['xmlns', GRAPHML_NAMESPACE],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', `${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`],
  ]);
  for (const k of graphKeys) xml.leaf('key', [['id', k.id], ['for', 'graph'], ['attr.name', k.name], ['attr.type', 'string']]);
  for (const k of nodeKeys) xml.leaf('key', [['id', k.id], ['for', 'node'], ['attr.name', k.name], ['attr.type', k.type]]);
  for (const k of edgeKeys) xml.leaf('key', [['id', k.id], ['for', 'edge'], ['attr.name', k.name], ['attr.type', k.type]]);
  xml.open('graph', [['id', doc.id], ['edgedefault', 'directed']]);
  for (const k of graphKeys) xml.leaf('data', [['key', k.id]], k.value);
  for (const node of doc.nodes) {
    xml.open('node', [['id', node.id]]);
    writeData(xml, dataOf(node, nodeKeys));
    xml.close('node');
  }
  for (const tie of doc.ties) {
    const attrs = [['id', tie.id], ['source', tie.source], ['target', tie.target]] as const;
    const data = dataOf(tie, edgeKeys);
    if (data.length > 0) {
      xml.open('edge', attrs);
      writeData(xml, data);
      xml.close('edge');
    } else xml.leaf('edge', attrs);
  }
  xml.close('graph');
  xml.close('graphml');
  return xml.toString();
}

/** One `<baseName>.graphml` file. */
export function writeGraphml(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}.graphml`, mimeType: 'application/graphml+xml', bytes: new TextEncoder().encode(serializeGraphml(doc)) }];
}
