// Browser benchmark of the difference of two 500-node maps drawn (issue 13: under 1 s), in the
// real app built with its test hook (app.ts). Two states generated as the Node benchmark does
// (test/bench/compareDrawn.bench.ts: generateMap then evolveMap with MODERATE_CHANGE, no saved
// positions), saved in one file as the map now (state B) with a snapshot of state A. Opened
// through the Open… picker; then in the Over time view, for each of RUNS rounds: the snapshot is
// opened read-only, then its "Compare with now" clicked, timed to the first frame the comparison's
// graph picture draws with every element in, its marks among them (the test hook's `cyDrawnAt`).
// That covers reading both states, matching and comparing them and laying the picture out (in the
// compare worker), the look with its marks, and cytoscape's first frame.
// Beside it, in the same run: the peer, opening state B alone as a new map, "Open" clicked -> the
// graph view's first frame (the figure `npm run bench:ui` prints, same pipeline).
// Only reports; nothing passes or fails on timings. Options: --skip-build reuses the last build;
// --json ends with one line of JSON (CompareUiResult), which test/bench/compareDrawn.bench.ts reads.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { type CareMap, takeSnapshot } from '../../../src/model';
import { evolveMap, MODERATE_CHANGE } from '../../helpers/evolveMap';
import { generateMap } from '../../helpers/generateMap';
import { chooseView } from '../../e2e/pages/topBar';
import { buildApp, launchBrowser, loadNow, openApp, openMapFile, serveApp, WORK } from './app';

const SIZE = 500;
const RUNS = 3;

/** The last line printed with --json. */
export interface CompareUiResult {
  /** One-minute load average when the measurements ended. */
  readonly load: number;
  readonly nodes: number;
  /** Elements (nodes and ties, ghosts included) in the drawn difference, and how many are marked. */
  readonly elements: number;
  readonly marked: number;
  /** "Compare with now" clicked -> the picture's first frame, each round, ms. */
  readonly compareMs: readonly number[];
  /** The peer: state B opened alone ("Open" clicked -> first frame), and reading the file before it. */
  readonly peer: { readonly readMs: number; readonly drawMs: number };
}

/** The two states, as compareDrawn.bench.ts makes them. */
function states(): { a: CareMap; b: CareMap } {
  const strip = (doc: CareMap): CareMap => ({ ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) });
  const a = strip(JSON.parse(JSON.stringify(generateMap({ nodes: SIZE, tiesPerNode: 3, seed: 7 }))) as CareMap);
  const b = strip(evolveMap(a, 8, MODERATE_CHANGE));
  return { a, b };
}

/** State B as the map now, holding a snapshot of state A. */
function withSnapshot(a: CareMap, b: CareMap): CareMap {
  const taken = takeSnapshot(a, { id: 'snap-a', label: 'State A', takenAt: '2026-01-15', event: 'review' });
  if (!taken.ok) throw new Error('could not take the snapshot');
  return { ...b, snapshots: [taken.value.snapshot] };
}

/** In the page: note when "Compare with now" is clicked. */
const WATCH_COMPARE = `(() => {
  window.benchCompared = null;
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid="snapshot-compare"]')) window.benchCompared = performance.now();
  }, { capture: true });
})()`;

/** Whether the test hook's instance is the comparison's picture, drawn, with its elements in. */
const PICTURE_DRAWN = `(() => {
  const hook = window.__carewealth;
  const cy = hook && hook.cy;
  if (!cy || cy === window.benchOldCy || hook.cyDrawnAt === null) return false;
  const host = cy.container();
  return host !== null && host.closest('[data-testid="picture-canvas"]') !== null && cy.nodes().length > 0;
})()`;

/** One round: open the snapshot read-only, then compare it with now; ms to the picture's first frame. */
async function compareOnce(page: Page): Promise<{ ms: number; elements: number; marked: number }> {
  await page.locator('[data-testid="snapshot-open"]').click();
  await page.locator('[data-testid="snapshot-viewer"]').waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForTimeout(1500);
  // Keep the old instance in the page: returning a cytoscape object from evaluate crashes it.
  await page.evaluate('(() => { window.benchOldCy = window.__carewealth.cy; })()');
  await page.locator('[data-testid="snapshot-compare"]').click({ noWaitAfter: true });
  await page.waitForFunction(PICTURE_DRAWN, undefined, { timeout: 600_000, polling: 20 });
  const [drawnAt, clicked, elements, marked] = (await page.evaluate(
    `(() => { const cy = window.__carewealth.cy; return [window.__carewealth.cyDrawnAt, window.benchCompared, cy.elements().length, cy.elements('[mark != ""]').length]; })()`,
  )) as [number, number, number, number];
  return { ms: Math.round(drawnAt - clicked), elements, marked };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  await mkdir(WORK, { recursive: true });
  if (!args.includes('--skip-build')) {
    console.log('building the app with its test hook…');
    await buildApp();
  }
  const { a, b } = states();
  const both = path.join(WORK, 'compare-500.carewealth.json');
  const alone = path.join(WORK, 'compare-500-now.carewealth.json');
  await writeFile(both, JSON.stringify(withSnapshot(a, b)));
  await writeFile(alone, JSON.stringify(b));
  const server = await serveApp();
  try {
    console.log(`difference of two ${SIZE}-node maps drawn, Chromium headless, 2D canvas in software, ${os.cpus().length} cores, ${loadNow()}`);
    const browser = await launchBrowser();
    let result: CompareUiResult;
    try {
      const page = await openApp(browser, server.url);
      await openMapFile(page, both, b.nodes.length);
      await chooseView(page, 'over-time');
      // The view opens on the first snapshot against now: let that first comparison draw.
      await page.locator('[data-testid="picture-canvas"]').waitFor({ state: 'visible', timeout: 600_000 });
      await page.waitForTimeout(2000);
      await page.evaluate(WATCH_COMPARE);
      const rounds = [];
      for (let i = 0; i < RUNS; i++) rounds.push(await compareOnce(page));
      const peerPage = await openApp(browser, server.url);
      const peer = await openMapFile(peerPage, alone, b.nodes.length);
      result = {
        load: os.loadavg()[0]!,
        nodes: SIZE,
        elements: rounds[0]?.elements ?? 0,
        marked: rounds[0]?.marked ?? 0,
        compareMs: rounds.map((r) => r.ms),
        peer: { readMs: peer.readMs, drawMs: peer.drawMs },
      };
    } finally {
      await browser.close();
    }
    const sorted = [...result.compareMs].sort((x, y) => x - y);
    console.log('case\telements (marked)\tfirst frame ms');
    console.log(
      `difference: "Compare with now" clicked -> picture drawn\t${result.elements} (${result.marked})\t` +
        `median ${sorted[Math.floor(sorted.length / 2)]} (runs ${result.compareMs.join(', ')})`,
    );
    console.log(`peer: state B opened alone, "Open" clicked -> graph drawn\t${SIZE}\t${result.peer.drawMs} (reading the file before it: ${result.peer.readMs})`);
    console.log(`same run; ${loadNow()}`);
    if (args.includes('--json')) console.log(JSON.stringify(result));
  } finally {
    server.stop();
    await rm(both, { force: true });
    await rm(alone, { force: true });
  }
}

await main();
// Exit once the figures are printed, whatever the browser or server left open.
process.exit(0);
