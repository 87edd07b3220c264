// The comparison's worker. A request is answered with what drawing the difference needs; the rest
// of that comparison is worked out when the page asks for it (once it has drawn the picture, so
// the two never compete for the processor). Only the latest request's rest can be asked for.
import type { DiffResult } from '../../analysis';
import { type ComparisonRequest, startComparison } from './comparison';

export type ToWorker = { readonly id: number; readonly request: ComparisonRequest } | { readonly id: number; readonly finish: true };

let latest: { id: number; finish: () => DiffResult } | null = null;

function answer(id: number, work: () => object): void {
  try {
    self.postMessage({ id, ...work() });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if ('finish' in message) {
    const asked = latest?.id === message.id ? latest : null;
    latest = null;
    answer(message.id, () => {
      if (asked === null) throw new Error('A newer comparison was asked for.');
      return { result: asked.finish() };
    });
    return;
  }
  latest = null;
  answer(message.id, () => {
    const started = startComparison(message.request);
    latest = { id: message.id, finish: started.finish };
    return { picture: started.picture };
  });
};
