// A tab that follows another tab's edits of the map (files slice `editAccess`) refuses every
// edit, saves nothing, and shows the versions the editing tab saved.
import { describe, expect, it, vi } from 'vitest';

import { asNodeId, type CareMap } from '../../src/model';
import { bindAutosave, createAppStore } from '../../src/store';
import { makeMap, person, tie } from '../helpers/build';

const READ_ONLY = 'This map is being edited in another tab. Choose “Edit here” to edit it in this one.';

function opened() {
  const store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
  const doc = makeMap([person('ada', 'Ada'), person('bo', 'Bo')], [tie('t1', 'ada', 'bo')]);
  store.getState().replaceDocument(doc);
  return { store, doc };
}

describe('following another tab', () => {
  it('refuses edits, undo and redo with a reason, and leaves the map as it was', () => {
    const { store, doc } = opened();
    const s = () => store.getState();
    expect(s().updateNodes([asNodeId('ada')], { label: 'Ada L.' }).ok).toBe(true);
    s().setEditAccess({ state: 'following', reason: 'other-tab' });
    const edited = s().document;
    expect(s().updateNodes([asNodeId('bo')], { label: 'Bo B.' })).toEqual({
      ok: false,
      code: 'read-only',
      reason: READ_ONLY,
    });
    expect(s().undo()).toEqual({ ok: false, code: 'read-only', reason: READ_ONLY });
    expect(s().removeNodes([asNodeId('ada')])).toEqual({ ok: false, code: 'read-only', reason: READ_ONLY });
    expect(s().document).toBe(edited);
    s().setEditAccess({ state: 'editing' });
    expect(s().undo().ok).toBe(true);
    expect(s().document?.nodes[0]?.label).toBe(doc.nodes[0]?.label);
  });

  it('refuses edits while handing the map over to another tab', () => {
    const { store } = opened();
    store.getState().setEditAccess({ state: 'handing-over' });
    expect(store.getState().updateNodes([asNodeId('bo')], { label: 'Bo B.' })).toEqual({
      ok: false,
      code: 'read-only',
      reason: 'This map is being handed over to another tab.',
    });
  });

  it('shows the saved version of the same map without an undo step, keeping the selection that still exists', () => {
    const { store, doc } = opened();
    const s = () => store.getState();
    s().select({ nodeIds: [asNodeId('ada'), asNodeId('bo')] });
    s().setEditAccess({ state: 'following', reason: 'other-tab' });
    const saved: CareMap = { ...doc, nodes: [{ ...doc.nodes[0]!, label: 'Ada (renamed there)' }], ties: [] };
    expect(s().followDocument(saved)).toEqual({ ok: true });
    expect(s().document).toBe(saved);
    expect(s().history.past).toEqual([]);
    expect(s().selection.nodeIds).toEqual(['ada']);
    expect(s().followDocument({ ...saved, id: 'another' as CareMap['id'] }).ok).toBe(false);
  });

  it('is refused while this tab is the one editing', () => {
    const { store, doc } = opened();
    expect(store.getState().followDocument({ ...doc, nodes: [] })).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'This tab is editing the map itself.',
    });
  });

  it('saves nothing: a followed version is not written back', async () => {
    vi.useFakeTimers();
    try {
      const { store, doc } = opened();
      const save = vi.fn(async () => undefined);
      const { unbind } = bindAutosave(store, { save });
      store.getState().setEditAccess({ state: 'following', reason: 'other-tab' });
      store
        .getState()
        .followDocument({ ...doc, nodes: [{ ...doc.nodes[0]!, label: 'From the other tab' }], ties: [] });
      await vi.advanceTimersByTimeAsync(2000);
      expect(save).not.toHaveBeenCalled();
      store.getState().setEditAccess({ state: 'editing' });
      store.getState().updateNodes([asNodeId('ada')], { label: 'Edited here' });
      await vi.advanceTimersByTimeAsync(2000);
      expect(save).toHaveBeenCalledTimes(1);
      unbind();
    } finally {
      vi.useRealTimers();
    }
  });
});
