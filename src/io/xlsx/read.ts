// The XLSX (Office Open XML spreadsheet) reader: each sheet's rows of plain values. It finds sheets
// by name through workbook.xml and its relationships, reads shared strings, inline strings,
// numbers and booleans, and places cells by their references ("C12"), so sparse rows and skipped
// cells land in the right columns. Styles (and so date formats) are not read: dates arrive as
// serial numbers and the Kumu mapping converts them.
//
// Workbooks come from anywhere, so nothing is trusted: the zip's declared sizes and compression
// ratios are checked before anything is inflated, parts are inflated as a stream and counted as
// they come out (zip.ts), and the XML is scanned as it arrives (xmlScan.ts) with rows and cells
// counted on the way, so a hostile file is refused after a few megabytes whatever it claims to
// hold. The reader it replaced (fast-xml-parser over whole parts, kept in test/io as the
// reference) took 8.8 s on a 5,000-node workbook and ran out of memory on a zip bomb.
import { fail, ok, problem, type Result } from '../../model';
import { checkSize, formatBytes } from '../guard';
import { attribute, createXmlScanner, type XmlHandler, XmlScanError, xmlText } from './xmlScan';
import { inflateEntry, listZip, ZipError, type ZipEntry } from './zip';

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
  /** Total uncompressed bytes of the workbook's XML parts, as declared and as inflated. */
  readonly maxUncompressedBytes: number;
  /** A part over 1 MiB declaring more than this many bytes per compressed byte is refused. */
  readonly maxCompressionRatio: number;
  /** Entries in the zip's central directory. */
  readonly maxEntries: number;
  /** Non-empty cells over all sheets read (shared strings count against it too). */
  readonly maxCells: number;
  /** Rows over all sheets read, empty ones included. */
  readonly maxRows: number;
}

/**
 * 100 MiB of XML is a workbook of about 30,000 nodes as Carewealth writes it (a 5,000-node map is
 * 16 MB, compressed 11–15 to 1). Spreadsheet XML compresses by 5 to 30 times; a zip bomb by
 * hundreds. Excel's own sheets stop at 1,048,576 rows.
 */
export const XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 10_000,
  maxCells: 2_000_000,
  maxRows: 1_048_576,
};

/** Parts smaller than this are not checked for their compression ratio: they cannot hurt. */
const RATIO_FLOOR = 1024 * 1024;

/** Excel escapes characters XML cannot hold as `_xHHHH_`; `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

/** "C12" -> { col: 2, row: 12 }; `$` anchors allowed; 1–3 letters and 1–7 digits, else undefined. */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  // Read by character codes: a sheet has one reference per cell, and a regular expression here
  // was a tenth of the time to read a 5,000-node workbook.
  const n = ref.length;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i - lettersFrom < 1 || i - lettersFrom > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (i - digitsFrom < 1 || i - digitsFrom > 7) return undefined;
  return { col: col - 1, row };
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

/** A refusal or a broken part found while reading; `refusal` says which wording it gets. */
class XlsxError extends Error {
  constructor(
    message: string,
    readonly refusal = false,
  ) {
    super(message);
  }
}

/** Shared limits of one workbook: bytes still allowed to come out of the zip, cells and rows left. */
interface Budget {
  readonly bytes: { left: number; readonly limit: string };
  cells: number;
  rows: number;
  readonly limits: XlsxLimits;
}

/** The workbook's parts by name, and a way to stream one of them through an XML handler. */
class Parts {
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly budget: Budget,
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  has(path: string): boolean {
    return this.byName.has(path);
  }

  /** Inflate `path` piece by piece into `handler`; throws XlsxError naming the part on any problem. */
  scan(path: string, handler: XmlHandler): void {
    const entry = this.byName.get(path);
    if (entry === undefined) throw new XlsxError(`the part "${path}" is missing`);
    const decoder = new TextDecoder('utf-8');
    const scanner = createXmlScanner(handler);
    try {
      inflateEntry(this.bytes, entry, this.budget.bytes, (piece) =>
        scanner.push(decoder.decode(piece, { stream: true })),
      );
      scanner.push(decoder.decode());
      scanner.end();
    } catch (e) {
      if (e instanceof XmlScanError) throw new XlsxError(`the part "${path}" ${e.message}`);
      if (e instanceof ZipError) throw new XlsxError(e.message, e.refusal);
      throw e;
    }
  }
}

/**
 * Check the declared sizes before inflating anything: the XML parts together must fit the limit,
 * and no big part may claim a compression ratio no spreadsheet reaches.
 */
function checkDeclared(entries: readonly ZipEntry[], limits: XlsxLimits): string | undefined {
  let total = 0;
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    total += e.size;
    if (total > limits.maxUncompressedBytes)
      return `it would unpack to more than ${formatBytes(limits.maxUncompressedBytes)}`;
    if (e.size > RATIO_FLOOR && e.size > limits.maxCompressionRatio * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.size / Math.max(1, e.compressedSize));
      return `its part "${e.name}" would unpack ${ratio.toLocaleString('en-GB')} times larger than it is stored (${formatBytes(e.size)} from ${formatBytes(e.compressedSize)}); spreadsheets compress less than ${limits.maxCompressionRatio} to 1, zip bombs far more`;
    }
  }
  return undefined;
}

