// The comparison's worker: one request in; out go what drawing the difference needs, as soon as it
// is ready, then the whole comparison (or an error message).
import { runComparison, type ComparisonRequest } from './comparison';

self.onmessage = (event: MessageEvent<{ id: number; request: ComparisonRequest }>) => {
  const { id, request } = event.data;
  try {
    const result = runComparison(request, (picture) => self.postMessage({ id, picture }));
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
