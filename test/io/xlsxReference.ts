// The XLSX reader as it was before the streaming one (src/io/xlsx/read.ts): fflate's unzipSync and
// fast-xml-parser building each part as a tree. Kept only as the reference the streaming reader's
// tests compare against, on workbooks both accept: it is slow (8.8 s for a 5,000-node workbook)
// and holds every part in memory at once, which is why it was replaced.
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

import { formatBytes } from '../../src/io/guard';
import {
  decodeExcelEscapes,
  parseCellRef,
  XLSX_LIMITS,
  type XlsxLimits,
  type XlsxRow,
  type XlsxSheet,
  type XlsxValue,
} from '../../src/io/xlsx';
import { fail, ok, problem, type Result } from '../../src/model';

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
  return decodeExcelEscapes(
    asList(si.r)
      .map((r) => textOfT(r.t))
      .join(''),
  );
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
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new XlsxError(`the part "${path}" declares a DTD, which spreadsheets never do`);
  return asNode(parser.parse(text));
}

function relationships(files: Record<string, Uint8Array>, path: string): XmlNode[] {
  if (files[path] === undefined) return [];
  return asList(asNode(parseXml(files, path).Relationships).Relationship);
}

function readSheet(
  xml: XmlNode,
  shared: readonly string[],
  budget: { cells: number; readonly max: number },
): XlsxRow[] {
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
      if (--budget.cells < 0)
        throw new XlsxError(`it holds more than ${budget.max.toLocaleString('en-GB')} cells`);
      cells[col] = value;
    }
    rows.push({ line, cells });
  }
  return rows;
}

/**
 * The old reader: every sheet of an XLSX workbook (or only those named in `only`, compared case-insensitively).
 * Never throws: a broken zip, a zip bomb, or malformed XML comes back as a problem naming the file.
 */
export function referenceReadWorkbook(
  fileName: string,
  bytes: Uint8Array,
  only?: readonly string[],
  limits: XlsxLimits = XLSX_LIMITS,
): Result<XlsxSheet[]> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail([
      problem(
        '',
        'is not an XLSX workbook (it is not a zip file); save it from your spreadsheet as "Excel Workbook (.xlsx)"',
        { file: fileName },
      ),
    ]);
  }
  let entries = 0;
  let inflated = 0;
  let refused: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (entries > limits.maxEntries)
          refused ??= `it holds more than ${limits.maxEntries.toLocaleString('en-GB')} parts`;
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
    return fail([
      problem('', `is not a readable XLSX workbook (${e instanceof Error ? e.message : String(e)})`, {
        file: fileName,
      }),
    ]);
  }
  if (refused !== undefined) return fail([problem('', `cannot be opened: ${refused}`, { file: fileName })]);
  try {
    const rootRels = relationships(files, '_rels/.rels');
    const officeDoc = rootRels.find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
    const workbookPath = resolvePath('', attr(officeDoc ?? {}, 'Target') ?? 'xl/workbook.xml');
    const workbookDir = workbookPath.includes('/')
      ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
      : '';
    const workbookRels = relationships(
      files,
      `${workbookDir}_rels/${workbookPath.slice(workbookDir.length)}.rels`,
    );
    const targetOf = new Map(
      workbookRels.map((r) => [attr(r, 'Id') ?? '', resolvePath(workbookDir, attr(r, 'Target') ?? '')]),
    );
    const sharedRel = workbookRels.find((r) => (attr(r, 'Type') ?? '').endsWith('/sharedStrings'));
    const sharedPath = sharedRel
      ? resolvePath(workbookDir, attr(sharedRel, 'Target') ?? '')
      : `${workbookDir}sharedStrings.xml`;
    const shared =
      files[sharedPath] !== undefined
        ? asList(asNode(parseXml(files, sharedPath).sst).si).map(textOfStringItem)
        : [];

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
      if (path === undefined)
        throw new XlsxError(`the sheet "${name}" has no part in the workbook's relationships`);
      sheets.push({ name, rows: readSheet(parseXml(files, path), shared, budget) });
    }
    return ok(sheets);
  } catch (e) {
    const why =
      e instanceof XlsxError
        ? e.message
        : `malformed XML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return fail([problem('', `is not a readable XLSX workbook: ${why}`, { file: fileName })]);
  }
}
