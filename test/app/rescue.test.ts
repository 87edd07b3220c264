// A page that went away before its last save was written left a rescue copy; the next start keeps
// it when it is newer than the stored map, and drops it either way.
import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { restoreRescued } from '../../src/app/mapActions';
import type { CareMap } from '../../src/model';
import { createRescue } from '../../src/persistence';
import { makeMap, person } from '../helpers/build';
import { memoryStorage } from '../helpers/memoryStorage';
import { makeServices } from './harness';

function version(id: string, label: string, updatedAt: string): CareMap {
  const doc = makeMap([person('a', label)]);
  return { ...doc, id: id as CareMap['id'], meta: { ...doc.meta, updatedAt } };
}

describe('restoreRescued', () => {
  it('keeps a newer copy, drops an older one, and saves a map that was never stored', async () => {
    const storage = memoryStorage();
    const rescue = createRescue(storage);
    const services = makeServices({ rescue });
    await services.repo.saveMap(version('m1', 'stored', '2026-03-01T10:00:00.000Z'));
    await services.repo.saveMap(version('m2', 'stored, newer', '2026-03-01T12:00:00+00:00'));
    rescue.keep(version('m1', 'rescued', '2026-03-01T10:00:01.000Z'));
    // Written before the stored version (offsets differ, times are compared as times).
    rescue.keep(version('m2', 'rescued, older', '2026-03-01T12:30:00+01:00'));
    rescue.keep(version('m3', 'never stored', '2026-03-01T09:00:00.000Z'));

    await restoreRescued(services);
    const labels = async (id: string) => {
      const loaded = await services.repo.loadMap(id);
      return loaded.ok ? loaded.value.nodes[0]?.label : null;
    };
    expect(await labels('m1')).toBe('rescued');
    expect(await labels('m2')).toBe('stored, newer');
    expect(await labels('m3')).toBe('never stored');
    expect(rescue.list()).toEqual([]);
  });
});
