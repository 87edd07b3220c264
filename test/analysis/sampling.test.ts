// Estimated path measures (src/analysis/sampling.ts): which sources a plan picks, that a sample of
// every node gives the exact values, that sampled sources keep their exact closeness, and on a
// generated 5,000-node map that the estimate from the smallest sample ever used ranks nodes like
// the exact measure (Spearman ≥ 0.95) and that the insights built on it name the same top
// brokers. The exact values come from the kernel's exact pass, which kernel.test.ts holds to
// networkx and graphology-metrics; Spearman's rho is the comparison's (compare/waves.ts), which
// its tests hold to scipy.
import { describe, expect, it } from 'vitest';

import { analyzeMap, MeasureContext, pathCentrality, resolveSettings, spearman } from '../../src/analysis';
import {
  EXACT_PATH_BUDGET,
  exactWork,
  finishPlannedPaths,
  MIN_SAMPLE_SOURCES,
  planPaths,
  plannedPathCentrality,
} from '../../src/analysis/sampling';
import { pathPass } from '../../src/analysis/kernel';
import { generateMap } from '../helpers/generateMap';
import { csrFromEdges } from './reference';

/** Two paths of 60 nodes and a triangle: components of 60, 60 and 3 nodes. */
function threeParts() {
  const edges: [number, number][] = [];
  for (let i = 0; i < 59; i++) edges.push([i, i + 1]);
  for (let i = 60; i < 119; i++) edges.push([i, i + 1]);
  edges.push([120, 121], [121, 122], [120, 122]);
  return csrFromEdges(123, edges);
}

describe('planPaths', () => {
  it('runs every source when the exact pass fits the budget or exact is asked', () => {
    const csr = threeParts();
    expect(planPaths(csr, { exact: false, seed: 1 }).sources).toBeNull();
    expect(exactWork(csr)).toBeLessThan(EXACT_PATH_BUDGET);
    expect(
      planPaths(csr, { exact: true, seed: 1, exactBudget: 0, sampleBudget: 0, minSources: 10 }).sources,
    ).toBeNull();
  });

  it('samples each component in proportion to its size, runs small ones whole, and repeats by seed', () => {
    const csr = threeParts();
    const budget = { exactBudget: 0, sampleBudget: 0, minSources: 41 };
    const plan = planPaths(csr, { exact: false, seed: 7, ...budget });
    // 41 of 123 is a third: 20 of each 60-node path; the triangle (3 nodes) gets round(1) = 2.
    expect(plan.sizes).toEqual([60, 60, 3]);
    expect(plan.sampled).toEqual([20, 20, 2]);
    const sources = Array.from(plan.sources ?? []);
    expect(sources).toHaveLength(42);
    expect(new Set(sources).size).toBe(42);
    expect(sources).toEqual([...sources].sort((a, b) => a - b));
    expect(sources.filter((s) => s < 60)).toHaveLength(20);
    expect(sources.filter((s) => s >= 120)).toHaveLength(2);
    expect(Array.from(planPaths(csr, { exact: false, seed: 7, ...budget }).sources ?? [])).toEqual(sources);
    expect(Array.from(planPaths(csr, { exact: false, seed: 8, ...budget }).sources ?? [])).not.toEqual(
      sources,
    );
  });
});

