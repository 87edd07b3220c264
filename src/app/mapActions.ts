// What the shell does with whole maps: open one at start-up, open a file as a new map or update the
// open map from it, open / create / delete a stored map, and the two downloads: a full backup
// (everything, exact, optionally locked with a passphrase) and a copy to share (model `shareMap`,
// in any format, after saying what that format leaves out). Every step validates first and touches
// the store only once it has succeeded, so a failed import leaves the open map exactly as it was;
// every failure lands in the error panel in plain words.
import {
  type ExportLoss,
  exportLosses,
  FORMATS,
  type FileInput,
  type FormatId,
  NATIVE_FORMAT,
  readMapFiles,
  writeMapFile,
} from '../io';
import { LOCKED_EXTENSION, lockFile } from '../io/locked';
import {
  type CareMap,
  createMap,
  type MapScope,
  newMapId,
  type Problem,
  problem,
  type Result,
  shareMap,
  type ShareOptions,
} from '../model';
import { describeSaveError, storageProblem } from '../persistence';
import type { AppServices } from './services';
import { downloadBytes, fileBaseName } from '../ui/download';

function names(files: readonly { name: string }[]): string {
  return files.map((f) => f.name).join(', ');
}

function report(services: AppServices, title: string, problems: readonly Problem[]): void {
  services.store.getState().showProblems({ title, problems });
}

/**
 * Resolves when the page is next idle (at most 2 s on), or at once where browsers cannot tell.
 * Saving copies the whole document; on a big map just opened, that copy would otherwise hold up
 * its first picture.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Write a newly opened map to storage, once the page is idle, and remember it as the last opened
 * one (unless another map was opened meanwhile).
 */
async function keep(services: AppServices, doc: CareMap): Promise<void> {
  const { store, repo } = services;
  try {
    store.getState().setPersistence({ state: 'saving' });
    await whenIdle();
    // Edited in the meantime? Then the edits are saved too (an autosave may already have run,
    // and must not be overwritten by the older copy).
    const now = store.getState();
    const open = now.mapId === doc.id;
    await repo.saveMap(open && now.document !== null ? now.document : doc);
    if (open) await repo.setLastOpened(doc.id);
    store.getState().setPersistence({ state: 'saved', at: new Date().toISOString() });
  } catch (error) {
    store.getState().setPersistence({ state: 'failed', message: describeSaveError(error) });
  }
}

/**
 * Read files into a map without touching the open one. On failure the error panel lists the
 * problems (file, line, path, message) and null is returned.
 */
export function readImport(services: AppServices, inputs: readonly FileInput[]): CareMap | null {
  const { store } = services;
  const fileNames = inputs.map((f) => f.name);
  let result: Result<CareMap>;
  try {
    result = readMapFiles([...inputs]);
  } catch (error) {
    // Readers promise not to throw; if one does anyway, the person still gets a message.
    result = { ok: false, problems: [problem('', `Could not read the file: ${String(error)}`)] };
  }
  if (!result.ok) {
    store.getState().setImportStatus({ state: 'failed', fileNames });
    report(services, `Could not open ${names(inputs)}`, result.problems);
    return null;
  }
  store.getState().setImportStatus({ state: 'done', fileNames });
  if (result.warnings.length > 0) report(services, `Opened ${names(inputs)} with warnings`, result.warnings);
  else store.getState().dismissProblems();
  return result.value;
}

/** Open an imported map as a new map in My maps (a fresh id when it would overwrite one). */
export async function openAsNewMap(services: AppServices, doc: CareMap): Promise<void> {
  const { store, repo } = services;
  let stored: readonly { id: string }[] = [];
  try {
    stored = await repo.listMaps();
  } catch {
    // Storage unavailable: the map still opens; saving will report the problem.
  }
  const clash = doc.id === store.getState().mapId || stored.some((e) => e.id === doc.id);
  const fresh = clash ? { ...doc, id: newMapId() } : doc;
  const opened = store.getState().replaceDocument(fresh);
  if (!opened.ok) {
    report(services, `Could not open ${fresh.meta.title}`, [problem('', opened.reason)]);
    return;
  }
  await keep(services, fresh);
}

/**
 * Update the open map from an imported one (a re-import), as one undoable step: nodes and ties
 * that match are updated, new ones added; the open map keeps its id, title and history.
 */
export function updateOpenMap(services: AppServices, incoming: CareMap, fileLabel: string): boolean {
  const result = services.store.getState().mergeImport(incoming, `Update from ${fileLabel}`);
  if (!result.ok && result.code !== 'unchanged') {
    report(services, `Could not update the map from ${fileLabel}`, [problem('', result.reason)]);
    return false;
  }
  return true;
}

/** Open a map from My maps. */
export async function openStoredMap(services: AppServices, id: string): Promise<boolean> {
  const { store, repo, autosave } = services;
  await autosave.flush();
  const loaded = await repo.loadMap(id);
  if (!loaded.ok) {
    report(services, 'Could not open the saved map', loaded.problems);
    return false;
  }
  const opened = store.getState().replaceDocument(loaded.value);
  if (!opened.ok) {
    report(services, 'Could not open the saved map', [problem('', opened.reason)]);
    return false;
  }
  store.getState().setPersistence({ state: 'idle' });
  try {
    await repo.setLastOpened(loaded.value.id);
  } catch {
    // Remembering the last map is a convenience; the map itself is open.
  }
  return true;
}

