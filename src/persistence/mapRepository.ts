// "My maps": every map kept in the browser, in IndexedDB. Two object stores: `maps` holds each
// document (id -> { doc, savedAt }); `meta` holds the light list entries shown in the My maps dialog
// (`map:<id>` -> title, dates, counts) and settings (`setting:lastOpenedId`), so listing maps never
// reads the documents themselves. Storage is a boundary like a file: every document read back is
// validated with loadCareMap, and a corrupt record yields a problem, not a crash.
import type { DBSchema } from 'idb';
import * as z from 'zod';

import {
  type CareMap,
  LabelSchema,
  loadCareMap,
  type MapId,
  type MapScope,
  MAP_SCOPE_IDS,
  newMapId,
  problem,
  type Result,
  fail,
  inFile,
  ok,
} from '../model';
import { createConnection } from './connection';
import { storageProblem } from './errors';

/** One row of the My maps list. */
export interface MapListEntry {
  readonly id: MapId;
  readonly title: string;
  readonly scope: MapScope;
  /** The document's `meta.updatedAt` (ISO date-time). */
  readonly updatedAt: string;
  /** When the record was last written (ISO date-time). */
  readonly savedAt: string;
  readonly nodeCount: number;
  readonly tieCount: number;
}

interface StoredMap {
  /** Untrusted on the way back in: validated with loadCareMap. */
  readonly doc: unknown;
  readonly savedAt: string;
}

interface CarewealthDb extends DBSchema {
  maps: { key: string; value: StoredMap };
  meta: { key: string; value: unknown };
}

const EntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  scope: z.enum(MAP_SCOPE_IDS),
  updatedAt: z.string(),
  savedAt: z.string(),
  nodeCount: z.number().int().min(0),
  tieCount: z.number().int().min(0),
});

const ENTRY_PREFIX = 'map:';
const LAST_OPENED_KEY = 'setting:lastOpenedId';
const BACKUP_PREFIX = 'backup:';
export const DEFAULT_DB_NAME = 'carewealth';
const DB_VERSION = 1;

export interface MapRepositoryOptions {
  /** IndexedDB database name; tests use a fresh one each. */
  readonly dbName?: string;
  /** Clock for `savedAt` and for renamed/duplicated maps' `updatedAt` (ISO date-time). */
  readonly now?: () => string;
}

export interface MapRepository {
  /** Every saved map, most recently updated first. */
  listMaps(): Promise<MapListEntry[]>;
  /** Read and validate one map; never rejects (a missing or corrupt record gives problems). */
  loadMap(id: string): Promise<Result<CareMap>>;
  /** Write a map and its list entry in one transaction. Rejects on storage errors (quota…). */
  saveMap(doc: CareMap): Promise<MapListEntry>;
  /** Remove a map (and forget it as the last opened one). */
  deleteMap(id: string): Promise<void>;
  /** Retitle a stored map (not the open one: that goes through the store's undoable updateMeta). */
  renameMap(id: string, title: string): Promise<Result<MapListEntry>>;
  /** Store a copy under a new id, titled "… (copy)". */
  duplicateMap(id: string): Promise<Result<MapListEntry>>;
  getLastOpened(): Promise<MapId | null>;
  /** When a full backup of the map was last downloaded from this browser (ISO date-time), or null. */
  getBackedUpAt(id: string): Promise<string | null>;
  setBackedUpAt(id: string, at: string): Promise<void>;
  setLastOpened(id: MapId | null): Promise<void>;
  /** Close the connection (tests; the app keeps it open). */
  close(): Promise<void>;
}

/** The list entry describing a document. */
export function entryOf(doc: CareMap, savedAt: string): MapListEntry {
  return {
    id: doc.id,
    title: doc.meta.title,
    scope: doc.meta.scope,
    updatedAt: doc.meta.updatedAt,
    savedAt,
    nodeCount: doc.nodes.length,
    tieCount: doc.ties.length,
  };
}

