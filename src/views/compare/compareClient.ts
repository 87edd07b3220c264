// Running a comparison: in a Web Worker when the browser has them (a big map does not freeze the
// page), else on the main thread. One worker per page, started on first use; answers are matched
// to requests by number.
import { type ComparisonOutcome, type ComparisonRequest, runComparison } from './comparison';

type Reply = { id: number; outcome: ComparisonOutcome } | { id: number; error: string };

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (o: ComparisonOutcome) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const slot = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) slot?.reject(new Error(reply.error));
      else slot?.resolve(reply.outcome);
    };
    return w;
  } catch {
    return null;
  }
}

/** Compare two states and lay out their picture, off the main thread when possible. */
export function compareInBackground(request: ComparisonRequest): Promise<ComparisonOutcome> {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  if (w === null) return Promise.resolve().then(() => runComparison(request));
  const id = (next += 1);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, request });
  });
}
