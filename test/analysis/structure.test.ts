// The compact structural graph (buildStructure) and the CSR power iterations (spectral.ts): the
// structure must give the same CSR as a graphology graph built tie by tie, and PageRank and
// eigenvector must agree with graphology-metrics on the same graphs; plus the quick/full split of
// analyzeContext that the worker relies on.
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';

import {
  analyzeContext,
  analyzeMap,
  buildStructure,
  degreeAt,
  distanceCsr,
  edgeBetween,
  MeasureContext,
  pathCentrality,
  resolveSettings,
} from '../../src/analysis';
import { eigenvectorCsr, pagerankCsr } from '../../src/analysis/spectral';
import type { CareMap } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';
import { generateMap } from '../helpers/generateMap';
import { loadFixture } from './fixtures';
import { csrFromGraph, referenceGraph } from './reference';

const small = makeMap(
  [person('a'), person('b'), person('c'), node('t', 'team'), person('lonely')],
  [
    tie('1', 'a', 'b', { hoursPerWeek: 2 }),
    tie('2', 'b', 'a', { hoursPerWeek: 6, mutual: true }),
    tie('3', 'c', 'b'),
    tie('4', 'c', 't', { kind: 'membership' }),
  ],
);

describe('buildStructure', () => {
  it('merges ties per pair and indexes nodes in document order', () => {
    const s = buildStructure(small, { weighting: 'hours' });
    expect(s.ids).toEqual(['a', 'b', 'c', 't', 'lonely']);
    expect(s.edgeTies).toEqual([['1', '2'], ['3'], ['4']]);
    expect([...s.edgeWeight]).toEqual([8, 1, 1]);
    // c-b: the first tie names c first, so c is the edge's source.
    expect([s.edgeSource[1], s.edgeTarget[1]]).toEqual([2, 1]);
    expect([0, 1, 2, 3, 4].map((i) => degreeAt(s, i))).toEqual([1, 2, 2, 1, 0]);
    expect(edgeBetween(s, 1, 2)).toBe(1);
    expect(edgeBetween(s, 2, 1)).toBe(1);
    expect(edgeBetween(s, 0, 2)).toBe(-1);
    expect([...distanceCsr(s).lengths!]).toEqual([1 / 8, 1 / 8, 1, 1, 1, 1]);
  });

  it('gives the same CSR, slot for slot, as going through graphology', () => {
    const doc = generateMap({ nodes: 300, tiesPerNode: 3, seed: 5 });
    for (const weighting of ['none', 'hours', 'closeness'] as const) {
      const s = buildStructure(doc, { weighting });
      const viaGraph = csrFromGraph(referenceGraph(doc, { weighting }), 'distance');
      expect(s.ids).toEqual(viaGraph.ids);
      expect(s.csr.offsets).toEqual(viaGraph.offsets);
      expect(s.csr.targets).toEqual(viaGraph.targets);
      expect(distanceCsr(s).lengths).toEqual(viaGraph.lengths);
    }
  });
});

