// The layouts a person can ask for, as pure functions from the map (and the nodes on show) to
// positions: grid, concentric (by number of ties, or by steps from the personal map's centre),
// by community (Louvain, seeded, so the same map gives the same picture) and by team (members
// around their team). Force-directed is fcose, run by cytoscape; its options are built here.
// The graph canvas saves whatever positions a layout returns as one undo step; the comparison and
// the evaluation report (which runs in Node too) lay out a picture with firstLayout. Lives in the
// analysis layer so the command line can use it; views/graph/layouts.ts passes it on.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import type { CareMap, Point } from '../model';
// From their own modules, not the model's index: the first-layout worker (layoutAhead.ts) bundles
// this file, and the index would bring the schemas and zod into it (227 kB instead of 103 kB).
import { NODE_KIND_IDS } from '../model/catalogues';
import { seededRandom } from '../model/random';
import { forceAtlas2, type ForceAtlas2Input } from './forceAtlas2';

/** Distance between neighbouring node centres in the computed layouts (model units). */
export const LAYOUT_SPACING = 80;

export type Positions = Map<string, Point>;

// `|| 0` turns -0 into 0, so saved positions never read "-0".
const round = (p: Point): Point => ({ x: Math.round(p.x) || 0, y: Math.round(p.y) || 0 });

/**
 * What the community and first layouts read of a map: its node ids and which nodes each tie
 * joins. A CareMap is one; the first-layout worker (layoutAhead.ts) is sent just this, which is
 * much quicker to copy across than the whole map.
 */
export interface LayoutGraph {
  readonly nodes: readonly { readonly id: string }[];
  readonly ties: readonly { readonly source: string; readonly target: string }[];
}

/** Nodes of `doc` that are in `ids` (all when omitted), in document order. */
function pick<N extends { readonly id: string }>(doc: { readonly nodes: readonly N[] }, ids?: ReadonlySet<string>): N[] {
  return ids === undefined ? [...doc.nodes] : doc.nodes.filter((n) => ids.has(n.id));
}

/** Undirected neighbour lists among the chosen nodes (ties with an end outside are ignored). */
function neighbours(doc: LayoutGraph, chosen: ReadonlySet<string>): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const id of chosen) adj.set(id, new Set());
  for (const t of doc.ties) {
    if (t.source === t.target || !chosen.has(t.source) || !chosen.has(t.target)) continue;
    adj.get(t.source)!.add(t.target);
    adj.get(t.target)!.add(t.source);
  }
  return adj;
}

/**
 * A rows-and-columns grid, ⌈√n⌉ columns, `spacing` apart, top-left at (0, 0); nodes sorted by kind
 * (catalogue order), then label, so like sits with like.
 */
export function gridLayout(doc: CareMap, ids?: ReadonlySet<string>, spacing = LAYOUT_SPACING): Positions {
  const nodes = pick(doc, ids).sort(
    (a, b) => NODE_KIND_IDS.indexOf(a.kind) - NODE_KIND_IDS.indexOf(b.kind) || a.label.localeCompare(b.label),
  );
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  const out: Positions = new Map();
  nodes.forEach((n, i) => out.set(n.id, { x: (i % columns) * spacing, y: Math.floor(i / columns) * spacing }));
  return out;
}

/**
 * Rings around (0, 0). Ring k holds the nodes of level k, evenly spaced, starting at the top
 * (angle −90°); a ring's radius is k·spacing, widened when its nodes would be closer than
 * `spacing` along it. A single node at level 0 sits in the middle.
 */
function rings(levels: readonly string[][], spacing: number): Positions {
  const out: Positions = new Map();
  let radius = 0;
  levels.forEach((ring, k) => {
    if (ring.length === 0) return;
    if (k === 0 && ring.length === 1) {
      out.set(ring[0]!, { x: 0, y: 0 });
      return;
    }
    radius = Math.max(radius + spacing, (ring.length * spacing) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      out.set(id, round({ x: radius * Math.cos(a), y: radius * Math.sin(a) }));
    });
  });
  return out;
}

