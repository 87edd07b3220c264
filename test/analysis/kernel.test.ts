// The fast path kernel against networkx (stored fixtures) and graphology-metrics (run live), plus
// hand-worked small graphs.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';

import { finishPaths, mergePathSums, pathCentrality, pathPass } from '../../src/analysis/kernel';
import { fixtureGraph, loadFixture } from './fixtures';
import { csrFromEdges, csrFromGraph } from './reference';

function byId(ids: readonly string[], values: Float64Array): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, values[i] as number]));
}

function expectClose(
  actual: Record<string, number>,
  expected: Record<string, number | null>,
  tolerance = 1e-9,
): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    expect(
      Math.abs((actual[id] as number) - (value as number)),
      `node ${id}: ${actual[id]} vs ${value}`,
    ).toBeLessThan(tolerance);
  }
}

describe('path kernel against networkx', () => {
  for (const name of ['karate', 'florentine', 'random-weighted-120', 'random-weighted-300']) {
    it(`${name}: unweighted betweenness and closeness equal networkx to 1e-9`, () => {
      const f = loadFixture(name);
      const csr = csrFromGraph(fixtureGraph(f));
      const result = pathCentrality(csr);
      expectClose(byId(csr.ids, result.betweenness), f.expected.betweenness);
      expectClose(byId(csr.ids, result.closeness), f.expected.closeness);
    });
  }
  for (const name of ['random-weighted-120', 'random-weighted-300']) {
    it(`${name}: weighted (Dijkstra) betweenness and closeness equal networkx to 1e-9`, () => {
      const f = loadFixture(name);
      const csr = csrFromGraph(fixtureGraph(f), 'distance');
      const result = pathCentrality(csr);
      const w = f.expectedWeighted;
      if (w === undefined) throw new Error('fixture lacks weighted values');
      expectClose(byId(csr.ids, result.betweenness), w.betweenness);
      expectClose(byId(csr.ids, result.closeness), w.closeness);
    });
  }
  it('karate club: the published top betweenness values (node 0 ≈ 0.4376, node 33 ≈ 0.3041)', () => {
    const csr = csrFromGraph(fixtureGraph(loadFixture('karate')));
    const b = byId(csr.ids, pathCentrality(csr).betweenness);
    expect(b['0']).toBeCloseTo(0.4376, 4);
    expect(b['33']).toBeCloseTo(0.3041, 4);
  });
});

describe('path kernel against graphology-metrics', () => {
  for (const name of ['karate', 'florentine', 'random-weighted-300']) {
    it(`${name}: same betweenness and Wasserman–Faust closeness as graphology-metrics`, () => {
      const g = fixtureGraph(loadFixture(name));
      const csr = csrFromGraph(g);
      const result = pathCentrality(csr);
      expectClose(
        byId(csr.ids, result.betweenness),
        betweennessCentrality(g, { getEdgeWeight: null, normalized: true }),
      );
      expectClose(byId(csr.ids, result.closeness), closenessCentrality(g, { wassermanFaust: true }));
    });
  }
  it('random-weighted-300: same weighted betweenness as graphology-metrics with getEdgeWeight distance', () => {
    const g = fixtureGraph(loadFixture('random-weighted-300'));
    const csr = csrFromGraph(g, 'distance');
    expectClose(
      byId(csr.ids, pathCentrality(csr).betweenness),
      betweennessCentrality(g, { getEdgeWeight: 'distance', normalized: true }),
    );
  });
});

