// Page object for the support network view: opening a sample or a new personal map from My maps,
// the drawing (people by node id, ring guides), dragging someone by mouse or by touch, guided
// mapping's screens, and the PDF printout.
import type { Download, Locator, Page } from 'playwright-core';

import type { CareMap } from '../../../src/model';
import { chooseFileMenuItem, chooseView } from './topBar';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export class SupportPage {
  constructor(
    readonly page: Page,
    /** Tap (touch screen) rather than click. */
    readonly touch = false,
  ) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async press(locator: Locator): Promise<void> {
    if (this.touch) await locator.tap();
    else await locator.click();
  }

  async document(): Promise<CareMap> {
    const doc = await this.page.evaluate(() => window.__carewealth?.getDocument() ?? null);
    if (doc === null) throw new Error('no map open');
    return doc;
  }

  async undoSteps(): Promise<number> {
    return this.page.evaluate(() => window.__carewealth?.getState().history.past.length ?? 0);
  }

  async openSample(name: string): Promise<void> {
    await chooseFileMenuItem(this.page, 'my-maps-button', (l) => this.press(l));
    await this.press(
      this.page.locator(`[data-testid="sample-map"][data-sample="${name}"] [data-testid="sample-map-open"]`),
    );
    await this.byTestId('my-maps-dialog').waitFor({ state: 'detached' });
  }

  async newPersonalMap(person: string): Promise<void> {
    await chooseFileMenuItem(this.page, 'my-maps-button', (l) => this.press(l));
    await this.byTestId('new-map-scope').selectOption('personal');
    await this.byTestId('new-map-person').fill(person);
    await this.press(this.byTestId('new-map-create'));
    await this.byTestId('support-drawing').waitFor({ state: 'visible' });
  }

  async show(): Promise<void> {
    await chooseView(this.page, 'support', (l) => this.press(l));
    await this.byTestId('support-drawing').waitFor({ state: 'visible' });
  }

  /** Say "Not now" to the backup reminder if it shows, as a team starter would, for room. */
  async dismissBackupReminder(): Promise<void> {
    const dismiss = this.byTestId('backup-reminder-dismiss');
    if (await dismiss.isVisible()) await this.press(dismiss);
  }

  person(id: string): Locator {
    return this.page.locator(`[data-testid="support-person"][data-node-id="${id}"]`);
  }

  /** The on-screen centre and radius of a drawn person's tap target. */
  async personBox(id: string): Promise<Box> {
    await this.person(id).scrollIntoViewIfNeeded();
    const box = await this.person(id).locator('circle.hit').boundingBox();
    if (box === null) throw new Error(`${id} is not drawn`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
  }

  /** The on-screen centre and radius of a ring guide (its outer edge). */
  async ringBox(ring: string): Promise<Box> {
    const box = await this.byTestId(`ring-${ring}`).locator('circle').boundingBox();
    if (box === null) throw new Error(`no ${ring} ring drawn`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
  }

  /** A point at `fraction` of the way out to `ring`'s outer edge, in the direction of `id`. */
  async pointTowards(id: string, ring: string, fraction: number): Promise<{ x: number; y: number }> {
    const p = await this.personBox(id);
    const c = await this.ringBox(ring);
    const d = Math.hypot(p.x - c.x, p.y - c.y) || 1;
    return { x: c.x + ((p.x - c.x) / d) * c.r * fraction, y: c.y + ((p.y - c.y) / d) * c.r * fraction };
  }

  async dragWithMouse(id: string, to: { x: number; y: number }): Promise<void> {
    const from = await this.personBox(id);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 8; i++)
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
    await this.page.mouse.up();
  }

  /** Drag with one finger, through Chromium's touch input (pointer events of type touch). */
  async dragWithTouch(id: string, to: { x: number; y: number }): Promise<void> {
    const from = await this.personBox(id);
    const cdp = await this.page.context().newCDPSession(this.page);
    const at = (x: number, y: number) => [{ x, y, id: 1, radiusX: 5, radiusY: 5, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.x, from.y) });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8),
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  /**
   * Open the panel beside the drawing (where support is thin, or guided mapping) unless it is open
   * already: where the view is wide enough, the findings start open.
   */
  async openSide(side: 'findings' | 'guided'): Promise<void> {
    const button = this.byTestId(`support-show-${side}`);
    if ((await button.getAttribute('aria-pressed')) !== 'true') await this.press(button);
  }

  // ------------------------------------------------------------ guided mapping

  async startGuided(): Promise<void> {
    await this.openSide('guided');
    await this.press(this.byTestId('guided-start'));
    await this.byTestId('guided-question').waitFor({ state: 'visible' });
  }

  async question(): Promise<string> {
    return (await this.byTestId('guided-question').textContent()) ?? '';
  }

  /** Type a name into the question and add it (by tapping Add). */
  async name(text: string): Promise<void> {
    const input = this.byTestId('guided-name-input');
    if (this.touch) await input.tap();
    await input.fill(text);
    await this.press(this.byTestId('guided-add'));
  }

  async choose(id: string): Promise<void> {
    await this.press(this.byTestId(`guided-choice-${id}`));
  }

  async hours(value: number): Promise<void> {
    await this.byTestId('guided-hours').fill(String(value));
    await this.press(this.byTestId('guided-hours-save'));
  }

  async next(): Promise<void> {
    await this.press(this.byTestId('guided-next'));
  }

  // ------------------------------------------------------------ printing

  async printPdf(paper: 'a4' | 'letter' = 'a4'): Promise<Download> {
    await this.press(this.byTestId('support-print'));
    await this.press(this.byTestId(`support-paper-${paper}`));
    const download = this.page.waitForEvent('download');
    await this.press(this.byTestId('support-print-save'));
    return download;
  }
}
