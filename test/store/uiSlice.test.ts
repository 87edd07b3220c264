import { describe, expect, it } from 'vitest';

import { createAppStore, selectLookFacts } from '../../src/store';

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