describe('finishPlannedPaths', () => {
  it('a "sample" of every node of each component gives the exact values and a zero interval', () => {
    // Path 0-1-2-3-4: betweenness [0, 0.5, 4/6, 0.5, 0] and closeness 4/Σd (see kernel.test.ts).
    const csr = csrFromEdges(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const all = Int32Array.from([0, 1, 2, 3, 4]);
    const plan = { ...planPaths(csr, { exact: true, seed: 1 }), sources: all };
    const r = finishPlannedPaths(5, pathPass(csr, { sources: all, sample: true }), plan);
    expect(Array.from(r.betweenness).map((x) => x.toFixed(12))).toEqual(
      [0, 0.5, 4 / 6, 0.5, 0].map((x) => x.toFixed(12)),
    );
    expect(Array.from(r.closeness).map((x) => x.toFixed(12))).toEqual(
      [0.4, 4 / 7, 4 / 6, 4 / 7, 0.4].map((x) => x.toFixed(12)),
    );
    expect(r.estimate).toMatchObject({ sources: 5, of: 5, betweenness: 0, closeness: 0 });
  });

  it('scales a sample up: sources 0 and 4 of the path see b, c, d on 3 of their 4 targets', () => {
    // From 0: dependencies b 3, c 2, d 1; from 4 the mirror image. Sum b 4, c 4, d 4; scaled by
    // 5/2 sources and normalised by 1/12: each 10/12. Closeness of a source is exact (0.4); of c,
    // the mean distance from the sources is 2, so 4 / (4 × 2) = 0.5.
    const csr = csrFromEdges(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const sources = Int32Array.from([0, 4]);
    const plan = { ...planPaths(csr, { exact: true, seed: 1 }), sources, sampled: [2] };
    const r = finishPlannedPaths(5, pathPass(csr, { sources, sample: true }), plan);
    expect(Array.from(r.betweenness).map((x) => x.toFixed(12))).toEqual(
      [0, 10 / 12, 10 / 12, 10 / 12, 0].map((x) => x.toFixed(12)),
    );
    expect(r.closeness[0]).toBe(0.4);
    expect(r.closeness[4]).toBe(0.4);
    expect(r.closeness[2]).toBe(0.5);
    // Sample of b's dependencies {3, 1}: variance 2, SE = 5/12 × √((1 − 2/5) × 2 / 2); × 1.96.
    expect(r.estimate?.betweenness).toBeCloseTo(1.959964 * (5 / 12) * Math.sqrt(0.6), 9);
  });

  it('refuses sums from an exact pass for a sampled plan', () => {
    const csr = threeParts();
    const plan = planPaths(csr, { exact: false, seed: 1, exactBudget: 0, sampleBudget: 0, minSources: 41 });
    expect(() => finishPlannedPaths(csr.n, pathPass(csr), plan)).toThrow(/sampled pass/);
  });
});

describe('the estimate on a generated map of 5,000 nodes', () => {
  const doc = generateMap({ nodes: 5000, tiesPerNode: 3, seed: 42 });
  const settings = resolveSettings();
  const csr = new MeasureContext(doc, settings).csr;
  const exact = pathCentrality(csr);
  // The smallest sample any estimate uses (MIN_SAMPLE_SOURCES), forced on a map that is exact by default.
  const budget = { exactBudget: 0, sampleBudget: 0 };
  const estimate = plannedPathCentrality(csr, { exact: false, seed: settings.seed, ...budget });

  it(`ranks nodes like the exact measure (Spearman ≥ 0.95) from ${MIN_SAMPLE_SOURCES} sources`, () => {
    expect(estimate.estimate).toMatchObject({ sources: MIN_SAMPLE_SOURCES, of: 5000 });
    expect(spearman(estimate.betweenness, exact.betweenness)).toBeGreaterThanOrEqual(0.95);
    expect(spearman(estimate.closeness, exact.closeness)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps nearly every node within the stated ± of its exact value', () => {
    const { betweenness: db, closeness: dc } = estimate.estimate ?? { betweenness: 0, closeness: 0 };
    let outside = 0;
    for (let i = 0; i < csr.n; i++) {
      if (Math.abs((estimate.betweenness[i] as number) - (exact.betweenness[i] as number)) > db) outside++;
      if (Math.abs((estimate.closeness[i] as number) - (exact.closeness[i] as number)) > dc) outside++;
    }
    // The stated ± is the widest 95% interval, so at most a few of the 10,000 values fall outside.
    expect(outside).toBeLessThan(50);
  });

  it('the insights built on it name the same top brokers', () => {
    // The broker threshold halfway across the widest gap among the ten highest exact values
    // (wider than the stated ± on both sides, so no broker sits on the fence).
    const sorted = Array.from(exact.betweenness).sort((x, y) => y - x);
    let gap = 0;
    for (let i = 1; i < 10; i++)
      if (
        (sorted[i - 1] as number) - (sorted[i] as number) >
        (sorted[gap] as number) - (sorted[gap + 1] as number)
      )
        gap = i - 1;
    const margin = (sorted[gap] as number) - (sorted[gap + 1] as number);
    expect(margin).toBeGreaterThan(2 * (estimate.estimate?.betweenness ?? Infinity));
    const highBetweenness = ((sorted[gap] as number) + (sorted[gap + 1] as number)) / 2;
    // Everyone declares 2 hours a week, so the broker rule turns on betweenness alone.
    const stretched = {
      ...doc,
      nodes: doc.nodes.map((n) => ({ ...n, capacity: { ...n.capacity, hoursPerWeek: 2 } })),
    };
    const s = resolveSettings({ thresholds: { highBetweenness } });
    const a = analyzeMap(stretched, s, { paths: exact });
    const b = analyzeMap(stretched, s, { paths: estimate });
    expect(a.pathEstimate).toBeNull();
    expect(b.pathEstimate?.sources).toBe(MIN_SAMPLE_SOURCES);
    const brokers = (r: typeof a) =>
      r.insights
        .filter((i) => i.type === 'broker-low-capacity')
        .map((i) => i.nodes[0])
        .sort();
    expect(brokers(a).length).toBeGreaterThan(0);
    expect(brokers(b)).toEqual(brokers(a));
    const topConnectors = (r: typeof a) =>
      r.insights
        .filter((i) => i.type === 'formal-informal-connector')
        .slice(0, 10)
        .map((i) => i.nodes[0])
        .sort();
    expect(topConnectors(b)).toEqual(topConnectors(a));
  });
});
