// The ui slice: selection, active view, filters, focus, hover, how people are named, and whose
// support network the support view shows. Per-tab state: never saved and never part of the undo
// history. A selection opens the side drawer's Details tab when the drawer is closed, and clearing
// it closes that tab again, so on a small screen the drawer covers the canvas only while there is
// something to inspect.
import type { AppState, GetState, SetState, UiActions, UiSlice } from './types';

export const INITIAL_UI: UiSlice = {
  selection: { nodeIds: [], tieIds: [] },
  activeView: 'graph',
  filters: { text: '' },
  focus: null,
  hover: null,
  labelMode: 'names',
  supportCentre: null,
  supportIndirect: true,
  arrivalMarks: new Map(),
};

/** The drawer after a selection change: Details opens on a selection and closes without one. */
export function drawerFor(drawer: AppState['drawer'], selected: boolean): AppState['drawer'] {
  if (selected) return drawer ?? 'inspector';
  return drawer === 'inspector' ? null : drawer;
}

export function createUiActions(set: SetState, get: GetState): UiActions {
  return {
    select(selection) {
      // Only ids present in the open map may be selected; unknown ids are dropped silently because
      // a view can race a deletion (a click on a node being removed).
      const doc = get().document;
      const nodes = new Set<string>(doc?.nodes.map((n) => n.id) ?? []);
      const ties = new Set<string>(doc?.ties.map((t) => t.id) ?? []);
      const next = {
        nodeIds: (selection.nodeIds ?? []).filter((id) => nodes.has(id)),
        tieIds: (selection.tieIds ?? []).filter((id) => ties.has(id)),
      };
      set({ selection: next, drawer: drawerFor(get().drawer, next.nodeIds.length + next.tieIds.length > 0) });
    },
    clearSelection() {
      set({ selection: { nodeIds: [], tieIds: [] }, drawer: drawerFor(get().drawer, false) });
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
    showSupportNetwork(id) {
      if (get().document?.nodes.some((n) => n.id === id && n.kind === 'person') !== true) return;
      set({ supportCentre: id, activeView: 'support' });
    },
    setSupportIndirect(supportIndirect) {
      set({ supportIndirect });
    },
    clearArrivalMarks() {
      if (get().arrivalMarks.size > 0) set({ arrivalMarks: new Map() });
    },
  };
}
