// The minimal XLSX reader and writer: a workbook built by hand (shared strings, rich text, sparse
// and reference-less cells, namespace prefixes, Excel's _xHHHH_ escapes), our writer's output
// read back, and the zip-bomb and malformed-file guards.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { columnName, encodeCellText, parseCellRef, readWorkbook, writeWorkbook, XLSX_LIMITS, type XlsxSheet } from '../../src/io/xlsx';
import { formatProblem, type Result } from '../../src/model';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as Excel might write it: shared strings, a `x:` prefix, an absolute sheet target. */
function handMadeWorkbook(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets>` +
        '<x:sheet name="Notes" sheetId="3" r:id="rId9"/><x:sheet name=" elements " sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/>` +
        `<Relationship Id="rId9" Type="${REL}/worksheet" Target="worksheets/../worksheets/notes.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
    ),
    'xl/strings.xml': strToU8(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
        '<si><t>Label</t></si><si><t>Type</t></si><si><t xml:space="preserve"> Ann &amp; Bo </t></si>' +
        '<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r></si><si><t>line_x000D_break</t></si></sst>',
    ),
    'xl/worksheets/data.xml': strToU8(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Count</t></is></c></row>' +
        // row 2 has no r attribute on its cells: they follow one another from column A
        '<row r="2"><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c/><c><v>12.5</v></c></row>' +
        // row 5 (rows 3-4 absent), sparse: B and D only; a boolean, a formula's cached string
        '<row r="5"><c r="B5" t="b"><v>1</v></c><c r="D5" t="str"><f>A1</f><v>Label</v></c></row>' +
        '<row><c r="A6" t="s"><v>4</v></c><c r="C6" t="e"><v>#N/A</v></c></row>' +
        '</sheetData></worksheet>',
    ),
    'xl/worksheets/notes.xml': strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'),
  });
}

function sheetsOf(r: Result<XlsxSheet[]>): XlsxSheet[] {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}

describe('cell references', () => {
  it('parses and names columns', () => {
    expect(parseCellRef('C12')).toEqual({ col: 2, row: 12 });
    expect(parseCellRef('$AB$3')).toEqual({ col: 27, row: 3 });
    expect(parseCellRef('XFD1')).toEqual({ col: 16383, row: 1 });
    expect(parseCellRef('12C')).toBeUndefined();
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('readWorkbook', () => {
  it('reads a hand-made workbook with shared strings, rich text and sparse rows', () => {
    const [notes, elements] = sheetsOf(readWorkbook('book.xlsx', handMadeWorkbook()));
    expect(notes).toEqual({ name: 'Notes', rows: [] });
    expect(elements?.name).toBe(' elements ');
    expect(elements?.rows.map((r) => [r.line, [...r.cells]])).toEqual([
      [1, ['Label', 'Type', undefined, 'Count']],
      [2, [' Ann & Bo ', 'Rich text', undefined, 12.5]],
      [5, [undefined, true, undefined, 'Label']],
      [6, ['line\rbreak', undefined, '#N/A']],
    ]);
  });

  it('reads only the sheets asked for, by name ignoring case and spaces', () => {
    const sheets = sheetsOf(readWorkbook('book.xlsx', handMadeWorkbook(), ['Elements']));
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Notes', 0],
      [' elements ', 4],
    ]);
  });

  it('refuses files that are not zips, broken zips and DTDs', () => {
    const notZip = readWorkbook('a.xlsx', strToU8('Label,Type\n'));
    expect(!notZip.ok && notZip.problems.map(formatProblem)).toEqual([
      'a.xlsx: is not an XLSX workbook (it is not a zip file); save it from your spreadsheet as "Excel Workbook (.xlsx)"',
    ]);
    const broken = readWorkbook('b.xlsx', handMadeWorkbook().slice(0, 300));
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/^is not a readable XLSX workbook/);
    const dtd = zipSync({ '_rels/.rels': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Relationships/>') });
    const r = readWorkbook('c.xlsx', dtd);
    expect(!r.ok && r.problems[0]?.message).toBe('is not a readable XLSX workbook: the part "_rels/.rels" declares a DTD, which spreadsheets never do');
  });

  it('refuses a zip bomb before inflating it', () => {
    // 2 MB of zeros compress to a few kB; with a 1 MB cap the reader must refuse without inflating
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 6 });
    expect(bomb.length).toBeLessThan(20_000);
    const r = readWorkbook('bomb.xlsx', bomb, undefined, { ...XLSX_LIMITS, maxUncompressedBytes: 1024 * 1024 });
    expect(!r.ok && r.problems.map(formatProblem)).toEqual(['bomb.xlsx: cannot be opened: it would unpack to more than 1.0 MB']);
  });

  it('refuses too many zip entries and too many cells', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`f${i}.xml`] = strToU8('<a/>');
    const r = readWorkbook('many.xlsx', zipSync(many), undefined, { ...XLSX_LIMITS, maxEntries: 20 });
    expect(!r.ok && r.problems[0]?.message).toBe('cannot be opened: it holds more than 20 parts');
    const cells = readWorkbook('cells.xlsx', handMadeWorkbook(), undefined, { ...XLSX_LIMITS, maxCells: 5 });
    expect(!cells.ok && cells.problems[0]?.message).toBe('cannot be opened: it holds more than 5 cells');
  });
});

describe('writeWorkbook', () => {
  it('writes sheets that read back cell for cell, with escapes for XML-illegal text', () => {
    const rows = [
      ['Label', 'Count', 'Flag'],
      ['<b>&"x"</b>', 3.25, true],
      [undefined, -7, false],
      ['bell\u0007 and _x0041_ literal', undefined, 'tab\there'],
    ];
    const bytes = writeWorkbook([
      { name: 'Elements', rows },
      { name: 'Connections', rows: [['From', 'To']] },
    ]);
    const [e, c] = sheetsOf(readWorkbook('w.xlsx', bytes));
    expect(e?.name).toBe('Elements');
    expect(e?.rows.map((r) => [...r.cells])).toEqual([
      ['Label', 'Count', 'Flag'],
      ['<b>&"x"</b>', 3.25, true],
      [undefined, -7, false],
      ['bell\u0007 and _x0041_ literal', undefined, 'tab\there'],
    ]);
    expect(c?.rows.map((r) => [...r.cells])).toEqual([['From', 'To']]);
  });

  it('escapes as Excel does', () => {
    expect(encodeCellText('a\u0001b')).toBe('a_x0001_b');
    expect(encodeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(encodeCellText('<&>')).toBe('&lt;&amp;&gt;');
  });
});
