// What the browser benchmarks share: building the app with its read-only test hook, serving the
// build with `vite preview` on a free port, launching the browser tests' Chromium (same flags:
// the 2D canvas drawn in software, since the only "GPU" here is SwiftShader), and opening a map
// file through the Open… picker as a person would, timed to the graph view's first drawn frame.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/browser';
import { freePort } from '../../helpers/freePort';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/**
 * Scratch folder of the browser benchmarks: the build (kept for --skip-build) and generated maps.
 * One per checkout, so benchmarks run from two checkouts never serve or overwrite each other's build.
 */
export const WORK = path.join(os.tmpdir(), `carewealth-bench-ui-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
const OUT_DIR = path.join(WORK, 'dist');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Build the app with its test hook into WORK/dist (throws when the build fails). */
export async function buildApp(): Promise<void> {
  if ((await run(bin('vite'), ['build', '--mode', 'e2e', '--outDir', OUT_DIR, '--emptyOutDir'])) !== 0) {
    throw new Error('the build failed');
  }
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

/** Serve the last build; `url` is the app's address (with `query` appended), `stop` ends the server. */
export async function serveApp(query = ''): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/${query}`;
  const server = spawn(bin('vite'), ['preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  await waitForServer(url);
  return { url, stop: () => server.kill('SIGTERM') };
}

/** The browser tests' Chromium, headless; `gpuCanvas` puts Chromium's accelerated 2D canvas back. */
export function launchBrowser(gpuCanvas = false): Promise<Browser> {
  const args = CHROMIUM_ARGS.filter((a) => !gpuCanvas || a !== '--disable-accelerated-2d-canvas');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}

/** A page of the app at `url`, once the graph view has drawn the sample and it has settled. */
export async function openApp(browser: Browser, url: string): Promise<Page> {
  // No service worker: it would download the whole build in the background of the timing.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await page.goto(url);
  await page.waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 120_000 });
  // Let the sample map settle (its analysis, first save) before opening the file.
  await page.waitForTimeout(1500);
  return page;
}

/**
 * In the page: note when the file reaches the app (the picker's change event), when the import
 * question appears and when its "open" button is clicked. The start is the change event, not the
 * moment the bench asks Playwright to choose the file: Playwright then sends the file's bytes to
 * the browser, which took 70-85 ms of the 500-node map's "read" figure before the app saw it (a
 * person's picker hands the browser a file on disk).
 */
const WATCH_IMPORT = `(() => {
  window.benchStart = null;
  document.addEventListener('change', (e) => {
    if (window.benchStart === null && e.target instanceof Element && e.target.matches('[data-testid="open-file-input"]')) window.benchStart = performance.now();
  }, { capture: true });
  window.benchAsked = null;
  window.benchClicked = null;
  const seen = () => document.querySelector('[data-testid="import-open-new"]') !== null;
  const observer = new MutationObserver(() => {
    if (window.benchAsked === null && seen()) { window.benchAsked = performance.now(); observer.disconnect(); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid="import-open-new"]')) window.benchClicked = performance.now();
  }, { capture: true });
})()`;

export interface OpenTimes {
  /** File handed to the app -> the "open as a new map?" question on screen (reading and checking it). */
  readonly readMs: number;
  /** "Open" clicked -> cytoscape's first frame with every node drawn. */
  readonly drawMs: number;
  /** performance.now() in the page when "Open" was clicked (for later figures). */
  readonly clickedAt: number;
}

/** Choose `file` in the Open… picker; resolves with the "open as a new map" button once it shows. */
export async function chooseMapFile(page: Page, file: string): Promise<Locator> {
  await page.locator('[data-testid="open-file-input"]').setInputFiles(file);
  const choice = page.locator('[data-testid="import-open-new"]');
  await choice.waitFor({ state: 'visible', timeout: 120_000 });
  return choice;
}

/** Click "open as a new map"; resolves with the test hook's `cyDrawnAt` once all `nodes` are drawn. */
export async function openChosen(page: Page, choice: Locator, nodes: number): Promise<number> {
  await choice.click({ noWaitAfter: true, timeout: 120_000 });
  await page.waitForFunction(
    (n) => window.__carewealth?.cy?.nodes().length === n && window.__carewealth.cyDrawnAt !== null,
    nodes,
    { timeout: 600_000, polling: 50 },
  );
  return (await page.evaluate(() => window.__carewealth!.cyDrawnAt))!;
}

/**
 * Open `file` (holding `nodes` nodes) through the Open… picker as a new map, and time it to the
 * graph view's first frame with every node in (the test hook's `cyDrawnAt`); "open" is clicked
 * `readingMs` after the question appears (at once by default).
 */
export async function openMapFile(page: Page, file: string, nodes: number, readingMs = 0): Promise<OpenTimes> {
  await page.evaluate(WATCH_IMPORT);
  const choice = await chooseMapFile(page, file);
  // A person reads the question before clicking; the bench clicks at once unless told otherwise.
  if (readingMs > 0) await page.waitForTimeout(readingMs);
  const drawn = await openChosen(page, choice, nodes);
  const [started, asked, clicked] = (await page.evaluate('[window.benchStart, window.benchAsked, window.benchClicked]')) as [number, number, number];
  return { readMs: Math.round(asked - started), drawMs: Math.round(drawn - clicked), clickedAt: clicked };
}

/** "load 3.2" (the one-minute load average) for a benchmark's heading. */
export function loadNow(): string {
  return `load ${os.loadavg()[0]!.toFixed(1)}`;
}
