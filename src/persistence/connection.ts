// One IndexedDB connection, opened on first use and opened again whenever it is lost: after a
// failed open (the person may free up space or leave private mode), after the browser closes it
// (`terminated`), and when another tab needs a newer version of the database (`blocking`: we let it
// have the database and reopen on our next use). Both stores of this folder share it.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

import { StorageUnavailableError } from './errors';

export interface Connection<Db extends DBSchema> {
  /** The open database; rejects with StorageUnavailableError where there is no IndexedDB. */
  get(): Promise<IDBPDatabase<Db>>;
  /** Close the connection; the next `get` opens it again. */
  close(): Promise<void>;
}

/** A reopening connection to database `name` at `version`; `upgrade` creates its object stores. */
export function createConnection<Db extends DBSchema>(
  name: string,
  version: number,
  upgrade: (database: IDBPDatabase<Db>) => void,
): Connection<Db> {
  let opening: Promise<IDBPDatabase<Db>> | null = null;
  return {
    get() {
      if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError());
      opening ??= openDB<Db>(name, version, {
        upgrade,
        blocking() {
          void opening?.then((d) => d.close());
          opening = null;
        },
        terminated() {
          opening = null;
        },
      }).catch((error: unknown) => {
        opening = null;
        throw error;
      });
      return opening;
    },
    async close() {
      const current = opening;
      opening = null;
      if (current) (await current).close();
    },
  };
}
