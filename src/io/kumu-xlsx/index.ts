// Kumu-style XLSX workbooks: a sheet "Elements" (Label or ID + Label, Type, Description, Tags
// split by `|`, Location as "lat, lng", any other column a field) and an optional sheet
// "Connections" (From, To, Type, Direction, Strength, other columns). Sheet names and headers are
// matched ignoring case and surrounding spaces. Problems name the file, the row and the sheet.
import { type CareMap, fail, problem, type Result } from '../../model';
import { buildMapFromKumu, kumuRecords } from '../kumu-json';
import { titleFromFileName } from '../table/text';
import { entriesToTable, type Table, tableToRows } from '../kumu-json/table';
import { CONNECTION_KEYS, ELEMENT_KEYS } from '../kumu-json/vocabulary';
import type { FileFormat, FileInput, FileOutput, ReadOptions } from '../types';
import { readWorkbook, writeWorkbook, type XlsxSheet } from '../xlsx';

export const ELEMENTS_SHEET = 'Elements';
export const CONNECTIONS_SHEET = 'Connections';

function findSheet(sheets: readonly XlsxSheet[], name: string): XlsxSheet | undefined {
  return sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
}

function tableOf(file: string, sheet: XlsxSheet): Table {
  return { file, sheet: sheet.name, where: `the "${sheet.name}" sheet`, rows: sheet.rows };
}

/** Read one Kumu-style workbook into a validated map. */
export function readKumuXlsx(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) return fail([problem('', `a Kumu workbook is one .xlsx file; ${files.length} files were given`)]);
  const book = readWorkbook(file.name, file.bytes, [ELEMENTS_SHEET, CONNECTIONS_SHEET]);
  if (!book.ok) return book;
  const elementsSheet = findSheet(book.value, ELEMENTS_SHEET);
  if (elementsSheet === undefined) {
    const found = book.value.map((s) => `"${s.name}"`).join(', ') || 'none';
    return fail([problem('', `has no sheet named "${ELEMENTS_SHEET}" (its sheets: ${found})`, { file: file.name })]);
  }
  const connectionsSheet = findSheet(book.value, CONNECTIONS_SHEET);
  const elements = tableToRows(tableOf(file.name, elementsSheet), 'elements');
  const connections = connectionsSheet ? tableToRows(tableOf(file.name, connectionsSheet), 'connections') : { rows: [], problems: [] };
  const problems = [...elements.problems, ...connections.problems];
  if (problems.length > 0) return fail(problems);
  return buildMapFromKumu({
    elements: elements.rows,
    connections: connections.rows,
    labelFromId: true,
    title: options.title ?? titleFromFileName(file.name),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}

/** The workbook bytes: sheets "Elements" and "Connections", header row first. */
export function toKumuWorkbook(doc: CareMap): Uint8Array {
  const { elements, connections } = kumuRecords(doc);
  const e = entriesToTable(elements, ELEMENT_KEYS);
  const c = entriesToTable(connections, CONNECTION_KEYS);
  // an empty map still gets its header rows, so the file shows Kumu which columns to expect
  const eHeader = e.header.length > 0 ? e.header : ['Label', 'Type'];
  const cHeader = c.header.length > 0 ? c.header : ['From', 'To', 'Type'];
  return writeWorkbook([
    { name: ELEMENTS_SHEET, rows: [eHeader, ...e.rows] },
    { name: CONNECTIONS_SHEET, rows: [cHeader, ...c.rows] },
  ]);
}

export function writeKumuXlsx(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: toKumuWorkbook(doc) }];
}

export const KUMU_XLSX_FORMAT: FileFormat = {
  id: 'kumu-xlsx',
  label: 'Kumu spreadsheet (XLSX)',
  extensions: ['.xlsx'],
  read: readKumuXlsx,
  write: writeKumuXlsx,
};
