// Running a comparison: in a Web Worker when the browser has them (a big map does not freeze the
// page), else on the main thread. One worker per page, started on first use; answers are matched
// to requests by number. A request is answered in two parts: first what drawing the difference
// needs (the comparison's core and the picture's layout); then, only when the caller asks for it
// (after drawing the picture), the whole comparison.
import type { DiffResult } from '../../analysis';
import type { ToWorker } from './compare.worker';
import { type ComparisonPicture, type ComparisonRequest, startComparison } from './comparison';

type Reply = { id: number; picture: ComparisonPicture } | { id: number; result: DiffResult } | { id: number; error: string };

export interface ComparisonAnswer {
  readonly picture: Promise<ComparisonPicture>;
  /** Ask for the whole comparison (call once the picture is drawn; later calls return the same promise). */
  rest(): Promise<DiffResult>;
}

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const slot = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) slot?.reject(new Error(reply.error));
      else slot?.resolve(reply);
    };
    return w;
  } catch {
    return null;
  }
}

/** Post one message and wait for the reply to it. */
function ask(w: Worker, message: ToWorker): Promise<Reply> {
  return new Promise((resolve, reject) => {
    waiting.set(message.id, { resolve, reject });
    w.postMessage(message);
  });
}

/** Compare two states and lay out their picture, off the main thread when possible. */
export function compareInBackground(request: ComparisonRequest): ComparisonAnswer {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  let rest: Promise<DiffResult> | null = null;
  if (w === null) {
    const started = Promise.resolve().then(() => startComparison(request));
    return {
      picture: started.then((s) => s.picture),
      rest: () => (rest ??= started.then((s) => s.finish())),
    };
  }
  const id = (next += 1);
  const picture = ask(w, { id, request }).then((reply) => {
    if (!('picture' in reply)) throw new Error('The comparison answered out of turn.');
    return reply.picture;
  });
  return {
    picture,
    rest: () =>
      (rest ??= picture.then(() => ask(w, { id, finish: true })).then((reply) => {
        if (!('result' in reply)) throw new Error('The comparison answered out of turn.');
        return reply.result;
      })),
  };
}