describe('PageRank and eigenvector over CSR', () => {
  const f = loadFixture('random-weighted-300');
  const doc: CareMap = makeMap(
    f.nodes.map((id) => person(id)),
    f.edges.map(([a, b, d], i) => tie(`e${i}`, a, b, { hoursPerWeek: 1 / (d ?? 1) })),
  );

  it.each([false, true])('agree with graphology-metrics to 1e-12 (weighted: %s)', (weighted) => {
    const ctx = new MeasureContext(doc, resolveSettings({ weighting: weighted ? 'hours' : 'none' }));
    const graph = referenceGraph(doc, { weighting: weighted ? 'hours' : 'none' });
    const weight = weighted ? 'weight' : null;
    const pr = pagerankCsr(ctx.csr, 0.85, {
      weights: ctx.slotWeights(),
      maxIterations: 1000,
      tolerance: 1e-10,
    });
    const ev = eigenvectorCsr(ctx.csr, { weights: ctx.slotWeights(), maxIterations: 1000, tolerance: 1e-9 });
    const prRef = pagerank(graph, {
      getEdgeWeight: weight,
      alpha: 0.85,
      maxIterations: 1000,
      tolerance: 1e-10,
    });
    const evRef = eigenvectorCentrality(graph, {
      getEdgeWeight: weight,
      maxIterations: 1000,
      tolerance: 1e-9,
    });
    ctx.ids.forEach((id, i) => {
      expect(Math.abs((pr?.[i] as number) - (prRef[id] as number))).toBeLessThan(1e-12);
      expect(Math.abs((ev?.[i] as number) - (evRef[id] as number))).toBeLessThan(1e-12);
    });
  });

  it('PageRank of a star with an isolated node: worked by hand', () => {
    // Star 0-(1,2,3) plus isolated 4, α = 0.85, n = 5. By symmetry the leaves share a value x; the
    // centre is c, the isolated (dangling) node z, whose mass is spread evenly. At the fixed point:
    //   c = 0.85·3x + 0.85·z/5 + 0.15/5,  x = 0.85·c/3 + 0.85·z/5 + 0.15/5,  z = 0.85·z/5 + 0.15/5.
    const z = 0.03 / 0.83;
    const k = (0.85 * z) / 5 + 0.03; // the constant term shared by c and x
    // c = 2.55x + k and x = (0.85/3)c + k  =>  c = 2.55((0.85/3)c + k) + k  =>  c(1 − 0.7225) = 3.55k
    const c = (3.55 * k) / (1 - 0.7225);
    const x = (0.85 / 3) * c + k;
    const star = {
      n: 5,
      ids: ['0', '1', '2', '3', '4'],
      offsets: Int32Array.from([0, 3, 4, 5, 6, 6]),
      targets: Int32Array.from([1, 2, 3, 0, 0, 0]),
      lengths: null,
    };
    const pr = pagerankCsr(star, 0.85, { weights: null, maxIterations: 1000, tolerance: 1e-14 });
    expect(c + 3 * x + z).toBeCloseTo(1, 12);
    expect(pr?.[0]).toBeCloseTo(c, 10);
    expect(pr?.[1]).toBeCloseTo(x, 10);
    expect(pr?.[4]).toBeCloseTo(z, 10);
  });

  it('eigenvector of a path a-b-c is (1, √2, 1)/2 and returns null when it cannot converge in time', () => {
    const path = {
      n: 3,
      ids: ['a', 'b', 'c'],
      offsets: Int32Array.from([0, 1, 3, 4]),
      targets: Int32Array.from([1, 0, 2, 1]),
      lengths: null,
    };
    const ev = eigenvectorCsr(path, { weights: null, maxIterations: 1000, tolerance: 1e-12 });
    expect(ev?.[0]).toBeCloseTo(0.5, 9);
    expect(ev?.[1]).toBeCloseTo(Math.SQRT2 / 2, 9);
    expect(ev?.[2]).toBeCloseTo(0.5, 9);
    expect(eigenvectorCsr(path, { weights: null, maxIterations: 2, tolerance: 1e-12 })).toBeNull();
  });
});

describe('analyzeContext: quick result first, then paths on the same context', () => {
  const doc = generateMap({ nodes: 120, tiesPerNode: 2, seed: 3 });

  it('the quick result has no path measures and says so; the full one equals analyzeMap', () => {
    const ctx = new MeasureContext(doc, resolveSettings());
    const quick = analyzeContext(ctx, false);
    expect(quick.settings.paths).toBe(false);
    expect(quick.nodes.every((n) => n.betweenness === null && n.closeness === null)).toBe(true);
    expect(quick.insights.some((i) => i.type === 'broker-low-capacity')).toBe(false);
    const full = analyzeContext(ctx, true);
    expect(full).toEqual(analyzeMap(doc, resolveSettings()));
    // Everything but the path measures is shared between the two.
    expect(quick.nodes.map((n) => n.pagerank)).toEqual(full.nodes.map((n) => n.pagerank));
    expect(quick.figures).toBe(full.figures);
  });

  it('path measures supplied from outside (workers) give the same result', () => {
    const ctx = new MeasureContext(doc, resolveSettings());
    const supplied = new MeasureContext(doc, resolveSettings(), { paths: pathCentrality(ctx.csr) });
    expect(analyzeContext(supplied)).toEqual(analyzeContext(ctx));
    expect(
      () => new MeasureContext(doc, resolveSettings(), { paths: pathCentrality(buildStructure(small).csr) }),
    ).toThrow(/5 nodes given to a map of 120/);
  });
});
