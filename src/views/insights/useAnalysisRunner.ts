// Keeps the analysis up to date while the Insights panel is open or nodes are styled by a
// measure: asks the analysis client (workers) again ~300 ms after the last edit or settings
// change, and feeds every update into the store. Returns the client's cancel, and a rerun (after a
// cancel) that asks at once.
import { useCallback, useEffect, useRef } from 'react';

import { AnalysisClient, type AnalysisClientOptions } from '../../analysis';
import { useAppStore, useAppStoreApi } from '../../store';

/** Quiet time after an edit before the map is analysed again, in milliseconds. */
export const ANALYSIS_DEBOUNCE_MS = 300;

export function useAnalysisRunner(options: Omit<AnalysisClientOptions, 'onUpdate'> = {}): {
  cancel: () => void;
  rerun: () => void;
} {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.document);
  const revision = useAppStore((s) => s.revision);
  const settings = useAppStore((s) => s.analysisSettings);
  const active = useAppStore((s) => s.drawer === 'insights' || s.measureStyle !== null);
  const clientRef = useRef<AnalysisClient | null>(null);
  const optionsRef = useRef(options);

  useEffect(() => {
    const client = new AnalysisClient({
      ...optionsRef.current,
      onUpdate: (u) => store.getState().applyAnalysisUpdate(u),
    });
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    if (!active || doc === null) return;
    const timer = setTimeout(() => {
      store.getState().analysisRequested(revision);
      clientRef.current?.analyze(doc, settings, revision);
    }, ANALYSIS_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [store, doc, revision, settings, active]);

  const cancel = useCallback(() => clientRef.current?.cancel(), []);
  const rerun = useCallback(() => {
    const s = store.getState();
    if (s.document === null) return;
    s.analysisRequested(s.revision);
    clientRef.current?.analyze(s.document, s.analysisSettings, s.revision);
  }, [store]);
  return { cancel, rerun };
}
