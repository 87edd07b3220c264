// Store glue shared by the governance, survey and partners views: write or remove one record as a
// named undo step, or apply several record changes as one step. Each returns the refusal reason
// (to show beside the form) or null.
import { useCallback } from 'react';

import { type CareMap, formatProblem, upsertRecord } from '../../model';
import { refusalMessage, useAppStoreApi } from '../../store';

export interface RecordEdits {
  upsert(record: unknown, label: string): string | null;
  remove(id: string, label: string): string | null;
  /** Several records added or replaced as one undo step (an import, a copy plus its use). */
  upsertMany(records: readonly unknown[], label: string): string | null;
  /** Any model operation on the document as one undo step (new node with its membership tie). */
  apply(produce: (doc: CareMap) => CareMap, label: string): string | null;
}

export function useRecordEdit(): RecordEdits {
  const store = useAppStoreApi();
  const upsert = useCallback(
    (record: unknown, label: string) => {
      const r = store.getState().upsertRecord(record, label);
      return refusalMessage(r);
    },
    [store],
  );
  const remove = useCallback(
    (id: string, label: string) => {
      const r = store.getState().removeRecord(id, label);
      return refusalMessage(r);
    },
    [store],
  );
  const apply = useCallback(
    (produce: (doc: CareMap) => CareMap, label: string) => {
      const doc = store.getState().document;
      if (doc === null) return 'No map is open.';
      const r = store.getState().replaceDocument(produce(doc), label);
      return refusalMessage(r);
    },
    [store],
  );
  const upsertMany = useCallback(
    (records: readonly unknown[], label: string) => {
      const doc = store.getState().document;
      if (doc === null) return 'No map is open.';
      let next = doc;
      for (const record of records) {
        const result = upsertRecord(next, record);
        if (!result.ok) return result.problems.map(formatProblem).join('; ');
        next = result.value;
      }
      const r = store.getState().replaceDocument(next, label);
      return refusalMessage(r);
    },
    [store],
  );
  return { upsert, remove, upsertMany, apply };
}

/** Today as YYYY-MM-DD in local time (the default for dates people type). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
