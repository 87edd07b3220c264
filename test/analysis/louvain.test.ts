// The Louvain port (src/analysis/louvain.ts) against the library it ports,
// graphology-communities-louvain, run live on the same graphs built in the same order with the
// same seeded generator: the same community for every node and the same modularity, unweighted and
// weighted, on Zachary's karate club, the Florentine families, generated care maps and graphs with
// isolated nodes and several components.
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { buildStructure } from '../../src/analysis/graph';
import { louvainCommunities } from '../../src/analysis/louvain';
import { seededRandom } from '../../src/model';
import { generateMap } from '../helpers/generateMap';
import { fixtureGraph, loadFixture } from './fixtures';

interface EdgeList {
  readonly n: number;
  readonly source: number[];
  readonly target: number[];
  readonly weight: number[];
}

/** The library's answer on a graph built from the edge list in order, ids `v0`, `v1`… */
function reference(g: EdgeList, weighted: boolean, seed: number, resolution = 1) {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < g.n; i++) graph.addNode(`v${i}`);
  g.source.forEach((s, e) => graph.addEdge(`v${s}`, `v${g.target[e]}`, { weight: g.weight[e] as number }));
  const r = louvain.detailed(graph, {
    getEdgeWeight: weighted ? 'weight' : null,
    rng: seededRandom(seed),
    resolution,
  });
  return {
    community: Array.from({ length: g.n }, (_, i) => r.communities[`v${i}`]),
    count: r.count,
    modularity: r.modularity,
  };
}

function ours(g: EdgeList, weighted: boolean, seed: number, resolution = 1) {
  const weight = weighted ? g.weight : g.weight.map(() => 1);
  const r = louvainCommunities(g.n, g.source, g.target, weight, { rng: seededRandom(seed), resolution });
  return { community: Array.from(r.community), count: r.count, modularity: r.modularity };
}

function fromFixture(name: string): EdgeList {
  const graph = fixtureGraph(loadFixture(name));
  const index = new Map(graph.nodes().map((id, i) => [id, i]));
  const g: EdgeList = { n: graph.order, source: [], target: [], weight: [] };
  graph.forEachEdge((_e, attrs, s, t) => {
    g.source.push(index.get(s) as number);
    g.target.push(index.get(t) as number);
    g.weight.push(typeof attrs.distance === 'number' ? attrs.distance : 1);
  });
  return g;
}

function fromMap(nodes: number, seed: number): EdgeList {
  const s = buildStructure(generateMap({ nodes, tiesPerNode: 2, seed }), {
    weighting: 'hours',
    defaultHours: 1,
    excludeStrengths: [],
  });
  return {
    n: s.ids.length,
    source: Array.from(s.edgeSource),
    target: Array.from(s.edgeTarget),
    weight: Array.from(s.edgeWeight),
  };
}

describe('louvainCommunities finds what graphology-communities-louvain finds', () => {
  const cases: [string, () => EdgeList][] = [
    ['karate club', () => fromFixture('karate')],
    ['Florentine families', () => fromFixture('florentine')],
    ['random weighted 300', () => fromFixture('random-weighted-300')],
    ['generated care map of 400 nodes', () => fromMap(400, 3)],
    ['generated care map of 3,000 nodes', () => fromMap(3000, 8)],
    [
      'two triangles, a pair and two isolated nodes',
      () => ({
        n: 10,
        source: [0, 1, 0, 3, 4, 3, 6],
        target: [1, 2, 2, 4, 5, 5, 7],
        weight: [1, 2, 1, 1, 1, 3, 1],
      }),
    ],
  ];
  for (const [name, make] of cases) {
    it(`${name}: same communities and modularity, unweighted and weighted, over several seeds`, () => {
      const g = make();
      for (const seed of [1, 2, 42]) {
        for (const weighted of [false, true]) {
          const want = reference(g, weighted, seed);
          const got = ours(g, weighted, seed);
          expect(got.community).toEqual(want.community);
          expect(got.count).toBe(want.count);
          expect(Math.abs(got.modularity - want.modularity)).toBeLessThan(1e-12);
        }
      }
    });
  }

  it('at another resolution too', () => {
    const g = fromFixture('karate');
    for (const resolution of [0.5, 2])
      expect(ours(g, false, 7, resolution)).toEqual(reference(g, false, 7, resolution));
  });

  it('a graph without edges: every node its own community, modularity NaN', () => {
    const r = louvainCommunities(3, [], [], [], { rng: seededRandom(1), resolution: 1 });
    expect(Array.from(r.community)).toEqual([0, 1, 2]);
    expect(r.count).toBe(3);
    expect(r.modularity).toBeNaN();
  });
});
