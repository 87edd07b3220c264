import 'fake-indexeddb/auto';

import { type DBSchema, deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';

import { createConnection } from '../../src/persistence/connection';
import { StorageUnavailableError } from '../../src/persistence';

interface TestDb extends DBSchema {
  things: { key: string; value: number };
}

let counter = 0;
const freshName = () => `connection-test-${++counter}`;

function connect(name: string, version = 1) {
  return createConnection<TestDb>(name, version, (database) => {
    if (!database.objectStoreNames.contains('things')) database.createObjectStore('things');
  });
}

describe('createConnection', () => {
  it('opens once, creates the stores, and hands out the same database until closed', async () => {
    const c = connect(freshName());
    const a = await c.get();
    expect(await c.get()).toBe(a);
    expect([...a.objectStoreNames]).toEqual(['things']);
    await a.put('things', 7, 'x');
    await c.close();
    const b = await c.get();
    expect(b).not.toBe(a);
    expect(await b.get('things', 'x')).toBe(7);
    await c.close();
  });

  it('tries again after a failed open instead of keeping the failure', async () => {
    const name = freshName();
    // A newer version already exists, so opening at version 1 fails with a VersionError...
    (await openDB(name, 3)).close();
    const c = connect(name, 1);
    await expect(c.get()).rejects.toMatchObject({ name: 'VersionError' });
    // ...until the cause goes away (as when a person frees up space): the same connection opens.
    await deleteDB(name);
    const db = await c.get();
    expect(db.version).toBe(1);
    await c.close();
  });

  it('lets another tab upgrade the database, then opens it again on the next use', async () => {
    const name = freshName();
    const c = connect(name, 1);
    const first = await c.get();
    await first.put('things', 1, 'kept');
    // Another tab opens a newer version: it would be blocked for ever if we held on.
    const newer = await openDB(name, 2, { upgrade: () => undefined });
    expect(newer.version).toBe(2);
    newer.close();
    const again = connect(name, 2);
    expect(await (await again.get()).get('things', 'kept')).toBe(1);
    await again.close();
  });

  it('rejects with StorageUnavailableError where the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(connect(freshName()).get()).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
