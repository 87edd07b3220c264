// The canvas slice: what the graph canvas shows and how (the shared map filter, focus depth, the
// chosen layout, workshop mode, the legend, the help overlay and the pointer tool), plus
// `placeNodes`, which records where nodes without a position were drawn. Per-tab state, never
// saved and never undoable, except `placeNodes`, which writes positions into the document (see
// its note on why that is not an undo step).
import { EMPTY_FILTER, type MapFilter, type NodeId, type Position } from '../model';
import { OK, refuse } from './result';
import type { ActionResult, AppState } from './types';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
type Get = () => AppState;

/** The layouts a person can ask for (views/graph/layouts.ts computes them). */
export type LayoutId = 'force' | 'concentric' | 'grid' | 'community' | 'team';

/** What a press-and-drag on the canvas does: select/move and pan, draw a tie, or box-select. */
export type CanvasTool = 'select' | 'draw' | 'box';

/** How many steps from the focused node focus mode shows. */
export type FocusSteps = 1 | 2 | 3;

export interface CanvasSlice {
  /** The filter every view applies (model `applyFilter`); EMPTY_FILTER shows everything. */
  readonly mapFilter: MapFilter;
  /** Focus mode shows `focus` (ui slice) and its neighbours to this many steps. */
  readonly focusSteps: FocusSteps;
  /** The layout chosen in the layout menu (run only when asked). */
  readonly layout: LayoutId;
  /** Workshop mode: full screen, large labels and targets, high contrast, minimal chrome. */
  readonly workshop: boolean;
  readonly legendOpen: boolean;
  readonly helpOpen: boolean;
  readonly tool: CanvasTool;
}

export interface CanvasActions {
  setMapFilter(patch: Partial<MapFilter>): void;
  clearMapFilter(): void;
  setFocusSteps(steps: FocusSteps): void;
  setLayout(layout: LayoutId): void;
  setWorkshop(on: boolean): void;
  setLegendOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  setTool(tool: CanvasTool): void;
  /**
   * Give nodes that have no position the position they were first drawn at (unpinned). Not an
   * undo step: it never moves a node that already had a place, and it is bookkeeping of a
   * drawing rather than an edit; undoing the edit that added the node removes it anyway.
   * Positions for nodes that already have one, or that do not exist, are ignored.
   */
  placeNodes(positions: ReadonlyMap<NodeId, { x: number; y: number }>): ActionResult;
}

export const INITIAL_CANVAS: CanvasSlice = {
  mapFilter: EMPTY_FILTER,
  focusSteps: 1,
  layout: 'force',
  workshop: false,
  legendOpen: true,
  helpOpen: false,
  tool: 'select',
};

/** Keep a coordinate inside the schema's range (±1e7) and whole. */
function coordinate(v: number): number {
  return Math.round(Math.max(-1e7, Math.min(1e7, v)));
}

export function createCanvasActions(set: Set, get: Get): CanvasActions {
  return {
    setMapFilter(patch) {
      set((s) => ({ mapFilter: { ...s.mapFilter, ...patch } }));
    },
    clearMapFilter() {
      set({ mapFilter: EMPTY_FILTER });
    },
    setFocusSteps(focusSteps) {
      set({ focusSteps });
    },
    setLayout(layout) {
      set({ layout });
    },
    setWorkshop(workshop) {
      set({ workshop });
    },
    setLegendOpen(legendOpen) {
      set({ legendOpen });
    },
    setHelpOpen(helpOpen) {
      set({ helpOpen });
    },
    setTool(tool) {
      set({ tool });
    },
    placeNodes(positions) {
      const doc = get().document;
      if (doc === null) return refuse('no-map', 'No map is open.');
      let changed = false;
      const nodes = doc.nodes.map((n) => {
        const p = positions.get(n.id);
        if (p === undefined || n.position !== undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return n;
        changed = true;
        const position: Position = { x: coordinate(p.x), y: coordinate(p.y), pinned: false };
        return { ...n, position };
      });
      if (!changed) return refuse('unchanged', 'Nothing changed.');
      set((s) => ({ document: { ...doc, nodes }, revision: s.revision + 1 }));
      return OK;
    },
  };
}
