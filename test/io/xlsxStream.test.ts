// The streaming XLSX reader against the reader it replaced (test/io/xlsxReference.ts, built on
// fast-xml-parser): generated workbooks of every cell kind the reader knows (shared, inline and
// rich-text strings, numbers, booleans, formula text, sparse and reference-less cells, namespace
// prefixes, XML-special and non-ASCII text) must read the same, cell for cell; and so must a
// 1,000-node Kumu workbook, large enough that its sheets arrive in several pieces. The scanner
// itself must report the same events however its input is cut.
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toKumuWorkbook } from '../../src/io/kumu-xlsx';
import { readWorkbook } from '../../src/io/xlsx';
import { attribute, createXmlScanner, xmlText } from '../../src/io/xlsx/xmlScan';
import { generateMap } from '../helpers/generateMap';
import { referenceReadWorkbook } from './xlsxReference';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Cell =
  | { kind: 'shared'; text: string }
  | { kind: 'inline'; text: string }
  | { kind: 'rich'; runs: string[] }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'formula'; text: string }
  | { kind: 'empty' };

interface GenCell {
  readonly cell: Cell;
  /** Column skipped ahead of this cell (0 = next column), and whether the cell says its reference. */
  readonly skip: number;
  readonly withRef: boolean;
}

interface GenRow {
  readonly gap: number;
  readonly withRef: boolean;
  readonly cells: GenCell[];
}

// Text as people type it: XML specials, spaces kept at the ends, accents, emoji, Excel's _x escapes.
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Ann & Bo',
    '<b>bold</b>',
    ' padded ',
    'Café naïve',
    '👩‍⚕️ nurse',
    'line_x000D_break',
    'it\'s "quoted"',
    '_x005F_x0041_',
  ),
);

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  text.map((t) => ({ kind: 'shared' as const, text: t })),
  text.map((t) => ({ kind: 'inline' as const, text: t })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })),
  fc
    .oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .map((value) => ({ kind: 'number' as const, value })),
  fc.boolean().map((value) => ({ kind: 'bool' as const, value })),
  text.map((t) => ({ kind: 'formula' as const, text: t })),
  fc.constant({ kind: 'empty' as const }),
);

const rowArb: fc.Arbitrary<GenRow> = fc.record({
  gap: fc.integer({ min: 0, max: 3 }),
  withRef: fc.boolean(),
  cells: fc.array(fc.record({ cell: cellArb, skip: fc.integer({ min: 0, max: 2 }), withRef: fc.boolean() }), {
    maxLength: 6,
  }),
});

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A workbook as Excel or openpyxl might write it, with `x:` prefixes when `prefix` is set. */
function buildWorkbook(sheets: GenRow[][], prefix: boolean): Uint8Array {
  const p = prefix ? 'x:' : '';
  const ns = prefix ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const shared: string[] = [];
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((rows, s) => {
    let line = 0;
    const body = rows
      .map((row) => {
        line += 1 + row.gap;
        let col = -1;
        const cells = row.cells
          .map(({ cell, skip, withRef }) => {
            col += 1 + (withRef ? skip : 0);
            const r = withRef ? ` r="${columnName(col)}${line}"` : '';
            switch (cell.kind) {
              case 'shared':
                shared.push(cell.text);
                return `<${p}c${r} t="s"><${p}v>${shared.length - 1}</${p}v></${p}c>`;
              case 'inline':
                return `<${p}c${r} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escape(cell.text)}</${p}t></${p}is></${p}c>`;
              case 'rich':
                return `<${p}c${r} t="inlineStr"><${p}is>${cell.runs.map((run, i) => `<${p}r>${i === 0 ? `<${p}rPr><${p}b/></${p}rPr>` : ''}<${p}t xml:space="preserve">${escape(run)}</${p}t></${p}r>`).join('')}</${p}is></${p}c>`;
              case 'number':
                return `<${p}c${r}><${p}v>${cell.value}</${p}v></${p}c>`;
              case 'bool':
                return `<${p}c${r} t="b"><${p}v>${cell.value ? 1 : 0}</${p}v></${p}c>`;
              case 'formula':
                return `<${p}c${r} t="str"><${p}f>A1&amp;"x"</${p}f><${p}v>${escape(cell.text)}</${p}v></${p}c>`;
              case 'empty':
                return `<${p}c${r} s="1"/>`;
            }
          })
          .join('');
        return `<${p}row${row.withRef ? ` r="${line}"` : ''}>${cells}</${p}row>`;
      })
      .join('\n');
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet ${ns}><${p}dimension ref="A1"/><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`,
    );
  });
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0"?><${p}sst ${ns} count="${shared.length}">${shared.map((t) => `<${p}si><${p}t xml:space="preserve">${escape(t)}</${p}t></${p}si>`).join('')}</${p}sst>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheets.map((_r, s) => `<${p}sheet name="Sheet &amp; ${s + 1}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`).join('')}</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_r, s) => `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  return zipSync(files, { level: 6 });
}

describe('the streaming reader against the reference reader', () => {
  it('reads generated workbooks cell for cell as the reference does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rowArb, { maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (sheets, prefix) => {
          const book = buildWorkbook(sheets, prefix);
          const want = referenceReadWorkbook('gen.xlsx', book);
          expect(want.ok).toBe(true);
          expect(readWorkbook('gen.xlsx', book)).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 1,000-node Kumu workbook (sheets arriving in several pieces) as the reference does', () => {
    const book = toKumuWorkbook(generateMap({ nodes: 1000, tiesPerNode: 3, seed: 9 }));
    const got = readWorkbook('big.xlsx', book);
    expect(got.ok && got.value.map((s) => s.rows.length)).toEqual([1001, 3001]);
    expect(got).toEqual(referenceReadWorkbook('big.xlsx', book));
  });

  it('decodes numeric character references, which the reference left as written', () => {
    const scanned: string[] = [];
    const scanner = createXmlScanner({
      wantText: true,
      open: () => undefined,
      close: () => undefined,
      text: (raw, cdata) => scanned.push(xmlText(raw, cdata)),
    });
    scanner.push('<t>&#x41;&#66;&amp;&lt;<![CDATA[&amp;]]></t>');
    scanner.end();
    expect(scanned.join('')).toBe('AB&<&amp;');
  });
});

/** Every event of scanning `xml` fed in the given pieces, as strings. */
function events(pieces: readonly string[]): string[] {
  const out: string[] = [];
  const scanner = createXmlScanner({
    wantText: true,
    open: (name, tag, self, parents) => out.push(`open ${name} ${tag} ${self} [${parents.join('/')}]`),
    close: (name) => out.push(`close ${name}`),
    text: (raw, cdata) => out.push(`text ${xmlText(raw, cdata)}`),
  });
  for (const p of pieces) scanner.push(p);
  scanner.end();
  // Text may arrive in several runs when a piece ends inside it: join neighbouring runs.
  return out.reduce<string[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (e.startsWith('text ') && last?.startsWith('text ')) acc[acc.length - 1] = last + e.slice(5);
    else acc.push(e);
    return acc;
  }, []);
}

