// Browser tests for issue 11 (the map at neighbourhood scale; Survey and Insights read well), at
// 1280×800 and 1024×768: approximate people are counted cells at neighbourhood zoom, never markers
// in rows; ties are the selection's unless "All ties" is on; names appear at street zoom; Survey
// names its domains in full, keeps its legend beside its chart and cuts off no label; colouring
// nodes by a measure puts that measure's scale in the legend. Screenshots go to
// test-results/readwell/ for a person to look at.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { appliesTo, type CareMap, DEFAULT_ITEM_BANK, SURVEY_DOMAINS } from '../../src/model';
import { RESULTS_DIR, useBrowser } from './browser';
import { GovernancePage } from './pages/GovernancePage';
import { MapPage } from './pages/MapPage';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
const SHOTS = path.join(RESULTS_DIR, 'readwell');
const SLOW = 300_000;

const session = useBrowser();

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** "Map of N located nodes and M ties": the tie count the map says it draws. */
async function drawnTies(app: MapPage): Promise<number> {
  const label = (await app.page.locator('[data-testid="map-canvas"]').getAttribute('aria-label')) ?? '';
  const m = /and (\d+) ties/.exec(label);
  if (m === null) throw new Error(`no tie count in "${label}"`);
  return Number(m[1]);
}

describe('the map at neighbourhood scale', () => {
  for (const size of SIZES) {
    it(
      `counts approximate people by cell, draws the selection's ties, and names people at street zoom (${size.width}×${size.height})`,
      async () => {
        const page = session.page();
        await page.setViewportSize(size);
        const app = new MapPage(page);
        await app.open();
        await app.showMap();
        const doc = (await app.document()) as CareMap;
        const approximate = doc.nodes.filter((n) => n.location?.privacy === 'approximate');
        expect(await page.evaluate(() => window.__carewealth!.map()!.zoom())).toBeLessThan(15);

        // Counted cells: no approximate person is a marker of their own, and the cells' counts add
        // up to everyone drawn approximately.
        const markers = await app.sourceMarkers();
        const cells = markers.filter((m) => m.cell);
        expect(cells.length).toBeGreaterThan(3);
        expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(approximate.length);
        const approximateIds = new Set<string>(approximate.map((n) => n.id));
        expect(markers.filter((m) => approximateIds.has(m.id))).toEqual([]);
        // Cells are far fewer than the people they stand for (the rows of markers are gone).
        expect(cells.length).toBeLessThan(approximate.length / 3);
        await shot(page, `map-neighbourhood-${size.width}`);

        // Ties: none until something is selected; "All ties" draws them all.
        expect(await drawnTies(app)).toBe(0);
        await page.locator('[data-testid="map-all-ties"]').check();
        await expect.poll(() => drawnTies(app)).toBeGreaterThan(100);
        await page.locator('[data-testid="map-all-ties"]').uncheck();
        await expect.poll(() => drawnTies(app)).toBe(0);

        // A click on the largest cell no marker covers zooms to street level over it: people one by
        // one, named.
        const singles = markers.filter((m) => !m.cell);
        const free = [];
        for (const c of cells) {
          const p = await app.toPage(c.lng, c.lat);
          const q = await Promise.all(singles.map((m) => app.toPage(m.lng, m.lat)));
          if (q.every((o) => Math.hypot(o.x - p.x, o.y - p.y) > 16)) free.push({ c, p });
        }
        expect(free.length).toBeGreaterThan(0);
        const at = [...free].sort((a, b) => b.c.count - a.c.count)[0]!.p;
        await page.mouse.click(at.x, at.y);
        await expect.poll(() => page.evaluate(() => window.__carewealth!.map()!.zoom()), { timeout: 20_000 }).toBeGreaterThanOrEqual(15);
        await app.waitForIdle();
        const street = await app.sourceMarkers();
        expect(street.filter((m) => m.cell)).toEqual([]);
        const labels = await page.evaluate(() => window.__carewealth!.map()!.renderedLabels());
        const names = new Set(doc.nodes.map((n) => n.label));
        expect(labels.length).toBeGreaterThanOrEqual(3);
        for (const l of labels) expect(names.has(l), l).toBe(true);
        await shot(page, `map-street-${size.width}`);
      },
      SLOW,
    );
  }
});

/** Open a round named `label` and give it five care workers' answers ("Agree" everywhere) by CSV. */
async function roundWithAnswers(gov: GovernancePage, label: string): Promise<void> {
  await gov.byTestId('round-label').fill(label);
  await gov.byTestId('round-add').click();
  await gov.page.locator('[data-testid="survey-title"]', { hasText: label }).waitFor();
  const asked = DEFAULT_ITEM_BANK.filter((i) => appliesTo(i, 'care_worker')).map((i) => i.id);
  const csv = [`stakeholder,${asked.join(',')}`, ...Array.from({ length: 5 }, () => `care_worker,${asked.map(() => '4').join(',')}`)].join('\n');
  await gov.byTestId('responses-file').setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await gov.byTestId('domain-chart').waitFor();
}

