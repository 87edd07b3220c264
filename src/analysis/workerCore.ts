// What an analysis worker does with each message, written against a `post` function instead of
// the worker global so it runs the same in a real Web Worker (analysis.worker.ts), in the
// main-thread fallback, and in tests with fake workers. See protocol.ts for the conversation.
import { analyzeContext } from './analyze';
import type { Csr } from './csr';
import { finishPaths, mergePathSums, pathPass, type PathSums } from './kernel';
import { MeasureContext } from './metrics';
import type { FromWorker, ToWorker, WorkerLike } from './protocol';

/** A request whose primary has done its share of the path pass and waits for the helper's. */
interface Waiting {
  readonly ctx: MeasureContext;
  readonly revision: number;
  readonly own: PathSums;
}

/** About a hundred progress messages per pass, but not one per source on small maps. */
function progressEvery(sources: number): number {
  return Math.max(16, Math.floor(sources / 100));
}

/** The message handler of one analysis worker; `post` sends a message back to the client. */
export function createWorkerCore(post: (message: FromWorker) => void): (message: ToWorker) => void {
  const waiting = new Map<number, Waiting>();

  function finish(requestId: number, ctx: MeasureContext, revision: number, sums: PathSums): void {
    ctx.setPaths(finishPaths(ctx.ids.length, sums));
    post({ type: 'paths', requestId, revision, result: analyzeContext(ctx, true) });
  }

  function passOver(requestId: number, csr: Csr, from: number, to: number): PathSums {
    return pathPass(csr, {
      from,
      to,
      progressEvery: progressEvery(to - from),
      onProgress: (done, total) => post({ type: 'progress', requestId, phase: 'paths', done, total }),
    });
  }

  function analyze(message: Extract<ToWorker, { type: 'analyze' }>): void {
    const { requestId, revision, doc, settings } = message;
    post({ type: 'progress', requestId, phase: 'quick', done: 0, total: 1 });
    const ctx = new MeasureContext(doc, settings);
    const quick = analyzeContext(ctx, false);
    post({ type: 'quick', requestId, revision, result: quick });
    if (!settings.paths) {
      post({ type: 'paths', requestId, revision, result: quick });
      return;
    }
    const csr = ctx.pathCsr();
    const n = csr.n;
    if (message.parts > 1 && n >= 2) {
      const half = Math.ceil(n / 2);
      // The helper needs no ids: it only walks indices.
      post({ type: 'split', requestId, csr: { ...csr, ids: [] }, from: half, to: n });
      waiting.set(requestId, { ctx, revision, own: passOver(requestId, csr, 0, half) });
      return;
    }
    finish(requestId, ctx, revision, passOver(requestId, csr, 0, n));
  }

  return (message) => {
    try {
      switch (message.type) {
        case 'analyze':
          analyze(message);
          break;
        case 'pathPart':
          post({
            type: 'pathSums',
            requestId: message.requestId,
            sums: passOver(message.requestId, message.csr, message.from, message.to),
          });
          break;
        case 'partSums': {
          const entry = waiting.get(message.requestId);
          if (entry === undefined) return; // cancelled, or never split
          waiting.delete(message.requestId);
          finish(message.requestId, entry.ctx, entry.revision, mergePathSums([entry.own, message.sums]));
          break;
        }
        case 'cancel':
          waiting.delete(message.requestId);
          break;
      }
    } catch (error) {
      post({
        type: 'error',
        requestId: message.requestId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}

/**
 * A worker that runs in this thread: messages are handled on a later task (as with a real
 * worker, so the caller never sees an answer before `postMessage` returns). Used where Web Workers
 * are unavailable (tests, jsdom) and as the fake worker in protocol tests. `terminate` drops every
 * message not yet delivered.
 */
export function createInlineWorker(): WorkerLike {
  let alive = true;
  const worker: WorkerLike = {
    onmessage: null,
    postMessage(message) {
      setTimeout(() => {
        if (alive) handle(message);
      }, 0);
    },
    terminate() {
      alive = false;
    },
  };
  const handle = createWorkerCore((data) => {
    setTimeout(() => {
      if (alive) worker.onmessage?.({ data });
    }, 0);
  });
  return worker;
}
