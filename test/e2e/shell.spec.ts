// Browser tests for the canvas-first shell on a shared screen, at 1920×1080, 1280×800 and
// 1024×768, each with touch (and the smallest as a tablet): in every view, and again in workshop
// mode, every control on screen is reachable and nothing covers it, each is large enough to hit
// (24 px; 44 px in workshop mode), and the graph and the map take at least 70% of the window; in
// workshop mode the sample map's labels are at least 18 px on screen and never overlap; and the
// touch flows a workshop needs (add nodes, draw a tie, undo, leave workshop mode) work by finger.
// Screenshots of each size go to test-results/shell/ for a person to look at.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import { RESULTS_DIR, useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { ShellPage } from './pages/ShellPage';

const session = useBrowser();

const SIZES = [
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, isMobile: false },
  { name: '1280x800', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: '1024x768', viewport: { width: 1024, height: 768 }, isMobile: true },
] as const;

const SHOTS = path.join(RESULTS_DIR, 'shell');

/** Each view is drawn in turn (the map under software WebGL): more time than one screen needs. */
const EVERY_VIEW_MS = 300_000;

let touchContext: BrowserContext | undefined;
afterEach(async (ctx) => {
  // The shared hooks photograph their own page; a failure here is on the touch page.
  const page = touchContext?.pages()[0];
  if (ctx.task.result?.state === 'fail' && page !== undefined) {
    await mkdir(RESULTS_DIR, { recursive: true });
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 80);
    await page.screenshot({ path: path.join(RESULTS_DIR, `touch-${name}.png`) }).catch(() => undefined);
  }
  await touchContext?.close();
  touchContext = undefined;
});

/** A fresh touch-screen page of the given size with the sample map open and drawn. */
async function openTouch(size: (typeof SIZES)[number]): Promise<{ page: Page; shell: ShellPage }> {
  touchContext = await session.browser().newContext({
    viewport: size.viewport,
    hasTouch: true,
    isMobile: size.isMobile,
    acceptDownloads: true,
    // As every other spec's context: the offline spec tests the service worker; here its one-time
    // "works offline" message would stand over the controls being checked.
    serviceWorkers: 'block',
  });
  const page = await touchContext.newPage();
  await new AppPage(page).open();
  await page.waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 30_000 });
  await page.waitForFunction(
    () => window.__carewealth?.getDocument()?.nodes.every((n) => n.position !== undefined) === true,
    undefined,
    { timeout: 30_000 },
  );
  return { page, shell: new ShellPage(page) };
}

/** Every view the view switch offers: its tabs, then the items under "More". */
async function viewIds(shell: ShellPage): Promise<string[]> {
  const ids = await shell.page.$$eval('.view-tabs [data-testid^="view-"]', (els) =>
    els.map((e) => e.getAttribute('data-testid')!.slice('view-'.length)),
  );
  if ((await shell.byTestId('view-more').count()) > 0) {
    await shell.tap(shell.byTestId('view-more'));
    ids.push(
      ...(await shell.page.$$eval('[role="menuitem"][data-testid^="view-"]', (els) =>
        els.map((e) => e.getAttribute('data-testid')!.slice('view-'.length)),
      )),
    );
    await shell.page.keyboard.press('Escape');
  }
  return ids;
}

/** Let a view settle: the graph names its nodes, the map goes idle (or gives up waiting). */
async function settle(shell: ShellPage, view: string): Promise<void> {
  if (view === 'graph') await shell.waitForLabels();
  else if (view === 'map')
    await shell.page.waitForFunction(() => window.__carewealth?.mapIdle === true, undefined, { timeout: 30_000 }).catch(() => undefined);
  else await shell.page.waitForTimeout(500);
}

