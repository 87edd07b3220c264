// The messages between the app and the analysis workers. One request runs in a *primary* worker:
// it sends the quick result (everything but the path measures) first, then the result with paths.
// On a big map the path pass is split by source range: the primary asks (through the client) a
// *helper* worker to take the second half, runs the first half itself, and merges the helper's
// sums when the client hands them back. Every message carries the request id; answers to any
// request but the current one are stale and dropped. Only plain data and typed arrays cross.
import type { CareMap } from '../model';
import type { AnalysisResult } from './analyze';
import type { Csr } from './csr';
import type { PathSums } from './kernel';
import type { AnalysisSettings } from './settings';

/** Which part of the work a progress message is about. */
export type AnalysisPhase = 'quick' | 'paths';

/**
 * A share of the path pass: sources [from, to) of `csr`, or, when `sources` is given (a sample,
 * see sampling.ts), positions [from, to) of that list. The primary asks for it in a split; the
 * client hands it to the helper as is.
 */
export interface PathPart {
  readonly requestId: number;
  readonly csr: Csr;
  readonly sources?: Int32Array;
  readonly from: number;
  readonly to: number;
  /**
   * Where memory can be shared (Node, or a cross-origin isolated page): [from, to) is the whole
   * pass, and both workers take positions from this counter until none are left, so neither waits
   * for the other however their speeds differ. The helper's progress then counts toward no total.
   */
  readonly claim?: Int32Array;
}

// ---------------------------------------------------------------- client -> worker

/** Analyse `doc`; `parts` is how many workers share the path pass (1 or 2). */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly requestId: number;
  /** The document revision the answer will be stamped with. */
  readonly revision: number;
  readonly doc: CareMap;
  readonly settings: AnalysisSettings;
  readonly parts: number;
  /**
   * Send the quick result (everything but the path measures) before the complete one; default
   * true. The command line, which waits for the complete result anyway, asks for none: the quick
   * result's insights cost as much again as the complete result's.
   */
  readonly quick?: boolean;
}

/**
 * Helper worker: run the path pass over sources [from, to) of `csr`, or, when `sources` is given
 * (a sample, see sampling.ts), over positions [from, to) of that list, keeping the sample's sums.
 */
export interface PathPartRequest extends PathPart {
  readonly type: 'pathPart';
}

/** Primary worker: the helper's sums for the request it is waiting on. */
export interface PartSums {
  readonly type: 'partSums';
  readonly requestId: number;
  readonly sums: PathSums;
}

/** Forget a request (a primary waiting for a helper's sums stops waiting). */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly requestId: number;
}

export type ToWorker = AnalyzeRequest | PathPartRequest | PartSums | CancelRequest;

// ---------------------------------------------------------------- worker -> client

export interface ProgressMessage {
  readonly type: 'progress';
  readonly requestId: number;
  readonly phase: AnalysisPhase;
  /** Units done and in total within this worker's share (sources for 'paths'; steps for 'quick'). */
  readonly done: number;
  readonly total: number;
}

/** The analysis without path measures (`result.settings.paths` is false). */
export interface QuickMessage {
  readonly type: 'quick';
  readonly requestId: number;
  readonly revision: number;
  readonly result: AnalysisResult;
}

/** Primary -> client: please have a helper run sources [from, to) (of `sources` when given); I run [0, from). */
export interface SplitMessage extends PathPart {
  readonly type: 'split';
}

/** Helper -> client: the sums of its part, to hand to the primary. */
export interface PathSumsMessage {
  readonly type: 'pathSums';
  readonly requestId: number;
  readonly sums: PathSums;
}

/** The complete analysis, path measures included. */
export interface PathsMessage {
  readonly type: 'paths';
  readonly requestId: number;
  readonly revision: number;
  readonly result: AnalysisResult;
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly requestId: number;
  readonly message: string;
}

export type FromWorker =
  ProgressMessage | QuickMessage | SplitMessage | PathSumsMessage | PathsMessage | ErrorMessage;

/** What the client needs of a Worker (a real one, or an in-process stand-in for tests and fallback). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
}
