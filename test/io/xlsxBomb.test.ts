// Workbooks that would take the machine down (issue 14): refused by the sizes and compression ratio
// their zip declares before anything is inflated, by what actually comes out when an entry lies
// about its size, and by counting rows while reading. The bombs are generated (zipBomb.ts) at the
// sizes the issue met: a sheet unpacking to 172 MiB from a few hundred kB. The last test runs
// the built command on them with a 128 MB heap, where the old reader died at 4.4 GB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Inflate, strFromU8, strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

import { readWorkbook, XLSX_LIMITS } from '../../src/io/xlsx';
import { formatProblem, type Result } from '../../src/model';
import { buildCli } from '../../scripts/build-cli';
import {
  honestEntry,
  rawZip,
  repeatedDeflate,
  rowBomb,
  SHEET_END,
  SHEET_START,
  workbookAround,
} from './zipBomb';

const MiB = 1024 * 1024;

function messages(r: Result<unknown>): string[] {
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('zip bombs', () => {
  // 172 MiB of rows from about 200 kB: the shape of the file that ran the command out of memory.
  const bomb = rowBomb(172);

  it('the generated bomb really is one: 172 MiB of rows stored in about 0.5 MB', () => {
    expect(bomb.size / MiB).toBeCloseTo(172, 0);
    expect(bomb.size / bomb.data.length).toBeGreaterThan(300);
    // Its first pieces inflate to the sheet's start and then rows.
    let first = '';
    const inflater = new Inflate((piece) => {
      if (first === '') first = strFromU8(piece.subarray(0, 200));
    });
    inflater.push(bomb.data.subarray(0, 4096));
    expect(first.startsWith(`${SHEET_START}<row><c t="inlineStr"><is><t>x</t></is></c></row><row>`)).toBe(
      true,
    );
  });

  it('is refused for its declared size before anything is inflated', () => {
    const r = readWorkbook('bomb.xlsx', workbookAround(bomb));
    expect(messages(r)).toEqual(['bomb.xlsx: cannot be opened: it would unpack to more than 100.0 MB']);
  });

  it('is refused for its compression ratio when it fits the size limit', () => {
    const r = readWorkbook('ratio.xlsx', workbookAround(rowBomb(60)));
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toMatch(
      /^ratio\.xlsx: cannot be opened: its part "xl\/worksheets\/sheet1\.xml" would unpack [\d,]+ times larger than it is stored \(60\.0 MB from [\d.]+ kB\); spreadsheets compress less than 100 to 1, zip bombs far more$/,
    );
  });

  it('is stopped as soon as an entry gives out more than it declared', () => {
    // It declares 100 kB (so neither the size nor the ratio gives it away) and unpacks to 172 MiB.
    const r = readWorkbook('liar.xlsx', workbookAround({ ...bomb, size: 100_000 }));
    expect(messages(r)).toEqual([
      'liar.xlsx: cannot be opened: the part "xl/worksheets/sheet1.xml" unpacks to more than the 100,000 bytes its zip entry declares',
    ]);
  });

  it('counts the bytes all parts give out against one limit', () => {
    // Each part is within its own declared size, but together they pass a 2 MiB limit.
    const sheet = rowBomb(1);
    const r = readWorkbook('sum.xlsx', workbookAround(sheet), undefined, {
      ...XLSX_LIMITS,
      maxUncompressedBytes: 2 * MiB,
      maxCompressionRatio: 10_000,
    });
    expect(r.ok).toBe(true);
    const lying = readWorkbook('sum.xlsx', workbookAround({ ...rowBomb(3), size: MiB }), undefined, {
      ...XLSX_LIMITS,
      maxUncompressedBytes: 2 * MiB,
      maxCompressionRatio: 10_000,
    });
    expect(messages(lying)[0]).toMatch(/unpacks to more than the 1,048,576 bytes its zip entry declares$/);
  });

  it('counts rows while reading and stops at the limit', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const book = workbookAround(honestEntry('x', `${SHEET_START}${rows.join('')}${SHEET_END}`));
    expect(readWorkbook('rows.xlsx', book).ok).toBe(true);
    const r = readWorkbook('rows.xlsx', book, undefined, { ...XLSX_LIMITS, maxRows: 2000 });
    expect(messages(r)).toEqual(['rows.xlsx: cannot be opened: it holds more than 2,000 rows']);
  });

  it('refuses a flood of text between tags once it passes 4 million characters', () => {
    // 8 MiB of spaces inside sheetData: refused by its ratio, and, with the ratio check off, by
    // the scanner before the flood is held whole.
    const flood = repeatedDeflate([
      { text: SHEET_START, times: 1 },
      { text: ' '.repeat(MiB), times: 8 },
      { text: SHEET_END, times: 1 },
    ]);
    const sheet = { data: flood, size: SHEET_START.length + 8 * MiB + SHEET_END.length };
    expect(messages(readWorkbook('flood.xlsx', workbookAround(sheet)))[0]).toMatch(
      /would unpack [\d,]+ times larger/,
    );
    const r = readWorkbook('flood.xlsx', workbookAround(sheet), undefined, {
      ...XLSX_LIMITS,
      maxCompressionRatio: 100_000,
    });
    expect(messages(r)).toEqual([
      'flood.xlsx: is not a readable XLSX workbook: the part "xl/worksheets/sheet1.xml" has a tag or text longer than 4 million characters',
    ]);
  });

  it('refuses an encrypted part and an unknown compression method', () => {
    const stored = rawZip([
      { name: 'xl/workbook.xml', data: strToU8('<workbook/>'), size: 11, stored: true },
    ]);
    expect(readWorkbook('s.xlsx', stored).ok).toBe(true);
    const odd = new Uint8Array(stored);
    // Method 12 (bzip2) in both the local header (offset 8) and the central directory.
    const central = odd.length - 22 - 46 - 'xl/workbook.xml'.length;
    odd[8] = 12;
    odd[central + 10] = 12;
    expect(messages(readWorkbook('m.xlsx', odd))).toEqual([
      'm.xlsx: is not a readable XLSX workbook: the part "xl/workbook.xml" uses compression method 12, which spreadsheets do not',
    ]);
    const locked = new Uint8Array(stored);
    locked[central + 8] = 1;
    expect(messages(readWorkbook('p.xlsx', locked))).toEqual([
      'p.xlsx: is not a readable XLSX workbook: the part "xl/workbook.xml" is encrypted (a password-protected workbook)',
    ]);
  });

  it('still reads an ordinary workbook whose parts are well within every limit', () => {
    const book = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="a" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Elements" r:id="s"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="s" Target="sheet.xml"/></Relationships>',
      ),
      'xl/sheet.xml': strToU8(
        `${SHEET_START}<row><c t="inlineStr"><is><t>Label</t></is></c></row>${SHEET_END}`,
      ),
    });
    const r = readWorkbook('ok.xlsx', book);
    expect(r.ok && r.value.map((s) => s.rows.map((row) => [...row.cells]))).toEqual([[['Label']]]);
  });
});

describe('the command on bombs, with a 128 MB heap', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'carewealth-bomb-'));
  // Without INIT_CWD (set by npm) the command resolves paths from its own working directory.
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses each with a message and exit 1 instead of running out of memory', async () => {
    const bundle = await buildCli(path.join(dir, 'carewealth.mjs'));
    const files = {
      'declared.xlsx': workbookAround(rowBomb(172)),
      'ratio.xlsx': workbookAround(rowBomb(90)),
      'liar.xlsx': workbookAround({ ...rowBomb(172), size: 100_000 }),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), bytes);
      const r = spawnSync(process.execPath, ['--max-old-space-size=128', bundle, 'validate', name], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').slice(0, 2).join('\n')).toMatch(
        new RegExp(`^FAIL  ${name}\\n  ${name}: cannot be opened: `),
      );
      expect(r.status).toBe(1);
    }
  }, 60_000);
});
