// Takes docs/screenshot.png (the README's picture): the built app, on a first visit, showing the
// Larkspur Green sample map in the graph view, canvas first, with the side drawer open on Insights
// (the backup reminder of a first visit set aside with "Not now"). Needs a running server with the built app:
//   npm run build && npm run preview &      then      node docs/take-screenshot.mjs [URL]
// URL defaults to http://127.0.0.1:4173/. Uses the system Chromium, like the browser tests.
/* eslint-disable no-console -- a command-line script reports what it wrote */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshot.png');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-accelerated-2d-canvas',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page
    .locator('[data-testid="graph-view"] canvas')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
  const notNow = page.locator('[data-testid="backup-reminder-dismiss"]');
  if (await notNow.isVisible()) await notNow.click();
  await page.locator('[data-testid="insights-toggle"]').click();
  // Let the layout, the labels and the insights settle before taking the picture.
  await page.waitForTimeout(4000);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
