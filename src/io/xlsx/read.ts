// A small XLSX (Office Open XML spreadsheet) reader: unzip with fflate, parse the few XML parts we
// need with fast-xml-parser, and return each sheet's rows of plain values. It finds sheets by name
// through workbook.xml and its relationships, reads shared strings, inline strings, numbers and
// booleans, and places cells by their references ("C12"), so sparse rows and skipped cells land
// in the right columns. Styles (and so date formats) are not read: dates arrive as serial numbers
// and the Kumu mapping converts them. Zip bombs are refused before anything is inflated.
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

import { fail, ok, problem, type Result } from '../../model';
import { checkSize, formatBytes } from '../guard';

/** A cell value: text, a number or a boolean. Empty cells are `undefined`. */
export type XlsxValue = string | number | boolean;

export interface XlsxRow {
  /** The spreadsheet row number (1-based), which is also the line people see in Excel. */
  readonly line: number;
  /** Values by column, 0-based (A = 0); holes are empty cells. */
  readonly cells: readonly (XlsxValue | undefined)[];
}

export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly XlsxRow[];
}

export interface XlsxLimits {
  /** Total uncompressed bytes of the parts we inflate. */
  readonly maxUncompressedBytes: number;
  /** Entries in the zip's central directory. */
  readonly maxEntries: number;
  /** Non-empty cells over all sheets. */
  readonly maxCells: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxCells: 2_000_000,
};

const ARRAY_TAGS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
});

type XmlNode = Record<string, unknown>;

function asNode(v: unknown): XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as XmlNode) : {};
}

function asList(v: unknown): XmlNode[] {
  return Array.isArray(v) ? v.map(asNode) : v === undefined ? [] : [asNode(v)];
}