describe('the XML scanner', () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- a comment with <tags> -->' +
    '<x:root xmlns:x="urn:x" a=\'1 > 0\' b="it\'s"><x:row r="1"><c r="A1" t="s"><v>12</v></c><c/></x:row>' +
    '<t xml:space="preserve"> Ann &amp; Bo </t><![CDATA[<raw> & ]]><?pi data?></x:root>';

  it('reports local names, raw tags, self-closing tags, parents, text and CDATA', () => {
    expect(events([xml])).toEqual([
      `open root <x:root xmlns:x="urn:x" a='1 > 0' b="it's"> false []`,
      'open row <x:row r="1"> false [root]',
      'open c <c r="A1" t="s"> false [root/row]',
      'open v <v> false [root/row/c]',
      'text 12',
      'close v',
      'close c',
      'open c <c/> true [root/row]',
      'close c',
      'close row',
      'open t <t xml:space="preserve"> false [root]',
      'text  Ann & Bo ',
      'close t',
      'text <raw> & ',
      'close root',
    ]);
  });

  it('gives the same events however the text is cut into pieces', () => {
    const whole = events([xml]);
    for (let cut = 1; cut < xml.length; cut++)
      expect(events([xml.slice(0, cut), xml.slice(cut)])).toEqual(whole);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), xml.length];
        expect(events(at.slice(1).map((end, i) => xml.slice(at[i], end)))).toEqual(whole);
      }),
    );
  });

  it('reads attributes by local name, decoded, and only real attributes', () => {
    const tag = `<sheet name="A &amp; B" r:id='rId3' title="x name=&quot;no&quot;" sheetId = "2"/>`;
    expect(attribute(tag, 'name')).toBe('A & B');
    expect(attribute(tag, 'id')).toBe('rId3');
    expect(attribute(tag, 'sheetId')).toBe('2');
    expect(attribute(tag, 'title')).toBe('x name="no"');
    expect(attribute(tag, 'missing')).toBeUndefined();
  });

  it('refuses a DTD, tags that do not nest, two roots and XML cut short', () => {
    const refusal = (s: string) => {
      try {
        events([s]);
        return '';
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    expect(refusal('<!DOCTYPE x [<!ENTITY a "aaaa">]><x/>')).toBe(
      'declares a DTD, which spreadsheets never do',
    );
    expect(refusal('<a><b></a></b>')).toBe('closes <b> with </a>');
    expect(refusal('<a/><b/>')).toBe('has more than one root element');
    expect(refusal('<a><b>')).toBe('ends before <b> is closed');
    expect(refusal('<a></a><b')).toBe('ends in the middle of a tag');
    expect(refusal('   ')).toBe('holds no XML element');
  });
});
