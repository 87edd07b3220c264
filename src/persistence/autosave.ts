// Autosave: the open map is written to IndexedDB shortly after every change. Changes are debounced
// (quiet for `delayMs`) but never held back longer than `maxWaitMs` from the first unsaved change,
// so steady typing is still saved within a second. Saves run one at a time, in order. A failed save
// is reported through `onStatus` with a plain message and is retried with the next change; nothing
// is swallowed. This module knows nothing about the store: the store binds itself to it.
import type { CareMap } from '../model';
import { describeSaveError } from './errors';

export type SaveStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'failed'; readonly message: string };

export interface AutosaveOptions {
  /** Write one document (e.g. MapRepository.saveMap); a rejection is a failed save. */
  readonly save: (doc: CareMap) => Promise<unknown>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Quiet time before saving, in ms (default 300). */
  readonly delayMs?: number;
  /** Longest wait from the first unsaved change, in ms (default 800). */
  readonly maxWaitMs?: number;
  /** Clock for the "saved at" time (ISO date-time). */
  readonly now?: () => string;
}

export interface Autosave {
  /** Note a new version of a document; it will be saved soon. Later versions replace earlier ones. */
  schedule(doc: CareMap): void;
  /** Save everything pending now (page hidden or closing); resolves when written or failed. */
  flush(): Promise<void>;
  /** Forget a pending version (the map is being deleted). */
  cancel(id: string): void;
  /** True while a change waits to be saved or a save is running. */
  isPending(): boolean;
  /** The newest version of each map not yet written: waiting, or being written now. */
  unsaved(): CareMap[];
  /** Stop the timer; pending changes are dropped (call flush first to keep them). */
  dispose(): void;
}

export const AUTOSAVE_DELAY_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 800;

export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const now = options.now ?? (() => new Date().toISOString());
  // Keyed by map id, so switching maps never drops the last change of the previous one.
  const pending = new Map<string, CareMap>();
  // Versions being written now, and versions whose save failed: not safe until a save succeeds.
  const writing = new Map<string, CareMap>();
  const failedDocs = new Map<string, CareMap>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | null = null;
  let running = 0;
  let chain: Promise<void> = Promise.resolve();

  function stopTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstChangeAt = null;
  }

  async function saveAll(): Promise<void> {
    if (pending.size === 0) return;
    const docs = [...pending.values()];
    pending.clear();
    options.onStatus({ state: 'saving' });
    let failure: unknown = null;
    let failed = false;
    for (const doc of docs) writing.set(doc.id, doc);
    for (const doc of docs) {
      try {
        await options.save(doc);
        failedDocs.delete(doc.id);
      } catch (error) {
        failed = true;
        failure = error;
        failedDocs.set(doc.id, doc);
      } finally {
        if (writing.get(doc.id) === doc) writing.delete(doc.id);
      }
    }
    if (failed) options.onStatus({ state: 'failed', message: describeSaveError(failure) });
    else if (pending.size === 0) options.onStatus({ state: 'saved', at: now() });
  }

  function enqueue(): Promise<void> {
    stopTimer();
    running += 1;
    chain = chain.then(saveAll).finally(() => {
      running -= 1;
    });
    return chain;
  }

  return {
    schedule(doc) {
      pending.set(doc.id, doc);
      const t = Date.now();
      firstChangeAt ??= t;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - t));
      timer = setTimeout(() => void enqueue(), wait);
    },
    flush: enqueue,
    cancel(id) {
      pending.delete(id);
      failedDocs.delete(id);
      if (pending.size === 0) stopTimer();
    },
    isPending() {
      return pending.size > 0 || running > 0;
    },
    unsaved() {
      return [...new Map([...failedDocs, ...writing, ...pending]).values()];
    },
    dispose() {
      stopTimer();
      pending.clear();
    },
  };
}
