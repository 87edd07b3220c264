// What an analysis worker does with each message, written against a `post` function instead of
// the worker global so it runs the same in a real Web Worker (analysis.worker.ts), in the
// main-thread fallback, and in tests with fake workers. See protocol.ts for the conversation.
import { analyzeContext, prepareContext } from './analyze';
import { mergePathSums, type PathSums } from './kernel';
import { MeasureContext } from './metrics';
import { answerPathPart, passOver } from './pathPart';
import type { FromWorker, ToWorker, WorkerLike } from './protocol';
import { finishPlannedPaths, type PathPlan, planSize } from './sampling';

/** A request whose primary has done its share of the path pass and waits for the helper's. */
interface Waiting {
  readonly ctx: MeasureContext;
  readonly revision: number;
  readonly plan: PathPlan;
  readonly own: PathSums;
}

/**
 * Whether threads can share a counter: SharedArrayBuffer exists (Node; a browser page only when
 * cross-origin isolated, which a plain static host does not give).
 */
function canShareMemory(): boolean {
  return (
    typeof SharedArrayBuffer !== 'undefined' &&
    (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false
  );
}

/**
 * What the quick analysis (every measure but the path ones, the figures and the insights) costs,
 * in BFS sources of the path pass: both grow with n + m, and measured on generated maps of 5,000
 * and 20,000 nodes the quick part took as long as 900–1,250 sources. The primary does the quick
 * part before its share of the pass, so the helper takes that much more of the pass.
 */
const QUICK_ANALYSIS_IN_SOURCES = 1000;

/**
 * How many of `count` sources the primary keeps when a helper shares the pass: the rest go to the
 * helper, which starts at once while the primary first runs the quick analysis.
 */
export function primaryShare(count: number, weighted: boolean): number {
  const quick = QUICK_ANALYSIS_IN_SOURCES / (weighted ? 3 : 1);
  return Math.max(Math.min(count - 1, 1), Math.floor((count - quick) / 2));
}

/** The message handler of one analysis worker; `post` sends a message back to the client. */
export function createWorkerCore(post: (message: FromWorker) => void): (message: ToWorker) => void {
  const waiting = new Map<number, Waiting>();

  function finish(
    requestId: number,
    ctx: MeasureContext,
    revision: number,
    plan: PathPlan,
    sums: PathSums,
  ): void {
    ctx.setPaths(finishPlannedPaths(ctx.ids.length, ctx.kernelInput().restore(sums), plan));
    post({ type: 'paths', requestId, revision, result: analyzeContext(ctx, true) });
  }

  function analyze(message: Extract<ToWorker, { type: 'analyze' }>): void {
    const { requestId, revision, doc, settings } = message;
    post({ type: 'progress', requestId, phase: 'quick', done: 0, total: 1 });
    const ctx = new MeasureContext(doc, settings);
    if (!settings.paths) {
      const quick = analyzeContext(ctx, false);
      post({ type: 'quick', requestId, revision, result: quick });
      post({ type: 'paths', requestId, revision, result: quick });
      return;
    }
    const plan = ctx.pathPlan();
    const input = ctx.kernelInput();
    const csr = input.csr;
    const sources = input.sources ?? undefined;
    const count = planSize(plan, csr.n);
    // The helper gets its share before the quick analysis runs here, so both cores work from the
    // start. Where memory can be shared, both take sources from one counter instead (no guessing
    // how long the quick analysis takes); elsewhere the helper gets a fixed share.
    const split = message.parts > 1 && count >= 2;
    const claim = split && canShareMemory() ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    const own = !split ? count : claim !== undefined ? 0 : primaryShare(count, csr.lengths !== null);
    if (split) {
      // The helper needs no ids: it only walks indices.
      post({
        type: 'split',
        requestId,
        csr: { ...csr, ids: [] },
        ...(sources !== undefined ? { sources } : {}),
        ...(claim !== undefined ? { claim, from: 0, to: count } : { from: own, to: count }),
      });
    }
    if (message.quick !== false)
      post({ type: 'quick', requestId, revision, result: analyzeContext(ctx, false) });
    else prepareContext(ctx);
    const sums = passOver(
      post,
      requestId,
      csr,
      sources,
      claim !== undefined ? { from: 0, to: count, claim, counts: true } : { from: 0, to: own, counts: true },
    );
    if (split) waiting.set(requestId, { ctx, revision, plan, own: sums });
    else finish(requestId, ctx, revision, plan, sums);
  }

  return (message) => {
    try {
      switch (message.type) {
        case 'analyze':
          analyze(message);
          break;
        case 'pathPart':
          answerPathPart(post, message);
          break;
        case 'partSums': {
          const entry = waiting.get(message.requestId);
          if (entry === undefined) return; // cancelled, or never split
          waiting.delete(message.requestId);
          finish(
            message.requestId,
            entry.ctx,
            entry.revision,
            entry.plan,
            mergePathSums([entry.own, message.sums]),
          );
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

export interface InlineWorkerOptions {
  /**
   * Deliver the worker's messages the moment it posts them instead of on a later task. The
   * command line runs its primary this way, so a split reaches the helper thread at once rather
   * than after this thread's whole share of the pass. Default false.
   */
  readonly replyAtOnce?: boolean;
}

/**
 * A worker that runs in this thread: messages are handled on a later task (as with a real
 * worker, so the caller never sees an answer before `postMessage` returns). Used where Web Workers
 * are unavailable (tests, jsdom), as the fake worker in protocol tests, and as the command line's
 * primary. `terminate` drops every message not yet delivered.
 */
export function createInlineWorker(options: InlineWorkerOptions = {}): WorkerLike {
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
    if (options.replyAtOnce === true) {
      if (alive) worker.onmessage?.({ data });
      return;
    }
    setTimeout(() => {
      if (alive) worker.onmessage?.({ data });
    }, 0);
  });
  return worker;
}
