// Breadth-first renumbering for the path kernel: a pass over the renumbered graph, put back in the
// map's order, gives the numbers of a pass over the graph as it is, exact or sampled, weighted or
// not, on a graph of several components (the expected values are the kernel's own on the original
// numbering, which kernel.test.ts checks against networkx).
import { describe, expect, it } from 'vitest';

import { MeasureContext, resolveSettings } from '../../src/analysis';
import { pathPass, type PathSums } from '../../src/analysis/kernel';
import { breadthFirstOrder, renumberSources, REORDER_FROM, restoreSums } from '../../src/analysis/reorder';
import { plannedPathCentrality } from '../../src/analysis/sampling';
import { generateMap } from '../helpers/generateMap';
import { fixtureGraph, loadFixture } from './fixtures';
import { csrFromEdges, csrFromGraph } from './reference';

function expectSame(actual: PathSums, expected: PathSums): void {
  const pairs: [ArrayLike<number>, ArrayLike<number>][] = [
    [actual.betweenness, expected.betweenness],
    [actual.distanceSum, expected.distanceSum],
    [actual.reached, expected.reached],
  ];
  if (expected.sample !== undefined) {
    const a = actual.sample;
    if (a === undefined) throw new Error('the sample sums were lost');
    pairs.push(
      [a.betweennessSquares, expected.sample.betweennessSquares],
      [a.distances, expected.sample.distances],
      [a.distanceSquares, expected.sample.distanceSquares],
      [a.hits, expected.sample.hits],
    );
  }
  for (const [got, want] of pairs) {
    expect(got.length).toBe(want.length);
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i] as number, 9);
  }
}

describe('breadth-first renumbering', () => {
  // A path 0-1-2-3, a triangle 4-5-6 with a tail 7, and an isolated node 8; node 5 has most ties.
  const edges = [
    [0, 1],
    [1, 2],
    [2, 3],
    [4, 5],
    [5, 6],
    [4, 6],
    [5, 7],
  ] as const;
  const csr = csrFromEdges(9, edges);

  it('numbers from the node with most ties, breadth first, then each other component in turn', () => {
    const order = breadthFirstOrder(csr);
    expect([...order.original]).toEqual([5, 4, 6, 7, 0, 1, 2, 3, 8]);
    for (let i = 0; i < 9; i++) expect(order.renumbered[order.original[i] as number]).toBe(i);
    // The renumbered graph has the same ties: 5 (now 0) is tied to 4, 6 and 7 (now 1, 2, 3).
    const row = (v: number) => [...order.csr.targets.subarray(order.csr.offsets[v], order.csr.offsets[v + 1])];
    expect(row(0).sort()).toEqual([1, 2, 3]);
    expect(order.csr.targets.length).toBe(csr.targets.length);
  });

  it('an exact pass over the renumbered graph gives the same sums, back in the map order', () => {
    const order = breadthFirstOrder(csr);
    expectSame(restoreSums(order, pathPass(order.csr)), pathPass(csr));
  });

  for (const weighted of [false, true]) {
    it(`a sampled pass gives the same sums, sample sums included (${weighted ? 'weighted' : 'unweighted'})`, () => {
      const f = loadFixture('random-weighted-300');
      const graph = csrFromGraph(fixtureGraph(f), weighted ? 'distance' : undefined);
      const sources = Int32Array.from([3, 17, 42, 99, 150, 151, 299]);
      const order = breadthFirstOrder(graph);
      expect(order.csr.lengths === null).toBe(!weighted);
      const renumbered = pathPass(order.csr, { sources: renumberSources(order, sources), sample: true });
      expectSame(restoreSums(order, renumbered), pathPass(graph, { sources, sample: true }));
    });
  }
});

describe('the analysis on a map big enough to be renumbered', () => {
  it('estimates the path measures as a pass over the map in its own order does', () => {
    const doc = generateMap({ nodes: REORDER_FROM, tiesPerNode: 2, seed: 5 });
    const budget = { exactBudget: 1, sampleBudget: 1, minSources: 40 };
    const settings = resolveSettings();
    const ctx = new MeasureContext(doc, settings, { pathBudget: budget });
    expect(ctx.kernelInput().csr).not.toBe(ctx.pathCsr());
    const got = ctx.paths();
    const want = plannedPathCentrality(ctx.pathCsr(), { exact: false, seed: settings.seed, ...budget });
    expect(got.estimate).toEqual(want.estimate);
    for (let i = 0; i < doc.nodes.length; i++) {
      expect(got.betweenness[i]).toBeCloseTo(want.betweenness[i] as number, 12);
      expect(got.closeness[i]).toBeCloseTo(want.closeness[i] as number, 12);
    }
  });
});
