// Where to draw nodes that have no saved position, without moving any node that has one: each
// new node goes next to the mean of its already-placed neighbours (or a given point, such as
// where the person double-clicked), on the nearest free spot of a spiral around it. This is what
// keeps the picture still when a node is added from the table, an import or the canvas.
import type { CareMap } from '../../model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Minimum distance between node centres when looking for a free spot (model units). */
export const FREE_SPACING = 60;

/** A uniform grid over points, for "is anything within d of here?" in constant time. */
class SpatialHash {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly size: number) {}
  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }
  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.size), Math.floor(p.y / this.size));
    const cell = this.cells.get(k);
    if (cell === undefined) this.cells.set(k, [p]);
    else cell.push(p);
  }
  isFree(p: Point, d: number): boolean {
    const cx = Math.floor(p.x / this.size);
    const cy = Math.floor(p.y / this.size);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const q of this.cells.get(this.key(i, j)) ?? []) {
          if ((q.x - p.x) ** 2 + (q.y - p.y) ** 2 < d * d) return false;
        }
      }
    }
    return true;
  }
}

/**
 * The first free spot at least `spacing` from every taken point, searched on a spiral around
 * `centre` (starting one spacing out, so a new node never covers the neighbour it joins).
 */
function freeSpot(centre: Point, taken: SpatialHash, spacing: number): Point {
  // Golden-angle spiral: even coverage, and deterministic.
  for (let i = 0; i < 5000; i++) {
    const r = spacing * (1 + Math.sqrt(i) * 0.6);
    const a = i * 2.399963229728653;
    const p = { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
    if (taken.isFree(p, spacing)) return p;
  }
  return { x: centre.x + spacing, y: centre.y };
}

/**
 * `doc` with every node that has no position placed by `placeMissing` (not pinned), or `doc`
 * itself when there is none to place. A live workshop's host places phones' new nodes in the same
 * change that adds them, so the graph need not save their places in a second store change.
 */
export function withPlaces(doc: CareMap): CareMap {
  const at = placeMissing(doc);
  if (at.size === 0) return doc;
  const nodes = doc.nodes.map((n) => {
    const p = at.get(n.id);
    return p === undefined || n.position !== undefined ? n : { ...n, position: { x: p.x, y: p.y, pinned: false } };
  });
  return { ...doc, nodes };
}

/**
 * Positions for every node of `doc` without one, given that nodes with a saved position stay put.
 * Nodes tied to placed nodes are placed first, breadth-first outwards, each beside its placed
 * neighbours; the rest go around `fallback` (default: the middle of the placed nodes, or the
 * origin). Returns an empty map when no node has a position and no fallback is given: a fresh
 * map needs a real layout, not this. Coordinates are rounded to whole units.
 */
export function placeMissing(doc: CareMap, fallback?: Point, spacing = FREE_SPACING): Map<string, Point> {
  const out = new Map<string, Point>();
  const missing = doc.nodes.filter((n) => n.position === undefined);
  if (missing.length === 0) return out;
  const known = new Map<string, Point>();
  for (const n of doc.nodes) if (n.position !== undefined) known.set(n.id, n.position);
  if (known.size === 0 && fallback === undefined) return out;

  const taken = new SpatialHash(spacing);
  let sx = 0;
  let sy = 0;
  for (const p of known.values()) {
    taken.add(p);
    sx += p.x;
    sy += p.y;
  }
  const centre = fallback ?? { x: Math.round(sx / known.size), y: Math.round(sy / known.size) };

  const adjacency = new Map<string, string[]>();
  for (const t of doc.ties) {
    (adjacency.get(t.source) ?? adjacency.set(t.source, []).get(t.source)!).push(t.target);
    (adjacency.get(t.target) ?? adjacency.set(t.target, []).get(t.target)!).push(t.source);
  }
  const where = (id: string) => known.get(id) ?? out.get(id);
  const place = (id: string, near: Point) => {
    const p = freeSpot(near, taken, spacing);
    const rounded = { x: Math.round(p.x), y: Math.round(p.y) };
    out.set(id, rounded);
    taken.add(rounded);
  };

  // Breadth-first from the placed part of the map, so chains of new nodes grow outwards.
  let pending = missing.map((n): string => n.id);
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    const next: string[] = [];
    for (const id of pending) {
      const placedNeighbours = (adjacency.get(id) ?? []).map(where).filter((p): p is Point => p !== undefined);
      if (placedNeighbours.length === 0) {
        next.push(id);
        continue;
      }
      const mx = placedNeighbours.reduce((s, p) => s + p.x, 0) / placedNeighbours.length;
      const my = placedNeighbours.reduce((s, p) => s + p.y, 0) / placedNeighbours.length;
      place(id, { x: mx, y: my });
      progress = true;
    }
    pending = next;
  }
  for (const id of pending) place(id, centre);
  return out;
}

/** A rectangle in model units: left, top, right, bottom. */
export interface ViewBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * Where a node added from the palette lands: the free spot nearest `centre` (at least `spacing`
 * from every point of `taken`) that lies inside `view` shrunk by `inset` on each side, so the new
 * node is seen and clear of the others, and each tap in turn lands somewhere new. When the view
 * has no free spot, `centre` itself.
 */
export function freeSpotInView(
  centre: Point,
  taken: Iterable<Point>,
  view: ViewBox,
  spacing = FREE_SPACING,
  inset = 0,
): Point {
  const hash = new SpatialHash(spacing);
  for (const p of taken) hash.add(p);
  const inside = (p: Point) =>
    p.x >= view.x1 + inset && p.x <= view.x2 - inset && p.y >= view.y1 + inset && p.y <= view.y2 - inset;
  if (inside(centre) && hash.isFree(centre, spacing)) return centre;
  // The golden-angle spiral of freeSpot, started at the centre, out to the view's far corner.
  const reach = Math.hypot(view.x2 - view.x1, view.y2 - view.y1) / 2;
  const step = spacing * 0.6;
  for (let i = 1; step * Math.sqrt(i) <= reach; i++) {
    const r = step * Math.sqrt(i);
    const a = i * 2.399963229728653;
    const p = { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
    if (inside(p) && hash.isFree(p, spacing)) return p;
  }
  return centre;
}
