// Builds the app store from its slices (zustand's slices pattern on a vanilla store, so actions
// can be called from keyboard handlers and non-React code). Tests build a fresh store each time;
// the app uses the singleton in ./index.ts.
import { createStore, type StoreApi } from 'zustand/vanilla';

import { createAnalysisActions, INITIAL_ANALYSIS } from './analysisSlice';
import { createCanvasActions, INITIAL_CANVAS } from './canvasSlice';
import { createDocumentActions, INITIAL_DOCUMENT } from './documentSlice';
import { createFilesActions, INITIAL_FILES } from './filesSlice';
import { createMapActions, INITIAL_MAP } from './mapSlice';
import { createSnapshotActions } from './snapshotSlice';
import type { AppState, AppStoreDeps } from './types';
import { createUiActions, INITIAL_UI } from './uiSlice';

export type AppStore = StoreApi<AppState>;

/** A new, empty store: no map open, empty history, nothing selected. */
export function createAppStore(deps: AppStoreDeps = {}): AppStore {
  const now = deps.now ?? (() => new Date().toISOString());
  return createStore<AppState>()((set, get) => ({
    ...INITIAL_DOCUMENT,
    ...INITIAL_UI,
    ...INITIAL_FILES,
    ...INITIAL_MAP,
    ...INITIAL_CANVAS,
    ...INITIAL_ANALYSIS,
    ...createDocumentActions(set, get, now, deps.historyCap),
    ...createUiActions(set, get),
    ...createFilesActions(set),
    ...createMapActions(set),
    ...createCanvasActions(set),
    ...createAnalysisActions(set),
    ...createSnapshotActions(get),
  }));
}
