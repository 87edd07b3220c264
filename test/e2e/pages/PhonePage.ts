// Page object for a phone in a live workshop (join.html, served at /j by the sync server).
import type { Locator, Page } from 'playwright-core';

export class PhonePage {
  constructor(readonly page: Page) {}

  private byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** Open the phone page at the QR code's link (code filled in) and give a name. */
  async join(serverUrl: string, code: string, name: string): Promise<void> {
    await this.page.goto(`${serverUrl}j#code=${code}`);
    await this.byTestId('phone-name').fill(name);
    await this.byTestId('phone-name-save').click();
    await this.status.filter({ hasText: 'Connected' }).waitFor();
  }

  get status(): Locator {
    return this.byTestId('phone-status');
  }

  async addNode(kind: 'person' | 'group' | 'organisation' | 'space', label: string): Promise<void> {
    await this.byTestId('phone-tab-add').click();
    await this.byTestId(`phone-kind-${kind}`).click();
    await this.byTestId('phone-node-label').fill(label);
    await this.byTestId('phone-node-add').click();
  }

  /** "I help <other> with <care>" (give) or "<other> helps me with <care>" (receive). */
  async addTie(direction: 'give' | 'receive', otherLabel: string, careType: string, frequency: string): Promise<void> {
    await this.byTestId('phone-tab-add').click();
    await this.byTestId(`phone-dir-${direction}`).click();
    const other = this.byTestId('phone-tie-other');
    await other.locator('option', { hasText: otherLabel }).first().waitFor({ state: 'attached' });
    await other.selectOption({ label: otherLabel });
    await this.byTestId('phone-tie-care').selectOption(careType);
    await this.byTestId('phone-tie-frequency').selectOption(frequency);
    await this.byTestId('phone-tie-add').click();
  }

  /** Labels of the nodes on the phone's view of the map. */
  async mapLabels(): Promise<string[]> {
    await this.byTestId('phone-tab-map').click();
    return this.page.locator('[data-testid="phone-map-node"] .phone-node-label').allTextContents();
  }

  /** What this phone added, with the host's answer to each ("on the map", "not added: …"). */
  async mine(): Promise<{ label: string; state: string }[]> {
    await this.byTestId('phone-tab-mine').click();
    return this.page.locator('[data-testid="phone-mine-item"]').evaluateAll((items) =>
      items.map((li) => ({
        label: li.querySelector('.phone-node-label')?.textContent ?? '',
        state: li.querySelector('.phone-state')?.textContent ?? '',
      })),
    );
  }

  /** The phone's device key and the room it joined (what a forger on this phone would have). */
  async credentials(): Promise<{ deviceKey: string; roomId: string }> {
    return this.page.evaluate(() => {
      const deviceKey = localStorage.getItem('carewealth.live.device') ?? '';
      const docKey = Object.keys(localStorage).find((k) => k.startsWith('carewealth.live.doc.')) ?? '';
      return { deviceKey, roomId: docKey.slice('carewealth.live.doc.'.length) };
    });
  }
}
