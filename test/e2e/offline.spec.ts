// The installable app offline (issue 15): after one visit the service worker holds every file of
// the build, so with the network gone the app still opens, opens the bundled sample map on a first
// start (its stored maps cleared), keeps an edit across a reload, and draws the map with the
// offline basemap and fonts; no request fails. A new build is offered with a visible prompt and
// taken only when the person accepts it. The same build served from a sub-path of a plain static
// server works too. The other specs block service workers (browser.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { CareMap } from '../../src/model';
import { baseUrl, servedDir, useBrowser } from './browser';
import { MapPage } from './pages/MapPage';

const SAMPLE = JSON.parse(readFileSync('sample-maps/larkspur-green.carewealth.json', 'utf8')) as CareMap;

const session = useBrowser();

/** A context where service workers run (the default contexts block them). */
async function installableContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session
    .browser()
    .newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  return { context, page: await context.newPage() };
}

/** Wait until the service worker is active: every file of the build is in its cache. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) =>
        registration.active?.addEventListener(
          'statechange',
          () => registration.active?.state === 'activated' && resolve(),
        ),
      );
    }
  });
}

/**
 * The failed requests that matter: all but the app asking the server it came from whether it runs
 * live workshops (api/sync). With no network that question fails, as it should, and the app goes
 * on without the Live workshop button.
 */
function appRequests(failed: readonly string[]): string[] {
  return failed.filter((line) => !/\/api\/sync /.test(line));
}

describe('the app offline', () => {
  it('opens with no network after one visit: the sample map, an edit kept, the map drawn', async () => {
    const { context, page } = await installableContext();
    try {
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      const app = new MapPage(page);
      await app.open();
      await waitForServiceWorker(page);

      await context.setOffline(true);
      // Stored maps cleared, so the offline start is a first start and opens the bundled sample.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(baseUrl()).origin,
        storageTypes: 'indexeddb',
      });
      await app.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(await app.title()).toBe(SAMPLE.meta.title);
      expect((await app.document())?.nodes.length).toBe(SAMPLE.nodes.length);

      await app.showTable();
      const first = SAMPLE.nodes[0];
      if (first === undefined) throw new Error('the sample map has no nodes');
      await app.waitForSteadyDocument();
      await app.renameInTable(first.id, 'Renamed with no network');
      await app.waitForSaveAfter(await app.pageNow());
      await app.reload();
      expect((await app.document())?.nodes.find((n) => n.id === first.id)?.label).toBe(
        'Renamed with no network',
      );

      await app.showMap();
      expect((await app.basemap()).showing).toBe('offline');
      expect(appRequests(failed).join('\n')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('offers a new version with a visible prompt and switches to it only when asked', async () => {
    const { context, page } = await installableContext();
    const swFile = path.join(servedDir(), 'sw.js');
    const sw = readFileSync(swFile, 'utf8');
    try {
      const app = new MapPage(page);
      await app.open();
      await waitForServiceWorker(page);
      // A returning visit: the page is now run by the worker.
      await app.reload();
      // A new build is a different service worker script: the served one gains a line.
      writeFileSync(swFile, `${sw}\n// a new build\n`);
      const prompt = page.locator('[data-testid="update-ready"]');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.locator('[data-testid="update-ready-message"]').textContent()).toBe(
        'A new version of Carewealth is ready.',
      );
      await Promise.all([
        page.waitForEvent('load'),
        page.locator('[data-testid="update-ready-action"]').click(),
      ]);
      await app.waitForMap();
      // The new worker now controls the page and none waits.
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return registration.waiting === null && navigator.serviceWorker.controller !== null;
        }),
      ).toBe(true);
      expect(await prompt.isVisible()).toBe(false);
    } finally {
      writeFileSync(swFile, sw);
      await context.close();
    }
  });

  it('works from a sub-path of a plain static server: sample map, map drawn, analysis, worker scope', async () => {
    const server = await serveAt('/co-op/carewealth/', servedDir());
    const { context, page } = await installableContext();
    try {
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/co-op/carewealth/`;
      await page.goto(url);
      const app = new MapPage(page);
      await app.waitForMap();
      expect(await app.title()).toBe(SAMPLE.meta.title);
      await app.showMap();
      await page.locator('[data-testid="insights-toggle"]').click();
      await page.locator('[data-testid="insight"]').first().waitFor({ state: 'visible', timeout: 60_000 });
      await waitForServiceWorker(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(url);
      expect(appRequests(failed).join('\n')).toBe('');
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** A bare static file server for `dir` under `prefix` (nothing else answers), on a free port. */
async function serveAt(prefix: string, dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || 'index.html' : null;
    const file = relative === null ? null : path.join(dir, relative);
    if (file === null || !file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
