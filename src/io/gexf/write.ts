// Writing a care map as GEXF for Gephi, networkx and graphology. We write the 1.2draft namespace:
// networkx (every release up to 3.x) reads only 1.1draft and 1.2draft and refuses a 1.3 file,
// and everything we need (typed attributes, liststring, viz, parallel edges) is in 1.2.
//
// Nodes and ties carry every field as typed attributes (one per column of ../table/columns.ts);
// custom fields keep their own names (../table/written.ts). Ties are always written as directed
// edges, one per tie, with `mutual` as a boolean attribute, so every tool counts exactly as many
// edges as the map has ties. GEXF's own places carry what Gephi draws: an edge's `weight` is its
// custom field `weight`, else its hoursPerWeek; the custom fields `color` and `size` (kept from
// Gephi, ../table/viz.ts) become `viz:color` and `viz:size` (`viz:thickness` on edges); the
// title and description go in `<meta>`. The map-level parts (id, meta, care type list,
// overlays, records, snapshots) travel as one JSON text in `<meta><cw:map>`, an element in our
// own namespace that other readers skip, so native -> GEXF -> native loses nothing.
// Exported positions keep the graph view's y axis pointing down in `x`/`y` attributes and are
// flipped for `viz:position`, whose y axis (Gephi's) points up.
import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import { type FieldColumn, type FlatType, mapLevelParts, NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { COLOR_FIELD, numberField, parseColour, SIZE_FIELD, WEIGHT_FIELD } from '../table/viz';
import { valuesOf, type WrittenColumn, writtenColumns } from '../table/written';
import { XmlBuilder } from '../xml/write';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';
/** Namespace of the `<cw:map>` element holding the map-level parts as JSON. */
export const CAREWEALTH_GEXF_NAMESPACE = 'urn:carewealth:gexf:1';

const GEXF_TYPES: Record<FlatType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean', list: 'liststring' };

/** Custom fields GEXF holds in a place of its own: colours that read as colours, numeric sizes and weights. */
function inOwnPlace(items: readonly (CareNode | Tie)[], extra: string | undefined): (f: FieldColumn) => boolean {
  const colours = items.every((i) => i.fields?.[COLOR_FIELD] === undefined || parseColour(i.fields[COLOR_FIELD]) !== undefined);
  return (f) => (f.name === COLOR_FIELD && colours) || ((f.name === SIZE_FIELD || f.name === extra) && (f.type === 'integer' || f.type === 'double'));
}

function declared(items: readonly (CareNode | Tie)[], columns: typeof NODE_COLUMNS, extra?: string): WrittenColumn[] {
  return writtenColumns(items, columns, { inOwnPlace: inOwnPlace(items, extra) });
}

/** Attribute ids: our columns by their name, custom fields `field-0`, `field-1`… (their titles are free text). */
function attributeIds(columns: readonly WrittenColumn[]): string[] {
  let k = 0;
  return columns.map((c) => (c.custom ? `field-${k++}` : c.name));
}

function writeAttributes(xml: XmlBuilder, cls: 'node' | 'edge', columns: readonly WrittenColumn[]): void {
  if (columns.length === 0) return;
  const ids = attributeIds(columns);
  xml.open('attributes', [['class', cls], ['mode', 'static']]);
  columns.forEach((c, i) => {
    // custom numbers may exceed GEXF's 32-bit integer
    const type = c.custom && c.type === 'integer' ? 'long' : GEXF_TYPES[c.type];
    xml.leaf('attribute', [['id', ids[i]], ['title', c.name], ['type', type]]);
  });
  xml.close('attributes');
}

/** `<attvalues>` for an item, or nothing when it has no values. */
function writeAttValues(xml: XmlBuilder, item: CareNode | Tie, columns: readonly WrittenColumn[], ids: readonly string[]): void {
  const values = valuesOf(item, columns);
  if (values.length === 0) return;
  xml.open('attvalues');
  for (const [i, value] of values) xml.leaf('attvalue', [['for', ids[i]], ['value', value]]);
  xml.close('attvalues');
}

/** `<viz:color>` and `<viz:size>` (or `<viz:thickness>`) from the item's custom fields. */
function writeViz(xml: XmlBuilder, item: CareNode | Tie, sizeElement: 'size' | 'thickness'): void {
  const colour = parseColour(item.fields?.[COLOR_FIELD]);
  if (colour !== undefined) xml.leaf('viz:color', [['r', colour.r], ['g', colour.g], ['b', colour.b], ['a', colour.a < 1 ? colour.a : undefined]]);
  const size = numberField(item.fields?.[SIZE_FIELD]);
  if (size !== undefined) xml.leaf(`viz:${sizeElement}`, [['value', size]]);
}

/** True when an item has something to write inside its element. */
function hasContent(item: CareNode | Tie, columns: readonly WrittenColumn[]): boolean {
  return valuesOf(item, columns).length > 0 || parseColour(item.fields?.[COLOR_FIELD]) !== undefined || numberField(item.fields?.[SIZE_FIELD]) !== undefined;
}

/** The GEXF document text for a map (UTF-8, two-space indent, ending in a newline). */
export function serializeGexf(doc: CareMap): string {
  const nodeColumns = declared(doc.nodes, NODE_COLUMNS);
  const edgeColumns = declared(doc.ties, TIE_COLUMNS, WEIGHT_FIELD);
  const xml = new XmlBuilder();
  xml.open('gexf', [
    ['xmlns', GEXF_NAMESPACE],
    ['xmlns:viz', GEXF_VIZ_NAMESPACE],
    ['xmlns:cw', CAREWEALTH_GEXF_NAMESPACE],
    ['version', '1.2'],
  ]);
  xml.open('meta', [['lastmodifieddate', doc.meta.updatedAt.slice(0, 10)]]);
  xml.leaf('creator', [], 'Carewealth');
  // <title> is GEXF 1.3's; 1.2 readers (networkx) pass over it
  xml.leaf('title', [], doc.meta.title);
  xml.leaf('description', [], doc.meta.description ?? doc.meta.title);
  xml.leaf('cw:map', [], JSON.stringify(mapLevelParts(doc)));
  xml.close('meta');
  xml.open('graph', [['mode', 'static'], ['defaultedgetype', 'directed']]);
  writeAttributes(xml, 'node', nodeColumns);
  writeAttributes(xml, 'edge', edgeColumns);
  const nodeIds = attributeIds(nodeColumns);
  const edgeIds = attributeIds(edgeColumns);
  xml.open('nodes');
  for (const node of doc.nodes) {
    xml.open('node', [['id', node.id], ['label', node.label]]);
    writeAttValues(xml, node, nodeColumns, nodeIds);
    writeViz(xml, node, 'size');
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
      ['weight', numberField(tie.fields?.[WEIGHT_FIELD]) ?? tie.hoursPerWeek],
    ] as const;
    if (hasContent(tie, edgeColumns)) {
      xml.open('edge', attrs);
      writeAttValues(xml, tie, edgeColumns, edgeIds);
      writeViz(xml, tie, 'thickness');
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
