import { describe, expect, it } from 'vitest';

import type { CareMap } from '../../src/model';
import { createAutosave, createRescue } from '../../src/persistence';
import { makeMap, person } from '../helpers/build';
import { memoryStorage } from '../helpers/memoryStorage';

const doc = (id: string, label: string): CareMap => ({
  ...makeMap([person('a', label)]),
  id: id as CareMap['id'],
});

describe('rescue copies', () => {
  it('keep a map per id and give back valid maps only, dropping damaged copies', () => {
    const storage = memoryStorage();
    const rescue = createRescue(storage);
    expect(rescue.keep(doc('m1', 'One'))).toBe(true);
    expect(rescue.keep(doc('m1', 'One, later'))).toBe(true);
    expect(rescue.keep(doc('m2', 'Two'))).toBe(true);
    storage.setItem('carewealth:rescue:m3', '{"type": "carewealth", "nodes": [');
    storage.setItem('carewealth:rescue:m4', JSON.stringify(doc('other', 'Wrong key')));
    storage.setItem('unrelated', 'kept');
    expect(rescue.list().map((d) => [d.id, d.nodes[0]?.label])).toEqual([
      ['m1', 'One, later'],
      ['m2', 'Two'],
    ]);
    expect([...storage.map.keys()].sort()).toEqual([
      'carewealth:rescue:m1',
      'carewealth:rescue:m2',
      'unrelated',
    ]);
    rescue.forget('m1');
    expect(rescue.list().map((d) => d.id)).toEqual(['m2']);
  });

  it('say so when Web Storage is full or missing, and never throw', () => {
    expect(createRescue(memoryStorage(100)).keep(doc('m1', 'Too big for 100 characters'))).toBe(false);
    const none = createRescue(null);
    expect(none.keep(doc('m1', 'One'))).toBe(false);
    expect(none.list()).toEqual([]);
  });
});

describe('autosave.unsaved', () => {
  it('lists what waits, what is being written and what failed, until a save succeeds', async () => {
    let fail = true;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const autosave = createAutosave({
      save: async () => {
        await gate;
        if (fail) throw new DOMException('full', 'QuotaExceededError');
      },
      onStatus: () => {},
      delayMs: 10_000,
      maxWaitMs: 10_000,
    });
    const v1 = doc('m1', 'v1');
    autosave.schedule(v1);
    expect(autosave.unsaved()).toEqual([v1]);
    const flushing = autosave.flush();
    // Being written: still unsaved.
    expect(autosave.unsaved()).toEqual([v1]);
    release();
    await flushing;
    // Failed: still unsaved.
    expect(autosave.unsaved()).toEqual([v1]);
    fail = false;
    const v2 = doc('m1', 'v2');
    autosave.schedule(v2);
    expect(autosave.unsaved()).toEqual([v2]);
    await autosave.flush();
    expect(autosave.unsaved()).toEqual([]);
    autosave.dispose();
  });
});
