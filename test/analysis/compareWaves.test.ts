// The wave measures checked against an independent computation: networkx builds both states as
// simple undirected graphs and scipy.stats.spearmanr ranks degree and betweenness over the nodes
// they share. Pairs are the hand-worked pair of compare.test.ts and generated maps (test/helpers/generateMap) changed by a seeded hand: nodes
// removed and added, ties removed and added, one pair split into parts.
//
// The exact command run (the path is a temporary file):
//   /usr/bin/python3 -c "<NX_SCRIPT below>" /tmp/…/pairs.json
// Without networkx and scipy the test fails when CI is set; elsewhere it is skipped with a warning.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildStructure, matchNodes, waveMeasures } from '../../src/analysis';
import { type CareMap, loadCareMap, type NodeId, type TieId } from '../../src/model';
import { evolveMap } from '../helpers/evolveMap';
import { generateMap } from '../helpers/generateMap';

const PYTHON = '/usr/bin/python3';

const NX_SCRIPT = `
import json, math, sys
import networkx as nx
from scipy.stats import spearmanr

def graph(state):
    g = nx.Graph()
    g.add_nodes_from(state['nodes'])
    g.add_edges_from((s, t) for s, t in state['edges'] if s != t)
    return g

def rho(x, y):
    r = spearmanr(x, y).correlation
    return None if r is None or math.isnan(r) else float(r)

out = []
for case in json.load(open(sys.argv[1])):
    g1, g2 = graph(case['a']), graph(case['b'])
    e1 = {frozenset(e) for e in g1.edges()}
    e2 = {frozenset(e) for e in g2.edges()}
    common = [n for n in g1.nodes() if n in g2]
    b1 = nx.betweenness_centrality(g1, normalized=True)
    b2 = nx.betweenness_centrality(g2, normalized=True)
    out.append({
        'kept': len(e1 & e2), 'gained': len(e2 - e1), 'lost': len(e1 - e2),
        'jaccard': len(e1 & e2) / len(e1 | e2), 'hamming': len(e1 ^ e2),
        'degree': rho([g1.degree(n) for n in common], [g2.degree(n) for n in common]),
        'betweenness': rho([round(b1[n], 12) for n in common], [round(b2[n], 12) for n in common]),
    })
print(json.dumps(out))
`;

const hasReference =
  spawnSync(PYTHON, ['-c', 'import networkx, scipy.stats'], { encoding: 'utf8', timeout: 30_000 }).status ===
  0;
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!hasReference && !inCi) {
  console.warn(
    `SKIPPING test/analysis/compareWaves.test.ts: ${PYTHON} cannot import networkx and scipy (apt-get install -y python3-networkx python3-scipy)`,
  );
}

/** Two generated neighbourhoods side by side with no tie between them: more than one component. */
function splitPair(): [CareMap, CareMap] {
  const one = generateMap({ nodes: 60, tiesPerNode: 1.5, seed: 11 });
  const two = generateMap({ nodes: 40, tiesPerNode: 1.2, seed: 12 });
  const rename = (doc: CareMap, p: string): CareMap => ({
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: `${p}${n.id}` as NodeId, label: `${p}${n.label}` })),
    ties: doc.ties.map((t) => ({
      ...t,
      id: `${p}${t.id}` as TieId,
      source: `${p}${t.source}` as NodeId,
      target: `${p}${t.target}` as NodeId,
    })),
  });
  const a = rename(one, 'x');
  const b = rename(two, 'y');
  const joined: CareMap = { ...a, nodes: [...a.nodes, ...b.nodes], ties: [...a.ties, ...b.ties] };
  return [
    joined,
    evolveMap(joined, 5, { dropNodes: 0.1, dropTies: 0.2, newNodes: 0.08, newTies: 0.15, changed: 0.2 }),
  ];
}

/** The hand-worked pair of compare.test.ts. */
function fixturePair(): [CareMap, CareMap] {
  const load = (name: string): CareMap => {
    const r = loadCareMap(
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, '..', 'fixtures', 'compare', `${name}.carewealth.json`),
          'utf8',
        ),
      ),
    );
    if (!r.ok) throw new Error(name);
    return r.value;
  };
  return [load('community-before'), load('community-after')];
}

function states(doc: CareMap) {
  const s = buildStructure(doc);
  return {
    nodes: s.ids,
    edges: Array.from(s.edgeSource, (x, e) => [s.ids[x], s.ids[s.edgeTarget[e] as number]]),
  };
}

describe.runIf(hasReference || inCi)('wave measures against networkx and scipy', () => {
  it('agree on ties kept, gained and lost, Jaccard, Hamming and both Spearman correlations', () => {
    if (!hasReference)
      throw new Error(
        `${PYTHON} cannot import networkx and scipy; install python3-networkx and python3-scipy`,
      );
    const base = generateMap({ nodes: 150, tiesPerNode: 2, seed: 3 });
    const pairs: [CareMap, CareMap][] = [
      [
        base,
        evolveMap(base, 1, { dropNodes: 0.1, dropTies: 0.15, newNodes: 0.13, newTies: 0.1, changed: 0.2 }),
      ],
      [base, evolveMap(base, 2, { dropNodes: 0, dropTies: 0.05, newNodes: 0, newTies: 0.02, changed: 0.1 })],
      splitPair(),
      fixturePair(),
    ];
    const ours = pairs.map(([a, b]) => {
      const matching = matchNodes(a, b);
      // Shared ids match by id; nothing else matches (newcomers have labels of their own).
      for (const [x, y] of matching.aToB) expect(x).toBe(y);
      expect(matching.aToB.size).toBe(a.nodes.filter((n) => b.nodes.some((m) => m.id === n.id)).length);
      return waveMeasures(a, b, matching, { betweenness: 'always' });
    });
    const dir = mkdtempSync(join(tmpdir(), 'carewealth-waves-'));
    try {
      const file = join(dir, 'pairs.json');
      writeFileSync(file, JSON.stringify(pairs.map(([a, b]) => ({ a: states(a), b: states(b) }))));
      const run = spawnSync(PYTHON, ['-c', NX_SCRIPT, file], { encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const reference = JSON.parse(run.stdout) as Array<Record<string, number | null>>;
      expect(reference).toHaveLength(pairs.length);
      reference.forEach((ref, i) => {
        const w = ours[i]!;
        expect([w.ties.kept, w.ties.gained, w.ties.lost, w.hamming], `pair ${i}`).toEqual([
          ref.kept,
          ref.gained,
          ref.lost,
          ref.hamming,
        ]);
        expect(w.jaccard).toBeCloseTo(ref.jaccard as number, 12);
        expect(w.degreeSpearman).toBeCloseTo(ref.degree as number, 10);
        expect(w.betweennessSpearman).toBeCloseTo(ref.betweenness as number, 10);
      });
      // The pairs really differ in the ways the test means to cover.
      expect(ours[0]!.nodes.lost).toBeGreaterThan(5);
      expect(ours[0]!.nodes.gained).toBe(20); // 13% of 150
      expect(ours[1]!.nodes).toMatchObject({ lost: 0, gained: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
