// First-layout benchmark: how long `firstLayout` (the picture a map gets when it is opened with no
// saved positions) takes in Node for the bundled sample map and generated maps of 500 and 1,000
// nodes (median of several runs after one warm-up), with a few measures of the picture, so a faster
// layout can be checked not to be a worse one:
// - tie: median tie length (the layout scales it to FIRST_LAYOUT_TIE, 120);
// - p90/med: 90th-percentile tie length over the median (long ties stretch the drawing);
// - cross/tie: tie crossings per tie (ties sharing an end do not count);
// - close: node pairs nearer than a quarter of the tie length (drawn on top of each other);
// - area/node: bounding-box area per node, in (tie length)²;
// - outlier: farthest distance of any node from the bounding box of the largest connected part,
//   in tie lengths (0 when every node is inside it).
// Before that, ForceAtlas2 alone, on each map's biggest connected part from its community start, as the
// first layout runs it: our kernel (src/analysis/forceAtlas2.ts) beside the library it replaced,
// graphology-layout-forceatlas2, in the same run: the first call of each (the engine has not yet
// compiled it, as when a map is opened) and the median of RUNS after, and whether their positions
// are the same to the last bit.
// Figures only: nothing here passes or fails on timings.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import { UndirectedGraph } from 'graphology';
import libraryForceAtlas2 from 'graphology-layout-forceatlas2';

import { forceAtlas2, type ForceAtlas2Settings } from '../../src/analysis/forceAtlas2';
import { type CareMap, loadCareMap } from '../../src/model';
import {
  communityLayout,
  FIRST_LAYOUT_TIE,
  firstLayout,
  firstLayoutIterations,
  forceInput,
  type Positions,
} from '../../src/views/graph/layouts';
import { generateMap } from '../helpers/generateMap';
import { printTable } from './table';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 7;

type Layout = (doc: CareMap) => Positions;

