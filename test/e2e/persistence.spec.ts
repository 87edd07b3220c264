// Browser tests for "a map is never lost" (issue 14): two tabs on one map (one edits, the other
// follows and can take over), whether the browser keeps storage and the backup reminder, a full
// backup locked with a passphrase (the right one opens it, a wrong one is said plainly and changes
// nothing), a copy to share without a person whose consent was withdrawn, an edit surviving the
// page being closed a second later, and a full disk shown to the person.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { CareMap } from '../../src/model';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { DownloadsPage } from './pages/DownloadsPage';

const session = useBrowser();

/** Open the app in a fresh tab and wait until its first save of the sample map is done. */
async function openSettled(app: AppPage): Promise<CareMap> {
  await app.open();
  await app.waitForSteadyDocument();
  await app.page.waitForFunction(
    () =>
      (window.__carewealth?.getState() as { persistence: { state: string } }).persistence.state === 'saved',
    undefined,
    { timeout: 30_000 },
  );
  return (await app.document())!;
}

/** Run `body` on the app in a fresh browser context whose storage manager answers `persist()` so. */
async function withStorageAnswer(persist: boolean, body: (app: AppPage) => Promise<void>): Promise<void> {
  const context = await session.browser().newContext({ acceptDownloads: true });
  try {
    await context.addInitScript((granted: boolean) => {
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => granted;
    }, persist);
    const app = new AppPage(await context.newPage());
    await openSettled(app);
    await body(app);
  } finally {
    await context.close();
  }
}

const label = (doc: CareMap | null, id: string) => doc?.nodes.find((n) => n.id === id)?.label;

