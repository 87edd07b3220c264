// The app's side of the analysis workers: owns their lifecycle (started on first use, terminated
// on cancel or when a newer request arrives while they are busy), routes the split path pass
// between the primary and a helper worker, adds up progress, and drops answers to any request
// but the latest. Falls back to an in-thread worker where Web Workers are unavailable (tests,
// jsdom). The routing is a pure function (routeMessage) so the protocol is testable on its own.
import type { CareMap } from '../model';
import type { AnalysisResult } from './analyze';
import type { AnalysisPhase, FromWorker, PartSums, PathPartRequest, WorkerLike } from './protocol';
import type { AnalysisSettings } from './settings';
import { startModuleWorker } from './webWorker';
import { createInlineWorker } from './workerCore';

/** What the client reports to the app, always stamped with the revision it was asked about. */
export type AnalysisUpdate =
  | {
      readonly type: 'progress';
      readonly revision: number;
      readonly phase: AnalysisPhase;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'quick'; readonly revision: number; readonly result: AnalysisResult }
  /** The complete result; the request is over. */
  | { readonly type: 'paths'; readonly revision: number; readonly result: AnalysisResult }
  | { readonly type: 'error'; readonly revision: number; readonly message: string }
  | { readonly type: 'cancelled'; readonly revision: number };

/** The request in flight, as routeMessage sees it. */
export interface RequestState {
  readonly requestId: number;
  readonly revision: number;
  /** Path-pass progress of each worker's share, in sources: [primary, helper]. */
  readonly done: readonly [number, number];
  readonly total: readonly [number, number];
  /** Set once the complete result, an error or a cancel has ended the request. */
  readonly finished: boolean;
}

/** What to do with one message from a worker. */
export type Route =
  | { readonly kind: 'drop' }
  | { readonly kind: 'update'; readonly state: RequestState; readonly update: AnalysisUpdate }
  | { readonly kind: 'toHelper'; readonly state: RequestState; readonly message: PathPartRequest }
  | { readonly kind: 'toPrimary'; readonly message: PartSums };

/** A fresh request state. */
export function startRequest(requestId: number, revision: number): RequestState {
  return { requestId, revision, done: [0, 0], total: [0, 0], finished: false };
}

/**
 * Decide what a worker's message means for the current request: stale or late messages are
 * dropped; progress from the two workers adds up into one figure; a split request goes to the
 * helper and the helper's sums back to the primary; results and errors become updates.
 */
export function routeMessage(
  current: RequestState | null,
  from: 'primary' | 'helper',
  message: FromWorker,
): Route {
  if (current === null || current.finished || message.requestId !== current.requestId)
    return { kind: 'drop' };
  const revision = current.revision;
  switch (message.type) {
    case 'progress': {
      if (message.phase === 'quick') {
        return {
          kind: 'update',
          state: current,
          update: { type: 'progress', revision, phase: 'quick', done: message.done, total: message.total },
        };
      }
      const slot = from === 'primary' ? 0 : 1;
      const done: [number, number] = [...current.done];
      const total: [number, number] = [...current.total];
      done[slot] = message.done;
      total[slot] = message.total;
      const state = { ...current, done, total };
      return {
        kind: 'update',
        state,
        update: {
          type: 'progress',
          revision,
          phase: 'paths',
          done: done[0] + done[1],
          total: total[0] + total[1],
        },
      };
    }
    case 'quick':
      return { kind: 'update', state: current, update: { type: 'quick', revision, result: message.result } };
    case 'split': {
      // The helper's share counts towards the total from the start, so progress never jumps back;
      // a shared pass counts whole in the primary's total.
      const total: [number, number] = [
        current.total[0],
        message.claim !== undefined ? 0 : message.to - message.from,
      ];
      return {
        kind: 'toHelper',
        state: { ...current, total },
        message: {
          type: 'pathPart',
          requestId: message.requestId,
          csr: message.csr,
          ...(message.sources !== undefined ? { sources: message.sources } : {}),
          from: message.from,
          to: message.to,
          ...(message.claim !== undefined ? { claim: message.claim } : {}),
        },
      };
    }
    case 'pathSums':
      return {
        kind: 'toPrimary',
        message: { type: 'partSums', requestId: message.requestId, sums: message.sums },
      };
    case 'paths':
      return {
        kind: 'update',
        state: { ...current, finished: true },
        update: { type: 'paths', revision, result: message.result },
      };
    case 'error':
      return {
        kind: 'update',
        state: { ...current, finished: true },
        update: { type: 'error', revision, message: message.message },
      };
  }
}

export interface AnalysisClientOptions {
  /** Receives every update of the latest request. */
  readonly onUpdate: (update: AnalysisUpdate) => void;
  /**
   * Makes a worker; default: a module Web Worker running analysis.worker.ts, or an in-thread
   * worker where `Worker` is missing or fails to start.
   */
  readonly createWorker?: () => WorkerLike;
  /** Makes the helper that takes part of a split path pass; default `createWorker`. */
  readonly createHelper?: () => WorkerLike;
  /**
   * Maps with at least this many nodes share the path pass between two workers (default 2,000;
   * below that the second worker's start-up costs more than it saves). Infinity never splits.
   */
  readonly splitFrom?: number;
}

