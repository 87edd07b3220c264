// The files slice: import status, the last problems for the error panel, and whether the open map
// is saved. Per-tab state: never saved and never part of the undo history.
import type { FilesActions, FilesSlice, SetState } from './types';

export const INITIAL_FILES: FilesSlice = {
  importStatus: { state: 'idle' },
  report: null,
  persistence: { state: 'idle' },
};

export function createFilesActions(set: SetState): FilesActions {
  return {
    setImportStatus(importStatus) {
      set({ importStatus });
    },
    showProblems(report) {
      set({ report });
    },
    dismissProblems() {
      set({ report: null });
    },
    setPersistence(persistence) {
      set({ persistence });
    },
  };
}
