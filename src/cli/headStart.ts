// A head start for `analyze`'s second thread. Without it the thread waits, idle, while this one
// validates the file and builds the graph; with it, the thread starts its share of the path pass as
// soon as the file's JSON has parsed, on a graph built from the raw value. Nothing is trusted: when
// the analysis asks for its split, the head start is kept only if the graph and sources it ran on
// are exactly the ones the valid map gives (so its sums are exactly the sums the split would have
// made); otherwise it is stopped and its work dropped. The pass sharing positions through a
// counter (kernel.ts `claim`) makes the hand-over exact: the positions the thread took early are
// its own, and the split's counter starts after them.
import type { AnalysisSettings } from '../analysis/settings';
import type { Csr } from '../analysis/csr';
import { mergePathSums, type PathSums } from '../analysis/kernel';
import { MeasureContext } from '../analysis/metrics';
import type { FromWorker, PathPart, ToWorker, WorkerLike } from '../analysis/protocol';
import type { CareMap } from '../model';

/** The head start's request id: the AnalysisClient numbers its requests from 1. */
const HEAD_START = 0;

interface Started {
  readonly csr: Csr;
  readonly sources: Int32Array | null;
  readonly count: number;
  readonly claim: Int32Array;
}

/** What becomes of the head start once the analysis asks for its split. */
type Outcome =
  | { readonly kind: 'waiting' }
  /** Kept: the split `requestId` gets the head start's sums and `taken` positions of progress. */
  | { readonly kind: 'kept'; readonly requestId: number; readonly taken: number }
  | { readonly kind: 'dropped' };

/** What the thread answered to the head start (it may answer before the split is asked for). */
type Answer = { readonly sums: PathSums } | { readonly failed: string };

export interface HeadStart {
  /** The thread as the AnalysisClient's helper: its split joins the head start when they match. */
  readonly helper: WorkerLike;
  /**
   * Start the thread's share of the path pass on the graph of `raw`, a native file's parsed JSON
   * not yet validated (io's onNativeValue). Does nothing for a map under `minNodes` nodes, without
   * path measures, or where memory cannot be shared; never throws (a raw value the graph cannot be
   * built from just gets no head start).
   */
  readonly start: (raw: unknown, settings: AnalysisSettings) => void;
}

/**
 * Wrap an analysis thread so that it can start early. Relies on the command line's primary
 * (createInlineWorker with replyAtOnce): its split reaches the helper before it claims a position
 * of its own, so the split's counter can still be moved past the positions the thread took early.
 */
export function headStart(thread: WorkerLike, minNodes: number): HeadStart {
  let started: Started | undefined;
  let outcome: Outcome = { kind: 'waiting' };
  let answer: Answer | undefined;

  function start(raw: unknown, settings: AnalysisSettings): void {
    if (started !== undefined || !settings.paths || typeof SharedArrayBuffer === 'undefined') return;
    let input: { csr: Csr; sources: Int32Array | null };
    try {
      // Only the kernel's input is built: the care index is made on first use, and never here.
      const ctx = new MeasureContext(raw as CareMap, settings);
      if (ctx.ids.length < minNodes) return;
      input = ctx.kernelInput();
    } catch {
      return;
    }
    const count = input.sources === null ? input.csr.n : input.sources.length;
    const claim = new Int32Array(new SharedArrayBuffer(4));
    started = { ...input, count, claim };
    thread.postMessage({
      type: 'pathPart',
      requestId: HEAD_START,
      csr: { ...input.csr, ids: [] },
      ...(input.sources !== null ? { sources: input.sources } : {}),
      from: 0,
      to: count,
      claim,
    });
  }

  /** The split the analysis asks for: join it to the head start, or stop the head start. */
  function split(message: Extract<ToWorker, { type: 'pathPart' }>): void {
    if (started === undefined || outcome.kind !== 'waiting') return;
    // No more positions for the head start; it finishes the few it holds and reports.
    const taken = Math.min(Atomics.exchange(started.claim, 0, started.count), started.count);
    const claim = message.claim;
    if (claim !== undefined && Atomics.load(claim, 0) === message.from && sameWork(started, message)) {
      Atomics.store(claim, 0, message.from + taken);
      outcome = { kind: 'kept', requestId: message.requestId, taken };
    } else outcome = { kind: 'dropped' };
  }

  const helper: WorkerLike = {
    onmessage: null,
    postMessage(message) {
      if (message.type === 'pathPart') split(message);
      thread.postMessage(message);
    },
    terminate() {
      thread.terminate();
    },
  };

  const deliver = (data: FromWorker) => helper.onmessage?.({ data });

  thread.onmessage = ({ data }) => {
    if (data.requestId === HEAD_START) {
      // Kept until the split decides; its progress is counted with the split's.
      if (data.type === 'pathSums') answer = { sums: data.sums };
      else if (data.type === 'error') answer = { failed: data.message };
      return;
    }
    if (outcome.kind === 'kept' && data.requestId === outcome.requestId) {
      if (data.type === 'progress') {
        deliver({ ...data, done: data.done + outcome.taken });
        return;
      }
      if (data.type === 'pathSums') {
        // The thread answers its messages in order: the head start's answer has come.
        if (answer === undefined || 'failed' in answer) {
          const why = answer === undefined ? 'it gave no answer' : answer.failed;
          deliver({ type: 'error', requestId: data.requestId, message: `the analysis thread's head start failed: ${why}` });
          return;
        }
        deliver({ ...data, sums: mergePathSums([data.sums, answer.sums]) });
        return;
      }
    }
    deliver(data);
  };

  return { helper, start };
}

/** Whether a split asks for exactly the pass the head start runs: same graph, sources and range. */
function sameWork(started: Started, part: PathPart): boolean {
  const a = started.csr;
  const b = part.csr;
  return (
    part.from === 0 &&
    part.to === started.count &&
    a.n === b.n &&
    sameArray(a.offsets, b.offsets) &&
    sameArray(a.targets, b.targets) &&
    (a.lengths === null ? b.lengths === null : b.lengths !== null && sameArray(a.lengths, b.lengths)) &&
    (started.sources === null
      ? part.sources === undefined
      : part.sources !== undefined && sameArray(started.sources, part.sources))
  );
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