/** A module Web Worker for analysis.worker.ts, or null where Web Workers are unavailable. */
function startWebWorker(): WorkerLike | null {
  return startModuleWorker(() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));
}

function defaultCreateWorker(): WorkerLike {
  return startWebWorker() ?? createInlineWorker();
}

/** Whether two workers can really run side by side here. */
function twoCores(): boolean {
  return typeof navigator !== 'undefined' && (navigator.hardwareConcurrency ?? 1) >= 2;
}

/** Runs analyses off the main thread; one request at a time, the newest wins. */
export class AnalysisClient {
  private readonly onUpdate: (update: AnalysisUpdate) => void;
  private readonly createWorker: () => WorkerLike;
  private readonly createHelper: () => WorkerLike;
  private readonly splitFrom: number;
  private primary: WorkerLike | null = null;
  private helper: WorkerLike | null = null;
  private current: RequestState | null = null;
  private nextId = 1;

  constructor(options: AnalysisClientOptions) {
    this.onUpdate = options.onUpdate;
    this.createWorker = options.createWorker ?? defaultCreateWorker;
    this.createHelper = options.createHelper ?? this.createWorker;
    this.splitFrom =
      options.splitFrom ?? (options.createWorker === undefined && !twoCores() ? Infinity : 2000);
  }

  /** Whether a request is still running. */
  get busy(): boolean {
    return this.current !== null && !this.current.finished;
  }

  /**
   * Analyse `doc` (stamped `revision`), superseding any request still running. With `quick`
   * false no quick result is sent, only the complete one (see AnalyzeRequest.quick).
   */
  analyze(doc: CareMap, settings: AnalysisSettings, revision: number, quick = true): void {
    // A busy worker cannot read messages until its pass ends, so a newer request replaces it.
    if (this.busy) this.stopWorkers();
    const requestId = this.nextId++;
    this.current = startRequest(requestId, revision);
    const parts = settings.paths && doc.nodes.length >= this.splitFrom ? 2 : 1;
    this.worker('primary').postMessage({ type: 'analyze', requestId, revision, doc, settings, parts, quick });
  }

  /** Stop the running request, if any; its quick result (if sent) stays valid. */
  cancel(): void {
    if (!this.busy || this.current === null) return;
    const { revision } = this.current;
    this.current = { ...this.current, finished: true };
    this.stopWorkers();
    this.onUpdate({ type: 'cancelled', revision });
  }

  /** Stop everything for good (the app is closing the panel or the page). */
  dispose(): void {
    this.current = null;
    this.stopWorkers();
  }

  private stopWorkers(): void {
    this.primary?.terminate();
    this.helper?.terminate();
    this.primary = null;
    this.helper = null;
  }

  private worker(role: 'primary' | 'helper'): WorkerLike {
    const existing = role === 'primary' ? this.primary : this.helper;
    if (existing !== null) return existing;
    const worker = role === 'primary' ? this.createWorker() : this.createHelper();
    worker.onmessage = (event) => this.receive(worker, role, event.data);
    if (role === 'primary') this.primary = worker;
    else this.helper = worker;
    return worker;
  }

  private receive(worker: WorkerLike, role: 'primary' | 'helper', message: FromWorker): void {
    // A terminated worker's last words (an in-thread worker may still deliver) are ignored.
    if (worker !== (role === 'primary' ? this.primary : this.helper)) return;
    const route = routeMessage(this.current, role, message);
    switch (route.kind) {
      case 'drop':
        return;
      case 'toHelper':
        this.current = route.state;
        this.worker('helper').postMessage(route.message);
        return;
      case 'toPrimary':
        this.worker('primary').postMessage(route.message);
        return;
      case 'update':
        this.current = route.state;
        this.onUpdate(route.update);
    }
  }
}

/**
 * Run one analysis to its end and resolve to the complete result (the command line's way: no
 * revisions, no superseding). `onProgress` hears the path pass's progress, in sources. Rejects
 * with the worker's message if the analysis fails.
 */
export function analyzeToEnd(
  doc: CareMap,
  settings: AnalysisSettings,
  options: Omit<AnalysisClientOptions, 'onUpdate'>,
  onProgress?: (done: number, total: number) => void,
): Promise<AnalysisResult> {
  return new Promise((resolve, reject) => {
    const client: AnalysisClient = new AnalysisClient({
      ...options,
      onUpdate: (update) => {
        if (update.type === 'progress' && update.phase === 'paths') onProgress?.(update.done, update.total);
        else if (update.type === 'paths') {
          client.dispose();
          resolve(update.result);
        } else if (update.type === 'error') {
          client.dispose();
          reject(new Error(update.message));
        }
      },
    });
    client.analyze(doc, settings, 0, false);
  });
}