interface Figures {
  ms: number;
  tie: number;
  p90: number;
  crossings: number;
  close: number;
  area: number;
  outlier: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The distinct undirected ties between two different placed nodes, as [a, b] with a < b. */
function pairs(doc: CareMap): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const t of doc.ties) {
    if (t.source === t.target) continue;
    const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
    const key = `${a}\u0000${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

/** Node ids of the largest connected part (ties of every kind, either direction). */
function largestPart(doc: CareMap, edges: readonly [string, string][]): Set<string> {
  const adj = new Map<string, string[]>(doc.nodes.map((n) => [n.id, []]));
  for (const [a, b] of edges) {
    adj.get(a)?.push(b);
    adj.get(b)?.push(a);
  }
  const seen = new Set<string>();
  let best = new Set<string>();
  for (const n of doc.nodes) {
    if (seen.has(n.id)) continue;
    const part = new Set<string>([n.id]);
    seen.add(n.id);
    const stack: string[] = [n.id];
    while (stack.length > 0) {
      for (const o of adj.get(stack.pop()!) ?? []) {
        if (!seen.has(o)) {
          seen.add(o);
          part.add(o);
          stack.push(o);
        }
      }
    }
    if (part.size > best.size) best = part;
  }
  return best;
}

/** Whether segments pq and rs properly cross (touching at an end or overlapping lines do not count). */
function cross(p: Point, q: Point, r: Point, s: Point): boolean {
  const o = (a: Point, b: Point, c: Point) =>
    Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  const d1 = o(p, q, r);
  const d2 = o(p, q, s);
  const d3 = o(r, s, p);
  const d4 = o(r, s, q);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

interface Point {
  x: number;
  y: number;
}

function quality(doc: CareMap, pos: Positions): Omit<Figures, 'ms'> {
  const edges = pairs(doc);
  const at = (id: string) => pos.get(id)!;
  const lengths = edges
    .map(([a, b]) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y))
    .sort((x, y) => x - y);
  const tie = median(lengths);
  const p90 = (lengths[Math.floor(lengths.length * 0.9)] ?? 0) / (tie || 1);
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    const [a, b] = edges[i]!;
    for (let j = i + 1; j < edges.length; j++) {
      const [c, d] = edges[j]!;
      if (a === c || a === d || b === c || b === d) continue;
      if (cross(at(a), at(b), at(c), at(d))) crossings += 1;
    }
  }
  const points = doc.nodes.map((n) => at(n.id));
  let close = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < tie / 4) close += 1;
    }
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const area =
    ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / (tie * tie) / points.length;
  const main = [...largestPart(doc, edges)].map(at);
  const box = {
    x0: Math.min(...main.map((p) => p.x)),
    x1: Math.max(...main.map((p) => p.x)),
    y0: Math.min(...main.map((p) => p.y)),
    y1: Math.max(...main.map((p) => p.y)),
  };
  const outside = (p: Point) =>
    Math.hypot(Math.max(box.x0 - p.x, 0, p.x - box.x1), Math.max(box.y0 - p.y, 0, p.y - box.y1));
  const outlier = Math.max(0, ...points.map(outside)) / (tie || 1);
  return { tie, p90, crossings: crossings / Math.max(1, edges.length), close, area, outlier };
}

/** Time `layout` on `doc` (median of RUNS after a warm-up) and measure its picture. */
export function measure(doc: CareMap, layout: Layout = firstLayout): Figures {
  const pos = layout(doc);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    layout(doc);
    times.push(performance.now() - start);
  }
  return { ms: median(times), ...quality(doc, pos) };
}

/** The maps measured: the bundled sample and generated maps of 500 and 1,000 nodes. */
export function benchMaps(): [string, CareMap][] {
  const raw: unknown = JSON.parse(
    readFileSync(path.join(ROOT, 'sample-maps/larkspur-green.carewealth.json'), 'utf8'),
  );
  const sample = loadCareMap(raw);
  if (!sample.ok) throw new Error(`sample map does not load: ${JSON.stringify(sample.problems.slice(0, 3))}`);
  return [
    ['sample (185)', sample.value],
    ['generated 500', generateMap({ nodes: 500, seed: 11 })],
    ['generated 1000', generateMap({ nodes: 1000, seed: 11 })],
  ];
}

/** One table row per map for `layout`. */
export function rows(layout: Layout = firstLayout): string[][] {
  return benchMaps().map(([name, doc]) => {
    const f = measure(doc, layout);
    return [
      name,
      `${f.ms.toFixed(0)} ms`,
      f.tie.toFixed(0),
      f.p90.toFixed(2),
      f.crossings.toFixed(2),
      String(f.close),
      f.area.toFixed(1),
      f.outlier.toFixed(1),
    ];
  });
}

export const HEADER = [
  'map',
  'time',
  'tie',
  'p90/med',
  'cross/tie',
  'close',
  'area/node',
  'outlier',
] as const;

/** Milliseconds of the first call of `f`, then the median of RUNS more, and the last result. */
function firstAndWarm<T>(f: () => T): { first: number; warm: number; result: T } {
  let start = performance.now();
  let result = f();
  const first = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    result = f();
    times.push(performance.now() - start);
  }
  return { first, warm: median(times), result };
}

/** ForceAtlas2 on each map's biggest part: the kernel beside the library, one row per map. */
function forceRows(): string[][] {
  return benchMaps().map(([name, doc]) => {
    const part = [...largestPart(doc, pairs(doc))];
    const start = communityLayout(doc, new Set(part), 7, 20);
    const settings: ForceAtlas2Settings = {
      iterations: firstLayoutIterations(part.length),
      scalingRatio: 10,
      gravity: 1,
      slowDown: (1 + Math.log10(part.length)) / 2,
    };
    const ours = firstAndWarm(() => forceAtlas2(forceInput(doc, part, start), settings));
    const library = firstAndWarm(() => {
      const ids = new Set(part);
      const graph = new UndirectedGraph();
      for (const id of part) graph.addNode(id, { ...start.get(id)! });
      for (const t of doc.ties) {
        if (t.source !== t.target && ids.has(t.source) && ids.has(t.target))
          graph.mergeEdge(t.source, t.target);
      }
      return libraryForceAtlas2(graph, {
        iterations: settings.iterations,
        getEdgeWeight: null,
        settings: { ...settings, barnesHutOptimize: false, linLogMode: false },
      });
    });
    const same = part.every(
      (id, i) => ours.result.x[i] === library.result[id]!.x && ours.result.y[i] === library.result[id]!.y,
    );
    return [
      `${name}: ${part.length} nodes, ${settings.iterations} rounds`,
      `${ours.first.toFixed(0)} / ${ours.warm.toFixed(0)} ms`,
      `${library.first.toFixed(0)} / ${library.warm.toFixed(0)} ms`,
      `${(library.warm / ours.warm).toFixed(1)}×`,
      same ? 'yes' : 'NO',
    ];
  });
}

export async function run(): Promise<void> {
  // First, so that the first call of each ForceAtlas2 is the first in this process.
  console.log(
    `ForceAtlas2 alone on the biggest part (first call / median of ${RUNS} after), load ${loadavg()[0]!.toFixed(1)}`,
  );
  printTable(
    ['part', 'our kernel', 'graphology-layout-forceatlas2', 'speed-up (warm)', 'same positions'],
    forceRows(),
  );
  console.log(`\nfirstLayout, median of ${RUNS} runs; tie lengths scaled to ${FIRST_LAYOUT_TIE}`);
  printTable(HEADER, rows());
  await Promise.resolve();
}
