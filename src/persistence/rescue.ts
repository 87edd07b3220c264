// The last copy of a map, kept when the page goes away before autosave could finish. A save that
// starts while a tab is closing runs in IndexedDB, asynchronously, and the browser may end the page
// before it commits. Web Storage (localStorage) is written synchronously, so a map with unsaved
// changes is also written there as the page goes away, one key per map; the next time the app
// starts it keeps whichever version is newer (by `meta.updatedAt`) and clears the copy. A map too
// large for Web Storage (a few megabytes) gets no rescue copy; its IndexedDB save is still tried.
import { type CareMap, loadCareMap } from '../model';

const PREFIX = 'carewealth:rescue:';

/** The part of Web Storage used here. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Rescue {
  /** Keep `doc` synchronously; false when Web Storage is missing or full. */
  keep(doc: CareMap): boolean;
  /** Every kept copy that is a valid map (damaged ones are dropped). */
  list(): CareMap[];
  forget(id: string): void;
}

function defaultStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on merely reading `localStorage` when site data is blocked.
    return null;
  }
}

export function createRescue(storage: StorageLike | null = defaultStorage()): Rescue {
  return {
    keep(doc) {
      if (storage === null) return false;
      try {
        storage.setItem(PREFIX + doc.id, JSON.stringify(doc));
        return true;
      } catch {
        return false;
      }
    },
    list() {
      if (storage === null) return [];
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      return keys.flatMap((key) => {
        let raw: unknown;
        try {
          raw = JSON.parse(storage.getItem(key) ?? 'null');
        } catch {
          raw = null;
        }
        const loaded = loadCareMap(raw);
        if (loaded.ok && PREFIX + loaded.value.id === key) return [loaded.value];
        storage.removeItem(key);
        return [];
      });
    },
    forget(id) {
      storage?.removeItem(PREFIX + id);
    },
  };
}
