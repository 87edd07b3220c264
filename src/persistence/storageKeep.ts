// Whether the browser will keep this site's storage. Without persistent storage a browser may clear
// IndexedDB when the disk runs low ("eviction"), and every map kept only here would be gone without
// a word. So the app asks for persistence once (`navigator.storage.persist()`; Chromium decides by
// itself, Firefox asks the person), shows the answer, and, when storage may be cleared, reminds the
// person to download a full backup of a map that changed since its last one.

/** What the browser answered: kept, may be cleared, or the browser cannot say. */
export type StorageKeep = 'unknown' | 'kept' | 'may-be-cleared' | 'unsupported';

/** The part of the StorageManager (`navigator.storage`) used here. */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

function defaultStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Ask the browser to keep this site's storage, unless it already does; resolves to its answer.
 * Never rejects: a browser that throws is treated as one that may clear storage.
 */
export async function requestStorageKeep(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageKeep> {
  if (storage?.persist === undefined || storage.persisted === undefined) return 'unsupported';
  try {
    if (await storage.persisted()) return 'kept';
    return (await storage.persist()) ? 'kept' : 'may-be-cleared';
  } catch {
    return 'may-be-cleared';
  }
}

/** A map changed since its last backup is worth a reminder once that backup is this old (ms). */
export const BACKUP_REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the person to download a full backup of a map: never while the browser keeps
 * storage; otherwise when the map was never backed up from here, or it changed since a backup at
 * least BACKUP_REMINDER_AFTER_MS old. Times are ISO date-times.
 */
export function shouldRemindBackup(
  keep: StorageKeep,
  backedUpAt: string | null,
  updatedAt: string,
  now: string,
): boolean {
  if (keep === 'kept' || keep === 'unknown') return false;
  if (backedUpAt === null) return true;
  return (
    Date.parse(updatedAt) > Date.parse(backedUpAt) &&
    Date.parse(now) - Date.parse(backedUpAt) >= BACKUP_REMINDER_AFTER_MS
  );
}
