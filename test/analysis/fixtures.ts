// Loading the networkx reference fixtures in test/fixtures/analysis (made by
// scripts/reference/make_fixtures.py; see the `producedBy` field of each file).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { UndirectedGraph } from 'graphology';

type Values = Record<string, number | null>;

export interface ReferenceFixture {
  name: string;
  source: string;
  producedBy: string;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  expected: {
    betweenness: Values;
    closeness: Values;
    eigenvector: Values;
    pagerank: Values;
    clustering: Values;
    coreNumber: Values;
    constraint: Values;
    effectiveSize: Values;
    density: number;
    averageClustering: number;
    articulationPoints: string[];
    bridges: Array<[string, string]>;
  };
  expectedWeighted?: { betweenness: Values; closeness: Values };
}

export function loadFixture(name: string): ReferenceFixture {
  const file = path.join(import.meta.dirname, '..', 'fixtures', 'analysis', `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as ReferenceFixture;
}

/** The fixture as a graphology undirected graph; edges carry `distance` when weighted. */
export function fixtureGraph(f: ReferenceFixture): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of f.nodes) g.addNode(id);
  for (const [a, b, d] of f.edges) g.addEdge(a, b, d === undefined ? {} : { distance: d });
  return g;
}
