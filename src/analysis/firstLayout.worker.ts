// The first-layout Web Worker: a thin binding of answerLayoutRequest to the worker's global scope.
// The app starts it through layoutAhead.ts, which says why.
import { answerLayoutRequest, type LayoutRequest } from './layoutAhead';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<LayoutRequest>) => scope.postMessage(answerLayoutRequest(event.data));