describe('a map is never lost', () => {
  it('two tabs, one map: the second follows the first read-only and takes over on request', async () => {
    const a = new AppPage(session.page());
    const doc = await openSettled(a);
    const first = doc.nodes[0]!;
    const second = doc.nodes[1]!;

    const b = new AppPage(await session.context().newPage());
    await b.open();
    const tabB = new DownloadsPage(b.page);
    await tabB.editBanner.waitFor({ state: 'visible' });
    expect(await tabB.editBanner.textContent()).toContain('This map is open for editing in another tab.');
    expect((await b.document())?.id).toBe(doc.id);
    const tabA = new DownloadsPage(a.page);
    expect(await tabA.editBanner.count()).toBe(0);

    // A's edit appears in B once A has saved it.
    await a.showTable();
    await a.renameInTable(first.id, 'Renamed in tab A');
    await expect
      .poll(async () => label(await b.document(), first.id), { timeout: 15_000 })
      .toBe('Renamed in tab A');

    // B cannot change the map.
    await b.showTable();
    await b.renameInTable(second.id, 'Renamed in tab B');
    await b.page.waitForTimeout(500);
    expect(label(await b.document(), second.id)).toBe(second.label);

    // Edit here: B edits, A says so and follows.
    await tabB.editHere();
    await tabB.editBanner.waitFor({ state: 'hidden', timeout: 15_000 });
    await tabA.editBanner.waitFor({ state: 'visible' });
    expect(await tabA.editBanner.textContent()).toContain('Another tab took over editing this map.');
    expect(label(await b.document(), first.id)).toBe('Renamed in tab A');
    await b.renameInTable(second.id, 'Renamed in tab B');
    expect(label(await b.document(), second.id)).toBe('Renamed in tab B');
    await expect
      .poll(async () => label(await a.document(), second.id), { timeout: 15_000 })
      .toBe('Renamed in tab B');
  });

  it('shows whether the browser keeps storage, and reminds to back up when it may not', async () => {
    // What this Chromium answers by itself, shown as it is.
    const app = new AppPage(session.page());
    await openSettled(app);
    const downloads = new DownloadsPage(app.page);
    await downloads.storageKeep.waitFor({ state: 'visible' });
    const persisted = await app.page.evaluate(() => navigator.storage.persisted());
    expect(await downloads.storageKeep.getAttribute('data-state')).toBe(
      persisted ? 'kept' : 'may-be-cleared',
    );

    // A browser that refuses: the status says so and a reminder offers the backup.
    await withStorageAnswer(false, async (page) => {
      const d = new DownloadsPage(page.page);
      await d.storageKeep.waitFor({ state: 'visible' });
      expect(await d.storageKeep.getAttribute('data-state')).toBe('may-be-cleared');
      expect(await d.storageKeep.textContent()).toBe('Storage at risk');
      expect(await d.storageKeep.getAttribute('title')).toBe(
        'This browser may clear its storage when space runs low',
      );
      await d.backupReminder.waitFor({ state: 'visible' });
      const download = page.page.waitForEvent('download');
      await page.page.locator('[data-testid="backup-reminder-download"]').click();
      await page.page.locator('[data-testid="backup-dialog"] [data-testid="backup-download"]').click();
      expect((await download).suggestedFilename()).toMatch(/\.carewealth\.json$/);
      await d.backupReminder.waitFor({ state: 'hidden' });
    });

    // A browser that keeps storage: no reminder.
    await withStorageAnswer(true, async (page) => {
      const d = new DownloadsPage(page.page);
      await expect.poll(() => d.storageKeep.getAttribute('data-state')).toBe('kept');
      expect(await d.storageKeep.textContent()).toBe('Kept by this browser');
      expect(await d.backupReminder.count()).toBe(0);
    });
  });

  it('a full backup locked with a passphrase opens with the right one; a wrong one changes nothing', async () => {
    const app = new AppPage(session.page());
    const doc = await openSettled(app);
    const downloads = new DownloadsPage(app.page);
    const file = await downloads.backup('lantern orchard pebble');
    expect(file.name).toMatch(/\.locked\.carewealth\.json$/);
    const text = file.bytes.toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ type: 'carewealth-locked', version: 1 });
    expect(text).not.toContain(doc.nodes[0]!.label);

    await downloads.open(file);
    await downloads.unlockDialog.waitFor({ state: 'visible' });
    await downloads.unlock('lantern orchard pebbles');
    await downloads.unlockError.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await downloads.unlockError.textContent()).toBe(
      'The passphrase does not open this file (or the file was changed after it was locked).',
    );
    expect(await app.document()).toEqual(doc);

    await downloads.unlock('lantern orchard pebble');
    await app.importDialog.waitFor({ state: 'visible', timeout: 30_000 });
    await app.chooseOpenAsNew();
    await expect.poll(async () => (await app.document())?.id).not.toBe(doc.id);
    const restored = (await app.document())!;
    // Everything exactly as it was, exact homes included: a backup is a backup.
    expect(restored.nodes).toEqual(doc.nodes);
    expect(restored.ties).toEqual(doc.ties);
    expect(restored.meta.title).toBe(doc.meta.title);
  });

  it('a copy to share leaves out a person whose consent was withdrawn, with their ties', async () => {
    const app = new AppPage(session.page());
    const doc = await openSettled(app);
    const person = doc.nodes.find((n) => n.kind === 'person' && n.consent?.status === 'given')!;
    const theirTies = doc.ties.filter((t) => t.source === person.id || t.target === person.id);
    expect(theirTies.length).toBeGreaterThan(0);

    // Consent withdrawn, recorded in the inspector.
    await app.showTable();
    // The table draws only the rows in view: narrow it to this person first.
    await app.page.locator('[data-testid="table-filter"]').fill(person.label);
    await app.labelCell(person.id).click();
    await app.page.locator('[data-testid="inspector-consent-status"]').selectOption('withdrawn');
    await expect
      .poll(async () => (await app.document())?.nodes.find((n) => n.id === person.id)?.consent?.status)
      .toBe('withdrawn');
    const now = (await app.document())!;
    const unconsented = now.nodes.filter(
      (n) => n.kind === 'person' && n.consent?.status !== 'given' && n.consent?.status !== 'not_needed',
    );

    const downloads = new DownloadsPage(app.page);
    const file = await downloads.shareCopy('leave_out');
    const copy = JSON.parse(file.bytes.toString('utf8')) as CareMap;
    expect(copy.nodes.length).toBe(now.nodes.length - unconsented.length);
    const text = file.bytes.toString('utf8');
    expect(text).not.toContain(`"${person.label}"`);
    expect(text).not.toContain(person.id);
    const gone = new Set(unconsented.map((n) => n.id));
    const kept = now.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target));
    expect(copy.ties.length).toBe(kept.length);
    // Nobody in the copy has a home at an exact point or a health need.
    for (const n of copy.nodes) {
      expect(n.careNeeded).toEqual([]);
      if (n.kind === 'person') expect(n.location?.privacy ?? 'approximate').toBe('approximate');
    }
  });

  it('an edit made a second before the page is closed is there when it is opened again', async () => {
    const app = new AppPage(session.page());
    const doc = await openSettled(app);
    const node = doc.nodes[2]!;
    await app.showTable();
    await app.renameInTable(node.id, 'Typed just before closing');
    // No wait for "Saved": the page goes away one second after the edit.
    await app.page.waitForTimeout(1000);
    await app.page.close({ runBeforeUnload: true });

    const again = new AppPage(await session.context().newPage());
    await again.open();
    expect(label(await again.document(), node.id)).toBe('Typed just before closing');
  });

  it('a change still being typed when the page is closed at once is there when it is opened again', async () => {
    const app = new AppPage(session.page());
    const doc = await openSettled(app);
    const node = doc.nodes[3]!;
    await app.showTable();
    // Typed into the cell editor, never confirmed with Enter, and the tab closed straight away.
    await app.labelCell(node.id).click();
    await app.page.keyboard.press('Enter');
    await app.page.locator('[data-testid="cell-editor"]').fill('Typed, not yet confirmed');
    await app.page.close({ runBeforeUnload: true });

    const again = new AppPage(await session.context().newPage());
    await again.open();
    expect(label(await again.document(), node.id)).toBe('Typed, not yet confirmed');
  });

  it('a full disk is shown to the person, with the backup that keeps the work', async () => {
    const context = session.context();
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as { __diskFull?: boolean }).__diskFull === true) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    const app = new AppPage(await context.newPage());
    const doc = await openSettled(app);
    await app.page.evaluate(() => {
      (window as { __diskFull?: boolean }).__diskFull = true;
    });
    await app.showTable();
    await app.renameInTable(doc.nodes[0]!.id, 'Edited on a full disk');
    await expect.poll(() => app.saveStatus.getAttribute('data-state'), { timeout: 15_000 }).toBe('failed');
    expect(await app.saveStatus.getAttribute('role')).toBe('alert');
    expect(await app.saveStatus.textContent()).toContain(
      "Could not save: your browser's storage is full. Download a copy now.",
    );
    const download = app.page.waitForEvent('download');
    await app.page.locator('[data-testid="save-status-backup"]').click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as CareMap;
    expect(label(saved, doc.nodes[0]!.id)).toBe('Edited on a full disk');
  });
});
