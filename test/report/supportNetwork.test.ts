// The printout of Mrs A.'s support network (the bundled sample), read back with an independent
// reader: a one-page PDF of the chosen paper size that names her, draws every ring and sector,
// has the legend, the date and the findings; health needs only when chosen; initials when chosen.
import { readFileSync } from 'node:fs';

import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { loadCareMap, SUPPORT_RINGS, SUPPORT_SECTORS } from '../../src/model';
import { printedFindings, supportNetworkPdf } from '../../src/report';
import { analyzeSupport } from '../../src/analysis';
import { pdfText } from '../helpers/pdfText';
import { readReportFonts } from '../helpers/reportFonts';

const loaded = loadCareMap(JSON.parse(readFileSync('sample-maps/mrs-a-support-network.carewealth.json', 'utf8')));
if (!loaded.ok) throw new Error('sample did not load');
const doc = loaded.value;
const fonts = readReportFonts();
const CENTRE = 'n-ash-owner';

async function print(options: Partial<Parameters<typeof supportNetworkPdf>[2]> = {}) {
  const bytes = await supportNetworkPdf(doc, CENTRE, { paper: 'a4', labelMode: 'names', date: '5 December 2026', fonts, ...options });
  const pages = await pdfText(bytes);
  return { bytes, pages, text: (pages[0] ?? []).join('\n') };
}

describe('supportNetworkPdf', () => {
  it('is one A4 page naming Mrs A., with the date, every ring and sector, the legend and the findings', async () => {
    const { bytes, pages, text } = await print();
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pages).toHaveLength(1);
    const page = (await PDFDocument.load(bytes)).getPage(0).getSize();
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(text).toContain("Mrs A.'s support network");
    expect(text).toContain('Drawn on 5 December 2026');
    // Mrs A.'s map has people on every ring, with no closeness yet, and linked through others.
    for (const ring of SUPPORT_RINGS) expect(text).toContain(ring.label);
    for (const sector of SUPPORT_SECTORS) expect(text).toContain(sector.label);
    expect(text).toContain('Daily');
    expect(text).toContain('Where support is thin');
    expect(text).toContain('Only one person helps Mrs A. with meals');
    expect(text).toContain('Maud');
  });

  it('prints on Letter when asked', async () => {
    const { bytes } = await print({ paper: 'letter' });
    const page = (await PDFDocument.load(bytes)).getPage(0).getSize();
    expect([page.width, page.height]).toEqual([612, 792]);
  });

  it('leaves her health needs out unless chosen', async () => {
    const without = await print();
    expect(without.text).not.toMatch(/personal care \(regulated\)|medication support/i);
    const withHealth = await print({ includeHealth: true });
    expect(withHealth.text).toMatch(/personal care \(regulated\)/i);
  });

  it('draws people by initials, and the paid carers by their role, when asked', async () => {
    const { text } = await print({ labelMode: 'initials' });
    expect(text).toContain("A.'s support network");
    expect(text).not.toContain('Maud');
    expect(text).toContain('M.');
    expect(text).toContain('Care worker');
  });
});

describe('printedFindings', () => {
  it('drops the need findings about personal care and medication, keeps the rest', () => {
    const all = analyzeSupport(doc, CENTRE)?.findings ?? [];
    const printed = printedFindings(all, false);
    // Two findings each for personal care and medication (givers, only paid), by hand from the sample.
    expect(all.length - printed.length).toBe(4);
    expect(printed.some((f) => f.careType === 'personal_care' || f.careType === 'medication')).toBe(false);
    expect(printedFindings(all, true)).toHaveLength(all.length);
  });
});
