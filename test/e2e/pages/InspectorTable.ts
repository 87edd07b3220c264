// Page object for the inspector panel and the table grid: selecting rows, reading cells, editing
// fields, and keyboard-only work in the grid. Specs reach these parts of the app only through here.
import type { Locator, Page } from 'playwright-core';

export class InspectorTable {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  get grid(): Locator {
    return this.byTestId('table-grid');
  }

  /** The row of a node or tie in the grid. */
  row(id: string, kind: 'node' | 'tie' = 'node'): Locator {
    return this.page.locator(`[data-testid="table-grid-row"][data-${kind}-id="${id}"]`);
  }

  cell(id: string, column: string, kind: 'node' | 'tie' = 'node'): Locator {
    return this.row(id, kind).locator(`[data-col="${column}"]`);
  }

  async showTab(tab: 'nodes' | 'ties'): Promise<void> {
    await this.byTestId(`table-tab-${tab}`).click();
  }

  /** Fill an inspector text field and press Enter (one commit). */
  async fillField(testId: string, text: string): Promise<void> {
    const input = this.byTestId(testId);
    await input.fill(text);
    await input.press('Enter');
  }

  fieldError(testId: string): Locator {
    return this.byTestId(`${testId}-field-error`);
  }

  /** The `data-cell` ("row:col") of the element with focus. */
  async focusedCell(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  }

  /** Press keys one after the other on whatever has focus. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Press Tab until the element with `testId` has focus (at most `limit` presses). */
  async tabTo(testId: string, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const at = await this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
      if (at === testId) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${testId}`);
  }
}
