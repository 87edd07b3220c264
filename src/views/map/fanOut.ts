// Fanning out markers that share one display point (a community centre hosting five groups, or
// several approximate people snapped into the same privacy cell), so each stays visible and
// clickable. Pure: it works out screen-pixel offsets; toGeoJson turns them into positions for the
// current zoom.
import type { NodeKind } from '../../model';

/** A screen offset in CSS pixels: `dx` to the right, `dy` downwards. */
export interface FanOffset {
  readonly dx: number;
  readonly dy: number;
}

export interface FanOptions {
  /** Distance between neighbouring markers along the ring, in pixels (default 18). */
  readonly spacingPx?: number;
  /** Smallest ring radius, in pixels (default 16). */
  readonly minRadiusPx?: number;
}

/** One marker to place: its id, kind and display point in degrees. */
export interface FanItem {
  readonly id: string;
  readonly kind: NodeKind;
  readonly lat: number;
  readonly lng: number;
}

const DEFAULT_SPACING_PX = 18;
const DEFAULT_MIN_RADIUS_PX = 16;

function round3(v: number): number {
  // Also turns -0 into 0, so offsets compare cleanly.
  return Math.round(v * 1000) / 1000 + 0;
}

/**
 * `count` offsets evenly spaced on a circle, the first at the top (12 o'clock) and going clockwise.
 * The radius is large enough for `spacingPx` between neighbours, and at least `minRadiusPx`:
 * r = max(minRadius, count × spacing / 2π). Offsets are rounded to 0.001 px.
 */
export function ringOffsets(count: number, options: FanOptions = {}): FanOffset[] {
  const spacing = options.spacingPx ?? DEFAULT_SPACING_PX;
  const minRadius = options.minRadiusPx ?? DEFAULT_MIN_RADIUS_PX;
  if (count <= 0) return [];
  const r = Math.max(minRadius, (count * spacing) / (2 * Math.PI));
  const out: FanOffset[] = [];
  for (let k = 0; k < count; k++) {
    const a = (2 * Math.PI * k) / count;
    out.push({ dx: round3(r * Math.sin(a)), dy: round3(-r * Math.cos(a)) });
  }
  return out;
}

/**
 * Items grouped by identical (lat, lng), groups in order of first appearance. Keyed by the numbers
 * themselves rather than a "lat,lng" string: printing thousands of doubles is the slow part.
 */
export function groupByPoint<T extends { readonly lat: number; readonly lng: number }>(items: readonly T[]): T[][] {
  const byLat = new Map<number, Map<number, T[]>>();
  const groups: T[][] = [];
  for (const item of items) {
    let byLng = byLat.get(item.lat);
    if (!byLng) {
      byLng = new Map();
      byLat.set(item.lat, byLng);
    }
    const group = byLng.get(item.lng);
    if (group) group.push(item);
    else {
      const fresh = [item];
      byLng.set(item.lng, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

function compareIds(a: FanItem, b: FanItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Offsets for every item that shares its exact display point with another. Items alone at their
 * point get no entry. Within a stack the order is fixed by id (not by document order), so markers
 * do not jump around when the document is re-ordered. When the stack holds a space, the space
 * (the lowest id if several) stays at the centre, since it is usually the place the others meet
 * at; everything else goes on the ring.
 */
export function fanOut(items: readonly FanItem[], options: FanOptions = {}): Map<string, FanOffset> {
  const out = new Map<string, FanOffset>();
  for (const stack of groupByPoint(items)) {
    if (stack.length < 2) continue;
    const sorted = [...stack].sort(compareIds);
    const hub = sorted.find((i) => i.kind === 'space');
    const ring = hub ? sorted.filter((i) => i !== hub) : sorted;
    if (hub) out.set(hub.id, { dx: 0, dy: 0 });
    const offsets = ringOffsets(ring.length, options);
    ring.forEach((item, k) => {
      const o = offsets[k];
      if (o) out.set(item.id, o);
    });
  }
  return out;
}
