// Browser test of change over time on the over-time sample: its "Launch workshop" snapshot is on
// the timeline; a snapshot is taken, the map edited, and the snapshot compared with now (one
// element changed); the launch workshop compared with now draws added (bluish green) and lost
// (vermillion) marks on the canvas; the change table downloads as CSV and the evaluation report
// as a PDF.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { OverTimePage } from './pages/OverTimePage';

const session = useBrowser();
const SAMPLE = path.resolve(import.meta.dirname, '../../sample-maps/larkspur-green-over-time.carewealth.json');

describe('over time', () => {
  it('takes a snapshot, compares, draws the marks, and downloads the table and the report', async () => {
    const app = new AppPage(session.page());
    await app.open();
    await app.openWithPicker([{ name: 'larkspur-green-over-time.carewealth.json', mimeType: 'application/json', text: readFileSync(SAMPLE, 'utf8') }]);
    await app.chooseOpenAsNew();
    await expect.poll(async () => (await app.document())?.snapshots.length, { timeout: 30_000 }).toBe(3);

    const view = new OverTimePage(app.page);
    await view.show();
    expect(await view.snapshotNames()).toEqual(['Launch workshop', 'Six-month review', 'Eighteen-month review']);

    await view.takeSnapshot('Before the edit', '2026-10-01', 'Taken by the browser test');
    await expect.poll(async () => (await app.document())?.snapshots.map((s) => s.label).at(-1)).toBe('Before the edit');
    const taken = (await app.document())?.snapshots.at(-1)?.id ?? '';

    await app.showTable();
    const firstRow = app.page.locator('[data-testid="table-grid-row"]').first();
    await firstRow.waitFor({ state: 'visible' });
    const edited = (await firstRow.getAttribute('data-node-id')) ?? '';
    await app.renameInTable(edited, 'Renamed in the test');
    await expect.poll(async () => (await app.document())?.nodes.find((n) => n.id === edited)?.label).toBe('Renamed in the test');

    await view.show();
    await view.pick('a', `snapshot:${taken}`);
    await view.pick('b', 'now');
    await expect.poll(() => view.summary().innerText(), { timeout: 60_000 }).toContain('0 elements added, 0 lost, 1 changed; 0 ties added, 0 lost, 0 changed');

    await view.pick('a', 'snapshot:snap-launch-workshop');
    await expect.poll(() => view.summary().innerText(), { timeout: 60_000 }).toContain('26 elements added, 1 lost');
    await view.byTestId('compare-findings').getByText("Tenants' WhatsApp Mutual Aid has gone").waitFor();
    await app.page.locator('[data-testid="picture-canvas"]').scrollIntoViewIfNeeded();
    await app.page.waitForTimeout(2000);
    const counts = await view.colourCounts({ added: [0, 158, 115], lost: [213, 94, 0], lostFaded: [234, 174, 128], changed: [230, 159, 0] });
    expect(counts.added).toBeGreaterThan(50);
    expect((counts.lost ?? 0) + (counts.lostFaded ?? 0)).toBeGreaterThan(20);
    await app.page.locator('[data-testid="picture-canvas"]').screenshot({ path: path.resolve(import.meta.dirname, '../../test-results/over-time-difference.png') });

    await app.page.locator('[data-testid="over-time-view"]').screenshot({ path: path.resolve(import.meta.dirname, '../../test-results/over-time-view.png') });
    await view.byTestId('compare-tab-table').click();
    expect(await view.byTestId('change-row').count()).toBeGreaterThan(100);
    const csv = await view.download('change-csv');
    expect(csv.name).toMatch(/-changes\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('subject,change,id,name,field,before,after');
    expect(text).toContain("node,removed,n-tenants-mutual-aid,Tenants' WhatsApp Mutual Aid");

    await app.page.getByText('Evaluation report (PDF)').click();
    await view.byTestId('report-note-changes').fill('The WhatsApp group closed when its admin moved away.');
    const pdf = await view.download('report-pdf');
    expect(pdf.name).toMatch(/-evaluation\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(50_000);
  });
});