/** Relationship Id -> Target and Type, from a `.rels` part (none when the part is absent). */
function relationships(parts: Parts, path: string): { id: string; type: string; target: string }[] {
  const out: { id: string; type: string; target: string }[] = [];
  if (!parts.has(path)) return out;
  parts.scan(path, {
    wantText: false,
    open(name, tag, _self, parents) {
      if (name !== 'Relationship' || parents.length !== 1) return;
      out.push({
        id: attribute(tag, 'Id') ?? '',
        type: attribute(tag, 'Type') ?? '',
        target: attribute(tag, 'Target') ?? '',
      });
    },
    close() {},
    text() {},
  });
  return out;
}

/** The sheets listed in workbook.xml (workbook > sheets > sheet), with their relationship ids. */
function sheetList(parts: Parts, path: string): { name: string; id: string | undefined }[] {
  const out: { name: string; id: string | undefined }[] = [];
  parts.scan(path, {
    wantText: false,
    open(name, tag, _self, parents) {
      if (name === 'sheet' && parents.length === 2 && parents[1] === 'sheets')
        out.push({ name: attribute(tag, 'name') ?? '', id: attribute(tag, 'id') });
    },
    close() {},
    text() {},
  });
  return out;
}

/**
 * Collects the text of a shared string item (`<si>`) or inline string (`<is>`): its own `<t>`, or
 * else its rich-text runs' `<t>` joined; phonetic runs (`<rPh>`) are not part of the value.
 */
class StringItem {
  private own: string | null = null;
  private runs = '';
  private into: 'own' | 'run' | null = null;

  /** Call for every element opened inside the item; `depth` is its depth below the item. */
  open(name: string, parent: string, depth: number): void {
    if (name !== 't') return;
    if (depth === 1) {
      this.own ??= '';
      this.into = 'own';
    } else if (depth === 2 && parent === 'r') this.into = 'run';
  }

  close(name: string): void {
    if (name === 't') this.into = null;
  }

  get wantText(): boolean {
    return this.into !== null;
  }

  text(raw: string, cdata: boolean): void {
    if (this.into === 'own') this.own += xmlText(raw, cdata);
    else if (this.into === 'run') this.runs += xmlText(raw, cdata);
  }

  value(): string {
    return decodeExcelEscapes(this.own ?? this.runs);
  }
}

/** The shared strings table (sst > si), counted against the cell budget. */
function sharedStrings(parts: Parts, path: string, budget: Budget): string[] {
  const out: string[] = [];
  let item: StringItem | null = null;
  parts.scan(path, {
    get wantText() {
      return item?.wantText ?? false;
    },
    open(name, _tag, _self, parents) {
      if (parents.length === 1 && name === 'si') {
        if (--budget.cells < 0)
          throw new XlsxError(
            `it holds more than ${budget.limits.maxCells.toLocaleString('en-GB')} cells`,
            true,
          );
        item = new StringItem();
      } else if (item !== null) item.open(name, parents[parents.length - 1] as string, parents.length - 1);
    },
    close(name) {
      if (item === null) return;
      if (name === 'si') {
        out.push(item.value());
        item = null;
      } else item.close(name);
    },
    text(raw, cdata) {
      item?.text(raw, cdata);
    },
  });
  return out;
}

/** A cell's value from its type (`t`) and raw `<v>` text, as Excel means them. */
function cellValue(type: string, v: string | undefined, shared: readonly string[]): XlsxValue | undefined {
  if (v === undefined) return undefined;
  if (type === 's') return v.trim() === '' ? undefined : shared[Number(v)];
  if (type === 'b') return v.trim() === '1';
  if (type === 'n') {
    const n = Number(v);
    return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
  }
  return decodeExcelEscapes(v); // str (formula text), d (ISO date), e (#N/A…)
}

