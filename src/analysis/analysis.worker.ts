// The analysis Web Worker: a thin binding of workerCore to the worker's global scope. The app
// starts it through client.ts; everything it does is in workerCore.ts and protocol.ts.
import type { ToWorker } from './protocol';
import { createWorkerCore } from './workerCore';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerCore((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