/** Check every view as it stands; the graph and the map also with the side drawer open. */
async function checkEveryView(shell: ShellPage, size: string, minTarget: number, mode: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const view of await viewIds(shell)) {
    await shell.showView(view);
    await settle(shell, view);
    await shell.page.screenshot({ path: path.join(SHOTS, `${size}-${mode}-${view}.png`) });
    expect({ view, problems: await shell.controlProblems(minTarget) }).toEqual({ view, problems: [] });
    if (view === 'graph' || view === 'map') {
      const canvas = view === 'graph' ? 'graph-canvas' : 'map-canvas';
      expect(await shell.windowShare(canvas), `${view} canvas share of the window`).toBeGreaterThanOrEqual(0.7);
    }
    if (view === 'graph') {
      // With the side drawer open on Insights: still nothing covered, nothing too small.
      await shell.tap(shell.byTestId('insights-toggle'));
      await shell.byTestId('side-drawer').waitFor({ state: 'visible' });
      await shell.page.screenshot({ path: path.join(SHOTS, `${size}-${mode}-graph-drawer.png`) });
      expect({ view: 'graph with drawer', problems: await shell.controlProblems(minTarget) }).toEqual({
        view: 'graph with drawer',
        problems: [],
      });
      await shell.tap(shell.byTestId('drawer-close'));
    }
  }
  await shell.showView('graph');
}

describe.each(SIZES)('the shell at $name with touch', (size) => {
  it('every view: each control reachable, uncovered, at least 24 px; the canvas at least 70%', async () => {
    const { shell } = await openTouch(size);
    await checkEveryView(shell, size.name, 24, 'plain');
  }, EVERY_VIEW_MS);

  it('workshop mode: the same with 44 px targets, Exit and big Undo and Redo always there, the legend folded', async () => {
    const { shell } = await openTouch(size);
    await shell.tap(shell.byTestId('workshop-toggle'));
    expect(await shell.isWorkshop()).toBe(true);
    expect(await shell.byTestId('legend-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await shell.page.locator('.legend').count()).toBe(0);
    for (const id of ['workshop-toggle', 'undo-button', 'redo-button']) {
      const box = await shell.byTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(Math.min(box!.width, box!.height), id).toBeGreaterThanOrEqual(44);
    }
    expect(await shell.byTestId('workshop-toggle').textContent()).toContain('Exit workshop');
    await checkEveryView(shell, size.name, 44, 'workshop');
    // The legend opens as a panel that covers no control, and folds again.
    await shell.tap(shell.byTestId('legend-toggle'));
    await shell.page.locator('.legend').waitFor({ state: 'visible' });
    expect(await shell.controlProblems(44)).toEqual([]);
  }, EVERY_VIEW_MS);

  it('workshop mode: the sample map fitted, every label drawn is at least 18 px and none overlap', async () => {
    const { shell } = await openTouch(size);
    await shell.tap(shell.byTestId('workshop-toggle'));
    await shell.tap(shell.byTestId('zoom-fit'));
    await shell.waitForLabels();
    const labels = await shell.drawnLabels();
    // Zoomed out, only the most important are named, but enough to find one's way.
    expect(labels.length).toBeGreaterThanOrEqual(size.viewport.width >= 1920 ? 20 : 10);
    for (const l of labels) expect(l.px, l.id).toBeGreaterThanOrEqual(18);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        const overlap = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
        expect(overlap, `${labels[i]!.id} and ${labels[j]!.id}`).toBe(false);
      }
  });

  it('by touch in workshop mode: three new nodes land apart in view, a tie is drawn, undone, and Exit leaves', async () => {
    const { page, shell } = await openTouch(size);
    await shell.tap(shell.byTestId('workshop-toggle'));
    const before = (await new AppPage(page).document())!;
    const canvas = (await shell.byTestId('graph-canvas').boundingBox())!;
    const added: string[] = [];
    for (const name of ['Amira', 'Bill', 'Chen']) {
      await shell.tap(shell.byTestId('palette-person'));
      await shell.byTestId('add-node-name').fill(name);
      await shell.tap(shell.byTestId('add-node-submit'));
      await page.waitForFunction((n) => window.__carewealth?.getDocument()?.nodes.some((x) => x.label === n) === true, name);
      const doc = (await new AppPage(page).document())!;
      added.push(doc.nodes.find((n) => n.label === name)!.id);
    }
    await page.waitForTimeout(300);
    const at = await Promise.all(added.map((id) => shell.nodeAt(id)));
    for (const p of at) {
      expect(p.x).toBeGreaterThan(canvas.x);
      expect(p.x).toBeLessThan(canvas.x + canvas.width);
      expect(p.y).toBeGreaterThan(canvas.y);
      expect(p.y).toBeLessThan(canvas.y + canvas.height);
      // Not under a control: the canvas itself is at the node's centre.
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="graph-canvas"]') != null, [p.x, p.y])).toBe(true);
    }
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y)).toBeGreaterThanOrEqual(44);

    // Draw a tie from the first new node to the second with a finger.
    await shell.tap(shell.byTestId('tool-draw'));
    const ties = before.ties.length;
    await shell.touchDrag(at[0]!, at[1]!);
    await page.waitForFunction((n) => window.__carewealth?.getDocument()?.ties.length === n + 1, ties);
    const tie = (await new AppPage(page).document())!.ties.at(-1)!;
    expect([tie.source, tie.target]).toEqual([added[0], added[1]]);

    // Undo takes the tie back.
    await shell.tap(shell.byTestId('undo-button'));
    await page.waitForFunction((n) => window.__carewealth?.getDocument()?.ties.length === n, ties);

    // Exit workshop, always in the same place.
    await shell.tap(shell.byTestId('workshop-toggle'));
    expect(await shell.isWorkshop()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.classList.contains('workshop-mode'))).toBe(false);
  });
});

