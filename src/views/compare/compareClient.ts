// Running a comparison: in a Web Worker when the browser has them (a big map does not freeze the
// page), else on the main thread. One worker per page, started on first use; answers are matched
// to requests by number. Each request is answered twice: first what drawing the difference needs
// (the comparison's core and the picture's layout), then the whole comparison.
import type { DiffResult } from '../../analysis';
import { type ComparisonPicture, type ComparisonRequest, runComparison } from './comparison';

type Reply =
  | { id: number; picture: ComparisonPicture }
  | { id: number; result: DiffResult }
  | { id: number; error: string };

/** The two answers to one request; when the comparison fails, both reject (the first if still open). */
export interface ComparisonAnswer {
  readonly picture: Promise<ComparisonPicture>;
  readonly result: Promise<DiffResult>;
}

interface Pending {
  picture(p: ComparisonPicture): void;
  result(r: DiffResult): void;
  fail(e: Error): void;
}

function settleable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (e: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function pending(): { answer: ComparisonAnswer; settle: Pending } {
  const picture = settleable<ComparisonPicture>();
  const result = settleable<DiffResult>();
  // A caller whose picture failed never waits for the rest: that rejection is not unhandled.
  result.promise.catch(() => undefined);
  return {
    answer: { picture: picture.promise, result: result.promise },
    settle: {
      picture: picture.resolve,
      result: result.resolve,
      fail: (e) => {
        picture.reject(e);
        result.reject(e);
      },
    },
  };
}

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const slot = waiting.get(reply.id);
      if ('picture' in reply) {
        slot?.picture(reply.picture);
        return;
      }
      waiting.delete(reply.id);
      if ('error' in reply) slot?.fail(new Error(reply.error));
      else slot?.result(reply.result);
    };
    return w;
  } catch {
    return null;
  }
}

/** Compare two states and lay out their picture, off the main thread when possible. */
export function compareInBackground(request: ComparisonRequest): ComparisonAnswer {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  const { answer, settle } = pending();
  if (w === null) {
    void Promise.resolve().then(() => {
      try {
        settle.result(runComparison(request, settle.picture));
      } catch (error) {
        settle.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    return answer;
  }
  const id = (next += 1);
  waiting.set(id, settle);
  w.postMessage({ id, request });
  return answer;
}