/** Start a new, empty map and keep it. */
export async function createNewMap(services: AppServices, title: string, scope: MapScope): Promise<void> {
  await services.autosave.flush();
  await openAsNewMap(services, createMap({ title, scope }));
}

/** Delete a stored map; deleting the open map closes it. */
export async function deleteStoredMap(services: AppServices, id: string): Promise<boolean> {
  const { store, repo, autosave } = services;
  autosave.cancel(id);
  try {
    await repo.deleteMap(id);
  } catch (error) {
    report(services, 'Could not delete the map', [storageProblem(error, 'delete the map')]);
    return false;
  }
  if (store.getState().mapId === id) {
    store.getState().closeDocument();
    store.getState().setPersistence({ state: 'idle' });
  }
  return true;
}

/** The formats the export menu offers: every format with a writer, native first. */
export function exportFormats(): { id: FormatId; label: string; extension: string }[] {
  return FORMATS.filter((f) => f.write !== undefined && f.extensions.length > 0).map((f) => ({
    id: f.id,
    label: f.label,
    extension: f.extensions[0] ?? '',
  }));
}

/**
 * Download a full backup of the open map: the native file with everything in it exactly as it is
 * (exact places, notes, consent records), for restoring here or elsewhere. With a passphrase the
 * file is locked (io/locked); a refused passphrase is returned as a message and nothing is
 * downloaded. The time of the backup is kept, for the reminder when storage may be cleared.
 * Resolves to null when the file was offered, else the message to show.
 */
export async function downloadFullBackup(services: AppServices, passphrase?: string): Promise<string | null> {
  const { store, repo } = services;
  const doc = store.getState().document;
  if (doc === null) return 'No map is open.';
  const [file] = NATIVE_FORMAT.write?.(doc, fileBaseName(doc.meta.title)) ?? [];
  if (file === undefined) return 'Could not write the backup.';
  if (passphrase === undefined) downloadBytes(file.name, file.mimeType, file.bytes);
  else {
    const locked = await lockFile(file.bytes, passphrase);
    if (!locked.ok) return locked.problems.map((p) => p.message).join('; ');
    downloadBytes(`${fileBaseName(doc.meta.title)}${LOCKED_EXTENSION}`, 'application/json', locked.value);
  }
  const at = new Date().toISOString();
  store.getState().setLastBackup({ mapId: doc.id, at });
  // Remembering the time is a convenience for the reminder; the backup itself is already offered.
  await repo.setBackedUpAt(doc.id, at).catch(() => undefined);
  return null;
}

/**
 * What a copy to share of the open map in `format` would leave out beyond what sharing itself
 * leaves out (io `exportLosses` of the copy as it would be written).
 */
export function exportLossesOf(services: AppServices, format: FormatId, options: ShareOptions): ExportLoss[] {
  const doc = services.store.getState().document;
  return doc === null ? [] : exportLosses(shareMap(doc, options).doc, format);
}

/**
 * Download a copy of the open map to share, in any format with a writer: model `shareMap` with
 * the person's choices (people without consent as "A neighbour", by role or left out; initials;
 * no exact homes, no health needs). Returns false (after reporting) when the format cannot write it.
 */
export function downloadShareCopy(services: AppServices, format: FormatId, options: ShareOptions): boolean {
  const doc = services.store.getState().document;
  if (doc === null) return false;
  const shared = shareMap(doc, options).doc;
  const extension = exportFormats().find((f) => f.id === format)?.extension ?? '';
  const fileName = `${fileBaseName(shared.meta.title)}${extension}`;
  const written = writeMapFile(shared, fileName, { format });
  if (!written.ok) {
    report(services, `Could not write ${fileName}`, written.problems);
    return false;
  }
  for (const out of written.value) downloadBytes(out.name, out.mimeType, out.bytes);
  return true;
}

/** Every format's extensions, for the file picker's `accept`. */
export function acceptedExtensions(): string {
  return [...new Set(FORMATS.flatMap((f) => (f.read ? f.extensions : [])))].join(',');
}

/**
 * Keep the rescue copies left by a page that went away before its last save was written: each
 * one newer than the stored map (or whose map is not stored) is saved; then every copy is dropped.
 */
export async function restoreRescued(services: AppServices): Promise<void> {
  const { repo, rescue } = services;
  for (const copy of rescue.list()) {
    try {
      const stored = await repo.loadMap(copy.id);
      const newer = !stored.ok || Date.parse(stored.value.meta.updatedAt) < Date.parse(copy.meta.updatedAt);
      if (newer) await repo.saveMap(copy);
      rescue.forget(copy.id);
    } catch {
      // Storage is unavailable: keep the copy for the next start.
    }
  }
}

/**
 * At start-up: keep what a closed page could not save (restoreRescued); open the last map from storage; if there is none (or it cannot be read), open the
 * bundled sample map and keep it as a new map; if even that fails, start an empty map.
 */
export async function openStartMap(
  services: AppServices,
  loadSample: () => Promise<FileInput | null>,
): Promise<void> {
  const { repo } = services;
  await restoreRescued(services);
  let lastId: string | null = null;
  try {
    lastId = await repo.getLastOpened();
  } catch (error) {
    report(services, 'Your saved maps are not available', [storageProblem(error, 'read your saved maps')]);
  }
  if (lastId !== null && (await openStoredMap(services, lastId))) return;
  const sample = await loadSample().catch(() => null);
  const doc = sample === null ? null : readImport(services, [sample]);
  await openAsNewMap(services, doc ?? createMap({ title: 'My care map', scope: 'community' }));
}
