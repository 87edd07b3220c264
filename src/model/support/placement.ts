// Where each member of a support network is drawn: concentric bands by closeness (inner, middle,
// outer, no closeness yet, then those linked only through someone else) cut into four sectors by
// relationship. Pure geometry in drawing units (px at zoom 1), centre at (0, 0), x to the right,
// y down, angles in radians clockwise from twelve o'clock. Deterministic: the same network and
// remembered places always give the same drawing. Drawing, dragging and hit-testing are the
// view's; the inverse used for a drop (which band and where in a sector a point is) is here.
//
// No two people overlap: each band is made of lanes (circles one pitch apart), and on a lane
// neighbours are at least one pitch apart in a straight line, with half that to the sector's
// edge. A band gets as many lanes as its most crowded sector needs, so the bands grow outward
// with the network (200 people all in one band and sector need about 16 lanes).
import type { NodeId } from '../ids';
import type { SupportMember, SupportNetwork } from './network';
import { SUPPORT_SECTORS, type SupportRing, type SupportSector } from './schema';

export interface PlacementOptions {
  /** Centre-to-centre distance between neighbours, in drawing units. Default 64 (a 48 px node and a gap). */
  readonly pitch?: number;
  /** Draw the people linked to the centre only through someone else. Default true. */
  readonly showIndirect?: boolean;
}

/** One band of the drawing: its inner and outer radius, and the radius of each lane in it. */
export interface RingBand {
  readonly ring: SupportRing;
  readonly inner: number;
  readonly outer: number;
  readonly lanes: readonly number[];
}

