// Shared browser plumbing for the browser tests: one headless Chromium per spec file (the system
// /usr/bin/chromium; never a downloaded one), a fresh context per test (so IndexedDB and storage
// start empty), and a full-page screenshot in test-results/ when a test fails. Service workers are
// blocked in these contexts: the installed app's worker would fetch every file of the build in
// the background of each test and then answer from its cache; offline.spec.ts, which is about
// that worker, opens its own context with them allowed.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that let Chromium run as root in a container, offline, with software WebGL, and with the
 * 2D canvas drawn in software: here the only "GPU" is SwiftShader, which emulates one on the CPU
 * and makes Chromium's accelerated 2D canvas some 20 times slower than its plain software raster
 * (a map of 2,200 nodes with all 6,600 ties drawn took a minute a frame).
 */
export const CHROMIUM_ARGS = [
  '--disable-accelerated-2d-canvas',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Where failure screenshots go (kept by CI). */
export const RESULTS_DIR = path.resolve('test-results');

/** The served app's address, set by test/e2e/run.mjs. */
export function baseUrl(): string {
  const url = process.env.CAREWEALTH_E2E_URL;
  if (url === undefined || url === '') {
    throw new Error('CAREWEALTH_E2E_URL is not set: run the browser tests with `npm run test:e2e`');
  }
  return url;
}

/** The folder the served build is in, set by test/e2e/run.mjs. */
export function servedDir(): string {
  const dir = process.env.CAREWEALTH_E2E_DIR;
  if (dir === undefined || dir === '') {
    throw new Error('CAREWEALTH_E2E_DIR is not set: run the browser tests with `npm run test:e2e`');
  }
  return dir;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A file-name-safe version of a test name. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

export interface BrowserSession {
  readonly browser: () => Browser;
  readonly context: () => BrowserContext;
  readonly page: () => Page;
  /** Messages the page logged as console errors or uncaught exceptions during this test. */
  readonly pageErrors: () => readonly string[];
}

/**
 * Register the hooks for a spec file and return accessors for the current browser, context and
 * page. Call once at the top level of a spec; `hasTouch` makes the page a touch screen (taps).
 */
export function useBrowser(viewport = { width: 1280, height: 800 }, options: { readonly hasTouch?: boolean } = {}): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (browser === undefined) throw new Error('browser did not start');
    context = await browser.newContext({
      viewport,
      acceptDownloads: true,
      hasTouch: options.hasTouch ?? false,
      serviceWorkers: 'block',
    });
    page = await context.newPage();
    errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page !== undefined && !page.isClosed()) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `${slug(ctx.task.name)}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`screenshot of the failed test: ${file}`);
      if (errors.length > 0) console.error(`page errors:\n  ${errors.join('\n  ')}`);
    }
    await context?.close();
    context = undefined;
    page = undefined;
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: useBrowser hooks have not run`);
    return value;
  };
  return {
    browser: () => need(browser, 'browser'),
    context: () => need(context, 'context'),
    page: () => need(page, 'page'),
    pageErrors: () => errors,
  };
}
