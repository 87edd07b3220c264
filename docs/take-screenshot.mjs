// Takes docs/screenshot.png (the README's picture): the built app, on a first visit, showing the
// Larkspur Green sample map in the graph view, canvas first, with the side drawer open on Insights
// (the backup reminder of a first visit set aside with "Not now"); docs/support-network.png, Mrs A.'s sample in
// the support network view with where her support is thin beside it. Needs a running server with the built app:
//   npm run build && npm run preview &      then      node docs/take-screenshot.mjs [URL]
// URL defaults to http://127.0.0.1:4173/. Uses the system Chromium, like the browser tests.
/* eslint-disable no-console -- a command-line script reports what it wrote */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const docs = path.dirname(fileURLToPath(import.meta.url));

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
  const out = path.join(docs, 'screenshot.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);

  // Wide enough for the findings to sit beside the drawing.
  await page.setViewportSize({ width: 1440, height: 900 });
  const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
  await byTestId('file-menu').click();
  await byTestId('my-maps-button').click();
  await page
    .locator(
      '[data-testid="sample-map"][data-sample="mrs-a-support-network.carewealth.json"] [data-testid="sample-map-open"]',
    )
    .click();
  await byTestId('my-maps-dialog').waitFor({ state: 'detached' });
  if (await byTestId('backup-reminder-dismiss').isVisible())
    await byTestId('backup-reminder-dismiss').click();
  // Close the Insights drawer opened for the first picture: the findings sit beside the drawing.
  await byTestId('insights-toggle').click();
  // The support view has a tab of its own on a wide screen; otherwise it is under "More".
  if ((await page.locator('.view-tabs [data-testid="view-support"]').count()) === 0) await byTestId('view-more').click();
  await byTestId('view-support').click();
  await byTestId('support-findings').waitFor({ state: 'visible' });
  const support = path.join(docs, 'support-network.png');
  await page.screenshot({ path: support });
  console.log(`wrote ${support}`);
} finally {
  await browser.close();
}
