// Writing a care map as GEXF for Gephi, networkx and graphology. We write the 1.2draft namespace:
// networkx (every release up to 3.x) reads only 1.1draft and 1.2draft and refuses a 1.3 file,
// and everything we need (typed attributes, liststring, viz:position, parallel edges) is in 1.2.
//
// Nodes and ties carry every field as typed attributes (one per column of ../xml/flat.ts; custom
// fields as `field:NAME`). Ties are always written as directed edges, one per tie, with `mutual`
// as a boolean attribute, so every tool counts exactly as many edges as the map has ties;
// `hoursPerWeek` is repeated as the edge `weight`. The map-level parts (id, meta, care type
// list, overlays, records, snapshots) travel as one JSON text in `<meta><cw:map>`, an element in
// our own namespace that other readers skip, so native -> GEXF -> native loses nothing.
// Exported positions keep the graph view's y axis pointing down in `x`/`y` attributes and are
// flipped for `viz:position`, whose y axis (Gephi's) points up.
import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import {
  fieldColumns,
  type FieldColumn,
  FIELD_PREFIX,
  type FlatColumn,
  type FlatType,
  formatValue,
  getColumn,
  getField,
  mapLevelParts,
  NODE_COLUMNS,
  TIE_COLUMNS,
} from '../table/columns';
import { XmlBuilder } from '../xml/write';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';
/** Namespace of the `<cw:map>` element holding the map-level parts as JSON. */
export const CAREWEALTH_GEXF_NAMESPACE = 'urn:carewealth:gexf:1';

const GEXF_TYPES: Record<FlatType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean', list: 'liststring' };

interface Declared {
  readonly id: string;
  readonly title: string;
  readonly type: string;
  readonly get: (item: CareNode | Tie) => string | undefined;
}

function declare(items: readonly (CareNode | Tie)[], columns: readonly FlatColumn[]): Declared[] {
  const used = columns.filter((c) => items.some((item) => getColumn(item, c) !== undefined));
  const fields = fieldColumns(items);
  return [
    ...used.map((c) => ({
      id: c.name,
      title: c.name,
      type: GEXF_TYPES[c.type],
      get: (item: CareNode | Tie) => {
        const v = getColumn(item, c);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
    ...fields.map((f: FieldColumn, k) => ({
      id: `field-${k}`,
      title: `${FIELD_PREFIX}${f.name}`,
      // custom numbers may exceed GEXF's 32-bit integer
      type: f.type === 'integer' ? 'long' : f.type,
      get: (item: CareNode | Tie) => {
        const v = getField(item, f);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
  ];
}

function writeAttributes(xml: XmlBuilder, cls: 'node' | 'edge', declared: readonly Declared[]): void {
  if (declared.length === 0) return;
  xml.open('attributes', [['class', cls], ['mode', 'static']]);
  for (const d of declared) xml.leaf('attribute', [['id', d.id], ['title', d.title], ['type', d.type]]);
  xml.close('attributes');
}

/** The `[attribute id, text]` pairs an item has a value for. */
function attValues(item: CareNode | Tie, declared: readonly Declared[]): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  for (const d of declared) {
    const v = d.get(item);
    if (v !== undefined) out.push([d.id, v]);
  }
  return out;
}

function writeAttValues(xml: XmlBuilder, values: readonly (readonly [string, string])[]): void {
  if (values.length === 0) return;
  xml.open('attvalues');
  for (const [id, value] of values) xml.leaf('attvalue', [['for', id], ['value', value]]);
  xml.close('attvalues');
}

/** The GEXF document text for a map (UTF-8, two-space indent, ending in a newline). */
export function serializeGexf(doc: CareMap): string {
  const nodeAttrs = declare(doc.nodes, NODE_COLUMNS);
  const edgeAttrs = declare(doc.ties, TIE_COLUMNS);
  const xml = new XmlBuilder();
  xml.open('gexf', [
    ['xmlns', GEXF_NAMESPACE],
    ['xmlns:viz', GEXF_VIZ_NAMESPACE],
    ['xmlns:cw', CAREWEALTH_GEXF_NAMESPACE],
    ['version', '1.2'],
  ]);
  xml.open('meta', [['lastmodifieddate', doc.meta.updatedAt.slice(0, 10)]]);
  xml.leaf('creator', [], 'Carewealth');
  xml.leaf('description', [], doc.meta.description ?? doc.meta.title);
  xml.leaf('cw:map', [], JSON.stringify(mapLevelParts(doc)));
  xml.close('meta');
  xml.open('graph', [['mode', 'static'], ['defaultedgetype', 'directed']]);
  writeAttributes(xml, 'node', nodeAttrs);
  writeAttributes(xml, 'edge', edgeAttrs);
  xml.open('nodes');
  for (const node of doc.nodes) {
    xml.open('node', [['id', node.id], ['label', node.label]]);
    writeAttValues(xml, attValues(node, nodeAttrs));
    if (node.position !== undefined) xml.leaf('viz:position', [['x', node.position.x], ['y', -node.position.y || 0], ['z', 0]]);
    xml.close('node');
  }
  xml.close('nodes');
  xml.open('edges');
  for (const tie of doc.ties) {
    const attrs = [
      ['id', tie.id],
      ['source', tie.source],
      ['target', tie.target],
      ['label', tie.label],
      ['weight', tie.hoursPerWeek],
    ] as const;
    const values = attValues(tie, edgeAttrs);
    if (values.length > 0) {
      xml.open('edge', attrs);
      writeAttValues(xml, values);
      xml.close('edge');
    } else xml.leaf('edge', attrs);
  }
  xml.close('edges');
  xml.close('graph');
  xml.close('gexf');
  return xml.toString();
}

/** One `<baseName>.gexf` file. */
export function writeGexf(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}.gexf`, mimeType: 'application/gexf+xml', bytes: new TextEncoder().encode(serializeGexf(doc)) }];
}
