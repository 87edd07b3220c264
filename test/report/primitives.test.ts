// The PDF primitives written and read back with an independent reader (test/helpers/pdfText):
// text in several scripts comes back as written, a letter no font has becomes "?", and a
// network drawn from the look names its nodes on the page.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { lookOf } from '../../src/look';
import {
  drawLegend,
  drawNetwork,
  drawText,
  embedFonts,
  fitFrame,
  measureText,
  onPage,
  paperOf,
  sheetOf,
  textRuns,
} from '../../src/report';
import { makeMap, person, tie } from '../helpers/build';
import { pdfText } from '../helpers/pdfText';
import { readReportFonts } from '../helpers/reportFonts';

async function page() {
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf, readReportFonts());
  const { width, height } = paperOf('a4');
  return { pdf, sheet: sheetOf(pdf.addPage([width, height]), fonts), fonts };
}

describe('report primitives', () => {
  it('writes text in Latin, Greek and Cyrillic that reads back as written', async () => {
    const { pdf, sheet } = await page();
    drawText(sheet, 'Mrs A. — Zoë’s café', { x: 40, y: 60 }, { size: 12 });
    drawText(sheet, 'Αλέξης and Ольга', { x: 40, y: 80 }, { size: 12, weight: 'bold' });
    const [strings] = await pdfText(await pdf.save());
    expect(strings?.join('')).toContain('Mrs A. — Zoë’s café');
    expect(strings?.join('')).toContain('Αλέξης and Ольга');
  });

  it('draws a letter no font has as "?", and drops line breaks from a line', async () => {
    const { fonts } = await page();
    expect(textRuns(fonts.regular, 'a\u4e00b').map((r) => r.text).join('')).toBe('a?b');
    expect(textRuns(fonts.regular, 'one\ntwo').map((r) => r.text).join('')).toBe('one two');
  });

  it('measures text: a longer string is wider, and bold wider than regular', async () => {
    const { sheet } = await page();
    const a = measureText(sheet, 'Maud', { size: 10 });
    expect(measureText(sheet, 'Maud Ellis', { size: 10 })).toBeGreaterThan(a);
    expect(measureText(sheet, 'Maud', { size: 10, weight: 'bold' })).toBeGreaterThan(a);
    expect(measureText(sheet, 'Maud', { size: 20 })).toBeCloseTo(2 * a, 6);
  });

  it('fits a model rectangle in a box, centred, and maps points onto it', () => {
    // 200 × 100 model units into a 100 × 100 box at (10, 20): scale 0.5, 25 points spare above and below.
    const frame = fitFrame({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, { x: 10, y: 20, width: 100, height: 100 });
    expect(frame.scale).toBe(0.5);
    expect(onPage(frame, { x: -100, y: -50 })).toEqual({ x: 10, y: 45 });
    expect(onPage(frame, { x: 100, y: 50 })).toEqual({ x: 110, y: 95 });
  });

  it('draws a network and its legend from the look, naming every drawn node', async () => {
    const { pdf, sheet } = await page();
    const doc = makeMap([person('a', 'Ada'), person('b', 'Bo')], [tie('t', 'a', 'b', { frequency: 'daily' })]);
    const look = lookOf(doc, { tieLines: 'frequency' });
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    drawNetwork(sheet, { look, positions, badges: new Map([['a', '2']]) }, fitFrame({ minX: -20, minY: -20, maxX: 120, maxY: 20 }, { x: 40, y: 40, width: 400, height: 200 }), { fontSize: 9 });
    const used = drawLegend(sheet, look.legend, { x: 40, y: 300, width: 500, height: 0 }, { columns: 2, fontSize: 8 });
    expect(used).toBeGreaterThan(0);
    const [strings] = await pdfText(await pdf.save());
    expect(strings).toEqual(expect.arrayContaining(['Ada', 'Bo', '2', 'Daily', 'Person']));
  });
});
