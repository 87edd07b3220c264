// Kumu-style spreadsheets as a pair of CSV files: elements (Label or ID, Type, Description, Tags,
// Location, …) and connections (From, To, Type, Direction, Strength, …). Which file is which is
// decided by the headers (From and To present -> connections), not by the names. Problems name
// the file and the line, counting the header as line 1 and following quoted line breaks.
// Text cells that start with = + - @ are written with a leading ' so spreadsheets never run them
// as formulas; the reader removes that quote again (../csv/formula.ts, shared with plain CSV).
import Papa from 'papaparse';

import { type CareMap, fail, type Problem, problem, type Result } from '../../model';
import { guardCell, unguardCell } from '../csv/formula';
import { parseCsv } from '../csv/parse';
import { decodeText } from '../guard';
import { buildMapFromKumu, kumuRecords } from '../kumu-json';
import { titleFromFileName } from '../table/text';
import { entriesToTable, isConnectionsHeader, type TableRow, tableToRows } from '../kumu-json/table';
import { CONNECTION_KEYS, ELEMENT_KEYS } from '../kumu-json/vocabulary';
import type { FileFormat, FileInput, FileOutput, ReadOptions } from '../types';

/** Read the elements CSV and (optionally) the connections CSV, in either order. */
export function readKumuCsv(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  if (files.length === 0 || files.length > 2) {
    return fail([problem('', `a Kumu CSV map is an elements file and a connections file; ${files.length} files were given`)]);
  }
  const parsed: { name: string; rows: TableRow[]; isConnections: boolean }[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const text = decodeText(f.name, f.bytes);
    if (!text.ok) return text;
    const csv = parseCsv(text.value, f.name);
    problems.push(...csv.problems);
    const rows = csv.rows.map((r) => ({ line: r.line, cells: r.cells.map(unguardCell) }));
    const header = rows.find((r) => r.cells.some((c) => c.trim() !== ''));
    parsed.push({ name: f.name, rows, isConnections: header !== undefined && isConnectionsHeader(header.cells) });
  }
  if (problems.length > 0) return fail(problems);
  const elementFiles = parsed.filter((p) => !p.isConnections);
  const connectionFiles = parsed.filter((p) => p.isConnections);
  const elementsFile = elementFiles[0];
  if (elementsFile === undefined) {
    return fail([problem('', `no elements file: ${parsed.map((p) => p.name).join(' and ')} ${parsed.length === 1 ? 'has' : 'both have'} From and To columns; add the elements CSV (Label, Type, …)`)]);
  }
  if (elementFiles.length > 1 || connectionFiles.length > 1) {
    const which = elementFiles.length > 1 ? 'elements (no From and To columns)' : 'connections (From and To columns)';
    return fail([problem('', `${parsed.map((p) => p.name).join(' and ')} both look like ${which}; one file must list elements and the other connections`)]);
  }
  const connectionsFile = connectionFiles[0];
  const elements = tableToRows({ file: elementsFile.name, where: elementsFile.name, rows: elementsFile.rows }, 'elements');
  const connections = connectionsFile
    ? tableToRows({ file: connectionsFile.name, where: connectionsFile.name, rows: connectionsFile.rows }, 'connections')
    : { rows: [], problems: [] };
  const columnProblems = [...elements.problems, ...connections.problems];
  if (columnProblems.length > 0) return fail(columnProblems);
  return buildMapFromKumu({
    elements: elements.rows,
    connections: connections.rows,
    textCells: true,
    labelFromId: true,
    title: options.title ?? (titleFromFileName(elementsFile.name).replace(/[-_. ]?elements$/i, '') || 'Imported map'),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}

/** Text cells guarded against formulas (numbers and true/false written bare), CR LF line ends. */
function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const data = rows.map((r) => r.map((v) => (v === undefined ? '' : typeof v === 'string' ? guardCell(v) : String(v))));
  return `${Papa.unparse({ fields: header.map(guardCell), data }, { newline: '\r\n' })}\r\n`;
}

/** Two files: `<base>-elements.csv` and `<base>-connections.csv`. */
export function writeKumuCsv(doc: CareMap, baseName: string): FileOutput[] {
  const { elements, connections } = kumuRecords(doc);
  const e = entriesToTable(elements, ELEMENT_KEYS);
  const c = entriesToTable(connections, CONNECTION_KEYS);
  const encode = (s: string) => new TextEncoder().encode(s);
  return [
    { name: `${baseName}-elements.csv`, mimeType: 'text/csv', bytes: encode(toCsv(e.header.length > 0 ? e.header : ['Label', 'Type'], e.rows)) },
    { name: `${baseName}-connections.csv`, mimeType: 'text/csv', bytes: encode(toCsv(c.header.length > 0 ? c.header : ['From', 'To', 'Type'], c.rows)) },
  ];
}

/**
 * Does this CSV text open with a Kumu header: From and To, or Label/ID with Type? Used by the
 * dispatcher to tell Kumu CSV from the plain CSV format (id, label, kind / source, target).
 */
export function looksKumuCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const names = (Papa.parse<string[]>(firstLine).data[0] ?? []).map((c) => c.trim().toLowerCase());
  if (names.includes('from') && names.includes('to')) return true;
  return (names.includes('label') || names.includes('id')) && names.includes('type');
}

export const KUMU_CSV_FORMAT: FileFormat = {
  id: 'kumu-csv',
  label: 'Kumu spreadsheet (CSV pair)',
  extensions: ['.kumu.csv', '.csv'],
  read: readKumuCsv,
  write: writeKumuCsv,
};