/**
 * Concentric rings. With `centre` (the personal map's Team Owner, when shown): ring k holds the
 * nodes k ties away from it, unreachable nodes on the outermost ring. Without: nodes with the most
 * ties (among the nodes shown) in the middle, ring k holding degrees in the k-th band of the
 * degree range split into ⌈√(max degree + 1)⌉ bands. Within a ring, document order.
 */
export function concentricLayout(
  doc: CareMap,
  ids?: ReadonlySet<string>,
  centre?: string,
  spacing = LAYOUT_SPACING,
): Positions {
  const nodes = pick(doc, ids);
  const chosen = new Set<string>(nodes.map((n) => n.id));
  const adj = neighbours(doc, chosen);
  const levels: string[][] = [];
  if (centre !== undefined && chosen.has(centre)) {
    const depth = new Map<string, number>([[centre, 0]]);
    let frontier = [centre];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of adj.get(id) ?? []) {
          if (!depth.has(other)) {
            depth.set(other, depth.get(id)! + 1);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    const maxDepth = Math.max(0, ...depth.values());
    for (const n of nodes) {
      const k = depth.get(n.id) ?? maxDepth + 1;
      (levels[k] ??= []).push(n.id);
    }
  } else {
    const maxDegree = Math.max(0, ...nodes.map((n) => adj.get(n.id)!.size));
    const bands = Math.max(1, Math.ceil(Math.sqrt(maxDegree + 1)));
    const width = (maxDegree + 1) / bands;
    for (const n of nodes) {
      // The highest band goes in the middle (level 0).
      const band = Math.min(bands - 1, Math.floor(adj.get(n.id)!.size / width));
      (levels[bands - 1 - band] ??= []).push(n.id);
    }
  }
  return rings(
    Array.from(levels, (l) => l ?? []),
    spacing,
  );
}

/** A sunflower disc of `ids` around (cx, cy): even density, first id in the middle. */
function disc(ids: readonly string[], cx: number, cy: number, spacing: number, out: Positions): void {
  ids.forEach((id, i) => {
    const r = i === 0 ? 0 : spacing * 0.6 * Math.sqrt(i + 0.5);
    const a = i * 2.399963229728653;
    out.set(id, round({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) }));
  });
}

/** Radius of the sunflower disc `disc` draws for n nodes. */
function discRadius(n: number, spacing: number): number {
  return n <= 1 ? spacing / 2 : spacing * 0.6 * Math.sqrt(n - 0.5) + spacing / 2;
}

/**
 * Pack groups of nodes as discs in rows (largest first), each group drawn as a sunflower disc
 * whose first member sits in the middle. Rows are about as wide as the square root of the total
 * disc area, so the picture comes out roughly square.
 */
export function packGroups(groups: readonly (readonly string[])[], spacing = LAYOUT_SPACING): Positions {
  const sorted = [...groups].filter((g) => g.length > 0).sort((a, b) => b.length - a.length);
  const radii = sorted.map((g) => discRadius(g.length, spacing));
  const area = radii.reduce((s, r) => s + 4 * (r + spacing) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area), 2 * (radii[0] ?? 0) + spacing);
  const out: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  sorted.forEach((group, i) => {
    const r = radii[i]!;
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + spacing;
      rowHeight = 0;
    }
    disc(group, x + r, y + r, spacing, out);
    x += 2 * r + spacing;
    rowHeight = Math.max(rowHeight, 2 * r);
  });
  return out;
}

/**
 * Communities (Louvain on the shown nodes, ties of every kind, unweighted, seeded) packed as
 * discs; within a community the best-connected node sits in the middle. Nodes with no tie form
 * one group of their own.
 */
export function communityLayout(doc: LayoutGraph, ids?: ReadonlySet<string>, seed = 7, spacing = LAYOUT_SPACING): Positions {
  const nodes = pick(doc, ids);
  const chosen = new Set<string>(nodes.map((n) => n.id));
  const adj = neighbours(doc, chosen);
  const graph = new UndirectedGraph();
  for (const n of nodes) graph.addNode(n.id);
  for (const [id, others] of adj) for (const o of others) if (id < o) graph.addEdge(id, o);
  const isolated: string[] = [];
  const groups = new Map<number, string[]>();
  if (graph.size > 0) {
    const community = louvain(graph, { rng: seededRandom(seed), getEdgeWeight: null });
    for (const n of nodes) {
      if (adj.get(n.id)!.size === 0) isolated.push(n.id);
      else (groups.get(community[n.id]!) ?? groups.set(community[n.id]!, []).get(community[n.id]!)!).push(n.id);
    }
  } else {
    isolated.push(...nodes.map((n) => n.id));
  }
  const byDegree = (g: string[]) => g.sort((a, b) => adj.get(b)!.size - adj.get(a)!.size);
  return packGroups([...[...groups.values()].map(byDegree), isolated], spacing);
}

