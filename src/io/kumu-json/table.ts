// Kumu spreadsheets as tables: a header row naming the columns, then one row per element or
// connection. Shared by the XLSX workbook and the CSV pair: turns a table into Kumu rows (checking
// the required columns, with the line of every row) and Kumu records back into a table whose
// columns are the known headers in a fixed order followed by custom fields.
import { type Problem, problem } from '../../model';
import type { KumuEntry, KumuValue } from './fromMap';
import type { KumuCell, KumuRow } from './toMap';
import { aliasIndex, CONNECTION_KEYS, ELEMENT_KEYS, type KeyDef, normaliseKey } from './vocabulary';

export interface TableRow {
  /** 1-based line in the file (the spreadsheet row number). */
  readonly line: number;
  readonly cells: readonly unknown[];
}

export interface Table {
  readonly file: string;
  /** Sheet name inside a workbook; used as the path of problems. */
  readonly sheet?: string;
  /** How to name the table in messages: "elements.csv", `the "Elements" sheet`. */
  readonly where: string;
  readonly rows: readonly TableRow[];
}

export type TableKind = 'elements' | 'connections';

const INDEX = { elements: aliasIndex(ELEMENT_KEYS), connections: aliasIndex(CONNECTION_KEYS) };

function isBlankCell(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** The canonical keys a header row provides, e.g. {'label', 'element type'}. */
export function headerKeys(headers: readonly unknown[], kind: TableKind): Set<string> {
  const keys = new Set<string>();
  for (const h of headers) {
    const key = typeof h === 'string' || typeof h === 'number' ? INDEX[kind].get(normaliseKey(String(h))) : undefined;
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/** True when a header row looks like a connections table (it has From and To columns). */
export function isConnectionsHeader(headers: readonly unknown[]): boolean {
  const keys = headerKeys(headers, 'connections');
  return keys.has('from') && keys.has('to');
}

/**
 * Turn a table into Kumu rows. The first non-empty row is the header; empty rows are skipped;
 * columns without a header are ignored. Missing required columns (Label or ID for elements, From
 * and To for connections) are problems on the header line.
 */
export function tableToRows(table: Table, kind: TableKind): { rows: KumuRow[]; problems: Problem[] } {
  const headerAt = table.rows.findIndex((r) => r.cells.some((c) => !isBlankCell(c)));
  const header = table.rows[headerAt];
  const at = { file: table.file, ...(header ? { line: header.line } : {}) };
  const path = table.sheet ?? '';
  if (header === undefined) return { rows: [], problems: kind === 'elements' ? [problem(path, `${table.where} is empty: no header row`, at)] : [] };
  const names = header.cells.map((c) => (isBlankCell(c) ? undefined : String(c).trim()));
  const keys = headerKeys(names, kind);
  const problems: Problem[] = [];
  if (kind === 'elements' && !keys.has('label') && !keys.has('id')) problems.push(problem(path, `no Label or ID column in ${table.where}`, at));
  if (kind === 'connections') {
    for (const [key, name] of [['from', 'From'], ['to', 'To']] as const) {
      if (!keys.has(key)) problems.push(problem(path, `no ${name} column in ${table.where}`, at));
    }
  }
  if (problems.length > 0) return { rows: [], problems };
  const rows: KumuRow[] = [];
  for (let i = headerAt + 1; i < table.rows.length; i++) {
    const r = table.rows[i] as (typeof table.rows)[number];
    const cells: KumuCell[] = [];
    for (let col = 0; col < names.length; col++) {
      const name = names[col];
      const value = r.cells[col];
      if (name !== undefined && !isBlankCell(value)) cells.push({ header: name, value });
    }
    if (cells.length > 0) rows.push({ cells, file: table.file, line: r.line, path });
  }
  return { rows, problems };
}

/** Lists become `a|b` in a cell, Kumu's convention; scalars stay as they are. */
export function cellValue(v: KumuValue): string | number | boolean {
  return Array.isArray(v) ? v.join('|') : (v as string | number | boolean);
}

/**
 * Records as a table: known columns in the order of the key table, then custom fields in the
 * order first seen. Returns the header row and one row per record (holes for missing values).
 */
export function entriesToTable(records: readonly (readonly KumuEntry[])[], table: Record<string, KeyDef>): { header: string[]; rows: (string | number | boolean | undefined)[][] } {
  const knownKeys = new Set(Object.values(table).map((d) => d.key));
  const used = new Set<string>();
  const custom: string[] = [];
  for (const rec of records) {
    for (const e of rec) {
      const isKnown = knownKeys.has(e.key) && table[e.key]?.header === e.header;
      const col = isKnown ? `k:${e.key}` : `f:${e.header}`;
      if (!isKnown && !used.has(col)) custom.push(col);
      used.add(col);
    }
  }
  const columns = [...Object.values(table).map((d) => `k:${d.key}`).filter((c) => used.has(c)), ...custom];
  const position = new Map(columns.map((c, i) => [c, i]));
  const header = columns.map((c) => (c.startsWith('k:') ? (table[c.slice(2)] as KeyDef).header : c.slice(2)));
  const rows = records.map((rec) => {
    const row: (string | number | boolean | undefined)[] = new Array<undefined>(columns.length).fill(undefined);
    for (const e of rec) {
      const isKnown = knownKeys.has(e.key) && table[e.key]?.header === e.header;
      const i = position.get(isKnown ? `k:${e.key}` : `f:${e.header}`);
      if (i !== undefined && row[i] === undefined) row[i] = cellValue(e.value);
    }
    return row;
  });
  return { header, rows };
}
