// Writing any table of text (a change table, a list of figures) as one CSV file: a header row,
// then the rows, CRLF line ends (RFC 4180), with text cells a spreadsheet would run as a formula
// guarded (formula.ts). The caller decides the columns; this only writes them.
import Papa from 'papaparse';

import { guardCell } from './formula';

/** The CSV text of a header and rows; numbers are written bare, text guarded. */
export function serializeCsvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => (typeof v === 'number' ? String(v) : guardCell(v));
  return `${Papa.unparse({ fields: header.map(guardCell), data: rows.map((r) => r.map(cell)) }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}
