// Switching views as a user does: a view's own tab in the top bar, or its item under "More" where
// the screen is too narrow for every tab (or in workshop mode). Every page object switches views
// through this, so the view switch's markup is known in one place.
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
