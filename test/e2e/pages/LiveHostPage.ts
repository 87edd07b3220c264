// Page object for the host's side of a live workshop: the app served by the sync server, its
// Live workshop panel, and the open map read through the test hook.
import type { Locator, Page } from 'playwright-core';

import type { CareMap } from '../../../src/model';
import { AppPage } from './AppPage';

export class LiveHostPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  private byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async open(serverUrl: string): Promise<void> {
    await this.app.open(serverUrl);
  }

  /** Start a live workshop from the top bar; returns the join code shown on screen. */
  async startWorkshop(): Promise<string> {
    await this.byTestId('live-workshop-button').click();
    await this.byTestId('live-start').click();
    return (await this.byTestId('live-join-code').textContent({ timeout: 15_000 })) ?? '';
  }

  async openPanel(): Promise<void> {
    if ((await this.byTestId('live-panel').count()) === 0) await this.byTestId('live-workshop-button').click();
    await this.byTestId('live-join-code').waitFor();
  }

  async document(): Promise<CareMap> {
    const doc = await this.app.document();
    if (doc === null) throw new Error('no map open on the host');
    return doc;
  }

  /** Wait until the host's map has a node labelled `label`. */
  async waitForNode(label: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction((l) => window.__carewealth?.getDocument()?.nodes.some((n) => n.label === l) === true, label, { timeout });
  }

  /** The panel's list of what arrived: state and text of each row, newest first. */
  async arrivals(): Promise<{ state: string; text: string }[]> {
    await this.openPanel();
    return this.page.locator('[data-testid="live-arrival"]').evaluateAll((rows) =>
      rows.map((r) => ({ state: r.getAttribute('data-state') ?? '', text: r.textContent ?? '' })),
    );
  }

  async connectedDevices(): Promise<number> {
    await this.openPanel();
    return this.page.locator('[data-testid="live-device"][data-connected="true"]').count();
  }
}