export function createMapRepository(options: MapRepositoryOptions = {}): MapRepository {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const now = options.now ?? (() => new Date().toISOString());
  const connection = createConnection<CarewealthDb>(dbName, DB_VERSION, (database) => {
    if (!database.objectStoreNames.contains('maps')) database.createObjectStore('maps');
    if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta');
  });
  const db = connection.get;

  async function readStored(id: string): Promise<Result<CareMap>> {
    const where = `saved map "${id}"`;
    let stored: StoredMap | undefined;
    try {
      stored = await (await db()).get('maps', id);
    } catch (error) {
      return fail([{ ...storageProblem(error, 'read the saved map'), file: where }]);
    }
    if (stored === undefined || typeof stored !== 'object' || stored === null || !('doc' in stored)) {
      return fail([
        problem('', 'This map is not in the browser’s storage (it may have been deleted).', { file: where }),
      ]);
    }
    const loaded = loadCareMap(stored.doc);
    if (!loaded.ok) return fail(inFile(loaded.problems, where));
    return loaded;
  }

  async function save(doc: CareMap): Promise<MapListEntry> {
    const database = await db();
    const entry = entryOf(doc, now());
    const tx = database.transaction(['maps', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('maps').put({ doc, savedAt: entry.savedAt }, doc.id),
      tx.objectStore('meta').put(entry, ENTRY_PREFIX + doc.id),
      tx.done,
    ]);
    return entry;
  }

  async function saveVariant(id: string, change: (doc: CareMap) => CareMap): Promise<Result<MapListEntry>> {
    const loaded = await readStored(id);
    if (!loaded.ok) return loaded;
    try {
      return ok(await save(change(loaded.value)));
    } catch (error) {
      return fail([storageProblem(error, 'save')]);
    }
  }

  return {
    async listMaps() {
      const database = await db();
      const range = IDBKeyRange.bound(ENTRY_PREFIX, `${ENTRY_PREFIX}\uffff`);
      const raw = await database.getAll('meta', range);
      // A malformed entry (written by a future version, or damaged) is left out rather than
      // breaking the whole list; its map can still be opened or deleted by id.
      const entries = raw.flatMap((r) => {
        const parsed = EntrySchema.safeParse(r);
        return parsed.success ? [{ ...parsed.data, id: parsed.data.id as MapId }] : [];
      });
      return entries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    loadMap: readStored,
    saveMap: save,
    async deleteMap(id) {
      const database = await db();
      const tx = database.transaction(['maps', 'meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const last = await meta.get(LAST_OPENED_KEY);
      await Promise.all([
        tx.objectStore('maps').delete(id),
        meta.delete(ENTRY_PREFIX + id),
        meta.delete(BACKUP_PREFIX + id),
        last === id ? meta.delete(LAST_OPENED_KEY) : Promise.resolve(),
        tx.done,
      ]);
    },
    async renameMap(id, title) {
      const parsed = LabelSchema.safeParse(title);
      if (!parsed.success)
        return fail([
          problem('meta.title', `The title ${parsed.error.issues[0]?.message ?? 'is not valid'}.`),
        ]);
      return saveVariant(id, (doc) => ({
        ...doc,
        meta: { ...doc.meta, title: parsed.data, updatedAt: now() },
      }));
    },
    async duplicateMap(id) {
      return saveVariant(id, (doc) => {
        const stamp = now();
        const title = `${doc.meta.title} (copy)`.slice(0, 200);
        return { ...doc, id: newMapId(), meta: { ...doc.meta, title, createdAt: stamp, updatedAt: stamp } };
      });
    },
    async getLastOpened() {
      const value = await (await db()).get('meta', LAST_OPENED_KEY);
      return typeof value === 'string' ? (value as MapId) : null;
    },
    async getBackedUpAt(id) {
      const value = await (await db()).get('meta', BACKUP_PREFIX + id);
      return typeof value === 'string' ? value : null;
    },
    async setBackedUpAt(id, at) {
      await (await db()).put('meta', at, BACKUP_PREFIX + id);
    },
    async setLastOpened(id) {
      const database = await db();
      if (id === null) await database.delete('meta', LAST_OPENED_KEY);
      else await database.put('meta', id, LAST_OPENED_KEY);
    },
    close: connection.close,
  };
}
