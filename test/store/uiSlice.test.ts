import { describe, expect, it } from 'vitest';

import type { CareMap, NodeId } from '../../src/model';
import { createAppStore, selectLookFacts } from '../../src/store';
import { makeMap, person } from '../helpers/build';

const n = (id: string) => id as NodeId;

describe('label mode', () => {
  it('starts with names, switches to initials and back, and never enters history', () => {
    const store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
    expect(store.getState().labelMode).toBe('names');
    store.getState().setLabelMode('initials');
    expect(store.getState().labelMode).toBe('initials');
    expect(store.getState().history.past).toEqual([]);
    store.getState().setLabelMode('names');
    expect(store.getState().labelMode).toBe('names');
  });

  it('is one of the facts the graph and the map draw from', () => {
    const store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
    store.getState().setLabelMode('initials');
    store.getState().setFocusSteps(2);
    expect(selectLookFacts(store.getState())).toMatchObject({ labelMode: 'initials', focus: null, focusSteps: 2, measure: null, highlight: null });
  });
});

describe('the side drawer', () => {
  it('opens on Details when something is selected, and closes again when nothing is', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().replaceDocument(makeMap([person('a'), person('b')]));
    expect(s().drawer).toBeNull();
    s().select({ nodeIds: [n('a')] });
    expect(s().drawer).toBe('inspector');
    s().select({ nodeIds: [n('a'), n('b')] });
    expect(s().drawer).toBe('inspector');
    s().clearSelection();
    expect(s().drawer).toBeNull();
    // An unknown id selects nothing, so the drawer stays shut.
    s().select({ nodeIds: [n('zzz')] });
    expect(s().drawer).toBeNull();
  });

  it('stays on Insights while the selection changes (a click on an insight’s node selects it)', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().replaceDocument(makeMap([person('a')]));
    s().setDrawer('insights');
    s().select({ nodeIds: [n('a')] });
    expect(s().drawer).toBe('insights');
    s().clearSelection();
    expect(s().drawer).toBe('insights');
  });

  it('closes Details when the selected node is deleted, and when another map opens', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().replaceDocument(makeMap([person('a'), person('b')]));
    s().select({ nodeIds: [n('a')] });
    s().removeNodes([n('a')]);
    expect(s().selection.nodeIds).toEqual([]);
    expect(s().drawer).toBeNull();
    s().select({ nodeIds: [n('b')] });
    s().replaceDocument({ ...makeMap([person('c')]), id: 'map-other' as CareMap['id'] });
    expect(s().drawer).toBeNull();
  });
});
