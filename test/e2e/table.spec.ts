// Browser tests for the table view driven by the keyboard alone: create a node, create a tie
// (ends picked by typing names), edit cells, delete with the Undo toast, and an axe-core check.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { InspectorTable } from './pages/InspectorTable';

const session = useBrowser();

describe('table view by keyboard', () => {
  it('creates a node and a tie, edits them and deletes the node, keyboard only', async () => {
    const page = session.page();
    const app = new AppPage(page);
    const ui = new InspectorTable(page);
    await app.open();
    await app.showTable();
    const start = await app.document();

    // Create a node: Tab into the form, type the label, Enter.
    await ui.byTestId('table-tab-nodes').focus();
    await ui.tabTo('add-node-kind');
    await page.keyboard.press('g'); // "Group", by typing its first letter
    await ui.tabTo('add-node-label');
    await page.keyboard.type('Keyboard Lunch Club');
    await page.keyboard.press('Enter');
    let doc = await app.document();
    const added = doc?.nodes.find((n) => n.label === 'Keyboard Lunch Club');
    expect(added?.kind).toBe('group');
    expect(doc?.nodes.length).toBe((start?.nodes.length ?? 0) + 1);

    // The new row is the grid's active row: Tab into the grid lands on it; edit its tags.
    await ui.tabTo('add-node-submit');
    await page.keyboard.press('Tab');
    expect(await ui.focusedCell()).toMatch(/^\d+:0$/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keyboard Lunch Club');
    await ui.keys('End', 'ArrowLeft');
    await page.keyboard.press('Enter');
    await page.keyboard.type('meals, weekly');
    await page.keyboard.press('Enter');
    doc = await app.document();
    expect(doc?.nodes.find((n) => n.id === added?.id)?.tags).toEqual(['meals', 'weekly']);

    // Create a tie to St Bride's Hall, picking both ends by typing.
    await ui.byTestId('table-tab-ties').focus();
    await page.keyboard.press('Enter');
    await ui.tabTo('add-tie-source');
    await page.keyboard.type('Keyboard Lunch');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type("St Bride's");
    await page.keyboard.press('Enter');
    await ui.tabTo('add-tie-kind');
    await page.keyboard.press('h'); // "Hosted at"
    await ui.tabTo('add-tie-submit');
    await page.keyboard.press('Enter');
    doc = await app.document();
    const tie = doc?.ties.find((t) => t.source === added?.id);
    expect(tie).toMatchObject({ kind: 'hosted_at', target: 'n-st-brides-hall' });

    // Edit the tie's strength in the grid: Tab into it, move to Strength, type-select "Generative".
    await page.keyboard.press('Tab');
    expect(await ui.focusedCell()).toMatch(/^\d+:0$/);
    await ui.keys('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('strength');
    await page.keyboard.press('Enter');
    await page.keyboard.press('g');
    await page.keyboard.press('Enter');
    doc = await app.document();
    expect(doc?.ties.find((t) => t.id === tie?.id)?.strength).toBe('generative');
    // Hours on a hosted-at tie are refused in place.
    await ui.keys('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect(await ui.byTestId('cell-error').textContent()).toBe('only care ties carry hours a week');
    await page.keyboard.press('Escape');
    expect((await app.document())?.ties.find((t) => t.id === tie?.id)?.hoursPerWeek).toBeUndefined();

    // Delete the node (and with it the tie) from the Nodes grid; the toast offers Undo.
    await ui.byTestId('table-tab-nodes').focus();
    await page.keyboard.press('Enter');
    await ui.byTestId('table-filter').focus();
    await page.keyboard.type('Keyboard Lunch');
    await ui.tabTo('add-node-submit');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('data-node-id'))).toBe(added?.id);
    await page.keyboard.press('Space');
    await page.keyboard.press('Delete');
    expect(await ui.byTestId('toast-message').textContent()).toBe('Deleted 1 node');
    doc = await app.document();
    expect(doc?.nodes.length).toBe(start?.nodes.length);
    expect(doc?.ties.length).toBe(start?.ties.length);
    await page.keyboard.press('Control+z');
    doc = await app.document();
    expect(doc?.nodes.some((n) => n.id === added?.id)).toBe(true);
    expect(doc?.ties.some((t) => t.id === tie?.id)).toBe(true);
    expect(session.pageErrors()).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the Nodes and Ties tabs', async () => {
    const app = new AppPage(session.page());
    const ui = new InspectorTable(session.page());
    await app.open();
    await app.showTable();
    const serious = async () =>
      (await new AxeBuilder({ page: session.page() }).include('[data-testid="table-view"]').include('[data-testid="side-panel"]').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ') ?? ''})`);
    expect(await serious()).toEqual([]);
    await ui.showTab('ties');
    await ui.grid.locator('[data-col="kind"]').first().click();
    await session.page().keyboard.press('Enter');
    expect(await serious()).toEqual([]);
  });
});