describe('path kernel on hand-worked graphs', () => {
  it('path a-b-c-d-e', () => {
    // Raw pair counts: b lies on a–c, a–d, a–e (3), c on a–d, a–e, b–d, b–e (4).
    // Normalised by (n-1)(n-2)/2 = 6 pairs: b = 3/6, c = 4/6. Closeness (n-1)/Σd: a 4/10, b 4/7, c 4/6.
    const csr = csrFromEdges(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const r = pathCentrality(csr);
    expect(Array.from(r.betweenness)).toEqual([0, 0.5, 4 / 6, 0.5, 0]);
    expect(Array.from(r.closeness).map((x) => x.toFixed(12))).toEqual(
      [0.4, 4 / 7, 4 / 6, 4 / 7, 0.4].map((x) => x.toFixed(12)),
    );
  });

  it('star with centre 0 and four leaves', () => {
    // Every one of the 6 leaf pairs passes through the centre: 6/6 = 1. Leaf closeness 4/(1+2+2+2).
    const r = pathCentrality(
      csrFromEdges(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expect(Array.from(r.betweenness)).toEqual([1, 0, 0, 0, 0]);
    expect(r.closeness[0]).toBe(1);
    expect(r.closeness[1]).toBeCloseTo(4 / 7, 12);
  });

  it('two triangles joined by one tie (a,b,c)-(d,e,f) via c-d', () => {
    // c is on every path from {a,b} to {d,e,f}: 6 pairs of 10 → 0.6; same for d. Closeness of c:
    // 5/(1+1+1+2+2) = 5/7; of a: 5/(1+1+2+3+3) = 0.5.
    const r = pathCentrality(
      csrFromEdges(6, [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [3, 5],
      ]),
    );
    expect(Array.from(r.betweenness).map((x) => x.toFixed(12))).toEqual(
      [0, 0, 0.6, 0.6, 0, 0].map((x) => x.toFixed(12)),
    );
    expect(r.closeness[2]).toBeCloseTo(5 / 7, 12);
    expect(r.closeness[0]).toBe(0.5);
  });

  it('weighted square: the strong route wins and equal routes split', () => {
    // Square 0-1-2-3-0 with lengths 0-1: 1, 1-2: 1, 2-3: 1, 3-0: 3. From 0 to 3 the route via 1
    // and 2 (length 3) ties with the direct tie (length 3): 2 shortest paths, 1 and 2 each carry
    // half. 0 to 2: only via 1 (2 < 4). 1 to 3: via 2 (2) beats via 0 (4). Raw ordered-pair
    // sums: node 1 gets 2×(½ + 1) = 3, node 2 gets 2×(½ + 1) = 3; normalised by 3×2 = 6 → 0.5.
    const csr = csrFromEdges(
      4,
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ],
      [1, 1, 1, 3],
    );
    const r = pathCentrality(csr);
    expect(Array.from(r.betweenness)).toEqual([0, 0.5, 0.5, 0]);
    // Closeness of 0: distances 1, 2, 3 → 3/6.
    expect(r.closeness[0]).toBe(0.5);
  });

  it('an isolated node has closeness 0 and disconnected parts use the Wasserman–Faust factor', () => {
    // Edge 0-1 plus isolated 2: node 0 reaches 1 node at distance 1 → (1/1) × (1/2) = 0.5.
    const r = pathCentrality(csrFromEdges(3, [[0, 1]]));
    expect(Array.from(r.closeness)).toEqual([0.5, 0.5, 0]);
    expect(Array.from(r.betweenness)).toEqual([0, 0, 0]);
  });

  it('splitting the sources between two passes gives the same result as one', () => {
    const f = loadFixture('random-weighted-300');
    const csr = csrFromGraph(fixtureGraph(f), 'distance');
    const whole = pathCentrality(csr);
    const half = Math.floor(csr.n / 2);
    const merged = finishPaths(
      csr.n,
      mergePathSums([pathPass(csr, { from: 0, to: half }), pathPass(csr, { from: half })]),
    );
    for (let i = 0; i < csr.n; i++) {
      expect(Math.abs((merged.betweenness[i] as number) - (whole.betweenness[i] as number))).toBeLessThan(
        1e-12,
      );
      expect(merged.closeness[i]).toBe(whole.closeness[i]);
    }
  });

  it('reports progress and stops when asked', () => {
    const csr = csrFromGraph(new UndirectedGraph());
    expect(pathCentrality(csr).betweenness.length).toBe(0);
    const big = csrFromEdges(10, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [6, 7],
      [7, 8],
      [8, 9],
    ]);
    const seen: number[] = [];
    const partial = pathPass(big, {
      progressEvery: 3,
      onProgress: (done) => seen.push(done),
      shouldStop: () => seen.length === 2,
    });
    expect(seen).toEqual([3, 6]);
    // Only sources 0..5 ran: source 6 onwards has no distance sum.
    expect(Array.from(partial.reached)).toEqual([9, 9, 9, 9, 9, 9, 0, 0, 0, 0]);
  });
});
