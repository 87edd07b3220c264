// The first layout worked out ahead (src/analysis/layoutAhead.ts), with a stand-in worker that
// answers through the real worker's function when the test says so: the positions are exactly
// firstLayout's, they are given only for the very document they were made for, and a layout that
// was replaced, dropped or failed never comes back.
import { describe, expect, it, vi } from 'vitest';

import { firstLayout } from '../../src/analysis/layouts';
import {
  answerLayoutRequest,
  createLayoutAhead,
  LAYOUT_AHEAD_MIN_NODES,
  type LayoutReply,
  type LayoutRequest,
  type LayoutWorkerLike,
} from '../../src/analysis/layoutAhead';
import type { CareMap } from '../../src/model';
import { generateMap } from '../helpers/generateMap';

interface FakeWorker extends LayoutWorkerLike {
  readonly sent: LayoutRequest[];
  terminated: boolean;
  /** Answer the last request as the real worker would. */
  answer(): void;
  reply(data: LayoutReply): void;
}

function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.sent.push(structuredClone(message));
    },
    terminate() {
      worker.terminated = true;
    },
    answer() {
      worker.reply(answerLayoutRequest(worker.sent.at(-1)!));
    },
    reply(data) {
      worker.onmessage?.({ data });
    },
  };
  return worker;
}

function service() {
  const workers: FakeWorker[] = [];
  const ahead = createLayoutAhead(() => {
    const w = fakeWorker();
    workers.push(w);
    return w;
  });
  const listener = vi.fn();
  ahead.subscribe(listener);
  return { ahead, workers, listener };
}

const unarranged = (nodes: number, seed = 3): CareMap => generateMap({ nodes, seed });

describe('the first layout worked out ahead', () => {
  it('gives firstLayout’s positions for the document it was started for, once the worker answers', () => {
    const { ahead, workers, listener } = service();
    const doc = unarranged(150);
    ahead.start(doc);
    expect(ahead.stateFor(doc)).toEqual({ kind: 'running', nodes: 150 });
    expect(listener).not.toHaveBeenCalled();
    workers[0]!.answer();
    const state = ahead.stateFor(doc);
    expect(state.kind).toBe('ready');
    if (state.kind !== 'ready') return;
    expect([...state.positions]).toEqual([...firstLayout(doc)]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(workers[0]!.terminated).toBe(true);
    // The same map under another id (a clash on opening) keeps its node and tie arrays.
    expect(ahead.stateFor({ ...doc, id: 'other' as CareMap['id'] }).kind).toBe('ready');
  });

  it('sends only the node ids and tie ends, and only for maps nobody has arranged', () => {
    const { ahead, workers } = service();
    const doc = unarranged(120);
    ahead.start(doc);
    const sent = workers[0]!.sent[0]!.graph;
    expect(sent.nodes).toEqual(doc.nodes.map((n) => ({ id: n.id })));
    expect(sent.ties).toEqual(doc.ties.map((t) => ({ source: t.source, target: t.target })));
    // Too small to be worth a worker, or arranged already: nothing starts.
    ahead.start(unarranged(LAYOUT_AHEAD_MIN_NODES - 1));
    const arranged = {
      ...doc,
      nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2, pinned: false } } : n)),
    };
    ahead.start(arranged);
    expect(workers).toHaveLength(1);
    // Starting anything else stops the one running.
    expect(workers[0]!.terminated).toBe(true);
  });

  it('knows nothing of another document with the same content, or of a document edited since', () => {
    const { ahead, workers } = service();
    const doc = unarranged(130);
    ahead.start(doc);
    workers[0]!.answer();
    expect(ahead.stateFor(structuredClone(doc))).toEqual({ kind: 'none' });
    expect(ahead.stateFor({ ...doc, nodes: [...doc.nodes] })).toEqual({ kind: 'none' });
    expect(ahead.stateFor({ ...doc, ties: doc.ties.slice(1) })).toEqual({ kind: 'none' });
  });

  it('forgets a layout that was replaced or dropped, even if its worker answers late', () => {
    const { ahead, workers, listener } = service();
    const first = unarranged(140, 1);
    const second = unarranged(160, 2);
    ahead.start(first);
    ahead.start(second);
    expect(workers[0]!.terminated).toBe(true);
    // A view waiting for the first layout hears that it is gone (and lays the map out itself).
    expect(listener).toHaveBeenCalledTimes(1);
    workers[0]!.answer();
    expect(ahead.stateFor(first)).toEqual({ kind: 'none' });
    expect(ahead.stateFor(second).kind).toBe('running');
    expect(listener).toHaveBeenCalledTimes(1);
    ahead.drop();
    expect(workers[1]!.terminated).toBe(true);
    expect(listener).toHaveBeenCalledTimes(2);
    workers[1]!.answer();
    expect(ahead.stateFor(second)).toEqual({ kind: 'none' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('leaves the layout to the graph view when the worker fails, cannot load or cannot start', () => {
    const { ahead, workers, listener } = service();
    const doc = unarranged(110);
    ahead.start(doc);
    workers[0]!.reply({ type: 'error', requestId: workers[0]!.sent[0]!.requestId, message: 'out of memory' });
    expect(ahead.stateFor(doc)).toEqual({ kind: 'none' });
    expect(listener).toHaveBeenCalledTimes(1);
    ahead.start(doc);
    workers[1]!.onerror?.(new Event('error'));
    expect(ahead.stateFor(doc)).toEqual({ kind: 'none' });
    expect(listener).toHaveBeenCalledTimes(2);
    const none = createLayoutAhead(() => null);
    none.start(doc);
    expect(none.stateFor(doc)).toEqual({ kind: 'none' });
  });

  it('answers a request it cannot lay out with an error instead of throwing', () => {
    const reply = answerLayoutRequest({ requestId: 7, graph: { nodes: null } as unknown as CareMap });
    expect(reply).toMatchObject({ type: 'error', requestId: 7 });
  });
});

describe('holding a finished layout back (browser tests)', () => {
  it('hands it over only once let go, and not at all if dropped meanwhile', () => {
    const { ahead, workers, listener } = service();
    const doc = unarranged(120);
    ahead.hold(true);
    ahead.start(doc);
    workers[0]!.answer();
    expect(ahead.stateFor(doc).kind).toBe('running');
    expect(listener).not.toHaveBeenCalled();
    ahead.hold(false);
    expect(ahead.stateFor(doc).kind).toBe('ready');
    expect(listener).toHaveBeenCalledTimes(1);

    ahead.hold(true);
    ahead.start(doc);
    workers[1]!.answer();
    ahead.drop();
    ahead.hold(false);
    expect(ahead.stateFor(doc)).toEqual({ kind: 'none' });
  });
});
