// The import flow shared by the Open… button and dropping files on the window: read the files, ask
// for the passphrase of a locked backup first, and when a map is already open ask whether to open
// the file as a new map or update this one. Nothing touches the open map until a file has been
// read (and unlocked) without problems.
import { useCallback, useEffect, useState } from 'react';

import { firstLayoutAhead } from '../analysis/layoutAhead';
import type { FileInput } from '../io';
import { isLockedFile, LOCKED_EXTENSION, unlockFile } from '../io/locked';
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
  /** A locked file waiting for its passphrase, or null. */
  readonly locked: FileInput | null;
  start(files: readonly File[]): Promise<void>;
  /** Try a passphrase on the locked file; null when it opened, else the message to show. */
  unlock(passphrase: string): Promise<string | null>;
  openAsNew(): Promise<void>;
  updateThisMap(): void;
  cancel(): void;
}

/** The unlocked file's name: `x.locked.carewealth.json` holds `x.carewealth.json`. */
function unlockedName(name: string): string {
  return name.endsWith(LOCKED_EXTENSION)
    ? `${name.slice(0, -LOCKED_EXTENSION.length)}.carewealth.json`
    : name;
}

export function useImport(): ImportFlow {
  const services = useServices();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [locked, setLocked] = useState<FileInput | null>(null);

  /** Read plain inputs; open at once when no map is open, else ask what to do. */
  const proceed = useCallback(
    async (inputs: readonly FileInput[]) => {
      const doc = readImport(services, inputs);
      if (doc === null) return;
      if (services.store.getState().document === null) await openAsNewMap(services, doc);
      else setPending({ doc, fileLabel: inputs.map((f) => f.name).join(', ') });
    },
    [services],
  );

  // While the person reads the question, a map nobody has arranged is laid out ahead in a worker,
  // in case they open it as a new map (layoutAhead.ts); started once the question is on screen.
  useEffect(() => {
    if (pending !== null) firstLayoutAhead.start(pending.doc);
  }, [pending]);

  const start = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const fileNames = files.map((f) => f.name);
      services.store.getState().setImportStatus({ state: 'reading', fileNames });
      let inputs: FileInput[];
      try {
        inputs = await readFileInputs(files);
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
        return;
      }
      const first = inputs[0];
      if (inputs.length === 1 && first !== undefined && isLockedFile(first.bytes)) {
        setLocked(first);
        return;
      }
      await proceed(inputs);
    },
    [services, proceed],
  );

  return {
    pending,
    locked,
    start,
    async unlock(passphrase) {
      if (locked === null) return null;
      const opened = await unlockFile(locked.name, locked.bytes, passphrase);
      if (!opened.ok) {
        const message = opened.problems.map((p) => p.message).join('; ');
        return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
      }
      setLocked(null);
      await proceed([{ name: unlockedName(locked.name), bytes: opened.value }]);
      return null;
    },
    async openAsNew() {
      if (pending === null) return;
      setPending(null);
      await openAsNewMap(services, pending.doc);
    },
    updateThisMap() {
      if (pending === null) return;
      firstLayoutAhead.drop();
      setPending(null);
      updateOpenMap(services, pending.doc, pending.fileLabel);
    },
    cancel() {
      firstLayoutAhead.drop();
      setPending(null);
      setLocked(null);
      services.store.getState().setImportStatus({ state: 'idle' });
    },
  };
}
