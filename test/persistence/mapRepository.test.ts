import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';

import type { CareMap } from '../../src/model';
import { createMapRepository, type MapRepository } from '../../src/persistence';
import { makeMap, person, tie } from '../helpers/build';

let counter = 0;
let repo: MapRepository;
let dbName: string;

function fresh(now = () => '2026-03-01T12:00:00.000Z'): MapRepository {
  dbName = `test-db-${++counter}`;
  repo = createMapRepository({ dbName, now });
  return repo;
}

function mapWith(id: string, title: string, updatedAt: string, nodes = 2): CareMap {
  const people = Array.from({ length: nodes }, (_, i) => person(`${id}-p${i}`));
  const ties = nodes >= 2 ? [tie(`${id}-t`, `${id}-p0`, `${id}-p1`)] : [];
  const doc = makeMap(people, ties, title);
  return { ...doc, id: id as CareMap['id'], meta: { ...doc.meta, updatedAt } };
}

afterEach(async () => {
  await repo.close();
});

describe('map repository', () => {
  it('saves and loads a map unchanged', async () => {
    fresh();
    const doc = mapWith('map-a', 'Alpha', '2026-02-01T00:00:00.000Z', 3);
    const entry = await repo.saveMap(doc);
    expect(entry).toEqual({
      id: 'map-a',
      title: 'Alpha',
      scope: 'community',
      updatedAt: '2026-02-01T00:00:00.000Z',
      savedAt: '2026-03-01T12:00:00.000Z',
      nodeCount: 3,
      tieCount: 1,
    });
    const loaded = await repo.loadMap('map-a');
    expect(loaded).toEqual({ ok: true, value: doc, warnings: [] });
  });

  it('lists maps newest first; renames, duplicates and deletes', async () => {
    let stamp = 0;
    fresh(() => `2026-03-01T12:00:0${stamp++}.000Z`);
    await repo.saveMap(mapWith('map-a', 'Alpha', '2026-02-01T00:00:00.000Z'));
    await repo.saveMap(mapWith('map-b', 'Beta', '2026-02-03T00:00:00.000Z', 1));
    expect((await repo.listMaps()).map((e) => [e.id, e.title, e.nodeCount, e.tieCount])).toEqual([
      ['map-b', 'Beta', 1, 0],
      ['map-a', 'Alpha', 2, 1],
    ]);

    const renamed = await repo.renameMap('map-a', '  Alpha Street ');
    expect(renamed.ok && renamed.value.title).toBe('Alpha Street');
    expect(renamed.ok && renamed.value.updatedAt).toBe('2026-03-01T12:00:02.000Z');
    const reloaded = await repo.loadMap('map-a');
    expect(reloaded.ok && reloaded.value.meta.title).toBe('Alpha Street');
    expect(await repo.renameMap('map-a', '')).toEqual({
      ok: false,
      problems: [{ path: 'meta.title', message: 'The title must not be empty.', severity: 'error' }],
    });

    const copy = await repo.duplicateMap('map-b');
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.value.title).toBe('Beta (copy)');
    expect(copy.value.id).not.toBe('map-b');
    const copied = await repo.loadMap(copy.value.id);
    expect(copied.ok && copied.value.nodes).toEqual(mapWith('map-b', 'Beta', '', 1).nodes);

    expect((await repo.listMaps()).map((e) => e.title)).toEqual(['Beta (copy)', 'Alpha Street', 'Beta']);
    await repo.deleteMap('map-b');
    expect((await repo.listMaps()).map((e) => e.title)).toEqual(['Beta (copy)', 'Alpha Street']);
    const gone = await repo.loadMap('map-b');
    expect(gone.ok).toBe(false);
    expect(!gone.ok && gone.problems[0]?.message).toBe(
      'This map is not in the browser’s storage (it may have been deleted).',
    );
  });

  it('remembers the last opened map and forgets it when that map is deleted', async () => {
    fresh();
    expect(await repo.getLastOpened()).toBeNull();
    await repo.saveMap(mapWith('map-a', 'Alpha', '2026-02-01T00:00:00.000Z'));
    await repo.setLastOpened(mapWith('map-a', 'A', '').id);
    expect(await repo.getLastOpened()).toBe('map-a');
    await repo.deleteMap('map-a');
    expect(await repo.getLastOpened()).toBeNull();
  });

  it('remembers when a map was last backed up, and forgets it with the map', async () => {
    const r = fresh();
    const doc = mapWith('m1', 'One', '2026-03-01T10:00:00.000Z');
    await r.saveMap(doc);
    expect(await r.getBackedUpAt('m1')).toBeNull();
    await r.setBackedUpAt('m1', '2026-03-02T08:00:00.000Z');
    expect(await r.getBackedUpAt('m1')).toBe('2026-03-02T08:00:00.000Z');
    await r.deleteMap('m1');
    expect(await r.getBackedUpAt('m1')).toBeNull();
  });

  it('a corrupt stored record gives problems, not a crash', async () => {
    fresh();
    await repo.saveMap(mapWith('map-a', 'Alpha', '2026-02-01T00:00:00.000Z'));
    await repo.close();
    // Damage the record behind the repository's back, as another version or a bug might.
    const raw = await openDB(dbName, 1);
    const good = mapWith('map-a', 'Alpha', '2026-02-01T00:00:00.000Z');
    await raw.put(
      'maps',
      { doc: { ...good, ties: [{ ...good.ties[0], target: 'nobody' }] }, savedAt: 'x' },
      'map-a',
    );
    await raw.put('maps', { nonsense: true }, 'map-junk');
    await raw.put('meta', { id: 'map-junk', title: 5 }, 'map:map-junk');
    raw.close();
    const loaded = await repo.loadMap('map-a');
    expect(loaded).toEqual({
      ok: false,
      problems: [
        { path: 'ties[0].target', message: 'no node "nobody"', severity: 'error', file: 'saved map "map-a"' },
      ],
    });
    const junk = await repo.loadMap('map-junk');
    expect(junk.ok).toBe(false);
    // The malformed list entry is left out of the list instead of breaking it.
    expect((await repo.listMaps()).map((e) => e.id)).toEqual(['map-a']);
  });
});
