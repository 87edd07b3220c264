// Density of care by area: hexagon bins with counts of formal and informal ties (or nodes), so an
// evaluator can see where care is thin or leans on formal services. Bins are regular hexagons in
// Web Mercator, the plane the map is drawn in, so they look regular on screen. Input points are
// *display* positions taken from toGeoJson output, never raw locations, so binning cannot reveal
// more than the markers do.
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';

import { project, roundDegrees, unproject } from './mercator';

/** A point to count, at a display position in degrees, with the formality of what it stands for. */
export interface BinPoint {
  readonly lng: number;
  readonly lat: number;
  /** `formal` and `informal` are counted as such; anything else counts only towards `total`. */
  readonly formality?: string;
}

/** Properties of one hexagon. */
export interface HexBinProps {
  /** Axial coordinates of the hexagon (pointy-top layout; `r` grows northwards). */
  readonly q: number;
  readonly r: number;
  readonly formal: number;
  readonly informal: number;
  /** Every point in the bin, including those neither formal nor informal. */
  readonly total: number;
  /** informal / (formal + informal); absent when the bin has neither. */
  readonly informalShare?: number;
}

const SQRT3 = Math.sqrt(3);

/**
 * Mercator metres for a hexagon whose radius on the ground is `metres` at latitude `lat`
 * (Web Mercator stretches distances by 1 / cos(latitude)).
 */
export function mercatorRadius(metres: number, lat: number): number {
  return metres / Math.cos((lat * Math.PI) / 180);
}

/** The axial hexagon (pointy-top, centre-to-corner `size`) holding the plane point (x, y). */
export function hexAt(x: number, y: number, size: number): { q: number; r: number } {
  const qf = ((SQRT3 / 3) * x - y / 3) / size;
  const rf = ((2 / 3) * y) / size;
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  // Cube rounding: fix the coordinate that moved most so q + r + s stays 0.
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q: q + 0, r: r + 0 };
}

/** The six corners of hexagon (q, r), anticlockwise from 30° below east, as a closed ring in degrees. */
function hexRing(q: number, r: number, size: number): [number, number][] {
  const cx = size * SQRT3 * (q + r / 2);
  const cy = size * 1.5 * r;
  const ring: [number, number][] = [];
  for (let k = 0; k < 6; k++) {
    const a = ((60 * k - 30) * Math.PI) / 180;
    const [lng, lat] = unproject({ x: cx + size * Math.cos(a), y: cy + size * Math.sin(a) });
    ring.push([roundDegrees(lng), roundDegrees(lat)]);
  }
  ring.push(ring[0] as [number, number]);
  return ring;
}

/**
 * Count points into hexagons of centre-to-corner radius `sizeM` Mercator metres (see
 * {@link mercatorRadius} to size them in ground metres). Returns one polygon per non-empty bin,
 * ordered south to north (by `r`), then west to east (by `q`); rings are anticlockwise (RFC 7946).
 */
export function hexbin(points: readonly BinPoint[], sizeM: number): FeatureCollection<Polygon, HexBinProps> {
  const bins = new Map<string, { q: number; r: number; formal: number; informal: number; total: number }>();
  for (const p of points) {
    const m = project(p.lng, p.lat);
    const { q, r } = hexAt(m.x, m.y, sizeM);
    const key = `${q},${r}`;
    let bin = bins.get(key);
    if (!bin) {
      bin = { q, r, formal: 0, informal: 0, total: 0 };
      bins.set(key, bin);
    }
    bin.total++;
    if (p.formality === 'formal') bin.formal++;
    else if (p.formality === 'informal') bin.informal++;
  }
  const sorted = [...bins.values()].sort((a, b) => a.r - b.r || a.q - b.q);
  const features: Feature<Polygon, HexBinProps>[] = sorted.map((b) => {
    const classified = b.formal + b.informal;
    return {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [hexRing(b.q, b.r, sizeM)] },
      properties: { ...b, ...(classified > 0 ? { informalShare: b.informal / classified } : {}) },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Midpoints (in Mercator, where the lines are straight) of tie lines, carrying each tie's formality. */
export function tieMidpoints(ties: FeatureCollection<LineString, { formality: string }>): BinPoint[] {
  const out: BinPoint[] = [];
  for (const f of ties.features) {
    const [a, b] = f.geometry.coordinates;
    if (!a || !b || a.length < 2 || b.length < 2) continue;
    const pa = project(a[0] as number, a[1] as number);
    const pb = project(b[0] as number, b[1] as number);
    const [lng, lat] = unproject({ x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 });
    out.push({ lng, lat, formality: f.properties.formality });
  }
  return out;
}

/** Marker positions as bin points, carrying each node's formality. */
export function markerPoints(nodes: FeatureCollection<Point, { formality: string }>): BinPoint[] {
  return nodes.features.map((f) => ({
    lng: f.geometry.coordinates[0] as number,
    lat: f.geometry.coordinates[1] as number,
    formality: f.properties.formality,
  }));
}