/**
 * Each team in the middle of its members (nodes with a membership tie to or from it, or a care
 * tie with its Team Owner… no: only membership ties, which is what makes someone part of a team),
 * teams packed as discs; a node in several teams goes with the first; everyone else forms one
 * more group.
 */
export function teamLayout(doc: CareMap, ids?: ReadonlySet<string>, spacing = LAYOUT_SPACING): Positions {
  const nodes = pick(doc, ids);
  const chosen = new Set<string>(nodes.map((n) => n.id));
  const teams = nodes.filter((n) => n.kind === 'team');
  const teamOf = new Map<string, string>();
  const teamIds = new Set<string>(teams.map((t) => t.id));
  for (const t of doc.ties) {
    if (t.kind !== 'membership' || !chosen.has(t.source) || !chosen.has(t.target)) continue;
    const [member, team] = teamIds.has(t.target) ? [t.source, t.target] : teamIds.has(t.source) ? [t.target, t.source] : [];
    if (member === undefined || team === undefined || teamIds.has(member) || teamOf.has(member)) continue;
    teamOf.set(member, team);
  }
  const groups = new Map<string, string[]>(teams.map((t) => [t.id, [t.id]]));
  const rest: string[] = [];
  for (const n of nodes) {
    if (teamIds.has(n.id)) continue;
    const team = teamOf.get(n.id);
    if (team === undefined) rest.push(n.id);
    else groups.get(team)!.push(n.id);
  }
  return packGroups([...groups.values(), rest], spacing);
}

/** Median tie length of a first layout: roomy enough for name labels (~150 units wide) to overlap less. */
export const FIRST_LAYOUT_TIE = 120;

/** Fresh maps up to this many nodes get ForceAtlas2 as their first picture; bigger ones, by community. */
export const FORCE_FIRST_LAYOUT_MAX = 1000;

/**
 * Connected parts of at most this many nodes (a node with no tie, a lone pair) are not drawn by
 * ForceAtlas2 but set in tidy rows under the rest: with nothing holding them, the force layout
 * pushes them far out, and "zoom to fit" then draws the network tiny.
 */
export const SMALL_PART_MAX = 2;

/**
 * ForceAtlas2 iterations for a first layout of a part with `n` nodes: 150 up to 300 nodes, 60 above.
 * Started from the community layout shrunk to about the scale ForceAtlas2 settles at, and with
 * twice its default step, the picture stops improving by then (test/bench/layout.bench.ts prints
 * time, tie crossings, long ties and near-overlaps; sparse, tree-like maps need the most steps).
 * Each iteration costs ~n² (all pairs repel), hence fewer for bigger parts.
 */
export function firstLayoutIterations(n: number): number {
  return n <= 300 ? 150 : 60;
}

/** Spacing of the community layout a first layout starts from (ForceAtlas2's own units). */
const FORCE_START_SPACING = 20;

/**
 * Connected parts among all of `doc`'s nodes (ties of every kind, either direction, loops
 * ignored), biggest first; parts of equal size, and the nodes within a part, in document order.
 */
function connectedParts(doc: LayoutGraph): string[][] {
  const all = new Set<string>(doc.nodes.map((n) => n.id));
  const adj = neighbours(doc, all);
  const seen = new Set<string>();
  const parts: string[][] = [];
  for (const n of doc.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const part = new Set<string>([n.id]);
    const pending: string[] = [n.id];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      for (const other of adj.get(id)!) {
        if (seen.has(other)) continue;
        seen.add(other);
        part.add(other);
        pending.push(other);
      }
    }
    parts.push(doc.nodes.filter((m) => part.has(m.id)).map((m) => m.id));
  }
  // Array.prototype.sort is stable, so equal sizes keep document order.
  return parts.sort((a, b) => b.length - a.length);
}

