// The files slice: import status, the last problems for the error panel, whether the open map is
// saved, whether this tab may edit it, whether the browser keeps storage, and how copies to share
// show people. Per-tab state: never saved and never part of the undo history.
import { DEFAULT_SHARE_OPTIONS } from '../model';
import type { FilesActions, FilesSlice, SetState } from './types';

export const INITIAL_FILES: FilesSlice = {
  importStatus: { state: 'idle' },
  report: null,
  persistence: { state: 'idle' },
  editAccess: { state: 'editing' },
  storageKeep: 'unknown',
  shareOptions: DEFAULT_SHARE_OPTIONS,
  lastBackup: null,
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
    setEditAccess(editAccess) {
      set({ editAccess });
    },
    setStorageKeep(storageKeep) {
      set({ storageKeep });
    },
    setLastBackup(lastBackup) {
      set({ lastBackup });
    },
    setShareOptions(patch) {
      set((s) => ({ shareOptions: { ...s.shareOptions, ...patch } }));
    },
  };
}
