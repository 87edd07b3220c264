// A helper's share of a split path pass: what a second worker does with a 'pathPart' message
// (protocol.ts), written against a `post` function like workerCore.ts. It needs only the kernel,
// so a thread that does nothing else (the command line's second core) starts without loading the
// model, the schemas or the rest of the analysis.
import type { Csr } from './csr';
import { pathPass, type PathSums } from './kernel';
import type { FromWorker, ToWorker } from './protocol';

/** About a hundred progress messages per pass, but not one per source on small maps. */
function progressEvery(sources: number): number {
  return Math.max(16, Math.floor(sources / 100));
}

/**
 * Run positions [from, to) of the pass (taking positions from `claim` when shared), reporting
 * progress for `requestId`; `counts` says whether the range is this worker's whole total.
 */
export function passOver(
  post: (message: FromWorker) => void,
  requestId: number,
  csr: Csr,
  sources: Int32Array | undefined,
  range: { from: number; to: number; claim?: Int32Array; counts: boolean },
): PathSums {
  const { from, to, claim } = range;
  return pathPass(csr, {
    from,
    to,
    ...(sources !== undefined ? { sources, sample: true } : {}),
    ...(claim !== undefined ? { claim } : {}),
    progressEvery: progressEvery(to - from),
    onProgress: (done, total) =>
      post({ type: 'progress', requestId, phase: 'paths', done, total: range.counts ? total : 0 }),
  });
}

/** Answer one 'pathPart' message: run the share and post its sums back. */
export function answerPathPart(
  post: (message: FromWorker) => void,
  message: Extract<ToWorker, { type: 'pathPart' }>,
): void {
  post({
    type: 'pathSums',
    requestId: message.requestId,
    sums: passOver(post, message.requestId, message.csr, message.sources, {
      from: message.from,
      to: message.to,
      ...(message.claim !== undefined ? { claim: message.claim } : {}),
      counts: message.claim === undefined,
    }),
  });
}

/**
 * The message handler of a worker that only ever helps: it answers 'pathPart' and ignores
 * 'cancel'; anything else is answered with an error, since it cannot run a whole analysis.
 */
export function createPathPartCore(post: (message: FromWorker) => void): (message: ToWorker) => void {
  return (message) => {
    try {
      if (message.type === 'pathPart') answerPathPart(post, message);
      else if (message.type !== 'cancel') {
        post({
          type: 'error',
          requestId: message.requestId,
          message: `a path-pass helper cannot answer "${message.type}"`,
        });
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