/** Axis-aligned bounding box of some positions. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxOf(points: Iterable<Point>): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const p of points) {
    box.x0 = Math.min(box.x0, p.x);
    box.y0 = Math.min(box.y0, p.y);
    box.x1 = Math.max(box.x1, p.x);
    box.y1 = Math.max(box.y1, p.y);
  }
  return box;
}

/**
 * Least distance between node centres in force-drawn layouts (model units): two of the largest
 * nodes (46 units when sized by a measure) side by side with room between them, so labels and
 * taps find their node.
 */
export const LAYOUT_MIN_DISTANCE = 75;

/** Force-drawn parts are stretched towards this width-to-height ratio (a projector or laptop screen). */
export const LAYOUT_ASPECT = 1.7;

/**
 * A drawing stretched wider, x by √k and y by 1/√k (its area kept), where k brings the width to
 * height ratio of its box up to `aspect`, at most `maxStretch`; a drawing already as wide comes
 * back unchanged. Screens are wider than they are tall, and force layouts come out round: a
 * wider drawing is fitted larger, with more room for labels.
 */
export function widen(p: Positions, aspect = LAYOUT_ASPECT, maxStretch = 2.5): Positions {
  if (p.size < 3) return p;
  const b = boxOf(p.values());
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (h <= 0 || w / h >= aspect) return p;
  const k = Math.min(maxStretch, w > 0 ? aspect / (w / h) : maxStretch);
  const sx = Math.sqrt(k);
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const out: Positions = new Map();
  for (const [id, q] of p) out.set(id, { x: cx + (q.x - cx) * sx, y: cy + (q.y - cy) / sx });
  return out;
}

/**
 * Nodes pushed apart until no two centres are closer than `distance` (or `rounds` passes are
 * done): each close pair moves apart along the line between them, half the shortfall each, or all
 * of it for the one that is not `fixed`; fixed nodes never move. Deterministic (pairs in id order;
 * coincident nodes part along the x axis).
 */
