// The read-only hook browser tests use to read the app's state without scraping the DOM. Present
// only in builds made for the browser tests (`vite build --mode e2e`); it hands out copies, so a
// test cannot change the app through it. Its two controls change only when something happens, never
// what the app holds or shows: holdFirstTies, when a first picture's painted ties go to cytoscape,
// and holdLayoutAhead, when a first layout worked out ahead reaches the graph view.
import type { Core } from 'cytoscape';

import { firstLayoutAhead } from '../analysis/layoutAhead';
import type { CareMap } from '../model';
import type { AppState, AppStore } from '../store';
import { holdFirstTies } from '../views/graph/firstTies';
import type { MapProbe } from '../views/map/mapProbe';

export interface CarewealthTestHook {
  /** A deep copy of the open document, or null. */
  getDocument(): CareMap | null;
  /** The store's state (data only; a copy). */
  getState(): Omit<
    AppState,
    { [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? K : never }[keyof AppState]
  >;
  /** The graph view's cytoscape instance, once drawn. */
  readonly cy: Core | null;
  /**
   * When (performance.now(), ms) that instance last finished drawing its first frame with its
   * elements in, or null until it has (for the graph benchmark). On a map whose plain ties are
   * painted for the first picture (views/graph/firstTies.ts), that frame has its nodes in and its
   * plain ties painted under it.
   */
  readonly cyDrawnAt: number | null;
  /** A read-only probe of the map view's MapLibre map while the map view is shown, else null. */
  map(): MapProbe | null;
  /** True when the map view is shown and MapLibre has gone idle (everything drawn). */
  readonly mapIdle: boolean;
  /**
   * While on, a first picture's painted ties (views/graph/firstTies.ts) stay painted and wait to
   * go to cytoscape, so a test can compare the painted picture with cytoscape's; off lets them go.
   */
  holdFirstTies(on: boolean): void;
  /**
   * While on, a first layout worked out ahead (analysis/layoutAhead.ts) waits once it is done, so a
   * test can see the graph view wait for it; off lets it through.
   */
  holdLayoutAhead(on: boolean): void;
}

declare global {
  interface Window {
    __carewealth?: CarewealthTestHook;
  }
}

let cy: Core | null = null;
let cyDrawnAt: number | null = null;

let mapProbe: MapProbe | null = null;

/** Record (or forget, with null) the map view's probe for the hook. */
export function registerMap(probe: MapProbe | null): void {
  mapProbe = probe;
}

/** Record the graph view's cytoscape instance for the hook. */
export function registerCy(instance: Core): void {
  cy = instance;
  cyDrawnAt = null;
  instance.one('render', () => {
    if (cy === instance) cyDrawnAt = performance.now();
  });
}

/** Install the hook when this is a test build; otherwise do nothing. */
export function installTestHooks(store: AppStore): void {
  if (!__CAREWEALTH_TEST_HOOKS__) return;
  const hook: CarewealthTestHook = {
    getDocument: () => structuredClone(store.getState().document),
    getState: () => {
      const data = Object.fromEntries(
        Object.entries(store.getState()).filter(([, v]) => typeof v !== 'function'),
      );
      return structuredClone(data) as ReturnType<CarewealthTestHook['getState']>;
    },
    get cy() {
      return cy;
    },
    get cyDrawnAt() {
      return cyDrawnAt;
    },
    map: () => mapProbe,
    get mapIdle() {
      return mapProbe?.idle ?? false;
    },
    holdFirstTies,
    holdLayoutAhead: (on) => firstLayoutAhead.hold(on),
  };
  Object.defineProperty(window, '__carewealth', {
    value: Object.freeze(hook),
    writable: false,
    configurable: false,
  });
}
