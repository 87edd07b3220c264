// The evaluation report on the over-time sample, from its "Launch workshop" snapshot to the map
// as it is. What it must say was read off the sample by hand (and matches `carewealth diff`):
// Tenants' WhatsApp Mutual Aid closed, leaving 6 receivers without an informal tie; Maud gives
// 20 hours a week against a capacity of 10; Team Fir formed. Anonymised by default, Maud is
// "M." and her name appears nowhere; organisations keep their names.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { type CareMap, findSnapshot, loadCareMap, snapshotState } from '../../src/model';
import { writeEvaluationReport } from '../../src/report';
import { pdfText } from '../helpers/pdfText';
import { readReportFonts } from '../helpers/reportFonts';

const file = path.join(import.meta.dirname, '..', '..', 'sample-maps', 'larkspur-green-over-time.carewealth.json');
const loaded = loadCareMap(JSON.parse(readFileSync(file, 'utf8')));
if (!loaded.ok) throw new Error('sample');
const doc: CareMap = loaded.value;
const launch = findSnapshot(doc, 'Launch workshop');
if (!launch.ok) throw new Error('snapshot');
const launchSnapshot = launch.value;

async function report(extra: { labelMode?: 'names'; notes?: { changes: string } } = {}) {
  const bytes = await writeEvaluationReport(
    {
      a: { doc: snapshotState(doc, launchSnapshot), label: 'Launch workshop', date: '2025-03-15', event: 'workshop' },
      b: { doc, label: 'Now', date: '2026-09-19' },
      records: doc,
      date: '2026-10-01',
      ...extra,
    },
    readReportFonts(),
  );
  return { bytes, text: (await pdfText(bytes)).map((page) => page.join('\n')).join('\n') };
}

describe('writeEvaluationReport', () => {
  it('writes a PDF with the changes, the pictures, the indicators, partners and surveys', { timeout: 90_000 }, async () => {
    const { bytes, text } = await report({ notes: { changes: 'The WhatsApp group closed when its admin moved away.' } });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(4);
    expect(text).toContain("Tenants' WhatsApp Mutual Aid has gone: 6 receivers lost their only informal tie");
    expect(text).toContain('M. now gives 20 hours a week, down from 22, over their capacity of 10.');
    expect(text).toContain('Team Fir has formed');
    expect(text).toContain('The WhatsApp group closed when its admin moved away.');
    for (const heading of ['The map before and after', 'Indicators', 'Partners: load and capacity', 'Social Climate Survey rounds']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Before — Launch workshop (2025-03-15)');
    expect(text).toContain('Jaccard index of ties');
  });

  it('names no person by default, and names them when asked', { timeout: 90_000 }, async () => {
    const anonymous = await report();
    expect(anonymous.text).not.toContain('Maud');
    expect(anonymous.text).toContain('People are named by their initials');
    const named = await report({ labelMode: 'names' });
    expect(named.text).toContain('Maud now gives 20 hours a week');
  });
});
