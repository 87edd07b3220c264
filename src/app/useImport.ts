// The import flow shared by the Open… button and dropping files on the window: read the files,
// and when a map is already open ask whether to open the file as a new map or update this one.
import { useCallback, useState } from 'react';

import type { CareMap } from '../model';
import { readFileInputs } from './fileInputs';
import { openAsNewMap, readImport, updateOpenMap } from './mapActions';
import { useServices } from './services';

export interface PendingImport {
  readonly doc: CareMap;
  readonly fileLabel: string;
}

export interface ImportFlow {
  /** A read file waiting for the person's choice, or null. */
  readonly pending: PendingImport | null;
  start(files: readonly File[]): Promise<void>;
  openAsNew(): Promise<void>;
  updateThisMap(): void;
  cancel(): void;
}

export function useImport(): ImportFlow {
  const services = useServices();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const start = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const fileNames = files.map((f) => f.name);
      services.store.getState().setImportStatus({ state: 'reading', fileNames });
      let doc: CareMap | null = null;
      try {
        doc = readImport(services, await readFileInputs(files));
      } catch (error) {
        services.store.getState().setImportStatus({ state: 'failed', fileNames });
        services.store.getState().showProblems({
          title: `Could not open ${fileNames.join(', ')}`,
          problems: [
            {
              path: '',
              message: `The browser could not read the file (${String(error)}).`,
              severity: 'error',
            },
          ],
        });
      }
      if (doc === null) return;
      if (services.store.getState().document === null) await openAsNewMap(services, doc);
      else setPending({ doc, fileLabel: fileNames.join(', ') });
    },
    [services],
  );

  return {
    pending,
    start,
    async openAsNew() {
      if (pending === null) return;
      setPending(null);
      await openAsNewMap(services, pending.doc);
    },
    updateThisMap() {
      if (pending === null) return;
      setPending(null);
      updateOpenMap(services, pending.doc, pending.fileLabel);
    },
    cancel() {
      setPending(null);
    },
  };
}
