// The app's one store and the hooks views use to read it. Views and the app shell import the store
// only from here. Actions are methods on the state: `appStore.getState().removeNodes(ids)` works
// outside React too (keyboard shortcuts, the import pipeline). Components read the store through
// a context that defaults to the singleton, so component tests can hand in a fresh store.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';

import { type AppStore, createAppStore } from './createAppStore';
import type { AppState } from './types';

export { bindAutosave } from './bindAutosave';
export { type AppStore, createAppStore } from './createAppStore';
export { refusalMessage } from './result';
export * from './selectors';
export type * from './types';
export type { CanvasTool, DrawerTab, FocusSteps, LayoutId } from './canvasSlice';
export type { BasemapShowing } from './mapSlice';
export type { AnalysisState, AnalysisStatus } from './analysisSlice';
// The map view keeps its settings through a MapAssets the app hands it; views reach storage types
// only through the store (STYLE.md §2).
export type { DensityChoice, MapAssets, MapSettings } from '../persistence/mapAssets';
export { useShallow } from 'zustand/react/shallow';

/** The store of the running app. */
export const appStore: AppStore = createAppStore();

const StoreContext = createContext<AppStore>(appStore);

/** Provide a different store to a component tree (tests). */
export const AppStoreProvider = StoreContext.Provider;

/** The store itself, for event handlers that call actions. */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext);
}

/** Read one value from the app store; re-renders only when that value changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useContext(StoreContext), selector);
}
