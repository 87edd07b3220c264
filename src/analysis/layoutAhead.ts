// The first layout of a map, worked out ahead in a Web Worker. A file read while a map is open
// waits for the person to choose "open as a new map" or "update this map"; a map nobody has
// arranged (a file from another tool, a generated one) needs a first layout before its first
// picture, and on a map of hundreds of nodes that is a good part of the wait after the click. So the
// layout starts in a worker as soon as the question is asked: by the time the person has read it
// and clicked, the positions are usually there; if not, the graph view waits for them (the page
// stays responsive meanwhile) instead of starting the same layout again on the main thread. The
// positions are exactly firstLayout's (the worker runs it); the graph view uses them only for the
// very document they were made for (the same node and tie arrays), else it lays the map out itself.
import type { CareMap } from '../model';
import { firstLayout, type LayoutGraph, needsFirstLayout, type Positions } from './layouts';
import { startModuleWorker } from './webWorker';

/** Maps with at least this many nodes are laid out ahead; below it the layout takes a few ms. */
export const LAYOUT_AHEAD_MIN_NODES = 100;

export interface LayoutRequest {
  readonly requestId: number;
  /** The map's node ids and tie ends, all firstLayout reads. */
  readonly graph: LayoutGraph;
}

export type LayoutReply =
  | {
      readonly type: 'positions';
      readonly requestId: number;
      readonly ids: readonly string[];
      readonly x: Float64Array;
      readonly y: Float64Array;
    }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };

/** What the worker does with a request (also run in-thread by tests): firstLayout, as flat arrays. */
export function answerLayoutRequest(request: LayoutRequest): LayoutReply {
  try {
    const at = firstLayout(request.graph);
    const ids = [...at.keys()];
    const x = new Float64Array(ids.length);
    const y = new Float64Array(ids.length);
    ids.forEach((id, i) => {
      const p = at.get(id)!;
      x[i] = p.x;
      y[i] = p.y;
    });
    return { type: 'positions', requestId: request.requestId, ids, x, y };
  } catch (error) {
    return {
      type: 'error',
      requestId: request.requestId,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export interface LayoutWorkerLike {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: { data: LayoutReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** Where a layout started ahead stands, for the document asked about. */
export type AheadState =
  /** Nothing was started for this document (or it failed): lay it out in place. */
  | { readonly kind: 'none' }
  | { readonly kind: 'running'; readonly nodes: number }
  | { readonly kind: 'ready'; readonly positions: Positions };

export interface LayoutAhead {
  /**
   * Start laying out `doc` in a worker, dropping any earlier one; does nothing for a map that has
   * positions or fewer than LAYOUT_AHEAD_MIN_NODES nodes, or where no worker can be started.
   */
  start(doc: CareMap): void;
  /** The layout started for `doc` (the same node and tie arrays), if any. */
  stateFor(doc: CareMap): AheadState;
  /** Stop and forget the layout started ahead (the person chose something else). */
  drop(): void;
  /** Called whenever a layout finishes, fails or is dropped; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Changes whenever the listeners are called (for useSyncExternalStore). */
  readonly version: number;
  /**
   * For browser tests (testHooks.ts): while on, a finished layout waits to be handed over, so a
   * test can see the graph view wait for it; off hands over any that waited. Changes only when.
   */
  hold(on: boolean): void;
}

interface Entry {
  readonly nodes: CareMap['nodes'];
  readonly ties: CareMap['ties'];
  readonly requestId: number;
  worker: LayoutWorkerLike | null;
  positions: Positions | null;
}

/** A module Web Worker running firstLayout.worker.ts, or null where Web Workers are unavailable. */
function startLayoutWorker(): LayoutWorkerLike | null {
  return startModuleWorker(
    () => new Worker(new URL('./firstLayout.worker.ts', import.meta.url), { type: 'module' }),
  );
}

/** A layout-ahead service; `createWorker` defaults to a Web Worker (tests pass their own). */
export function createLayoutAhead(
  createWorker: () => LayoutWorkerLike | null = startLayoutWorker,
): LayoutAhead {
  let entry: Entry | null = null;
  let nextId = 1;
  let holding = false;
  let held: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const service = {
    version: 0,
    start,
    stateFor,
    drop,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hold(on: boolean) {
      holding = on;
      const waiting = held;
      held = null;
      if (!on) waiting?.();
    },
  };

  function changed(): void {
    service.version++;
    for (const listener of [...listeners]) listener();
  }

  function stop(): void {
    entry?.worker?.terminate();
    entry = null;
  }

  function start(doc: CareMap): void {
    // A view waiting for the layout this one replaces must hear that it is gone.
    if (entry !== null) {
      stop();
      changed();
    }
    if (!needsFirstLayout(doc) || doc.nodes.length < LAYOUT_AHEAD_MIN_NODES) return;
    const worker = createWorker();
    if (worker === null) return;
    const mine: Entry = { nodes: doc.nodes, ties: doc.ties, requestId: nextId++, worker, positions: null };
    entry = mine;
    const finish = (positions: Positions | null) => {
      if (entry !== mine) return;
      worker.terminate();
      mine.worker = null;
      const handOver = () => {
        if (entry !== mine) return;
        if (positions === null) entry = null;
        else mine.positions = positions;
        changed();
      };
      if (holding) held = handOver;
      else handOver();
    };
    worker.onmessage = ({ data }) => {
      if (data.requestId !== mine.requestId) return;
      if (data.type === 'error') finish(null);
      else finish(new Map(data.ids.map((id, i) => [id, { x: data.x[i]!, y: data.y[i]! }])));
    };
    // A worker that cannot load or crashes: the graph view lays the map out itself.
    worker.onerror = () => finish(null);
    // Only what firstLayout reads crosses over: copying the whole map took a third as long as
    // laying it out (100 ms of a 5,000-node map), on the main thread.
    const graph: LayoutGraph = {
      nodes: doc.nodes.map((n) => ({ id: n.id })),
      ties: doc.ties.map((t) => ({ source: t.source, target: t.target })),
    };
    worker.postMessage({ requestId: mine.requestId, graph });
  }

  function stateFor(doc: CareMap): AheadState {
    if (entry === null || entry.nodes !== doc.nodes || entry.ties !== doc.ties) return { kind: 'none' };
    return entry.positions === null
      ? { kind: 'running', nodes: doc.nodes.length }
      : { kind: 'ready', positions: entry.positions };
  }

  function drop(): void {
    if (entry === null) return;
    stop();
    changed();
  }

  return service;
}

/** The running app's layout-ahead service. */
export const firstLayoutAhead: LayoutAhead = createLayoutAhead();
