// Browser test of change over time on the over-time sample: its "Launch workshop" snapshot is on
// the timeline; a snapshot is taken, the map edited, and the snapshot compared with now (one
// element changed); the launch workshop compared with now draws added (bluish green) and lost
// (vermillion) marks on the canvas, and then on the map (Graph | Map), where before and after
// switch too and changes with no place are counted; the change table downloads as CSV and the
// evaluation report as a PDF.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProbeMarker } from '../../src/views/map/mapProbe';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { MapPage } from './pages/MapPage';
import { OverTimePage } from './pages/OverTimePage';

const session = useBrowser();
/** The look's mark colours (src/look/marks.ts, Okabe–Ito). */
const MARKS_HEX = { added: '#009e73' } as const;
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

    // The same difference on the map: the added mark's colour is drawn on the map canvas, the
    // legend beside it is the graph's, and the changes with no place are counted.
    const legendOnGraph = await view.byTestId('legend').innerText();
    expect(legendOnGraph).toContain('Added');
    await view.byTestId('compare-on-map').click();
    const map = new MapPage(app.page);
    await map.waitForIdle();
    await app.page.locator('[data-testid="map-picture"]').scrollIntoViewIfNeeded();
    const added = MARKS_HEX.added;
    expect((await map.canvasPixels([added], 10, 'map-picture-canvas')).matches[added]).toBeGreaterThan(30);
    // Groups are filled in the same green, so look where the rings are: round each added marker
    // at the ring's radius (13 px) in four directions, where no other marker comes within 16 px.
    const markers = await map.sourceMarkers();
    const box = (await app.page.locator('[data-testid="map-picture-canvas"]').boundingBox())!;
    const onScreen: { m: ProbeMarker; p: { x: number; y: number } }[] = [];
    for (const m of markers) onScreen.push({ m, p: await map.toPage(m.lng, m.lat) });
    const spots = onScreen
      .filter(({ m }) => m.mark === 'added')
      .flatMap(({ m, p }) =>
        [[13, 0], [-13, 0], [0, 13], [0, -13]].map(([dx, dy]) => ({ m, x: p.x + dx!, y: p.y + dy! })),
      )
      .filter(({ x, y }) => x > box.x + 20 && x < box.x + box.width - 40 && y > box.y + 20 && y < box.y + box.height - 20)
      .filter(({ m, x, y }) => onScreen.every((o) => o.m === m || Math.hypot(o.p.x - x, o.p.y - y) > 16))
      .slice(0, 24);
    expect(spots.length).toBeGreaterThan(4);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(added.slice(i, i + 2), 16));
    const ringsDrawn = async () =>
      (await map.pixelsAt(spots, 'map-picture-canvas')).filter((c) => Math.abs(c[0] - r!) + Math.abs(c[1] - g!) + Math.abs(c[2] - b!) < 40).length;
    await expect.poll(ringsDrawn, { timeout: 30_000 }).toBeGreaterThan(spots.length / 2);
    expect(await view.byTestId('legend').innerText()).toBe(legendOnGraph);
    await expect.poll(() => view.byTestId('map-picture-undrawn').innerText()).toMatch(/^\d+ changes? (is|are) not on the map: no place set/);
    await app.page.locator('[data-testid="map-picture"]').screenshot({ path: path.resolve(import.meta.dirname, '../../test-results/over-time-difference-map.png') });
    // Before: the added elements were not there yet, so neither are their rings; after: they are.
    await view.byTestId('compare-view-before').click();
    await expect.poll(ringsDrawn, { timeout: 30_000 }).toBe(0);
    await view.byTestId('compare-view-after').click();
    await expect.poll(ringsDrawn, { timeout: 30_000 }).toBeGreaterThan(spots.length / 2);
    await view.byTestId('compare-view-difference').click();
    await view.byTestId('compare-on-graph').click();

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
  }, 240_000);
});
