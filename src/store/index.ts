// The app's one store and the hook views use to read it. Views and the app shell import the store
// only from here. Actions are methods on the state: `appStore.getState().removeNodes(ids)` works
// outside React too (keyboard shortcuts, the import pipeline).
import { useStore } from 'zustand';

import { type AppStore, createAppStore } from './createAppStore';
import type { AppState } from './types';

export { bindAutosave } from './bindAutosave';
export { type AppStore, createAppStore } from './createAppStore';
export { HISTORY_CAP } from './history';
export * from './selectors';
export type * from './types';
export { useShallow } from 'zustand/react/shallow';

/** The store of the running app. */
export const appStore: AppStore = createAppStore();

/** Read one value from the app store; re-renders only when that value changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
