// Two tabs on one map, end to end below the DOM: two app services (each its own store, as two tabs
// have) over one IndexedDB database, sharing fake Web Locks and a fake BroadcastChannel
// (test/helpers/fakeTabs.ts). The second tab follows the first read-only and sees its saves; it
// takes over on request, and the first tab's last, not yet saved edit is saved and shown first.
import 'fake-indexeddb/auto';

import { describe, expect, it, vi } from 'vitest';

import { openStoredMap } from '../../src/app/mapActions';
import type { AppServices } from '../../src/app/services';
import { asNodeId, type CareMap } from '../../src/model';
import { makeMap, person } from '../helpers/build';
import { channelHub, FakeLocks } from '../helpers/fakeTabs';
import { makeServices } from './harness';

const READ_ONLY = 'This map is being edited in another tab. Choose “Edit here” to edit it in this one.';

async function twoTabs(): Promise<{ a: AppServices; b: AppServices; doc: CareMap }> {
  const locks = new FakeLocks();
  const hub = channelHub();
  const dbName = `tabs-${Date.now()}-${Math.random()}`;
  const a = makeServices({ dbName, locks, channel: hub.open() });
  const b = makeServices({ dbName, locks, channel: hub.open() });
  const doc = makeMap([person('ada', 'Ada'), person('bo', 'Bo')], [], 'Larkspur Green');
  await a.repo.saveMap(doc);
  expect(await openStoredMap(a, doc.id)).toBe(true);
  await vi.waitFor(() => expect(a.store.getState().editAccess).toEqual({ state: 'editing' }));
  expect(await openStoredMap(b, doc.id)).toBe(true);
  await vi.waitFor(() =>
    expect(b.store.getState().editAccess).toEqual({ state: 'following', reason: 'other-tab' }),
  );
  return { a, b, doc };
}

const label = (s: AppServices, i: number) => s.store.getState().document?.nodes[i]?.label;

describe('two tabs, one map', () => {
  it('the second tab follows the first: its edits are refused, the first tab’s saves appear in it', async () => {
    const { a, b } = await twoTabs();
    expect(b.store.getState().updateNodes([asNodeId('bo')], { label: 'Bo (from B)' })).toEqual({
      ok: false,
      code: 'read-only',
      reason: READ_ONLY,
    });
    expect(a.store.getState().updateNodes([asNodeId('ada')], { label: 'Ada (from A)' }).ok).toBe(true);
    await vi.waitFor(() => expect(label(b, 0)).toBe('Ada (from A)'), { timeout: 3000 });
    // Following saved nothing of its own.
    expect(b.store.getState().persistence.state).toBe('idle');
  });

  it('Edit here: the first tab saves its pending edit and turns read-only; the second edits from that version', async () => {
    const { a, b, doc } = await twoTabs();
    // An edit in A that autosave has not written yet (it waits up to 300 ms).
    expect(a.store.getState().updateNodes([asNodeId('bo')], { label: 'Bo (last edit in A)' }).ok).toBe(true);
    await b.editLock.takeOver();
    await vi.waitFor(() => expect(b.store.getState().editAccess).toEqual({ state: 'editing' }));
    expect(label(b, 1)).toBe('Bo (last edit in A)');
    expect(a.store.getState().editAccess).toEqual({ state: 'following', reason: 'taken-over' });
    expect(a.store.getState().updateNodes([asNodeId('ada')], { label: 'Too late' }).ok).toBe(false);

    expect(b.store.getState().updateNodes([asNodeId('ada')], { label: 'Ada (from B)' }).ok).toBe(true);
    await vi.waitFor(() => expect(label(a, 0)).toBe('Ada (from B)'), { timeout: 3000 });
    const stored = await b.repo.loadMap(doc.id);
    expect(stored.ok && stored.value.nodes.map((n) => n.label)).toEqual([
      'Ada (from B)',
      'Bo (last edit in A)',
    ]);
  });

  it('a tab that lost the map never saves over the other tab, and says so', async () => {
    const { a, b, doc } = await twoTabs();
    await b.editLock.takeOver();
    await vi.waitFor(() => expect(b.store.getState().editAccess.state).toBe('editing'));
    // Whatever A still had queued is refused by the lock, not written.
    a.autosave.schedule({ ...a.store.getState().document!, meta: { ...doc.meta, title: 'Stale copy' } });
    await a.autosave.flush();
    expect(a.store.getState().persistence).toEqual({
      state: 'failed',
      message: 'Did not save: this map is being edited in another tab.',
    });
    const stored = await b.repo.loadMap(doc.id);
    expect(stored.ok && stored.value.meta.title).toBe('Larkspur Green');
  });

  it('when the editing tab opens another map, the following tab becomes the editor with the last saved version', async () => {
    const { a, b, doc } = await twoTabs();
    a.store.getState().updateNodes([asNodeId('ada')], { label: 'Ada, saved on leaving' });
    const other = { ...makeMap([person('x', 'X')], [], 'Other'), id: 'map-other' as CareMap['id'] };
    await a.repo.saveMap(other);
    await openStoredMap(a, other.id);
    await vi.waitFor(() => expect(b.store.getState().editAccess).toEqual({ state: 'editing' }), {
      timeout: 5000,
    });
    expect(label(b, 0)).toBe('Ada, saved on leaving');
    expect(b.store.getState().document?.id).toBe(doc.id);
  });
});