/** One sector: angles in radians clockwise from twelve o'clock, `start` < `end`. */
export interface SectorArc {
  readonly sector: SupportSector;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface PlacedMember {
  readonly id: NodeId;
  readonly ring: SupportRing;
  readonly sector: SupportSector;
  /** Where in its sector, 0 (clockwise start) to 1 (end): what is remembered between visits. */
  readonly along: number;
  readonly angle: number;
  readonly radius: number;
  readonly x: number;
  readonly y: number;
}

export interface SupportLayout {
  readonly pitch: number;
  /** Bands from the centre out; 'beyond' has no lanes when nobody indirect is drawn. */
  readonly bands: readonly RingBand[];
  readonly sectors: readonly SectorArc[];
  /** Members in the network's order. */
  readonly placed: readonly PlacedMember[];
  /** Indirect members left out because `showIndirect` is false. */
  readonly hidden: readonly NodeId[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

const TAU = 2 * Math.PI;
const SPAN = TAU / SUPPORT_SECTORS.length;
const BAND_ORDER: readonly SupportRing[] = ['inner', 'middle', 'outer', 'none', 'beyond'];
/** Every ring guide is drawn even when empty, so the drawing keeps its shape as people are added. */
const MIN_LANES: Readonly<Record<SupportRing, number>> = {
  inner: 1,
  middle: 1,
  outer: 1,
  none: 1,
  beyond: 0,
};
export const DEFAULT_PITCH = 64;

/** The four sectors as arcs, in SUPPORT_SECTORS order. */
export const SECTOR_ARCS: readonly SectorArc[] = SUPPORT_SECTORS.map((s, i) => ({
  sector: s.id,
  label: s.label,
  start: i * SPAN,
  end: (i + 1) * SPAN,
}));

function arcOf(sector: SupportSector): SectorArc {
  return SECTOR_ARCS.find((a) => a.sector === sector) as SectorArc;
}

/** Smallest angle between neighbours on a lane of this radius: their chord is one pitch. */
function laneStep(radius: number, pitch: number): number {
  return 2 * Math.asin(Math.min(1, pitch / (2 * radius)));
}

/** How many people fit on one lane within one sector, half a step clear of each edge. */
function laneCapacity(radius: number, pitch: number): number {
  return Math.floor(SPAN / laneStep(radius, pitch) + 1e-9);
}

function lanesNeeded(count: number, start: number, pitch: number): number {
  let lanes = 0;
  let capacity = 0;
  while (capacity < count) {
    capacity += laneCapacity(start + (lanes + 0.5) * pitch, pitch);
    lanes += 1;
  }
  return lanes;
}

/** Split `n` people over lanes in proportion to their capacity (largest remainder, inner lanes first on ties). */
function shareByCapacity(n: number, caps: readonly number[]): number[] {
  const total = caps.reduce((s, c) => s + c, 0);
  const exact = caps.map((c) => (n * c) / total);
  const counts = exact.map((x) => Math.floor(x));
  let rest = n - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((x, j) => ({ j, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.j - b.j);
  for (const { j } of order) {
    if (rest === 0) break;
    if ((counts[j] as number) < (caps[j] as number)) {
      counts[j] = (counts[j] as number) + 1;
      rest -= 1;
    }
  }
  return counts;
}

function compareMembers(a: SupportMember, b: SupportMember): number {
  const la = a.node.label.toLowerCase();
  const lb = b.node.label.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Place one band × sector cell. People with a remembered place ask for it; the others ask for
 * even spacing in label order. People are dealt to the band's lanes in order of where they ask
 * to be, then pushed apart along each lane as little as keeps a pitch between neighbours.
 */
function placeCell(
  members: readonly SupportMember[],
  lanes: readonly number[],
  arc: SectorArc,
  remembered: ReadonlyMap<string, number>,
  pitch: number,
): PlacedMember[] {
  const fresh = members.filter((m) => !remembered.has(m.id)).sort(compareMembers);
  const wanted = new Map<string, number>();
  fresh.forEach((m, i) => wanted.set(m.id, (i + 0.5) / fresh.length));
  for (const m of members) {
    const along = remembered.get(m.id);
    if (along !== undefined) wanted.set(m.id, Math.min(1, Math.max(0, along)));
  }
  const want = (m: SupportMember) => wanted.get(m.id) as number;
  const order = [...members].sort((a, b) => want(a) - want(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = shareByCapacity(
    order.length,
    lanes.map((r) => laneCapacity(r, pitch)),
  );
  const slots: { f: number; lane: number }[] = [];
  counts.forEach((k, lane) => {
    for (let i = 0; i < k; i++) slots.push({ f: (i + 0.5) / k, lane });
  });
  slots.sort((a, b) => a.f - b.f || a.lane - b.lane);
  const perLane: SupportMember[][] = lanes.map(() => []);
  order.forEach((m, i) => perLane[(slots[i] as { lane: number }).lane]?.push(m));
  const out: PlacedMember[] = [];
  perLane.forEach((list, lane) => {
    const radius = lanes[lane] as number;
    const step = laneStep(radius, pitch);
    const lo = arc.start + step / 2;
    const hi = arc.end - step / 2;
    const angles = list.map((m) => Math.min(hi, Math.max(lo, arc.start + want(m) * SPAN)));
    for (let i = 1; i < angles.length; i++)
      angles[i] = Math.max(angles[i] as number, (angles[i - 1] as number) + step);
    for (let i = angles.length - 1; i >= 0; i--) {
      const cap = i === angles.length - 1 ? hi : (angles[i + 1] as number) - step;
      angles[i] = Math.min(angles[i] as number, cap);
    }
    list.forEach((m, i) => {
      const angle = angles[i] as number;
      out.push({
        id: m.id,
        ring: m.ring,
        sector: m.sector,
        along: (angle - arc.start) / SPAN,
        angle,
        radius,
        x: radius * Math.sin(angle),
        y: -radius * Math.cos(angle),
      });
    });
  });
  return out;
}

/**
 * Lay out a support network. `remembered` maps node ids to a remembered place in their sector
 * (0–1, see PlacedMember.along); people without one are spread evenly in label order.
 */
export function placeSupportNetwork(
  network: SupportNetwork,
  remembered: ReadonlyMap<string, number> = new Map(),
  options: PlacementOptions = {},
): SupportLayout {
  const pitch = options.pitch ?? DEFAULT_PITCH;
  const showIndirect = options.showIndirect ?? true;
  const shown = network.members.filter((m) => m.direct || showIndirect);
  const hidden = network.members.filter((m) => !m.direct && !showIndirect).map((m) => m.id);
  const cells = new Map<string, SupportMember[]>();
  for (const m of shown) {
    const key = `${m.ring}:${m.sector}`;
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [m]);
    else list.push(m);
  }
  const bands: RingBand[] = [];
  let start = pitch / 2;
  for (const ring of BAND_ORDER) {
    let count = MIN_LANES[ring];
    for (const arc of SECTOR_ARCS)
      count = Math.max(count, lanesNeeded(cells.get(`${ring}:${arc.sector}`)?.length ?? 0, start, pitch));
    const lanes = Array.from({ length: count }, (_, j) => start + (j + 0.5) * pitch);
    bands.push({ ring, inner: start, outer: start + count * pitch, lanes });
    start += count * pitch;
  }
  const byId = new Map<string, PlacedMember>();
  for (const band of bands) {
    for (const arc of SECTOR_ARCS) {
      const members = cells.get(`${band.ring}:${arc.sector}`);
      if (members === undefined) continue;
      for (const p of placeCell(members, band.lanes, arc, remembered, pitch)) byId.set(p.id, p);
    }
  }
  return {
    pitch,
    bands,
    sectors: SECTOR_ARCS,
    placed: shown.map((m) => byId.get(m.id) as PlacedMember),
    hidden,
  };
}

// ---------------------------------------------------------------- the inverse: where a drop lands

/** The angle of a point around the centre, clockwise from twelve o'clock, in [0, 2π). */
export function angleAt(point: Point): number {
  const a = Math.atan2(point.x, -point.y);
  return a < 0 ? a + TAU : a;
}

/** The band a point lies in: inside the first band counts as inner, past the last as the last. */
export function ringAt(layout: SupportLayout, point: Point): SupportRing {
  const d = Math.hypot(point.x, point.y);
  const bands = layout.bands.filter((b) => b.lanes.length > 0);
  for (const b of bands) if (d < b.outer) return b.ring;
  return (bands[bands.length - 1] as RingBand).ring;
}

/** The sector a point lies in. */
export function sectorAt(point: Point): SupportSector {
  const i = Math.min(SECTOR_ARCS.length - 1, Math.floor(angleAt(point) / SPAN));
  return (SECTOR_ARCS[i] as SectorArc).sector;
}

/**
 * Where in `sector` a point lies, 0 to 1. A point in another sector counts as the nearer edge of
 * this one: people stay in the sector their relationship puts them in.
 */
export function alongAt(sector: SupportSector, point: Point): number {
  const arc = arcOf(sector);
  const a = angleAt(point);
  if (a >= arc.start && a <= arc.end) return (a - arc.start) / SPAN;
  const gap = (from: number, to: number) => (((to - from) % TAU) + TAU) % TAU;
  return gap(a, arc.start) <= gap(arc.end, a) ? 0 : 1;
}

/** What dropping a member at `point` means: the band it lands in, and its place in its own sector. */
export function dropAt(
  layout: SupportLayout,
  sector: SupportSector,
  point: Point,
): { ring: SupportRing; along: number } {
  return { ring: ringAt(layout, point), along: alongAt(sector, point) };
}
