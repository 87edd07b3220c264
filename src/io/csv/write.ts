// Writing a care map as two plain CSV files for spreadsheets and scripts: `<base>-nodes.csv`
// and `<base>-ties.csv`, one row per node or tie and one column per field (../xml/flat.ts).
// Every built-in column is always present, even when empty, so the files double as templates.
// Lists are `|`-joined, the location is `lat`, `lng`, `locationPrivacy`; custom fields are
// `field:NAME` (text) or `field:NAME#number` / `field:NAME#boolean`. Text cells that a
// spreadsheet would run as a formula get a leading apostrophe (formula.ts).
//
// What CSV cannot carry: the map-level parts (title, description, care type labels, overlays,
// records, snapshots) and the difference between an empty text and no text (an empty cell is
// read as "not set"). Use the native format to keep those.
import Papa from 'papaparse';

import type { CareMap, CareNode, Tie } from '../../model';
import type { FileOutput } from '../types';
import { type FieldColumn, fieldColumns, FIELD_PREFIX, type FlatColumn, formatValue, getColumn, getField, NODE_COLUMNS, TIE_COLUMNS } from '../table/columns';
import { guardCell } from './formula';

/** File name suffixes of the pair. */
export const NODES_SUFFIX = '-nodes.csv';
export const TIES_SUFFIX = '-ties.csv';

const TYPE_SUFFIX = /#(string|number|boolean)$/;

/** The header of a custom field column: its name, plus `#number` or `#boolean` unless it is text. */
export function fieldHeader(f: FieldColumn): string {
  const name = `${FIELD_PREFIX}${f.name}`;
  if (f.type === 'integer' || f.type === 'double') return `${name}#number`;
  if (f.type === 'boolean') return `${name}#boolean`;
  // a text field whose own name ends like a type marker keeps its name by saying "#string"
  return TYPE_SUFFIX.test(f.name) ? `${name}#string` : name;
}

function cell(value: string | number | boolean | readonly string[] | undefined, isText: boolean): string {
  if (value === undefined) return '';
  const text = formatValue(value);
  return isText ? guardCell(text) : text;
}

function table(
  items: readonly (CareNode | Tie)[],
  fixed: readonly { header: string; get: (item: CareNode | Tie) => string }[],
  columns: readonly FlatColumn[],
): string {
  const fields = fieldColumns(items);
  const header = [...fixed.map((f) => f.header), ...columns.map((c) => c.name), ...fields.map(fieldHeader)];
  const rows = items.map((item) => [
    ...fixed.map((f) => guardCell(f.get(item))),
    ...columns.map((c) => cell(getColumn(item, c), c.type === 'string' || c.type === 'list')),
    ...fields.map((f) => cell(getField(item, f), f.type === 'string')),
  ]);
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}

/** The nodes file text: `id,label,kind,…` then one row per node (CRLF line ends, RFC 4180). */
export function serializeCsvNodes(doc: CareMap): string {
  return table(
    doc.nodes,
    [
      { header: 'id', get: (n) => n.id },
      { header: 'label', get: (n) => (n as CareNode).label },
    ],
    NODE_COLUMNS,
  );
}

/** The ties file text: `id,source,target,label,kind,…` then one row per tie. */
export function serializeCsvTies(doc: CareMap): string {
  return table(
    doc.ties,
    [
      { header: 'id', get: (t) => t.id },
      { header: 'source', get: (t) => (t as Tie).source },
      { header: 'target', get: (t) => (t as Tie).target },
      { header: 'label', get: (t) => (t as Tie).label ?? '' },
    ],
    TIE_COLUMNS,
  );
}

/** The pair `<baseName>-nodes.csv` and `<baseName>-ties.csv`, UTF-8 without a byte-order mark. */
export function writeCsv(doc: CareMap, baseName: string): FileOutput[] {
  const encoder = new TextEncoder();
  return [
    { name: `${baseName}${NODES_SUFFIX}`, mimeType: 'text/csv', bytes: encoder.encode(serializeCsvNodes(doc)) },
    { name: `${baseName}${TIES_SUFFIX}`, mimeType: 'text/csv', bytes: encoder.encode(serializeCsvTies(doc)) },
  ];
}
