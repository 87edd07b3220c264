// The command line's second core: a worker thread that takes its share of the split path pass
// (analysis/pathPart.ts), as the app's helper Web Worker does. The thread runs the same bundled file as the command;
// main.ts sees the role in its workerData and calls serveAnalysis. Started from the sources (tsx,
// `npm run carewealth`), the thread registers tsx's loader and imports main.ts.
import { Worker } from 'node:worker_threads';

import type { FromWorker, ToWorker, WorkerLike } from '../analysis/protocol';

/** The mark in `workerData` of a thread started to take part in the analysis. */
export const ANALYSIS_THREAD = 'carewealth-analysis';

/**
 * In a thread started by threadStarter: answer the parent's requests for shares of the path pass.
 * The thread only ever helps (the command's own thread is the primary), so it loads the path
 * kernel alone, not the model and the rest of the analysis.
 */
export async function serveAnalysis(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  const { createPathPartCore } = await import('../analysis/pathPart');
  const port = parentPort;
  if (port === null) return;
  const handle = createPathPartCore((message) => port.postMessage(message));
  port.on('message', (message: ToWorker) => handle(message));
}

/**
 * A function that starts analysis threads running the program at `moduleUrl` (main.ts's
 * `import.meta.url`: the bundle, or main.ts itself under tsx). Each thread is a WorkerLike for
 * the AnalysisClient. A thread that fails (it could not load, or crashed) reports an error for
 * the last request it was sent, so the command ends with a message instead of waiting forever.
 */
export function threadStarter(moduleUrl: string): () => WorkerLike {
  return () => {
    const workerData = { role: ANALYSIS_THREAD };
    // Under tsx the thread registers tsx's loader itself: Node 20 does not pass loader hooks on.
    const worker = moduleUrl.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`,
          { eval: true, workerData },
        )
      : new Worker(new URL(moduleUrl), { workerData });
    let lastRequest = 0;
    // Once the thread has failed, every later request is answered with the failure at once: a
    // thread started early can fail before it is sent anything that waits for an answer.
    let failure: string | undefined;
    const like: WorkerLike = {
      onmessage: null,
      postMessage(message: ToWorker) {
        lastRequest = message.requestId;
        if (failure === undefined) worker.postMessage(message);
        else {
          const why = failure;
          setTimeout(() => fail(why), 0);
        }
      },
      terminate() {
        void worker.terminate();
      },
    };
    const fail = (message: string) => {
      failure = message;
      like.onmessage?.({ data: { type: 'error', requestId: lastRequest, message } });
    };
    worker.on('message', (data: FromWorker) => like.onmessage?.({ data }));
    worker.on('error', (error) => fail(`the analysis thread failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (code !== 0) fail(`the analysis thread stopped (exit code ${code})`);
    });
    return like;
  };
}
