import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { asNodeId, type CareMap } from '../../src/model';
import { createAutosave, createMapRepository, type SaveStatus } from '../../src/persistence';
import { bindAutosave, createAppStore } from '../../src/store';
import { makeMap, person } from '../helpers/build';

const QUOTA = "Could not save: your browser's storage is full. Download a copy now.";

function version(label: string, id = 'map-test'): CareMap {
  return { ...makeMap([person('a', label)]), id: id as CareMap['id'] };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

function harness(save: (doc: CareMap) => Promise<unknown>) {
  const statuses: SaveStatus[] = [];
  const saved: { label: string | undefined; at: number }[] = [];
  const autosave = createAutosave({
    save: async (doc) => {
      await save(doc);
      saved.push({ label: doc.nodes[0]?.label, at: Date.now() - Date.UTC(2026, 0, 1) });
    },
    onStatus: (s) => statuses.push(s),
    now: () => 'NOW',
  });
  return { autosave, statuses, saved };
}

describe('autosave', () => {
  it('saves a single change after 300 ms of quiet (well within a second)', async () => {
    const { autosave, statuses, saved } = harness(async () => {});
    autosave.schedule(version('v1'));
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    expect(autosave.isPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ label: 'v1', at: 300 }]);
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'saved', at: 'NOW' }]);
    expect(autosave.isPending()).toBe(false);
  });

  it('steady changes every 100 ms are still saved 800 ms after the first one', async () => {
    const { autosave, saved } = harness(async () => {});
    for (let i = 0; i < 12; i++) {
      autosave.schedule(version(`v${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // Changes at 0..700 ms: the one at 700 ms is due at min(700+300, 0+800) = 800 ms. The next
    // burst starts at 800 ms; its last change (v11, at 1100 ms) is due at 1100+300 = 1400 ms.
    expect(saved).toEqual([{ label: 'v7', at: 800 }]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([
      { label: 'v7', at: 800 },
      { label: 'v11', at: 1400 },
    ]);
  });

  it('a quota error sets the failed status with a plain message, and the next change retries', async () => {
    let full = true;
    const { autosave, statuses, saved } = harness(async () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    autosave.schedule(version('v1'));
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'failed', message: QUOTA }]);
    expect(saved).toEqual([]);
    // Nothing is retried in a loop: no change, no new attempt.
    await vi.advanceTimersByTimeAsync(5000);
    expect(statuses).toHaveLength(2);
    full = false;
    autosave.schedule(version('v2'));
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual([{ label: 'v2', at: 5600 }]);
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 'NOW' });
  });

  it('any other error is reported too, never swallowed', async () => {
    const { autosave, statuses } = harness(async () => {
      throw new Error('disk on fire');
    });
    autosave.schedule(version('v1'));
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      message: 'Could not save (disk on fire). Download a copy now.',
    });
  });

  it('flush saves at once; changes to two maps are both kept; cancel drops one', async () => {
    const { autosave, saved } = harness(async () => {});
    autosave.schedule(version('first map', 'map-1'));
    autosave.schedule(version('second map', 'map-2'));
    autosave.schedule(version('third map', 'map-3'));
    autosave.cancel('map-3');
    await autosave.flush();
    expect(saved).toEqual([
      { label: 'first map', at: 0 },
      { label: 'second map', at: 0 },
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(2);
  });
});

describe('bindAutosave (store + IndexedDB)', () => {
  it('an edit in the store is in IndexedDB within a second and the status says saved', async () => {
    const repo = createMapRepository({ dbName: 'bind-test', now: () => '2026-01-01T00:00:00.000Z' });
    const store = createAppStore({ now: () => '2026-01-02T00:00:00.000Z' });
    const binding = bindAutosave(store, { save: (doc) => repo.saveMap(doc), now: () => 'SAVED' });
    store.getState().replaceDocument(version('Ada'));
    // Opening is not an edit: nothing is scheduled.
    expect(binding.autosave.isPending()).toBe(false);
    store.getState().updateNode(asNodeId('a'), { label: 'Ada B' });
    expect(binding.autosave.isPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(store.getState().persistence).toEqual({ state: 'saved', at: 'SAVED' }));
    const loaded = await repo.loadMap('map-test');
    expect(loaded.ok && loaded.value.nodes[0]?.label).toBe('Ada B');
    expect(loaded.ok && loaded.value.meta.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    // Undo is an edit too.
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(async () => {
      const again = await repo.loadMap('map-test');
      expect(again.ok && again.value.nodes[0]?.label).toBe('Ada');
    });
    binding.unbind();
    await repo.close();
  });
});
