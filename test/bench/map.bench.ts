// Map view benchmark, in a real browser (Chromium with software WebGL, as the browser tests use):
// time from showing the Map view to its first frame drawn with a loaded style, and to the first
// `idle` (basemap, overlays, markers, ties all drawn), for the sample map and for a generated map
// with 5,000 located nodes. It builds the app with its test hook into a temporary folder, serves
// it with `vite preview`, and reads the figures from the read-only map probe. Figures only: nothing
// here passes or fails on timings. Without /usr/bin/chromium it prints a notice and returns.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import type { CareMap } from '../../src/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser';
import { generateMap, GENERATED_BOUNDS } from '../helpers/generateMap';
import { freePort } from '../helpers/freePort';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOST = '127.0.0.1';
const RUNS = 2;
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function ms(value: number | null): string {
  if (value === null) return 'n/a';
  return value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`;
}


async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** 5,000 nodes, every one given a place that is drawn (people approximate, others exact). */
function locatedMap(): CareMap {
  const doc = generateMap({ nodes: 5_000, tiesPerNode: 2, seed: 11 });
  const [[west, south], [east, north]] = GENERATED_BOUNDS;
  let k = 0;
  const nodes = doc.nodes.map((n) => {
    if (n.location && n.location.privacy !== 'hidden') return n;
    // A fixed spiral of points through the area: deterministic and spread out.
    k += 1;
    const t = k / 5_000;
    const lat = south + (north - south) * (0.5 + 0.45 * t * Math.sin(k * 2.399));
    const lng = west + (east - west) * (0.5 + 0.45 * t * Math.cos(k * 2.399));
    const privacy = n.kind === 'person' ? 'approximate' : 'exact';
    return {
      ...n,
      location: { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6, privacy } as const,
    };
  });
  return { ...doc, nodes };
}

interface Timing {
  readonly firstFrameMs: number | null;
  readonly firstIdleMs: number | null;
  readonly markers: number;
}

/** Open the Map view and wait until idle; the probe's times count from the view mounting. */
async function timeMapView(page: Page): Promise<Timing> {
  await page.locator('[data-testid="view-map"]').click();
  await page.waitForFunction(() => window.__carewealth?.mapIdle === true, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  return page.evaluate(() => {
    const m = window.__carewealth!.map()!;
    return { firstFrameMs: m.firstFrameMs, firstIdleMs: m.firstIdleMs, markers: m.sourceMarkers().length };
  });
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__carewealth?.getDocument() != null, undefined, {
    timeout: 60_000,
  });
}

/**
 * Drop a native file on the window and open it as a new map, from the Table view so that the
 * graph view's layout of 5,000 nodes is not part of the figure.
 */
async function openDocument(page: Page, doc: CareMap): Promise<void> {
  await page.locator('[data-testid="view-table"]').click();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'bench.carewealth.json', { type: 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, JSON.stringify(doc));
  await page.locator('[data-testid="import-open-new"]').click();
  await page.waitForFunction(
    (n) => window.__carewealth?.getDocument()?.nodes.length === n,
    doc.nodes.length,
    { timeout: 120_000 },
  );
}

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`map bench skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`);
    return;
  }
  if (!existsSync(path.join(ROOT, 'public/basemap/land-50m.geojson'))) {
    spawnSync('npm', ['run', '--silent', 'basemap'], { cwd: ROOT, stdio: 'inherit' });
  }
  const outDir = await mkdtemp(path.join(tmpdir(), 'carewealth-map-bench-'));
  const built = spawnSync(
    bin('vite'),
    ['build', '--mode', 'e2e', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('the app did not build');
  const port = await freePort(HOST);
  const url = `http://${HOST}:${port}/`;
  const server = spawn(
    bin('vite'),
    ['preview', '--outDir', outDir, '--host', HOST, '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    await waitForServer(url);
    const big = locatedMap();
    const cases: { name: string; nodes: number; open: (page: Page) => Promise<void> }[] = [
      { name: 'sample map (Larkspur Green)', nodes: 0, open: (page) => openApp(page, url) },
      {
        name: '5,000 located nodes',
        nodes: big.nodes.length,
        open: async (page) => {
          await openApp(page, url);
          await openDocument(page, big);
        },
      },
    ];
    console.log(
      `Chromium ${browser.version()}, software WebGL (SwiftShader), viewport 1280×800, ${RUNS} runs each`,
    );
    console.log('case                           markers  first frame  first idle');
    for (const c of cases) {
      for (let i = 0; i < RUNS; i++) {
        // A fresh context each run: empty IndexedDB and HTTP cache, as on a first visit.
        // No service worker: it would download the whole build in the background of the timing.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        await c.open(page);
        const t = await timeMapView(page);
        console.log(
          `${c.name.padEnd(30)} ${String(t.markers).padStart(7)}  ${ms(t.firstFrameMs).padStart(11)}  ${ms(t.firstIdleMs).padStart(10)}`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    if (server.exitCode === null) server.kill('SIGTERM');
    await rm(outDir, { recursive: true, force: true });
  }
}