export function spreadApart(p: Positions, distance = LAYOUT_MIN_DISTANCE, fixed: ReadonlySet<string> = new Set(), rounds = 100): Positions {
  // Nodes by index in id order, so "pairs in id order" is index order; coordinates in typed
  // arrays and the grid keyed by numbers (cell column, then row), which spares the garbage of
  // string keys and point objects on every pass.
  const ids = [...p.keys()].sort();
  const n = ids.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const held = new Uint8Array(n);
  ids.forEach((id, i) => {
    const q = p.get(id)!;
    xs[i] = q.x;
    ys[i] = q.y;
    held[i] = fixed.has(id) ? 1 : 0;
  });
  const d2 = distance * distance;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<number, Map<number, number[]>>();
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(xs[i]! / distance);
      const gy = Math.floor(ys[i]! / distance);
      let column = grid.get(gx);
      if (column === undefined) grid.set(gx, (column = new Map()));
      const cell = column.get(gy);
      if (cell === undefined) column.set(gy, [i]);
      else cell.push(i);
    }
    let moved = false;
    for (let a = 0; a < n; a++) {
      const cx = Math.floor(xs[a]! / distance);
      const cy = Math.floor(ys[a]! / distance);
      for (let i = cx - 1; i <= cx + 1; i++) {
        const column = grid.get(i);
        if (column === undefined) continue;
        for (let j = cy - 1; j <= cy + 1; j++) {
          const cell = column.get(j);
          if (cell === undefined) continue;
          for (const b of cell) {
            if (b <= a) continue;
            let dx = xs[b]! - xs[a]!;
            let dy = ys[b]! - ys[a]!;
            const dd = dx * dx + dy * dy;
            if (dd >= d2) continue;
            const fa = held[a] === 1;
            const fb = held[b] === 1;
            if (fa && fb) continue;
            let len = Math.sqrt(dd);
            if (len === 0) {
              dx = 1;
              dy = 0;
              len = 1;
            }
            const push = distance - Math.sqrt(dd);
            const ux = dx / len;
            const uy = dy / len;
            const shareA = fa ? 0 : fb ? 1 : 0.5;
            const shareB = 1 - shareA;
            xs[a] = xs[a]! - ux * push * shareA;
            ys[a] = ys[a]! - uy * push * shareA;
            xs[b] = xs[b]! + ux * push * shareB;
            ys[b] = ys[b]! + uy * push * shareB;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: Positions = new Map();
  for (const [id] of p) {
    const i = index.get(id)!;
    out.set(id, { x: xs[i]!, y: ys[i]! });
  }
  return out;
}

/**
 * The ForceAtlas2 kernel's input for one part: its nodes in `part`'s order at their `start`
 * positions, and each pair of them joined by a tie once (loops left out), in the order of the
 * pair's first tie and in that tie's direction, as a graphology graph built tie by tie holds them.
 */
export function forceInput(doc: LayoutGraph, part: readonly string[], start: Positions): ForceAtlas2Input {
  const index = new Map(part.map((id, i) => [id, i]));
  const x = part.map((id) => start.get(id)!.x);
  const y = part.map((id) => start.get(id)!.y);
  const n = part.length;
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const t of doc.ties) {
    const s = index.get(t.source);
    const u = index.get(t.target);
    if (s === undefined || u === undefined || s === u) continue;
    const key = s < u ? s * n + u : u * n + s;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(s, u);
  }
  return { x, y, edges: Int32Array.from(pairs) };
}

/**
 * One connected part drawn by ForceAtlas2 (no Barnes–Hut: at first-layout sizes its quadtree costs
 * more than it saves), started from the part's community layout; widened towards LAYOUT_ASPECT,
 * scaled so its median tie is `spacing` long, and its nodes spread LAYOUT_MIN_DISTANCE apart.
 * Positions are relative: the caller moves the part into place.
 */
function forcePart(doc: LayoutGraph, part: readonly string[], spacing: number): Positions {
  const input = forceInput(doc, part, communityLayout(doc, new Set(part), 7, FORCE_START_SPACING));
  const n = part.length;
  const raw = forceAtlas2(input, {
    iterations: firstLayoutIterations(n),
    scalingRatio: 10,
    gravity: 1,
    // Half the usual 1 + log10(n), so the same picture is reached in fewer iterations.
    slowDown: (1 + Math.log10(n)) / 2,
  });
  const wide = widen(new Map(part.map((id, i) => [id, { x: raw.x[i]!, y: raw.y[i]! }])));
  const lengths: number[] = [];
  for (let e = 0; e < input.edges.length; e += 2) {
    const a = wide.get(part[input.edges[e]!]!)!;
    const b = wide.get(part[input.edges[e + 1]!]!)!;
    lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const k = median > 0 ? spacing / median : 1;
  const out: Positions = new Map();
  for (const id of part) out.set(id, { x: wide.get(id)!.x * k, y: wide.get(id)!.y * k });
  return spreadApart(out, Math.min(LAYOUT_MIN_DISTANCE, spacing * 0.9));
}

/**
 * Set drawn parts (each with its own relative positions) in rows, biggest first, `spacing` apart,
 * top-left at (0, 0). A row is as wide as the widest part or the square root of the parts' total
 * area, whichever is more, so the main drawing has its row to itself and the rest go beneath it.
 */
function shelve(drawn: readonly Positions[], spacing: number, out: Positions): void {
  const boxes = drawn.map((p) => boxOf(p.values()));
  const width = (b: Box) => b.x1 - b.x0;
  const height = (b: Box) => b.y1 - b.y0;
  const area = boxes.reduce((s, b) => s + (width(b) + spacing) * (height(b) + spacing), 0);
  const rowWidth = Math.max(Math.sqrt(area), ...boxes.map(width));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  drawn.forEach((part, i) => {
    const box = boxes[i]!;
    if (x > 0 && x + width(box) > rowWidth) {
      x = 0;
      y += rowHeight + spacing;
      rowHeight = 0;
    }
    for (const [id, p] of part) out.set(id, { x: p.x - box.x0 + x, y: p.y - box.y0 + y });
    x += width(box) + spacing;
    rowHeight = Math.max(rowHeight, height(box));
  });
}

/**
 * Small parts as a tidy grid, `spacing` apart, one row after another from (x0, y0): each part
 * (a lone node, a pair) on consecutive cells of one row, so a pair's tie is one spacing long; a
 * row holds at least `columns` cells. Pairs first, then lone nodes, each in document order.
 */
function tidyRows(
  parts: readonly (readonly string[])[],
  x0: number,
  y0: number,
  columns: number,
  spacing: number,
  out: Positions,
): void {
  const ordered = [...parts].sort((a, b) => b.length - a.length);
  let column = 0;
  let row = 0;
  for (const part of ordered) {
    if (column > 0 && column + part.length > columns) {
      column = 0;
      row += 1;
    }
    for (const id of part) {
      out.set(id, { x: x0 + column * spacing, y: y0 + row * spacing });
      column += 1;
    }
  }
}

/** Whether `doc` is a map nobody has arranged, which the graph view draws with firstLayout. */
export function needsFirstLayout(doc: CareMap): boolean {
  return doc.nodes.length > 0 && doc.nodes.every((n) => n.position === undefined);
}

/**
 * A map's first picture, when nobody has arranged it yet. Each connected part of more than
 * SMALL_PART_MAX nodes is drawn by ForceAtlas2 (graphology, synchronous, firstLayoutIterations,
 * gravity 1) started from its community layout, so the result is the same every time
 * and communities start apart, then scaled so its median tie is `spacing` long; these parts are
 * set in rows, biggest first, `spacing` apart. Smaller parts (nodes with no tie, lone pairs) sit
 * in a tidy grid `spacing` below them, at most as wide as the drawing and flush with its right
 * edge, so nothing lands far off.
 * Maps of more than FORCE_FIRST_LAYOUT_MAX nodes get the community layout alone, which takes a
 * fraction of the time.
 */
export function firstLayout(doc: LayoutGraph, spacing = FIRST_LAYOUT_TIE): Positions {
  if (doc.nodes.length > FORCE_FIRST_LAYOUT_MAX) return communityLayout(doc, undefined, 7, spacing);
  const parts = connectedParts(doc);
  const big = parts.filter((p) => p.length > SMALL_PART_MAX);
  const small = parts.filter((p) => p.length <= SMALL_PART_MAX);
  const placed: Positions = new Map();
  shelve(
    big.map((p) => forcePart(doc, p, spacing)),
    spacing,
    placed,
  );
  const cells = small.reduce((s, p) => s + p.length, 0);
  if (placed.size === 0) {
    tidyRows(small, 0, 0, Math.ceil(Math.sqrt(cells)), spacing, placed);
  } else {
    const box = boxOf(placed.values());
    const columns = Math.floor((box.x1 - box.x0) / spacing) + 1;
    // Right-aligned under the drawing: the graph view's legend sits in the bottom-left corner,
    // and a drawing whose loose nodes keep clear of that corner can be fitted larger.
    const x0 = box.x1 - (Math.min(columns, cells) - 1) * spacing;
    tidyRows(small, x0, box.y1 + spacing, columns, spacing, placed);
  }
  const out: Positions = new Map();
  for (const n of doc.nodes) out.set(n.id, round(placed.get(n.id)!));
  return out;
}

/** Above this many nodes, fcose starts afresh at draft quality (TECH.md: ~2.5 s at 5k in Node). */
export const FCOSE_DRAFT_ABOVE = 2000;

/**
 * fcose options for the force-directed layout a person asks for: no animation; pinned nodes held
 * where people put them (`fixedNodeConstraint`). Up to FCOSE_DRAFT_ABOVE nodes it refines the
 * current picture (randomize off, "default" quality, 1,000 iterations up to 500 nodes and 500
 * above: ~1 s for the 185-node sample on a busy 2-core machine); bigger maps start from a fresh
 * spectral draft, which is much quicker.
 */
export function fcoseOptions(nodeCount: number, pinned: ReadonlyMap<string, Point>) {
  const refine = nodeCount <= FCOSE_DRAFT_ABOVE;
  return {
    name: 'fcose',
    quality: refine ? 'default' : 'draft',
    randomize: !refine,
    numIter: nodeCount <= 500 ? 1000 : 500,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 90,
    nodeSeparation: 90,
    packComponents: !refine,
    fixedNodeConstraint: pinned.size > 0 ? [...pinned].map(([nodeId, position]) => ({ nodeId, position })) : undefined,
  } as const;
}
