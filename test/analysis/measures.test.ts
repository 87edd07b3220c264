// Node measures through the registry, on Zachary's karate club and the Florentine families
// (expected values from networkx, stored by scripts/reference/make_fixtures.py) and on the
// hand-worked path, star and two-triangle graphs.
import { describe, expect, it } from 'vitest';

import { computeNodeMeasures, MeasureContext, type NodeMeasureId } from '../../src/analysis/metrics';
import { resolveSettings } from '../../src/analysis/settings';
import type { CareMap } from '../../src/model';
import { makeMap, person, tie, ties } from '../helpers/build';
import { loadFixture, type ReferenceFixture } from './fixtures';

function fixtureMap(f: ReferenceFixture): CareMap {
  return makeMap(
    f.nodes.map((id) => person(id)),
    f.edges.map(([a, b], i) => tie(`e${i}`, a, b)),
  );
}

function measures(doc: CareMap): { ctx: MeasureContext; get: (m: NodeMeasureId) => Record<string, number> } {
  const ctx = new MeasureContext(doc, resolveSettings());
  const all = computeNodeMeasures(ctx);
  return {
    ctx,
    get: (m) => {
      const values = all.get(m);
      if (values === null || values === undefined) throw new Error(`no ${m}`);
      return Object.fromEntries(ctx.ids.map((id, i) => [id, values[i] as number]));
    },
  };
}

function expectClose(
  actual: Record<string, number>,
  expected: Record<string, number | null>,
  tolerance: number,
): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    if (value === null) expect(actual[id], `node ${id}`).toBeNaN();
    else
      expect(
        Math.abs((actual[id] as number) - value),
        `node ${id}: ${actual[id]} vs ${value}`,
      ).toBeLessThanOrEqual(tolerance);
  }
}

describe.each(['karate', 'florentine'])('%s against networkx', (name) => {
  const f = loadFixture(name);
  const { ctx, get } = measures(fixtureMap(f));
  it('betweenness and closeness', () => {
    expectClose(get('betweenness'), f.expected.betweenness, 1e-9);
    expectClose(get('closeness'), f.expected.closeness, 1e-9);
  });
  it('clustering, constraint, effective size and core number', () => {
    expectClose(get('clustering'), f.expected.clustering, 1e-12);
    expectClose(get('constraint'), f.expected.constraint, 1e-12);
    expectClose(get('effectiveSize'), f.expected.effectiveSize, 1e-12);
    expectClose(get('coreNumber'), f.expected.coreNumber, 0);
  });
  it('eigenvector and PageRank (iterative: agree to 1e-6)', () => {
    expectClose(get('eigenvector'), f.expected.eigenvector, 1e-6);
    expectClose(get('pagerank'), f.expected.pagerank, 1e-6);
  });
  it('articulation points and bridges', () => {
    const cuts = ctx.cutPoints();
    expect(cuts.nodes.map((c) => ctx.ids[c.node]).sort()).toEqual(f.expected.articulationPoints);
    expect(cuts.edges.map((e) => [ctx.ids[e.a], ctx.ids[e.b]].sort()).sort()).toEqual(f.expected.bridges);
  });
});

describe('karate club published values', () => {
  it('node 33 has the top eigenvector centrality ≈ 0.3734 and node 0 the top PageRank ≈ 0.0970', () => {
    const { get } = measures(fixtureMap(loadFixture('karate')));
    expect(get('eigenvector')['33']).toBeCloseTo(0.3734, 4);
    expect(get('pagerank')['0']).toBeCloseTo(0.097, 4);
    expect(Math.max(...Object.values(get('coreNumber')))).toBe(4);
  });
});

