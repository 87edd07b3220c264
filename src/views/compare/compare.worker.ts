// The comparison's worker: one request in, one outcome (or an error message) out.
import { runComparison, type ComparisonRequest } from './comparison';

self.onmessage = (event: MessageEvent<{ id: number; request: ComparisonRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, outcome: runComparison(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
