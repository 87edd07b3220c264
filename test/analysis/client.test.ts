// The worker protocol: the pure routing of worker messages (stale answers dropped, progress of two
// workers added up, the split path pass relayed), and the client end to end over in-thread fake
// workers running the real worker core — quick result first, then paths; two workers give the
// same numbers as one; a newer request or a cancel silences the old one.
import { describe, expect, it } from 'vitest';

import {
  AnalysisClient,
  type AnalysisUpdate,
  analyzeMap,
  analyzeToEnd,
  createInlineWorker,
  createWorkerCore,
  finishPlannedPaths,
  type FromWorker,
  MeasureContext,
  mergePathSums,
  pathPass,
  type PathSums,
  plannedPathCentrality,
  planPaths,
  resolveSettings,
  routeMessage,
  startRequest,
  type WorkerLike,
} from '../../src/analysis';
import type { CareMap } from '../../src/model';
import { generateMap } from '../helpers/generateMap';

const sums: PathSums = {
  betweenness: new Float64Array(2),
  distanceSum: new Float64Array(2),
  reached: new Int32Array(2),
};
const csr = {
  n: 2,
  ids: [],
  offsets: Int32Array.from([0, 1, 2]),
  targets: Int32Array.from([1, 0]),
  lengths: null,
};

describe('routeMessage', () => {
  const state = startRequest(7, 42);

  it('drops messages of other requests, and everything once the request is over', () => {
    const progress: FromWorker = { type: 'progress', requestId: 6, phase: 'quick', done: 0, total: 1 };
    expect(routeMessage(state, 'primary', progress)).toEqual({ kind: 'drop' });
    expect(routeMessage(null, 'primary', { ...progress, requestId: 7 })).toEqual({ kind: 'drop' });
    expect(routeMessage({ ...state, finished: true }, 'primary', { ...progress, requestId: 7 })).toEqual({
      kind: 'drop',
    });
  });

  it('stamps results with the revision of the request and ends it on paths or error', () => {
    const result = analyzeMap(generateMap({ nodes: 5, tiesPerNode: 1, seed: 1 }));
    const quick = routeMessage(state, 'primary', { type: 'quick', requestId: 7, revision: 999, result });
    expect(quick).toEqual({ kind: 'update', state, update: { type: 'quick', revision: 42, result } });
    const paths = routeMessage(state, 'primary', { type: 'paths', requestId: 7, revision: 42, result });
    expect(paths.kind === 'update' && paths.state.finished).toBe(true);
    const error = routeMessage(state, 'primary', { type: 'error', requestId: 7, message: 'boom' });
    expect(error).toEqual({
      kind: 'update',
      state: { ...state, finished: true },
      update: { type: 'error', revision: 42, message: 'boom' },
    });
  });

  it('relays a split to the helper and its sums back to the primary', () => {
    const split = routeMessage(state, 'primary', { type: 'split', requestId: 7, csr, from: 50, to: 100 });
    expect(split).toEqual({
      kind: 'toHelper',
      state: { ...state, total: [0, 50] },
      message: { type: 'pathPart', requestId: 7, csr, from: 50, to: 100 },
    });
    expect(routeMessage(state, 'helper', { type: 'pathSums', requestId: 7, sums })).toEqual({
      kind: 'toPrimary',
      message: { type: 'partSums', requestId: 7, sums },
    });
  });

  it('adds up the path progress of both workers', () => {
    let s = startRequest(7, 42);
    const step = (from: 'primary' | 'helper', done: number, total: number) => {
      const route = routeMessage(s, from, { type: 'progress', requestId: 7, phase: 'paths', done, total });
      if (route.kind !== 'update') throw new Error('expected an update');
      s = route.state;
      return route.update;
    };
    expect(step('primary', 16, 50)).toEqual({
      type: 'progress',
      revision: 42,
      phase: 'paths',
      done: 16,
      total: 50,
    });
    expect(step('helper', 32, 50)).toEqual({
      type: 'progress',
      revision: 42,
      phase: 'paths',
      done: 48,
      total: 100,
    });
    expect(step('primary', 48, 50)).toEqual({
      type: 'progress',
      revision: 42,
      phase: 'paths',
      done: 80,
      total: 100,
    });
  });
});

