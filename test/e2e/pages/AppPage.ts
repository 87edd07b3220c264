// Page object for the app's main screen: opening it, reading the open map through the read-only
// test hook, the Table view, inline renames, the save status, the problems panel and the two ways
// in for files (the Open… picker and a drop on the window). Specs talk to the app only through
// this class, so a changed data-testid is fixed in one place.
import type { Locator, Page } from 'playwright-core';

import type { CareMap } from '../../../src/model';
import { baseUrl } from '../browser';

/** What the store reports about autosave (src/persistence/autosave.ts SaveStatus). */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; message: string };

export class AppPage {
  constructor(readonly page: Page) {}

  private byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  /** Open the app (at `url`, by default the served build) and wait until a map is open (the sample map on a first visit). */
  async open(url = baseUrl()): Promise<void> {
    await this.page.goto(url);
    await this.waitForMap();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForMap();
  }

  async waitForMap(): Promise<void> {
    await this.page.waitForFunction(() => window.__carewealth?.getDocument() != null, undefined, {
      timeout: 30_000,
    });
    await this.titleInput.waitFor({ state: 'visible' });
  }

  get titleInput(): Locator {
    return this.byTestId('map-title');
  }

  async title(): Promise<string> {
    return this.titleInput.inputValue();
  }

  /** A copy of the open document, read through the test hook. */
  async document(): Promise<CareMap | null> {
    return this.page.evaluate(() => window.__carewealth?.getDocument() ?? null);
  }

  /**
   * Wait until the open document stops changing (e.g. a first layout storing positions) for
   * `quietMs`, so a later comparison sees only what the test did.
   */
  async waitForSteadyDocument(quietMs = 1500, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = JSON.stringify(await this.document());
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      if (Date.now() > deadline) throw new Error(`the document kept changing for ${timeoutMs / 1000} s`);
      await this.page.waitForTimeout(250);
      const now = JSON.stringify(await this.document());
      if (now !== last) {
        last = now;
        since = Date.now();
      }
    }
  }

  async saveState(): Promise<SaveState> {
    return this.page.evaluate(
      () => (window.__carewealth?.getState() as { persistence: SaveState }).persistence,
    );
  }

  get saveStatus(): Locator {
    return this.byTestId('save-status');
  }

  /** The page's clock, as an ISO date-time (the clock autosave stamps its saves with). */
  async pageNow(): Promise<string> {
    return this.page.evaluate(() => new Date().toISOString());
  }

  /**
   * Wait until autosave reports a save finished after `after` (an ISO time from pageNow). Autosave
   * only reports "saved" when nothing is left pending, so such a save includes every earlier edit.
   */
  async waitForSaveAfter(after: string): Promise<void> {
    await this.page.waitForFunction(
      (prev) => {
        const s = (
          window.__carewealth?.getState() as { persistence: { state: string; at?: string } } | undefined
        )?.persistence;
        return s?.state === 'saved' && s.at !== undefined && s.at > prev;
      },
      after,
      { timeout: 15_000 },
    );
  }

  // ------------------------------------------------------------ table view

  async showTable(): Promise<void> {
    await this.byTestId('view-table').click();
    await this.byTestId('table-view').waitFor({ state: 'visible' });
  }

  /** The "N nodes" count the table view shows above its rows. */
  async tableCountText(): Promise<string> {
    return (await this.byTestId('table-count').textContent())?.trim() ?? '';
  }

  /** The label cell of a node's row in the table grid. */
  labelCell(nodeId: string): Locator {
    return this.page.locator(`[data-testid="table-grid-row"][data-node-id="${nodeId}"] [data-col="label"]`);
  }

  /** Rename a node in place in the table with the keyboard: Enter on its label cell, type, Enter. */
  async renameInTable(nodeId: string, label: string): Promise<void> {
    await this.labelCell(nodeId).click();
    await this.page.keyboard.press('Enter');
    await this.byTestId('cell-editor').fill(label);
    await this.page.keyboard.press('Enter');
  }

  // ------------------------------------------------------------ files

  /** Choose files in the Open… picker. */
  async openWithPicker(files: { name: string; mimeType: string; text: string }[]): Promise<void> {
    await this.byTestId('open-file-input').setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) })),
    );
  }

  /** Drop a file on the window, as a person dragging it from their desktop would. */
  async dropFile(name: string, mimeType: string, text: string): Promise<void> {
    await this.page.evaluate(
      ({ name, mimeType, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: mimeType }));
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        }
      },
      { name, mimeType, text },
    );
  }

  get importDialog(): Locator {
    return this.byTestId('import-dialog');
  }

  async chooseOpenAsNew(): Promise<void> {
    await this.byTestId('import-open-new').click();
  }

  // ------------------------------------------------------------ problems

  get problemsPanel(): Locator {
    return this.byTestId('problems-panel');
  }

  get problemItems(): Locator {
    return this.byTestId('problem-item');
  }
}
