// The ForceAtlas2 kernel against the library it replaces, graphology-layout-forceatlas2 0.10.1,
// run with the same settings on the same graphs from the same start: the positions must be the
// library's to the last bit (the kernel does the same arithmetic in the same order at the same
// precision). The graphs: a generated map's biggest part (the first layout's case), a map with
// ties repeated in both directions and a loop, and a star whose leaves start on top of each other.
import { UndirectedGraph } from 'graphology';
import libraryForceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';

import { forceAtlas2, type ForceAtlas2Settings } from '../../src/analysis/forceAtlas2';
import { communityLayout, forceInput } from '../../src/analysis/layouts';
import type { CareMap, TieId } from '../../src/model';
import { generateMap } from '../helpers/generateMap';

/** The library's positions for the part of `doc` in `part`, built tie by tie as the layout used to. */
function library(
  doc: CareMap,
  part: readonly string[],
  start: Map<string, { x: number; y: number }>,
  settings: ForceAtlas2Settings,
) {
  const ids = new Set(part);
  const graph = new UndirectedGraph();
  for (const id of part) graph.addNode(id, { ...start.get(id)! });
  for (const t of doc.ties) {
    if (t.source !== t.target && ids.has(t.source) && ids.has(t.target)) graph.mergeEdge(t.source, t.target);
  }
  const out = libraryForceAtlas2(graph, {
    iterations: settings.iterations,
    getEdgeWeight: null,
    settings: {
      barnesHutOptimize: false,
      gravity: settings.gravity,
      scalingRatio: settings.scalingRatio,
      slowDown: settings.slowDown,
      linLogMode: false,
    },
  });
  return part.map((id) => out[id]!);
}

function expectSameAsLibrary(
  doc: CareMap,
  part: readonly string[],
  start: Map<string, { x: number; y: number }>,
  settings: ForceAtlas2Settings,
) {
  const want = library(doc, part, start, settings);
  const got = forceAtlas2(forceInput(doc, part, start), settings);
  let moved = 0;
  part.forEach((id, i) => {
    expect([got.x[i], got.y[i]], id).toEqual([want[i]!.x, want[i]!.y]);
    if (got.x[i] !== Math.fround(start.get(id)!.x)) moved++;
  });
  // The layout did something: most nodes left their start.
  expect(moved).toBeGreaterThan(part.length / 2);
}

const FIRST_LAYOUT = (n: number): ForceAtlas2Settings => ({
  iterations: 60,
  scalingRatio: 10,
  gravity: 1,
  slowDown: (1 + Math.log10(n)) / 2,
});

describe('ForceAtlas2 kernel', () => {
  it('gives the library’s positions, bit for bit, on a generated 400-node map from its community layout', () => {
    const doc = generateMap({ nodes: 400, seed: 5 });
    const part = doc.nodes.map((n) => n.id);
    const start = communityLayout(doc, new Set(part), 7, 20);
    expectSameAsLibrary(doc, part, start, FIRST_LAYOUT(part.length));
  });

  it('counts a pair tied both ways once, in its first tie’s direction, and leaves loops out', () => {
    const base = generateMap({ nodes: 60, seed: 9 });
    const extra = base.ties
      .slice(0, 20)
      .map((t, i) => ({ ...t, id: `back-${i}` as TieId, source: t.target, target: t.source }));
    const loop = { ...base.ties[0]!, id: 'loop' as TieId, target: base.ties[0]!.source };
    const doc = { ...base, ties: [...extra, ...base.ties, loop] };
    const part = doc.nodes.map((n) => n.id);
    const input = forceInput(doc, part, communityLayout(doc, new Set(part), 7, 20));
    // 20 reversed copies come first, so those pairs keep the reversed direction; none is a loop.
    const index = new Map(part.map((id, i) => [id, i]));
    expect([input.edges[0], input.edges[1]]).toEqual([
      index.get(extra[0]!.source),
      index.get(extra[0]!.target),
    ]);
    for (let e = 0; e < input.edges.length; e += 2) expect(input.edges[e]).not.toBe(input.edges[e + 1]);
    expectSameAsLibrary(doc, part, communityLayout(doc, new Set(part), 7, 20), {
      ...FIRST_LAYOUT(60),
      iterations: 150,
    });
  });

  it('matches where nodes start on top of one another (no push between them) and far from the origin', () => {
    const doc = generateMap({ nodes: 30, seed: 3 });
    const hub = doc.nodes[0]!.id;
    const star = {
      ...doc,
      ties: doc.nodes
        .slice(1)
        .map((n, i) => ({ ...doc.ties[0]!, id: `s${i}` as TieId, source: hub, target: n.id })),
    };
    const part = star.nodes.map((n) => n.id);
    const start = new Map(
      part.map((id, i) => [id, i === 0 ? { x: 500, y: -300 } : { x: 510 + (i % 3), y: -290 }]),
    );
    expectSameAsLibrary(star, part, start, { iterations: 40, scalingRatio: 2, gravity: 3, slowDown: 1.5 });
  });
});
