// Browser test for the Insights panel on the sample map: the analysis runs in a Web Worker of the
// built app, the panel lists Maud and Larkspur Neighbours Together as overstretched and Team Birch
// as isolated, and clicking Maud in her insight selects her node and highlights the insight.
import { describe, expect, it } from 'vitest';

import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';

const session = useBrowser();

describe('insights', () => {
  it('shows overstretched partners and the isolated team of the sample map; a click selects the node', async () => {
    const app = new AppPage(session.page());
    await app.open();
    const page = app.page;
    await page.locator('[data-testid="insights-toggle"]').click();
    const panel = page.locator('[data-testid="insights-panel"]');
    const overstretched = panel.locator('[data-testid="insight-group-overstretch"]');
    const maud = overstretched.locator('[data-testid="insight"]', {
      hasText: 'Maud gives 22 hours a week against a capacity of 10 (2.2×).',
    });
    await maud.waitFor({ state: 'visible', timeout: 30_000 });
    await overstretched
      .locator('[data-testid="insight"]', {
        hasText: '15 receivers rely on Larkspur Neighbours Together, more than the 8 it can support.',
      })
      .waitFor({ state: 'visible' });
    await panel
      .locator('[data-testid="insight-group-gap"] [data-testid="insight"]', {
        hasText: 'Team Birch has no generative or engaged tie to any community actor.',
      })
      .waitFor({ state: 'visible' });
    // The complete result (with betweenness) arrives from the worker too.
    await expect
      .poll(() => page.evaluate(() => window.__carewealth?.getState().analysis.status), { timeout: 30_000 })
      .toBe('done');

    await maud.locator('[data-testid="insight-node"]', { hasText: /^Maud$/ }).click();
    const state = await page.evaluate(() => window.__carewealth?.getState());
    expect(state?.selection.nodeIds).toEqual(['n-maud']);
    expect(state?.highlight?.insightId).toBe('over-capacity-hours:n-maud');
    expect(state?.highlight?.nodeIds[0]).toBe('n-maud');
    expect(await maud.getAttribute('class')).toContain('insight-highlighted');
  });
});