/** One worksheet's rows (worksheet > sheetData > row > c), counting rows and cells as they come. */
function sheetRows(parts: Parts, path: string, shared: readonly string[], budget: Budget): XlsxRow[] {
  const rows: XlsxRow[] = [];
  let lastRow = 0;
  let cells: (XlsxValue | undefined)[] | null = null;
  let line = 0;
  let nextCol = 0;
  // The cell being read: its column and type, its <v> text, its inline string.
  let col = -1;
  let type = 'n';
  let v: string | undefined;
  let inV = false;
  let inline: StringItem | null = null;
  let inlineDepth = 0;
  parts.scan(path, {
    get wantText() {
      return inV || (inline?.wantText ?? false);
    },
    open(name, tag, _self, parents) {
      const depth = parents.length;
      if (cells === null) {
        if (name !== 'row' || depth !== 2 || parents[1] !== 'sheetData') return;
        if (--budget.rows < 0)
          throw new XlsxError(
            `it holds more than ${budget.limits.maxRows.toLocaleString('en-GB')} rows`,
            true,
          );
        const r = Number(attribute(tag, 'r'));
        line = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
        lastRow = line;
        cells = [];
        nextCol = 0;
        return;
      }
      if (depth === 3 && name === 'c') {
        const ref = attribute(tag, 'r');
        const at = ref !== undefined ? parseCellRef(ref) : undefined;
        col = at !== undefined ? at.col : nextCol;
        nextCol = col + 1;
        type = attribute(tag, 't') ?? 'n';
        v = undefined;
        inline = null;
      } else if (depth === 4 && name === 'v') {
        v ??= '';
        inV = true;
      } else if (depth === 4 && name === 'is') {
        inline = new StringItem();
        inlineDepth = 4;
      } else if (inline !== null) inline.open(name, parents[depth - 1] as string, depth - inlineDepth);
    },
    close(name) {
      if (cells === null) return;
      if (name === 'v') inV = false;
      else if (name === 'row') {
        rows.push({ line, cells });
        cells = null;
      } else if (name === 'c' && col >= 0) {
        const value = type === 'inlineStr' ? (inline?.value() ?? '') : cellValue(type, v, shared);
        if (col <= 16_383 && value !== undefined && value !== '') {
          if (--budget.cells < 0)
            throw new XlsxError(
              `it holds more than ${budget.limits.maxCells.toLocaleString('en-GB')} cells`,
              true,
            );
          cells[col] = value;
        }
        col = -1;
        inline = null;
      } else inline?.close(name);
    },
    text(raw, cdata) {
      if (inV) v += xmlText(raw, cdata);
      else inline?.text(raw, cdata);
    },
  });
  return rows;
}

/**
 * Read every sheet of an XLSX workbook (or only those named in `only`, compared case-insensitively;
 * the others come back empty). Never throws: a broken zip, a zip bomb, too many rows or cells, or
 * malformed XML comes back as a problem naming the file.
 */
export function readWorkbook(
  fileName: string,
  bytes: Uint8Array,
  only?: readonly string[],
  limits: XlsxLimits = XLSX_LIMITS,
): Result<XlsxSheet[]> {
  const tooBig = checkSize(fileName, bytes);
  if (tooBig) return fail([tooBig]);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail([
      problem(
        '',
        'is not an XLSX workbook (it is not a zip file); save it from your spreadsheet as "Excel Workbook (.xlsx)"',
        { file: fileName },
      ),
    ]);
  }
  const refuse = (why: string) => fail([problem('', `cannot be opened: ${why}`, { file: fileName })]);
  const broken = (why: string) =>
    fail([problem('', `is not a readable XLSX workbook: ${why}`, { file: fileName })]);
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes, limits.maxEntries);
  } catch (e) {
    if (e instanceof ZipError) return e.refusal ? refuse(e.message) : broken(e.message);
    throw e;
  }
  const declared = checkDeclared(entries, limits);
  if (declared !== undefined) return refuse(declared);
  const budget: Budget = {
    bytes: { left: limits.maxUncompressedBytes, limit: formatBytes(limits.maxUncompressedBytes) },
    cells: limits.maxCells,
    rows: limits.maxRows,
    limits,
  };
  const parts = new Parts(bytes, entries, budget);
  try {
    const rootRels = relationships(parts, '_rels/.rels');
    const officeDoc = rootRels.find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = resolvePath('', officeDoc?.target ?? 'xl/workbook.xml');
    const workbookDir = workbookPath.includes('/')
      ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
      : '';
    const workbookRels = relationships(
      parts,
      `${workbookDir}_rels/${workbookPath.slice(workbookDir.length)}.rels`,
    );
    const targetOf = new Map(workbookRels.map((r) => [r.id, resolvePath(workbookDir, r.target)]));
    const sharedRel = workbookRels.find((r) => r.type.endsWith('/sharedStrings'));
    const sharedPath = sharedRel
      ? resolvePath(workbookDir, sharedRel.target)
      : `${workbookDir}sharedStrings.xml`;
    const wanted = only?.map((n) => n.trim().toLowerCase());
    const listed = sheetList(parts, workbookPath);
    const needed = listed.filter((s) => wanted === undefined || wanted.includes(s.name.trim().toLowerCase()));
    const shared = needed.length > 0 && parts.has(sharedPath) ? sharedStrings(parts, sharedPath, budget) : [];
    const sheets: XlsxSheet[] = listed.map((s) => {
      if (!needed.includes(s)) return { name: s.name, rows: [] };
      const path = targetOf.get(s.id ?? '');
      if (path === undefined)
        throw new XlsxError(`the sheet "${s.name}" has no part in the workbook's relationships`);
      return { name: s.name, rows: sheetRows(parts, path, shared, budget) };
    });
    return ok(sheets);
  } catch (e) {
    if (e instanceof XlsxError) return e.refusal ? refuse(e.message) : broken(e.message);
    throw e;
  }
}
