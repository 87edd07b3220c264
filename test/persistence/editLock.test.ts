// One editing tab per map (src/persistence/editLock.ts), with two or three "tabs" sharing fake
// Web Locks and a fake BroadcastChannel (test/helpers/fakeTabs.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createEditLock, type EditAccess, type EditLock, LOCK_PREFIX } from '../../src/persistence';
import { channelHub, FakeLocks } from '../helpers/fakeTabs';

interface Tab {
  readonly lock: EditLock;
  readonly access: Map<string, EditAccess>;
  readonly saved: string[];
  readonly handOvers: number[];
}

let tabs: Tab[] = [];

function openTab(
  locks: FakeLocks | null,
  hub: ReturnType<typeof channelHub>,
  opts: { deaf?: boolean; timeoutMs?: number } = {},
): Tab {
  const access = new Map<string, EditAccess>();
  const saved: string[] = [];
  const handOvers: number[] = [];
  const lock = createEditLock({
    locks,
    channel: hub.open(opts.deaf),
    onAccess: (mapId, a) => access.set(mapId, a),
    onSaved: (mapId) => saved.push(mapId),
    beforeHandOver: async () => {
      handOvers.push(Date.now());
    },
    handOverTimeoutMs: opts.timeoutMs ?? 2000,
  });
  const tab = { lock, access, saved, handOvers };
  tabs.push(tab);
  return tab;
}

afterEach(() => {
  for (const t of tabs) t.lock.dispose();
  tabs = [];
});

const state = (tab: Tab, mapId: string) => tab.access.get(mapId);

/** Tab a edits map m1, tab b follows it. */
async function twoTabsOnOneMap() {
  const locks = new FakeLocks();
  const hub = channelHub();
  const a = openTab(locks, hub);
  const b = openTab(locks, hub);
  a.lock.claim('m1');
  await vi.waitFor(() => expect(state(a, 'm1')?.state).toBe('editing'));
  b.lock.claim('m1');
  await vi.waitFor(() => expect(state(b, 'm1')?.state).toBe('following'));
  return { locks, hub, a, b };
}

describe('one editing tab per map', () => {
  it('the first tab to open a map edits it; a second one follows it and hears of its saves', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    const a = openTab(locks, hub);
    const b = openTab(locks, hub);
    a.lock.claim('m1');
    expect(state(a, 'm1')).toEqual({ state: 'checking' });
    await vi.waitFor(() => expect(state(a, 'm1')).toEqual({ state: 'editing' }));
    b.lock.claim('m1');
    await vi.waitFor(() => expect(state(b, 'm1')).toEqual({ state: 'following', reason: 'other-tab' }));
    expect(a.lock.mayWrite('m1')).toBe(true);
    expect(b.lock.mayWrite('m1')).toBe(false);
    // Another map is no concern of this one.
    expect(b.lock.mayWrite('m2')).toBe(true);

    a.lock.announceSaved('m1');
    await vi.waitFor(() => expect(b.saved).toEqual(['m1']));
    // A follower's "saves" are not announced.
    b.lock.announceSaved('m1');
    await new Promise((r) => setTimeout(r, 20));
    expect(a.saved).toEqual([]);
  });

  it('take over: the editing tab saves what is pending, turns read-only and hands the map over', async () => {
    const { a, b } = await twoTabsOnOneMap();

    await b.lock.takeOver();
    expect(state(b, 'm1')).toEqual({ state: 'editing' });
    expect(state(a, 'm1')).toEqual({ state: 'following', reason: 'taken-over' });
    expect(a.handOvers.length).toBe(1);
    expect(a.lock.mayWrite('m1')).toBe(false);
    expect(b.lock.mayWrite('m1')).toBe(true);
    // And back again.
    await a.lock.takeOver();
    expect(state(a, 'm1')).toEqual({ state: 'editing' });
    expect(state(b, 'm1')).toEqual({ state: 'following', reason: 'taken-over' });
  });

  it('take over from a tab that does not answer: after the wait, the lock is taken by force', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    const frozen = openTab(locks, hub, { deaf: true });
    const b = openTab(locks, hub, { timeoutMs: 50 });
    frozen.lock.claim('m1');
    await vi.waitFor(() => expect(state(frozen, 'm1')?.state).toBe('editing'));
    b.lock.claim('m1');
    await vi.waitFor(() => expect(state(b, 'm1')?.state).toBe('following'));
    await b.lock.takeOver();
    expect(state(b, 'm1')).toEqual({ state: 'editing' });
    expect(frozen.handOvers).toEqual([]);
    // The frozen tab learns it lost the map as soon as it runs again: it may no longer write.
    await vi.waitFor(() => expect(state(frozen, 'm1')).toEqual({ state: 'following', reason: 'taken-over' }));
    expect(frozen.lock.mayWrite('m1')).toBe(false);
  });

  it('when the editing tab closes the map, a following tab becomes the editor by itself', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    const a = openTab(locks, hub);
    const b = openTab(locks, hub);
    const c = openTab(locks, hub);
    a.lock.claim('m1');
    await vi.waitFor(() => expect(state(a, 'm1')?.state).toBe('editing'));
    b.lock.claim('m1');
    c.lock.claim('m1');
    await vi.waitFor(() =>
      expect([state(b, 'm1')?.state, state(c, 'm1')?.state]).toEqual(['following', 'following']),
    );
    a.lock.claim('m2');
    await vi.waitFor(() => expect(state(a, 'm2')?.state).toBe('editing'));
    // Exactly one of the two followers edits m1 now.
    await vi.waitFor(() =>
      expect([state(b, 'm1')?.state, state(c, 'm1')?.state].sort()).toEqual(['editing', 'following']),
    );
    expect(locks.isHeld(`${LOCK_PREFIX}m1`)).toBe(true);
  });

  it('a tab that moved to another map lets the old one go at once', async () => {
    const locks = new FakeLocks();
    const hub = channelHub();
    const a = openTab(locks, hub);
    a.lock.claim('m1');
    await vi.waitFor(() => expect(state(a, 'm1')?.state).toBe('editing'));
    a.lock.claim(null);
    await vi.waitFor(() => expect(locks.isHeld(`${LOCK_PREFIX}m1`)).toBe(false));
    const b = openTab(locks, hub);
    b.lock.claim('m1');
    await vi.waitFor(() => expect(state(b, 'm1')?.state).toBe('editing'));
  });

  it('without Web Locks every tab edits, as before', () => {
    const a = openTab(null, channelHub());
    expect(a.lock.unsupported).toBe(true);
    a.lock.claim('m1');
    expect(state(a, 'm1')).toEqual({ state: 'editing' });
    expect(a.lock.mayWrite('m1')).toBe(true);
  });

  it('ignores messages that are not its own shape', async () => {
    const { a, b, hub } = await twoTabsOnOneMap();
    const stranger = hub.open();
    for (const data of [
      null,
      'saved',
      { type: 'saved' },
      { type: 'hand-over', mapId: 7 },
      { type: 'delete', mapId: 'm1' },
    ]) {
      stranger.postMessage(data);
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(b.saved).toEqual([]);
    expect(a.handOvers).toEqual([]);
    expect(state(a, 'm1')?.state).toBe('editing');
    stranger.close();
  });
});