function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** Excel escapes characters XML cannot hold as `_xHHHH_`; `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** Text of a `<t>` element, which the parser gives as a string or `{ '#text': … }` with attributes. */
function textOfT(t: unknown): string {
  if (typeof t === 'string') return t;
  if (typeof t === 'number') return String(t);
  const inner = asNode(t)['#text'];
  return typeof inner === 'string' ? inner : inner === undefined ? '' : String(inner);
}

/** Text of a shared string item or inline string: plain `<t>` or rich-text runs `<r><t>`. */
function textOfStringItem(si: XmlNode): string {
  if (si.t !== undefined) return decodeExcelEscapes(textOfT(si.t));
  return decodeExcelEscapes(asList(si.r).map((r) => textOfT(r.t)).join(''));
}

/** "C12" -> { col: 2, row: 12 }. */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** 0 -> "A", 27 -> "AB". */
export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

class XlsxError extends Error {}

function parseXml(files: Record<string, Uint8Array>, path: string): XmlNode {
  const bytes = files[path];
  if (bytes === undefined) throw new XlsxError(`the part "${path}" is missing`);
  const text = new TextDecoder('utf-8').decode(bytes);
  // spreadsheets never declare a DTD; refusing one rules out entity-expansion tricks
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XlsxError(`the part "${path}" declares a DTD, which spreadsheets never do`);
  return asNode(parser.parse(text));
}

function relationships(files: Record<string, Uint8Array>, path: string): XmlNode[] {
  if (files[path] === undefined) return [];
  return asList(asNode(parseXml(files, path).Relationships).Relationship);
}

function readSheet(xml: XmlNode, shared: readonly string[], budget: { cells: number; readonly max: number }): XlsxRow[] {
  const rows: XlsxRow[] = [];
  let lastRow = 0;
  for (const rowNode of asList(asNode(asNode(xml.worksheet).sheetData).row)) {
    const r = Number(attr(rowNode, 'r'));
    const line = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
    lastRow = line;
    const cells: (XlsxValue | undefined)[] = [];
    let nextCol = 0;
    for (const c of asList(rowNode.c)) {
      const ref = attr(c, 'r');
      const at = ref !== undefined ? parseCellRef(ref) : undefined;
      const col = at !== undefined ? at.col : nextCol;
      nextCol = col + 1;
      if (col > 16_383) continue;
      const type = attr(c, 't') ?? 'n';
      const v = c.v === undefined ? undefined : textOfT(c.v);
      let value: XlsxValue | undefined;
      if (type === 'inlineStr') value = textOfStringItem(asNode(c.is));
      else if (v === undefined) value = undefined;
      else if (type === 's') value = shared[Number(v)];
      else if (type === 'b') value = v.trim() === '1';
      else if (type === 'n') {
        const n = Number(v);
        value = v.trim() !== '' && Number.isFinite(n) ? n : undefined;
      } else value = decodeExcelEscapes(v); // str (formula text), d (ISO date), e (#N/A…)
      if (value === undefined || value === '') continue;
      if (--budget.cells < 0) throw new XlsxError(`it holds more than ${budget.max.toLocaleString('en-GB')} cells`);
      cells[col] = value;
    }
    rows.push({ line, cells });
  }
  return rows;
}

/**
 * Read every sheet of an XLSX workbook (or only those named in `only`, compared case-insensitively).
 * Never throws: a broken zip, a zip bomb, or malformed XML comes back as a problem naming the file.
 */
export function readWorkbook(fileName: string, bytes: Uint8Array, only?: readonly string[], limits: XlsxLimits = XLSX_LIMITS): Result<XlsxSheet[]> {
  const tooBig = checkSize(fileName, bytes);
  if (tooBig) return fail([tooBig]);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail([problem('', 'is not an XLSX workbook (it is not a zip file); save it from your spreadsheet as "Excel Workbook (.xlsx)"', { file: fileName })]);
  }
  let entries = 0;
  let inflated = 0;
  let refused: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (entries > limits.maxEntries) refused ??= `it holds more than ${limits.maxEntries.toLocaleString('en-GB')} parts`;
        // only the XML parts are inflated; images and the like are skipped unread
        if (refused !== undefined || !/\.(xml|rels)$/i.test(f.name)) return false;
        inflated += f.originalSize;
        if (inflated > limits.maxUncompressedBytes) {
          refused = `it would unpack to more than ${formatBytes(limits.maxUncompressedBytes)}`;
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    return fail([problem('', `is not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)})`, { file: fileName })]);
  }
  if (refused !== undefined) return fail([problem('', `cannot be opened: ${refused}`, { file: fileName })]);
  try {
    const rootRels = relationships(files, '_rels/.rels');
    const officeDoc = rootRels.find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
    const workbookPath = resolvePath('', attr(officeDoc ?? {}, 'Target') ?? 'xl/workbook.xml');
    const workbookDir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
    const workbookRels = relationships(files, `${workbookDir}_rels/${workbookPath.slice(workbookDir.length)}.rels`);
    const targetOf = new Map(workbookRels.map((r) => [attr(r, 'Id') ?? '', resolvePath(workbookDir, attr(r, 'Target') ?? '')]));
    const sharedRel = workbookRels.find((r) => (attr(r, 'Type') ?? '').endsWith('/sharedStrings'));
    const sharedPath = sharedRel ? resolvePath(workbookDir, attr(sharedRel, 'Target') ?? '') : `${workbookDir}sharedStrings.xml`;
    const shared = files[sharedPath] !== undefined ? asList(asNode(parseXml(files, sharedPath).sst).si).map(textOfStringItem) : [];

    const wanted = only?.map((n) => n.trim().toLowerCase());
    const budget = { cells: limits.maxCells, max: limits.maxCells };
    const sheets: XlsxSheet[] = [];
    for (const s of asList(asNode(asNode(parseXml(files, workbookPath).workbook).sheets).sheet)) {
      const name = attr(s, 'name') ?? '';
      if (wanted !== undefined && !wanted.includes(name.trim().toLowerCase())) {
        sheets.push({ name, rows: [] });
        continue;
      }
      const path = targetOf.get(attr(s, 'id') ?? '');
      if (path === undefined) throw new XlsxError(`the sheet "${name}" has no part in the workbook's relationships`);
      sheets.push({ name, rows: readSheet(parseXml(files, path), shared, budget) });
    }
    return ok(sheets);
  } catch (e) {
    const why = e instanceof XlsxError ? e.message : `malformed XML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return fail([problem('', `is not a readable XLSX workbook: ${why}`, { file: fileName })]);
  }
}
