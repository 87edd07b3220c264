// The canvas slice: what the graph canvas shows and how (the shared map filter, focus depth, the
// chosen layout, workshop mode, the legend, the help overlay, the pointer tool, which ties the map
// draws) and the side drawer beside it (Details or Insights). Per-tab state, never saved and never
// undoable. (Where a drawing first put a node is written into the
// document by the document slice's `placeNodes`.)
import { EMPTY_FILTER, type MapFilter } from '../model';
import type { SetState } from './types';

/** The layouts a person can ask for (views/graph/layouts.ts computes them). */
export type LayoutId = 'force' | 'concentric' | 'grid' | 'community' | 'team';

/** What a press-and-drag on the canvas does: select/move and pan, draw a tie, or box-select. */
export type CanvasTool = 'select' | 'draw' | 'box';

/** The side drawer's tabs: the inspector of the selection, or the Insights panel. */
export type DrawerTab = 'inspector' | 'insights';

/**
 * Which ties the map draws: only those of the selection (and of a highlighted insight), or all of
 * them bundled into one line per pair of places.
 */
export type MapTies = 'selection' | 'bundled';

/** How many steps from the focused node focus mode shows. */
export type FocusSteps = 1 | 2 | 3;

export interface CanvasSlice {
  /** The filter every view applies (model `applyFilter`); EMPTY_FILTER shows everything. */
  readonly mapFilter: MapFilter;
  /** Focus mode shows `focus` (ui slice) and its neighbours to this many steps. */
  readonly focusSteps: FocusSteps;
  /** The layout chosen in the layout menu (run only when asked). */
  readonly layout: LayoutId;
  /**
   * Workshop mode: full screen, large labels and targets, high contrast, minimal chrome; turning
   * it on folds the legend.
   */
  readonly workshop: boolean;
  readonly legendOpen: boolean;
  readonly helpOpen: boolean;
  readonly tool: CanvasTool;
  /** The open tab of the side drawer, or null when it is closed. */
  readonly drawer: DrawerTab | null;
  readonly mapTies: MapTies;
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
  /** Open the drawer on a tab, or close it (null); leaving Insights clears its highlight. */
  setDrawer(tab: DrawerTab | null): void;
  setMapTies(ties: MapTies): void;
}

export const INITIAL_CANVAS: CanvasSlice = {
  mapFilter: EMPTY_FILTER,
  focusSteps: 1,
  layout: 'force',
  workshop: false,
  legendOpen: true,
  helpOpen: false,
  tool: 'select',
  drawer: null,
  mapTies: 'selection',
};

export function createCanvasActions(set: SetState): CanvasActions {
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
      // Entering workshop mode folds the legend to its button, so it never sits over the map.
      set(workshop ? { workshop, legendOpen: false } : { workshop });
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
    setDrawer(drawer) {
      set(drawer === 'insights' ? { drawer } : { drawer, highlight: null });
    },
    setMapTies(mapTies) {
      set({ mapTies });
    },
  };
}