/** A client over in-thread workers, recording updates and how many workers it started. */
function harness(splitFrom = Infinity) {
  const updates: AnalysisUpdate[] = [];
  const workers: WorkerLike[] = [];
  let notify = () => {};
  const client = new AnalysisClient({
    splitFrom,
    createWorker: () => {
      const worker = createInlineWorker();
      workers.push(worker);
      return worker;
    },
    onUpdate: (u) => {
      updates.push(u);
      notify();
    },
  });
  /** Resolves once an update satisfying `done` has arrived. */
  const until = (done: (u: AnalysisUpdate) => boolean) =>
    new Promise<void>((resolve) => {
      notify = () => {
        if (updates.some(done)) resolve();
      };
      notify();
    });
  return { client, updates, workers, until };
}

const ended = (u: AnalysisUpdate) => u.type === 'paths' || u.type === 'error' || u.type === 'cancelled';

function expectSameNumbers(a: ReturnType<typeof analyzeMap>, b: ReturnType<typeof analyzeMap>): void {
  expect(a.nodes.map((n) => n.id)).toEqual(b.nodes.map((n) => n.id));
  a.nodes.forEach((n, i) => {
    const m = b.nodes[i];
    expect(Math.abs((n.betweenness ?? NaN) - (m?.betweenness ?? NaN))).toBeLessThan(1e-12);
    expect(Math.abs((n.closeness ?? NaN) - (m?.closeness ?? NaN))).toBeLessThan(1e-12);
  });
  expect(a.insights.map((i) => i.id)).toEqual(b.insights.map((i) => i.id));
}

describe('AnalysisClient over in-thread workers', () => {
  const doc: CareMap = generateMap({ nodes: 150, tiesPerNode: 2, seed: 11 });
  const settings = resolveSettings();

  it('sends progress, the quick result, then the complete one, all stamped with the revision', async () => {
    const { client, updates, workers, until } = harness();
    client.analyze(doc, settings, 5);
    await until(ended);
    const types = updates.map((u) => u.type);
    expect(types[0]).toBe('progress');
    expect(types.indexOf('quick')).toBeLessThan(types.indexOf('paths'));
    expect(types.at(-1)).toBe('paths');
    expect(updates.every((u) => u.revision === 5)).toBe(true);
    const quick = updates.find((u) => u.type === 'quick');
    const full = updates.find((u) => u.type === 'paths');
    expect(quick?.type === 'quick' && quick.result.nodes.every((n) => n.betweenness === null)).toBe(true);
    expect(full?.type === 'paths' && full.result).toEqual(analyzeMap(doc, settings));
    expect(workers).toHaveLength(1);
    expect(client.busy).toBe(false);
  });

  it('two workers splitting the path pass give the numbers of one', async () => {
    const { client, updates, workers, until } = harness(100);
    client.analyze(doc, settings, 1);
    await until(ended);
    expect(workers).toHaveLength(2);
    const full = updates.find((u) => u.type === 'paths');
    if (full?.type !== 'paths') throw new Error('no complete result');
    expectSameNumbers(full.result, analyzeMap(doc, settings));
    // Progress of the path pass ends at the node count: both halves counted.
    const last = updates.filter((u) => u.type === 'progress' && u.phase === 'paths').at(-1);
    expect(last).toMatchObject({ total: 150 });
  });

  it('a newer request silences the older one, and its answer is about the newer document', async () => {
    const { client, updates, until } = harness();
    const other = generateMap({ nodes: 40, tiesPerNode: 2, seed: 3 });
    client.analyze(doc, settings, 1);
    client.analyze(other, settings, 2);
    await until(ended);
    expect(updates.every((u) => u.revision === 2)).toBe(true);
    const full = updates.find((u) => u.type === 'paths');
    expect(full?.type === 'paths' && full.result.map.nodes).toBe(40);
  });

  it('cancel reports cancelled and no complete result follows', async () => {
    const { client, updates, until } = harness(100);
    client.analyze(doc, settings, 3);
    await until((u) => u.type === 'quick');
    client.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates.at(-1)).toEqual({ type: 'cancelled', revision: 3 });
    expect(updates.some((u) => u.type === 'paths')).toBe(false);
    expect(client.busy).toBe(false);
  });

  it('a failure inside the worker comes back as an error update, not a throw', async () => {
    const { client, updates, until } = harness();
    client.analyze({ ...doc, ties: null } as unknown as CareMap, settings, 9);
    await until(ended);
    expect(updates.at(-1)).toMatchObject({ type: 'error', revision: 9 });
  });

  it('without paths in the settings the quick result is the complete one', async () => {
    const { client, updates, until } = harness();
    client.analyze(doc, resolveSettings({ paths: false }), 4);
    await until(ended);
    const full = updates.find((u) => u.type === 'paths');
    expect(full?.type === 'paths' && full.result.settings.paths).toBe(false);
  });

  it('without a quick result asked for, only the complete one comes', async () => {
    const { client, updates, until } = harness(100);
    client.analyze(doc, settings, 6, false);
    await until(ended);
    expect(updates.some((u) => u.type === 'quick')).toBe(false);
    const full = updates.find((u) => u.type === 'paths');
    if (full?.type !== 'paths') throw new Error('no complete result');
    expectSameNumbers(full.result, analyzeMap(doc, settings));
  });

  it('analyzeToEnd resolves to the complete result, two workers sharing the pass', async () => {
    const workers: WorkerLike[] = [];
    const make = () => {
      const worker = createInlineWorker();
      workers.push(worker);
      return worker;
    };
    const seen: number[] = [];
    const result = await analyzeToEnd(doc, settings, { createWorker: make, splitFrom: 100 }, (done) =>
      seen.push(done),
    );
    expect(workers).toHaveLength(2);
    expectSameNumbers(result, analyzeMap(doc, settings));
    expect(seen.at(-1)).toBe(150);
    await expect(
      analyzeToEnd({ ...doc, ties: null } as unknown as CareMap, settings, { createWorker: make }),
    ).rejects.toThrow();
  });
});

