// The top bar as a user works it: switching views (a view's own tab, or its item under "More"
// where the screen is too narrow for every tab, or in workshop mode) and choosing an item of the
// File menu. Every page object goes through these, so the top bar's markup is known in one place.
import type { Locator, Page } from 'playwright-core';

export type Press = (locator: Locator) => Promise<void>;

const click: Press = (locator) => locator.click();

/** Show view `id` (a ViewId) by pressing its tab or its "More" item, then wait until it is shown. */
export async function chooseView(page: Page, id: string, press: Press = click): Promise<void> {
  const tab = page.locator(`.view-tabs [data-testid="view-${id}"]`);
  if ((await tab.count()) > 0) await press(tab);
  else {
    await press(page.locator('[data-testid="view-more"]'));
    await press(page.locator(`[role="menuitem"][data-testid="view-${id}"]`));
  }
  await page.waitForFunction((view) => document.querySelector('main.main-area')?.getAttribute('data-view') === view, id);
}

/** Choose the File menu's item with data-testid `item` (my-maps-button, open-file-button, backup-button…). */
export async function chooseFileMenuItem(page: Page, item: string, press: Press = click): Promise<void> {
  await press(page.locator('[data-testid="file-menu"]'));
  await press(page.locator(`[data-testid="${item}"]`));
}
