// The store's snapshot actions: taking and deleting a snapshot are each one named undo step,
// refuse bad input with a readable reason, and leave the rest of the map alone.
import { beforeEach, describe, expect, it } from 'vitest';

import { type AppStore, createAppStore, selectUndoLabel } from '../../src/store';
import { makeMap, person, tie } from '../helpers/build';

let store: AppStore;
const st = () => store.getState();

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-01T00:00:00.000Z' });
  st().replaceDocument(makeMap([person('a', 'Mrs A.'), person('m', 'Maud')], [tie('t1', 'm', 'a')]));
});

describe('takeSnapshot', () => {
  it('copies the map into a snapshot as one named step; undo removes it, redo brings it back', () => {
    const before = st().document!;
    const result = st().takeSnapshot({
      id: 'snap-1',
      label: 'Launch workshop',
      takenAt: '2025-03-15',
      event: 'workshop',
      note: 'At the centre.',
    });
    expect(result).toEqual({ ok: true, snapshotId: 'snap-1' });
    const doc = st().document!;
    expect(doc.snapshots.map((s) => [s.id, s.label, s.event, s.note, s.nodes.length, s.ties.length])).toEqual(
      [['snap-1', 'Launch workshop', 'workshop', 'At the centre.', 2, 1]],
    );
    expect(doc.nodes).toBe(before.nodes);
    expect(doc.meta.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(selectUndoLabel(st())).toBe('Take snapshot “Launch workshop”');
    st().undo();
    expect(st().document!.snapshots).toEqual([]);
    st().redo();
    expect(st().document!.snapshots.map((s) => s.id)).toEqual(['snap-1']);
  });

  it('gives the snapshot a fresh id when none is asked for', () => {
    const result = st().takeSnapshot({ label: 'Review', takenAt: '2025-09-15' });
    expect(result.ok && result.snapshotId).toMatch(/^snap-/);
  });

  it('refuses an invalid name or date and changes nothing', () => {
    const before = st().document;
    expect(st().takeSnapshot({ label: '', takenAt: '2025-03-15' })).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'label: must not be empty',
    });
    expect(st().takeSnapshot({ label: 'X', takenAt: '15/03/2025' })).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'takenAt: must be a date written YYYY-MM-DD',
    });
    expect(st().document).toBe(before);
    expect(st().history.past).toHaveLength(0);
  });

  it('refuses when no map is open', () => {
    st().closeDocument();
    expect(st().takeSnapshot({ label: 'X', takenAt: '2025-03-15' })).toEqual({
      ok: false,
      code: 'no-map',
      reason: 'No map is open.',
    });
  });
});

describe('deleteSnapshot', () => {
  it('deletes one snapshot as one named step, undoably, and refuses an unknown id', () => {
    st().takeSnapshot({ id: 's1', label: 'One', takenAt: '2025-03-15' });
    st().takeSnapshot({ id: 's2', label: 'Two', takenAt: '2025-09-15' });
    expect(st().deleteSnapshot('s1')).toEqual({ ok: true });
    expect(st().document!.snapshots.map((s) => s.id)).toEqual(['s2']);
    expect(selectUndoLabel(st())).toBe('Delete snapshot “One”');
    expect(st().deleteSnapshot('s1')).toEqual({
      ok: false,
      code: 'missing',
      reason: 'No snapshot "s1" in this map.',
    });
    st().undo();
    expect(st().document!.snapshots.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});