/** Texts in `selector` cut off by their box: their content is wider than what shows. */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.tagName} "${e.textContent?.trim() ?? ''}" ${e.scrollWidth}>${e.clientWidth}`),
  );
}

describe('Survey and Insights read well', () => {
  for (const size of SIZES) {
    it(
      `Survey names domains in full, keeps the legend beside its chart and cuts off no label (${size.width}×${size.height})`,
      async () => {
        const page = session.page();
        await page.setViewportSize(size);
        const app = new MapPage(page);
        const gov = new GovernancePage(page);
        await app.open();
        await gov.show('survey');
        await roundWithAnswers(gov, 'Spring 2026 baseline');
        await roundWithAnswers(gov, 'Autumn 2026 follow-up');

        const view = gov.byTestId('survey-view');
        const text = (await view.textContent()) ?? '';
        expect(text).not.toMatch(/\bWRB\b|\bSMC\b|our reading|not in the brief/);
        const strongs = await gov.byTestId('domain-score').locator('strong').allTextContents();
        expect(strongs).toEqual(SURVEY_DOMAINS.map((d) => d.label));

        // Chart labels and round names stay inside their drawing.
        const outside = await page.$$eval('[data-testid="survey-view"] svg text', (texts) =>
          texts.flatMap((t) => {
            const svg = (t as SVGTextElement).ownerSVGElement!;
            const box = (t as SVGTextElement).getBBox();
            const vb = svg.viewBox.baseVal;
            const w = vb.width > 0 ? vb.width : svg.getBoundingClientRect().width;
            return box.x < -0.5 || box.x + box.width > w + 0.5 ? [`"${t.textContent}" ${box.x.toFixed(0)}..${(box.x + box.width).toFixed(0)} of ${w}`] : [];
          }),
        );
        expect(outside).toEqual([]);
        const roundNames = await gov.byTestId('rounds-chart').locator('.round-label').allTextContents();
        expect(roundNames).toEqual(['Spring 2026 baseline', 'Autumn 2026 follow-up']);

        // The legend sits beside the chart it explains, level with it, to its right; where the pane
        // is too narrow for both (1024 wide, with the list column and the inspector open), directly
        // under it, before the table.
        const chart = (await gov.byTestId('rounds-chart').locator('svg[role="img"]').boundingBox())!;
        const legend = (await gov.byTestId('rounds-legend').boundingBox())!;
        if (size.width >= 1280) {
          expect(legend.x).toBeGreaterThanOrEqual(chart.x + chart.width - 1);
          const middle = legend.y + legend.height / 2;
          expect(middle).toBeGreaterThan(chart.y);
          expect(middle).toBeLessThan(chart.y + chart.height);
        } else {
          const beside = legend.x >= chart.x + chart.width - 1 && legend.y < chart.y + chart.height;
          const under = legend.y >= chart.y + chart.height - 1 && legend.y - (chart.y + chart.height) < 16;
          expect(beside || under, JSON.stringify({ chart, legend })).toBe(true);
        }
        expect(await gov.byTestId('rounds-legend').locator('li').allTextContents()).toEqual(SURVEY_DOMAINS.map((d) => d.label));

        // Nothing in the list column runs past it or is cut off inside its box.
        const column = (await page.locator('[data-testid="survey-view"] .record-list').boundingBox())!;
        const overflowing = await page.$$eval('[data-testid="survey-view"] .record-list input, [data-testid="survey-view"] .record-list select, [data-testid="survey-view"] .record-list button', (els, right) =>
          els.filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.outerHTML.slice(0, 80)),
        column.x + column.width);
        expect(overflowing).toEqual([]);
        expect(await clipped(page, '[data-testid="survey-view"] .record-list label, [data-testid="survey-view"] .record-list button, [data-testid="survey-view"] h2, [data-testid="survey-view"] h3')).toEqual([]);
        await gov.byTestId('rounds-chart').scrollIntoViewIfNeeded();
        await shot(page, `survey-${size.width}`);
      },
      SLOW,
    );
  }

  it(
    'colouring nodes by a measure puts its scale in the legend, and insights explain their measures',
    async () => {
      const page = session.page();
      const app = new MapPage(page);
      await app.open();
      const legend = page.locator('[data-testid="legend"]');
      await legend.waitFor();
      expect(await page.locator('[data-testid="legend-measure"]').count()).toBe(0);
      await page.locator('[data-testid="insights-toggle"]').click();
      await page.locator('[data-testid="measure-select"]').selectOption('betweenness');
      await page.locator('[data-testid="legend-measure"]').waitFor({ timeout: 60_000 });
      await expect.poll(() => legend.locator('[data-testid="legend-measure"]').textContent(), { timeout: 60_000 }).toMatch(/Betweenness/);

      // Insights: wait for them, then no community index and no unexplained betweenness.
      await page.locator('[data-testid="insight"]').first().waitFor({ timeout: 120_000 });
      const panel = (await page.locator('[data-testid="insights-panel"]').textContent()) ?? '';
      // "community a 0 · community b 6" came from a community's index shown as a figure.
      expect(panel).not.toMatch(/community [ab]\s*\d/i);
      const figures = await page.locator('.insight-numbers div').allTextContents();
      for (const f of figures.filter((t) => /^Betweenness/.test(t))) expect(f).toMatch(/shortest path/);
      // Every "N care receivers (…)" lists N names (names may hold brackets: "Dev (son)").
      let checked = 0;
      for (const s of await page.locator('.insight-sentence').allTextContents()) {
        for (const m of s.matchAll(/(\d+) (?:care receivers?|others?) \(/g)) {
          let depth = 1;
          let end = m.index + m[0].length;
          for (; end < s.length && depth > 0; end++) depth += s[end] === '(' ? 1 : s[end] === ')' ? -1 : 0;
          const list = s.slice(m.index + m[0].length, end - 1).replace(/ \([^)]*\)/g, '');
          const listed = list.split(/, | and /);
          const more = /(\d+) more$/.exec(list);
          expect(more ? listed.length - 1 + Number(more[1]) : listed.length, s).toBe(Number(m[1]));
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(3);
      await shot(page, 'insights-measure-1280');
    },
    SLOW,
  );
});
