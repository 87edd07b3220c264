// Browser benchmark of the graph canvas (`npm run bench:ui`): builds the app with its test hook,
// serves it, and for generated maps of 500, 5,000 and 20,000 nodes (about 3 ties per node) opens
// the file through the Open… picker, then prints the time to the first drawn frame (file chosen
// -> every node in cytoscape -> two animation frames later) and the median and 95th-percentile
// frame time while panning and zooming for three seconds (requestAnimationFrame timing in the
// page). It only reports; nothing passes or fails on timings. Options: --skip-build reuses the
// last build; --gpu-canvas keeps Chromium's accelerated 2D canvas; a number (e.g. `-- 500`) runs
// only that size.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { generateMap } from '../../helpers/generateMap';
import { CHROMIUM_ARGS as E2E_CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/browser';

// Same browser and flags as the browser tests (test/e2e/browser.ts), plus, unless --gpu-canvas
// is given, software 2D canvas: here the only "GPU" is SwiftShader, which emulates GL on the CPU
// and makes Chromium's accelerated 2D canvas some 20× slower than its plain software raster
// (measured: 700 vs 33 ms a frame panning the 185-node sample). A real machine has a GPU.
const GPU_CANVAS = process.argv.includes('--gpu-canvas');
const CHROMIUM_ARGS = [...(GPU_CANVAS ? [] : ['--disable-accelerated-2d-canvas']), ...E2E_CHROMIUM_ARGS];

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORK = path.join(os.tmpdir(), 'carewealth-bench-ui');
const OUT_DIR = path.join(WORK, 'dist');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

interface Figures {
  nodes: number;
  ties: number;
  fileMb: number;
  firstFrameMs: number;
  renderer: string;
  medianFrameMs: number;
  p95FrameMs: number;
}

/**
 * Pan and zoom for `ms` milliseconds, one step per animation frame; frame times in ms. Sent as
 * text: tsx would wrap a named helper inside a function body with `__name`, which the page
 * does not have.
 */
async function panAndZoom(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const cy = window.__carewealth.cy;
    const frames = [];
    const start = performance.now();
    let last = start;
    let i = 0;
    const middle = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
    requestAnimationFrame(function step(now) {
      frames.push(now - last);
      last = now;
      i += 1;
      // Pan steadily; zoom in and out a little, turn about every half second.
      cy.panBy({ x: 6, y: 3 });
      cy.zoom({ level: cy.zoom() * (i % 30 < 15 ? 1.01 : 1 / 1.01), renderedPosition: middle() });
      if (now - start < ${ms}) requestAnimationFrame(step);
      else resolve(frames.slice(1));
    });
  })`);
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function measure(url: string, size: number): Promise<Figures> {
  const doc = generateMap({ nodes: size, seed: 11 });
  const text = JSON.stringify(doc);
  const file = path.join(WORK, `generated-${size}.carewealth.json`);
  await writeFile(file, text);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 120_000 });
    await page.evaluate(() => {
      (window as unknown as { benchStart: number }).benchStart = performance.now();
    });
    await page.locator('[data-testid="open-file-input"]').setInputFiles(file);
    const choice = page.locator('[data-testid="import-open-new"]');
    await choice.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => choice.click({ noWaitAfter: true, timeout: 120_000 }),
      () => undefined,
    );
    await page.waitForFunction((n) => window.__carewealth?.cy?.nodes().length === n, size, { timeout: 600_000, polling: 50 });
    const firstFrameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { benchStart: number }).benchStart)),
          ),
        ),
    );
    const renderer = await page.evaluate(() =>
      document.querySelector('[data-testid="graph-canvas"] canvas[data-id$="webgl"]') !== null ? 'webgl' : 'canvas',
    );
    // Let the first positions land in the document before moving around.
    await page.waitForTimeout(1000);
    const frames = (await panAndZoom(page, 3000)).sort((a, b) => a - b);
    return {
      nodes: size,
      ties: doc.ties.length,
      fileMb: Math.round((text.length / 1e6) * 10) / 10,
      firstFrameMs: Math.round(firstFrameMs),
      renderer,
      medianFrameMs: Math.round(quantile(frames, 0.5) * 10) / 10,
      p95FrameMs: Math.round(quantile(frames, 0.95) * 10) / 10,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  await mkdir(WORK, { recursive: true });
  if (!args.includes('--skip-build')) {
    console.log('building the app with its test hook…');
    if ((await run(bin('vite'), ['build', '--mode', 'e2e', '--outDir', OUT_DIR, '--emptyOutDir'])) !== 0) {
      throw new Error('the build failed');
    }
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(bin('vite'), ['preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  try {
    await waitForServer(url);
    console.log(
      `graph canvas, Chromium headless, WebGL by SwiftShader, 2D canvas ${GPU_CANVAS ? 'on SwiftShader' : 'in software'}, ` +
        `${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    console.log('nodes\tties\tfile MB\tfirst frame ms\trenderer\tmedian frame ms (fps)\tp95 frame ms');
    for (const size of sizes.length > 0 ? sizes : [500, 5000, 20000]) {
      const f = await measure(url, size);
      console.log(
        `${f.nodes}\t${f.ties}\t${f.fileMb}\t${f.firstFrameMs}\t${f.renderer}\t${f.medianFrameMs} (${Math.round(1000 / f.medianFrameMs)})\t${f.p95FrameMs}`,
      );
    }
  } finally {
    server.kill('SIGTERM');
    // Keep the build (for --skip-build); drop the generated maps.
    for (const size of [500, 5000, 20000, ...sizes]) await rm(path.join(WORK, `generated-${size}.carewealth.json`), { force: true });
  }
}

await main();