describe('a sampled path pass shared between workers', () => {
  it('gives the estimate one thread gives: the helper runs its positions of the sampled source list', () => {
    const csr = new MeasureContext(generateMap({ nodes: 400, tiesPerNode: 2, seed: 2 }), resolveSettings())
      .csr;
    const plan = planPaths(csr, { exact: false, seed: 3, exactBudget: 0, sampleBudget: 0, minSources: 120 });
    const sources = plan.sources ?? new Int32Array();
    expect(sources.length).toBeGreaterThanOrEqual(120);
    const answers: FromWorker[] = [];
    const helper = createWorkerCore((m) => answers.push(m));
    helper({ type: 'pathPart', requestId: 1, csr, sources, from: 50, to: sources.length });
    const part = answers.find((a) => a.type === 'pathSums');
    if (part?.type !== 'pathSums') throw new Error('no sums');
    const own = pathPass(csr, { sources, sample: true, from: 0, to: 50 });
    const split = finishPlannedPaths(csr.n, mergePathSums([own, part.sums]), plan);
    const single = plannedPathCentrality(csr, {
      exact: false,
      seed: 3,
      exactBudget: 0,
      sampleBudget: 0,
      minSources: 120,
    });
    for (let i = 0; i < csr.n; i++) {
      expect(Math.abs((split.betweenness[i] as number) - (single.betweenness[i] as number))).toBeLessThan(
        1e-12,
      );
      expect(Math.abs((split.closeness[i] as number) - (single.closeness[i] as number))).toBeLessThan(1e-12);
    }
    expect(split.estimate?.sources).toBe(sources.length);
    expect(Math.abs((split.estimate?.betweenness ?? 0) - (single.estimate?.betweenness ?? 1))).toBeLessThan(
      1e-12,
    );
  });
});
