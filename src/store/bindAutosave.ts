// Connects the store to autosave: every edit of the open map (including undo and redo) is
// scheduled for saving, and the save status lands in the files slice for the top bar. Opening a
// map is not an edit: whoever opens a new map saves it explicitly. A tab that follows another
// tab's edits (editAccess "following") saves nothing: the map it shows came from storage.
import { type Autosave, type AutosaveOptions, createAutosave } from '../persistence';
import type { AppStore } from './createAppStore';

export interface AutosaveBinding {
  readonly autosave: Autosave;
  unbind(): void;
}

/** Start autosaving the store's document with `save`; returns the autosave and a way to stop. */
export function bindAutosave(store: AppStore, options: Omit<AutosaveOptions, 'onStatus'>): AutosaveBinding {
  const autosave = createAutosave({
    ...options,
    onStatus: (status) => store.getState().setPersistence(status),
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.document !== previous.document &&
      state.document !== null &&
      state.mapId === previous.mapId &&
      state.editAccess.state !== 'following'
    ) {
      autosave.schedule(state.document);
    }
  });
  return {
    autosave,
    unbind() {
      unsubscribe();
      autosave.dispose();
    },
  };
}
