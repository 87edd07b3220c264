// The ui slice: selection, active view, filters, focus and hover. Per-tab state: never saved and
// never part of the undo history.
import type { GetState, SetState, UiActions, UiSlice } from './types';

export const INITIAL_UI: UiSlice = {
  selection: { nodeIds: [], tieIds: [] },
  activeView: 'graph',
  filters: { text: '' },
  focus: null,
  hover: null,
  labelMode: 'names',
  arrivalMarks: new Map(),
};

export function createUiActions(set: SetState, get: GetState): UiActions {
  return {
    select(selection) {
      // Only ids present in the open map may be selected; unknown ids are dropped silently because
      // a view can race a deletion (a click on a node being removed).
      const doc = get().document;
      const nodes = new Set<string>(doc?.nodes.map((n) => n.id) ?? []);
      const ties = new Set<string>(doc?.ties.map((t) => t.id) ?? []);
      set({
        selection: {
          nodeIds: (selection.nodeIds ?? []).filter((id) => nodes.has(id)),
          tieIds: (selection.tieIds ?? []).filter((id) => ties.has(id)),
        },
      });
    },
    clearSelection() {
      set({ selection: { nodeIds: [], tieIds: [] } });
    },
    setActiveView(activeView) {
      set({ activeView });
    },
    setFilters(patch) {
      set((s) => ({ filters: { ...s.filters, ...patch } }));
    },
    setFocus(focus) {
      set({ focus });
    },
    setHover(hover) {
      set({ hover });
    },
    setLabelMode(labelMode) {
      set({ labelMode });
    },
    clearArrivalMarks() {
      if (get().arrivalMarks.size > 0) set({ arrivalMarks: new Map() });
    },
  };
}