/** Window widths people use, from a tablet to a large monitor (laptops at 125% are 1536 wide). */
const BAR_WIDTHS = [1024, 1180, 1280, 1366, 1440, 1536, 1600, 1680, 1880, 1920, 2560] as const;

describe('the top bar at every common window width', () => {
  it('no item of the bar lies over another or leaves the window; title, save status and storage note stay whole', async () => {
    const page = session.page();
    await new AppPage(page).open();
    await page.waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 30_000 });
    // The storage note appears once the browser has said whether it keeps the storage.
    await page.locator('[data-testid="storage-keep"]').waitFor({ state: 'attached', timeout: 10_000 });
    for (const width of BAR_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(150);
      const problems = (await page.evaluate(`(() => {
        const out = [];
        const shown = (e) => e !== null && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;
        const items = [...document.querySelector('.top-bar').children].filter(shown);
        for (let i = 1; i < items.length; i++) {
          const a = items[i - 1].getBoundingClientRect();
          const b = items[i].getBoundingClientRect();
          if (b.left < a.right - 0.5) out.push(items[i].className.split(' ')[0] + ' lies over ' + items[i - 1].className.split(' ')[0]);
        }
        if (items.at(-1).getBoundingClientRect().right > window.innerWidth) out.push('the bar runs out of the window');
        const block = document.querySelector('.title-block');
        if (block.scrollWidth > block.clientWidth + 1) out.push('the title block overflows');
        const title = document.querySelector('.map-title');
        if (title.getBoundingClientRect().width < 120) out.push('the title is narrower than 120 px');
        for (const sel of ['.save-status', '.storage-keep']) {
          const e = document.querySelector(sel);
          // A range measures the text to the fraction of a pixel (the box's scrollWidth rounds).
          if (shown(e)) {
            const range = document.createRange();
            range.selectNodeContents(e);
            if (range.getBoundingClientRect().width > e.getBoundingClientRect().width + 0.01) out.push(sel + ' is cut short');
          }
        }
        return out;
      })()`)) as string[];
      expect(problems, `at ${width} px`).toEqual([]);
    }
  });
});
