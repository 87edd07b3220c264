// Browser tests for the foundation: the sample map opens, an edit survives a reload (autosave to
// IndexedDB), a broken file dropped on the window is reported by name and line without touching
// the open map, a Kumu JSON file opens through the Open… picker, and the main screen has no
// serious or critical accessibility violations.
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import type { CareMap } from '../../src/model';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';

const SAMPLE = JSON.parse(readFileSync('sample-maps/larkspur-green.carewealth.json', 'utf8')) as CareMap;

const session = useBrowser();

describe('foundation', () => {
  it('opens the sample map, and a rename in the table is saved and kept after a reload', async () => {
    const app = new AppPage(session.page());
    await app.open();
    expect(await app.title()).toBe(SAMPLE.meta.title);
    const doc = await app.document();
    expect(doc?.nodes.length).toBe(SAMPLE.nodes.length);
    expect(doc?.ties.length).toBe(SAMPLE.ties.length);

    await app.showTable();
    expect(await app.tableCountText()).toBe(`${SAMPLE.nodes.length} nodes`);

    const first = SAMPLE.nodes[0];
    if (first === undefined) throw new Error('the sample map has no nodes');
    await app.waitForSteadyDocument();
    await app.renameInTable(first.id, 'Renamed in the browser test');
    await app.waitForSaveAfter(await app.pageNow());
    await expect.poll(() => app.saveStatus.textContent()).toBe('Saved');

    await app.reload();
    const after = await app.document();
    expect(after?.nodes.find((n) => n.id === first.id)?.label).toBe('Renamed in the browser test');
    expect(after?.nodes.length).toBe(SAMPLE.nodes.length);
    await app.showTable();
    expect(await app.labelCell(first.id).textContent()).toBe('Renamed in the browser test');
  });

  it('reports a truncated file dropped on the window by file and line, and leaves the map unchanged', async () => {
    const app = new AppPage(session.page());
    await app.open();
    await app.waitForSteadyDocument();
    const before = await app.document();

    // Three lines, cut off inside the node list: the parser can only notice on line 3.
    await app.dropFile(
      'broken.carewealth.json',
      'application/json',
      '{\n  "type": "carewealth",\n  "nodes": [{"id": "p1"',
    );
    await app.problemsPanel.waitFor({ state: 'visible' });
    const item = app.problemItems.first();
    expect(await item.locator('.problem-file').textContent()).toBe('broken.carewealth.json');
    expect(await item.locator('.problem-line').textContent()).toMatch(/\bline 3\b/);
    expect(await app.importDialog.count()).toBe(0);
    expect(await app.document()).toEqual(before);
  });

  it('opens a Kumu JSON file chosen with the Open… picker as a new map', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const kumu = {
      elements: [
        { _id: 'e1', attributes: { label: 'Maud', 'element type': 'Person' } },
        { _id: 'e2', attributes: { label: 'Wednesday Knit & Natter', 'element type': 'Grassroots group' } },
        { _id: 'e3', attributes: { label: "St Bride's Hall", 'element type': 'Space' } },
      ],
      connections: [
        { _id: 'c1', from: 'e1', to: 'e2', attributes: { 'connection type': 'Care flow' } },
        { _id: 'c2', from: 'e2', to: 'e3', attributes: { 'connection type': 'Hosted at' } },
      ],
    };
    await app.openWithPicker([
      { name: 'knit-and-natter.kumu.json', mimeType: 'application/json', text: JSON.stringify(kumu) },
    ]);
    await app.importDialog.waitFor({ state: 'visible' });
    await app.chooseOpenAsNew();

    await expect.poll(() => app.title()).toBe('knit-and-natter');
    const doc = await app.document();
    expect(doc?.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['Maud', 'person'],
      ['Wednesday Knit & Natter', 'group'],
      ["St Bride's Hall", 'space'],
    ]);
    expect(doc?.ties.map((t) => t.kind)).toEqual(['care', 'hosted_at']);
    await app.showTable();
    expect(await app.tableCountText()).toBe('3 nodes');
  });

  it('has no serious or critical accessibility violations on the main screen', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const results = await new AxeBuilder({ page: session.page() }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ') ?? ''})`,
      );
    expect(bad).toEqual([]);
  });
});
