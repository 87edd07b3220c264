// Browser tests for the inspector: edit a node and a tie field by field, see a bad value refused in
// place with the document unchanged, undo and redo with the buttons and the keyboard, bulk edit,
// and an axe-core check of the panel.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { InspectorTable } from './pages/InspectorTable';

const session = useBrowser();

const NODE = 'n-food-share';

/** The sample map open in the Table view. */
async function tableOpen(): Promise<{ app: AppPage; ui: InspectorTable }> {
  const app = new AppPage(session.page());
  const ui = new InspectorTable(session.page());
  await app.open();
  await app.showTable();
  return { app, ui };
}

/** Click a node's label cell and wait for its inspector. */
async function inspectNode(ui: InspectorTable, id: string): Promise<void> {
  await ui.cell(id, 'label').click();
  await ui.byTestId('node-inspector').waitFor();
}

describe('inspector', () => {
  it('edits a node and a tie, refuses a bad value in place, and undoes and redoes', async () => {
    const { app, ui } = await tableOpen();
    await inspectNode(ui, NODE);

    await ui.fillField('inspector-label', 'Larkspur Food Share (Fridays)');
    await ui.fillField('inspector-capacity-hours', '200');
    expect(await ui.fieldError('inspector-capacity-hours').textContent()).toBe('cannot exceed 168 hours a week');
    let doc = await app.document();
    const node = () => doc?.nodes.find((n) => n.id === NODE);
    expect(node()?.label).toBe('Larkspur Food Share (Fridays)');
    expect(node()?.capacity?.hoursPerWeek).not.toBe(200);
    await ui.fillField('inspector-capacity-hours', '12');
    await ui.byTestId('inspector-formality').selectOption('mixed');
    doc = await app.document();
    expect(node()?.capacity?.hoursPerWeek).toBe(12);
    expect(node()?.formality).toBe('mixed');
    expect(await ui.cell(NODE, 'label').textContent()).toBe('Larkspur Food Share (Fridays)');

    await ui.byTestId('undo-button').click();
    await ui.byTestId('undo-button').click();
    doc = await app.document();
    expect(node()?.formality).not.toBe('mixed');
    expect(node()?.label).toBe('Larkspur Food Share (Fridays)');
    await ui.byTestId('redo-button').click();
    doc = await app.document();
    expect(node()?.capacity?.hoursPerWeek).toBe(12);

    // A tie of the node, chosen from its list of ties.
    const tieId = doc?.ties.find((t) => t.kind === 'care' && (t.source === NODE || t.target === NODE))?.id;
    if (tieId === undefined) throw new Error('the sample food share has no care tie');
    await ui.page.locator(`[data-testid="inspector-tie-select"][data-tie-id="${tieId}"]`).click();
    await ui.byTestId('tie-inspector').waitFor();
    await ui.byTestId('inspector-tie-strength').selectOption('inactive');
    await ui.fillField('inspector-tie-hours', '3.5');
    await ui.byTestId('inspector-tie-swap').click();
    doc = await app.document();
    const before = doc?.ties.find((t) => t.id === tieId);
    expect(before).toMatchObject({ strength: 'inactive', hoursPerWeek: 3.5 });
    expect(await ui.byTestId('inspector-tie-hours').inputValue()).toBe('3.5');

    // Ctrl+Z outside a text field undoes the swap, then the hours.
    await ui.byTestId('inspector-tie-swap').focus();
    await session.page().keyboard.press('Control+z');
    await session.page().keyboard.press('Control+z');
    doc = await app.document();
    const after = doc?.ties.find((t) => t.id === tieId);
    expect(after?.source).toBe(before?.target);
    expect(after?.strength).toBe('inactive');
    expect(after?.hoursPerWeek).not.toBe(3.5);
    await session.page().keyboard.press('Control+y');
    expect((await app.document())?.ties.find((t) => t.id === tieId)?.hoursPerWeek).toBe(3.5);
    expect(session.pageErrors()).toEqual([]);
  });

  it('bulk-edits three nodes in one undo step and deletes them together', async () => {
    const { app, ui } = await tableOpen();
    const doc = await app.document();
    const ids = (doc?.nodes ?? []).filter((n) => n.kind === 'group').slice(0, 3).map((n) => n.id);
    await ui.cell(ids[0]!, 'label').click();
    await ui.cell(ids[1]!, 'label').click({ modifiers: ['Control'] });
    await ui.cell(ids[2]!, 'label').click({ modifiers: ['Control'] });
    await ui.byTestId('bulk-node-inspector').waitFor();
    await ui.byTestId('inspector-tags-new').fill('winter-2026');
    await ui.byTestId('inspector-tags-new').press('Enter');
    const tagged = (await app.document())?.nodes.filter((n) => n.tags.includes('winter-2026')).map((n) => n.id);
    expect(tagged).toEqual(ids);
    expect(await ui.byTestId('undo-button').getAttribute('aria-label')).toBe('Undo Edit tags of 3 nodes');

    await ui.byTestId('inspector-delete').click();
    const left = await app.document();
    expect(left?.nodes.some((n) => ids.includes(n.id))).toBe(false);
    await session.page().keyboard.press('Control+z');
    expect((await app.document())?.nodes.filter((n) => ids.includes(n.id)).length).toBe(3);
  });

  it('has no serious or critical accessibility violations with a node and with a tie inspected', async () => {
    const { ui } = await tableOpen();
    await inspectNode(ui, NODE);
    const serious = async () =>
      (await new AxeBuilder({ page: session.page() }).include('[data-testid="side-panel"]').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ') ?? ''})`);
    expect(await serious()).toEqual([]);
    await ui.showTab('ties');
    await ui.grid.locator('[data-col="source"]').first().click();
    await ui.byTestId('tie-inspector').waitFor();
    expect(await serious()).toEqual([]);
  });
});
