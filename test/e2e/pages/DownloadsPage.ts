// Page object for keeping a map: the two downloads (Full backup…, Copy to share…), opening a locked
// backup, the note when another tab edits the map, and what the top bar says about storage.
import { readFileSync } from 'node:fs';

import type { Download, Locator, Page } from 'playwright-core';

import type { WithoutConsentChoice } from '../../../src/model';
import { chooseFileMenuItem } from './topBar';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

export class DownloadsPage {
  constructor(readonly page: Page) {}

  private byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  private async saved(download: Promise<Download>): Promise<Downloaded> {
    const d = await download;
    return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
  }

  /** Download a full backup, locked with `passphrase` when one is given. */
  async backup(passphrase?: string): Promise<Downloaded> {
    await chooseFileMenuItem(this.page, 'backup-button');
    const dialog = this.byTestId('backup-dialog');
    if (passphrase !== undefined) {
      await dialog.locator('[data-testid="backup-lock"]').check();
      await dialog.locator('[data-testid="backup-passphrase"]').fill(passphrase);
      await dialog.locator('[data-testid="backup-passphrase-again"]').fill(passphrase);
    }
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await dialog.locator('[data-testid="backup-download"]').click();
    return this.saved(download);
  }

  /** Download a copy to share in the native format with the given choice for people without consent. */
  async shareCopy(withoutConsent: WithoutConsentChoice = 'neighbour'): Promise<Downloaded> {
    await chooseFileMenuItem(this.page, 'export-button');
    const dialog = this.byTestId('share-dialog');
    await dialog.locator(`[data-testid="share-without-consent-${withoutConsent}"]`).check();
    const download = this.page.waitForEvent('download');
    await dialog.locator('[data-testid="share-download"]').click();
    return this.saved(download);
  }

  get shareSummary(): Locator {
    return this.byTestId('share-summary');
  }

  /** Choose a downloaded file with Open…. */
  async open(file: Downloaded): Promise<void> {
    await this.byTestId('open-file-input').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: file.bytes,
    });
  }

  get unlockDialog(): Locator {
    return this.byTestId('unlock-dialog');
  }

  get unlockError(): Locator {
    return this.byTestId('unlock-error');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.byTestId('unlock-passphrase').fill(passphrase);
    await this.byTestId('unlock-open').click();
  }

  // ------------------------------------------------------------ tabs and storage

  get editBanner(): Locator {
    return this.byTestId('edit-access-banner');
  }

  async editHere(): Promise<void> {
    await this.byTestId('edit-here').click();
  }

  get storageKeep(): Locator {
    return this.byTestId('storage-keep');
  }

  get backupReminder(): Locator {
    return this.byTestId('backup-reminder');
  }
}
