// The read-only hook browser tests use to read the app's state without scraping the DOM. Present
// only in builds made for the browser tests (`vite build --mode e2e`); it hands out copies, so a
// test cannot change the app through it.
import type { Core } from 'cytoscape';

import type { CareMap } from '../model';
import type { AppState, AppStore } from '../store';

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
}

declare global {
  interface Window {
    __carewealth?: CarewealthTestHook;
  }
}

let cy: Core | null = null;

/** Record the graph view's cytoscape instance for the hook. */
export function registerCy(instance: Core): void {
  cy = instance;
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
  };
  Object.defineProperty(window, '__carewealth', {
    value: Object.freeze(hook),
    writable: false,
    configurable: false,
  });
}