describe('hand-worked graphs', () => {
  it('star: centre constraint 4 × (1/4)² = 0.25, effective size 4; leaves constraint 1, effective size 1', () => {
    const doc = makeMap(
      ['c', 'l1', 'l2', 'l3', 'l4'].map((id) => person(id)),
      ['l1', 'l2', 'l3', 'l4'].map((l, i) => tie(`t${i}`, 'c', l)),
    );
    const { get } = measures(doc);
    expect(get('constraint')).toEqual({ c: 0.25, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(get('effectiveSize')).toEqual({ c: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(get('clustering')).toEqual({ c: 0, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(get('coreNumber')).toEqual({ c: 1, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(get('degree')).toEqual({ c: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
  });

  it('two triangles joined by c-d', () => {
    const doc = makeMap(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id)),
      ties('a-b b-c a-c c-d d-e e-f d-f'),
    );
    const { ctx, get } = measures(doc);
    // c: neighbours a, b, d with one tie among them → 1/3. a: neighbours b, c tied → 1.
    expect(get('clustering')['c']).toBeCloseTo(1 / 3, 15);
    expect(get('clustering')['a']).toBe(1);
    // Constraint of c: a and b each (1/3 + 1/3·1/2)² = 1/4, d (1/3)² = 1/9 → 11/18.
    expect(get('constraint')['c']).toBeCloseTo(11 / 18, 15);
    // Constraint of a: b (1/2 + 1/2·1/3)² = 4/9, c (1/2 + 1/2·1/2)² = 9/16 → 145/144.
    expect(get('constraint')['a']).toBeCloseTo(145 / 144, 15);
    // Effective size of c: 3 − 2·1/3 = 7/3; of a: 2 − 2·1/2 = 1.
    expect(get('effectiveSize')['c']).toBeCloseTo(7 / 3, 15);
    expect(get('effectiveSize')['a']).toBe(1);
    expect(Object.values(get('coreNumber'))).toEqual([2, 2, 2, 2, 2, 2]);
    // Cut points: c and d. Without c, {a, b} (2 nodes) is cut off from {d, e, f} (3).
    const cuts = ctx.cutPoints();
    const byNode = Object.fromEntries(
      cuts.nodes.map((c) => [ctx.ids[c.node] as string, c.cutOff.map((i) => ctx.ids[i]).sort()]),
    );
    expect(byNode).toEqual({ c: ['a', 'b'], d: ['e', 'f'] });
    expect(
      cuts.edges.map((e) => [[ctx.ids[e.a], ctx.ids[e.b]].sort(), e.cutOff.map((i) => ctx.ids[i]).sort()]),
    ).toEqual([
      // Both sides hold 3 nodes; the side away from the search root (a) is the one reported.
      [
        ['c', 'd'],
        ['d', 'e', 'f'],
      ],
    ]);
    // Communities: the two triangles.
    const community = get('community');
    expect(community['a']).toBe(community['c']);
    expect(community['d']).toBe(community['f']);
    expect(community['a']).not.toBe(community['d']);
  });

  it('path a-b-c-d-e: degree, cut points and who each cuts off', () => {
    const doc = makeMap(
      ['a', 'b', 'c', 'd', 'e'].map((id) => person(id)),
      ties('a-b b-c c-d d-e'),
    );
    const { ctx, get } = measures(doc);
    expect(get('betweenness')).toEqual({ a: 0, b: 0.5, c: 4 / 6, d: 0.5, e: 0 });
    const cut = Object.fromEntries(
      ctx.cutPoints().nodes.map((c) => [ctx.ids[c.node] as string, c.cutOff.map((i) => ctx.ids[i]).sort()]),
    );
    // Removing b leaves {a} and {c,d,e}: a is cut off. Removing c leaves two pairs of equal size:
    // the part above c in the search tree (a, b) is kept, d and e are cut off.
    expect(cut).toEqual({ b: ['a'], c: ['d', 'e'], d: ['e'] });
    expect(ctx.cutPoints().edges).toHaveLength(4);
  });

  it('several ties between one pair are one structural edge; direction is dropped', () => {
    const doc = makeMap(
      [person('a'), person('b')],
      [tie('1', 'a', 'b', { hoursPerWeek: 2 }), tie('2', 'b', 'a', { hoursPerWeek: 3, mutual: true })],
    );
    const { get } = measures(doc);
    expect(get('degree')).toEqual({ a: 1, b: 1 });
    expect(get('ties')).toEqual({ a: 2, b: 2 });
    expect(get('weightedDegree')).toEqual({ a: 5, b: 5 });
    // a gives 2 (tie 1) + 3 (mutual tie 2 counts both ways); b gives 3.
    expect(get('hoursGiven')).toEqual({ a: 5, b: 3 });
    expect(get('hoursReceived')).toEqual({ a: 3, b: 5 });
    expect(get('outDegree')).toEqual({ a: 2, b: 1 });
    expect(get('inDegree')).toEqual({ a: 1, b: 2 });
  });
});
