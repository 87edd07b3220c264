// Page object for the Governance, Survey and Partners views: switching to them and the forms the
// browser tests fill in. Specs use it together with AppPage (opening the app, the test hook).
import type { Locator, Page } from 'playwright-core';
import { chooseView } from './topBar';

export class GovernancePage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async show(view: 'governance' | 'survey' | 'partners'): Promise<void> {
    await chooseView(this.page, view);
    await this.byTestId(`${view}-view`).waitFor({ state: 'visible' });
  }

  async addCircle(name: string): Promise<void> {
    await this.byTestId('new-context-kind').selectOption('circle');
    await this.byTestId('new-context-name').fill(name);
    await this.byTestId('new-context-add').click();
    await this.page.locator('[data-testid="governance-title"]', { hasText: name }).waitFor();
  }

  async addNewMember(name: string): Promise<void> {
    await this.byTestId('member-choice').selectOption({ label: 'A new person…' });
    await this.byTestId('member-name').fill(name);
    await this.byTestId('member-add').click();
    await this.page.locator('[data-testid="member"]', { hasText: name }).waitFor();
  }

  /** Give out a hat (by its visible name) to the members named. */
  async giveHat(hatName: string, holders: readonly string[]): Promise<void> {
    await this.byTestId('hat-choice').selectOption({ label: hatName });
    for (const name of holders) {
      await this.byTestId('hat-form').locator('label', { hasText: name }).locator('input').check();
    }
    await this.byTestId('hat-add').click();
  }

  hatRow(hatId: string): Locator {
    return this.page.locator(`[data-testid="hat-row"][data-hat="${hatId}"]`);
  }

  consentEntry(name: string): Locator {
    return this.page.locator('[data-testid="consent-entry"]', { hasText: name });
  }

  /** Domain id → the score text shown for it ("3.53 · High (n = 5)"). */
  async domainScores(): Promise<Record<string, string>> {
    const items = this.page.locator('[data-testid="domain-score"]');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await items.count()); i++) {
      const li = items.nth(i);
      out[(await li.getAttribute('data-domain')) ?? ''] = (await li.locator('[data-testid="domain-score-value"]').textContent()) ?? '';
    }
    return out;
  }
}
