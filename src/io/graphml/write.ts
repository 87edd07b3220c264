// Writing a care map as GraphML (yEd, Cytoscape desktop, Gephi, networkx, igraph). Every node and
// tie field is a typed `<key>` (one per column of ../table/columns.ts; lists as `|`-joined
// strings); custom fields keep their own names (../table/written.ts). The graph is
// `edgedefault="directed"` with one edge per tie, parallel edges allowed and `mutual` kept as a
// boolean, so edge counts match the map. Where other tools look: an edge's `weight` key is its
// custom field `weight`, else its hoursPerWeek (networkx and igraph weigh by it); a `color`
// field (kept from Gephi or yEd, ../table/viz.ts) is written as Gephi's int keys `r`, `g`, `b`;
// the description is also the graph's `<desc>`. The map-level parts (id, meta, care types,
// overlays, records, snapshots) travel as one JSON string in the graph-level key `carewealth`,
// so native -> GraphML -> native loses nothing; the title and description are repeated as plain
// graph keys for people browsing the file.
import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import { type FieldColumn, type FlatType, mapLevelParts, NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { COLOR_FIELD, numberField, parseColour, WEIGHT_FIELD } from '../table/viz';
import { valuesOf, type WrittenColumn, writtenColumns } from '../table/written';
import { XmlBuilder } from '../xml/write';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
/** attr.name of the graph-level key holding the map-level parts as JSON. */
export const CAREWEALTH_GRAPHML_KEY = 'carewealth';

const GRAPHML_TYPES: Record<FlatType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean', list: 'string' };

/** Gephi's colour keys; a colour is written through them only where no item has fields of those names. */
const RGB = ['r', 'g', 'b'] as const;

/**
 * The keys of a list of items: our columns, custom fields, then the keys written in other
 * tools' places (`r`, `g`, `b` from `color`; `weight` from the weight field or hoursPerWeek).
 */
function keysOf(items: readonly (CareNode | Tie)[], columns: typeof NODE_COLUMNS, weigh: boolean): WrittenColumn[] {
  const rgbFree = !items.some((i) => RGB.some((k) => i.fields?.[k] !== undefined));
  // r, g, b have no alpha: a see-through colour stays a plain `color` key
  const colours = rgbFree && items.every((i) => i.fields?.[COLOR_FIELD] === undefined || parseColour(i.fields[COLOR_FIELD])?.a === 1);
  const own = (f: FieldColumn) => (f.name === COLOR_FIELD && colours) || (weigh && f.name === WEIGHT_FIELD && (f.type === 'integer' || f.type === 'double'));
  const keys = writtenColumns(items, columns, { withLabel: true, inOwnPlace: own, ...(weigh ? { reserved: ['Edge Label'] } : {}) });
  if (colours && items.some((i) => i.fields?.[COLOR_FIELD] !== undefined)) {
    for (const k of RGB) {
      keys.push({ name: k, type: 'integer', custom: true, get: (item) => {
        const c = parseColour(item.fields?.[COLOR_FIELD]);
        return c === undefined ? undefined : String(c[k]);
      } });
    }
  }
  const weightOf = (item: CareNode | Tie) => numberField(item.fields?.[WEIGHT_FIELD]) ?? (item as Tie).hoursPerWeek;
  if (weigh && items.some((i) => weightOf(i) !== undefined)) {
    keys.push({ name: WEIGHT_FIELD, type: 'double', custom: true, get: (item) => {
      const w = weightOf(item);
      return w === undefined ? undefined : String(w);
    } });
  }
  return keys;
}

function writeData(xml: XmlBuilder, item: CareNode | Tie, keys: readonly WrittenColumn[], prefix: string): void {
  for (const [i, value] of valuesOf(item, keys)) xml.leaf('data', [['key', `${prefix}${i}`]], value);
}

function declare(xml: XmlBuilder, keys: readonly WrittenColumn[], domain: 'node' | 'edge', prefix: string): void {
  keys.forEach((k, i) => {
    // custom numbers may exceed a 32-bit int
    const type = k.custom && k.type === 'integer' && !RGB.includes(k.name as 'r') ? 'long' : GRAPHML_TYPES[k.type];
    xml.leaf('key', [['id', `${prefix}${i}`], ['for', domain], ['attr.name', k.name], ['attr.type', type]]);
  });
}

/** The GraphML document text for a map (UTF-8, two-space indent, ending in a newline). */
export function serializeGraphml(doc: CareMap): string {
  const graphKeys = [
    { id: 'g0', name: 'title', value: doc.meta.title },
    { id: 'g1', name: 'description', value: doc.meta.description },
    { id: 'g2', name: CAREWEALTH_GRAPHML_KEY, value: JSON.stringify(mapLevelParts(doc)) },
  ].filter((k) => k.value !== undefined);
  const nodeKeys = keysOf(doc.nodes, NODE_COLUMNS, false);
  const edgeKeys = keysOf(doc.ties, TIE_COLUMNS, true);
  const xml = new XmlBuilder();
  xml.open('graphml', [
    ['xmlns', GRAPHML_NAMESPACE],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', `${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`],
  ]);
  for (const k of graphKeys) xml.leaf('key', [['id', k.id], ['for', 'graph'], ['attr.name', k.name], ['attr.type', 'string']]);
  declare(xml, nodeKeys, 'node', 'n');
  declare(xml, edgeKeys, 'edge', 'e');
  xml.open('graph', [['id', doc.id], ['edgedefault', 'directed']]);
  if (doc.meta.description !== undefined) xml.leaf('desc', [], doc.meta.description);
  for (const k of graphKeys) xml.leaf('data', [['key', k.id]], k.value);
  for (const node of doc.nodes) {
    xml.open('node', [['id', node.id]]);
    writeData(xml, node, nodeKeys, 'n');
    xml.close('node');
  }
  for (const tie of doc.ties) {
    const attrs = [['id', tie.id], ['source', tie.source], ['target', tie.target]] as const;
    if (valuesOf(tie, edgeKeys).length > 0) {
      xml.open('edge', attrs);
      writeData(xml, tie, edgeKeys, 'e');
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
