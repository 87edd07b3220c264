// Privacy of place (domain §9, "location blurring"): the one set of rules deciding where a node may
// be shown. The map view draws only `displayLocation(node)`, and every exporter writes
// `redactForExport(doc)`, so a person's home is never drawn or written at its exact point. What is
// NOT covered here: free-text notes and imported custom `fields`, which this module cannot
// interpret; records of other features carry no locations.
import type { NodeKind, LocationPrivacy } from './catalogues';
import type { CareMap, CareNode, LatLng, Location } from './schema';

/**
 * A coarse grid used to blur approximate locations: cells of `latDegrees` × `lngDegrees`, aligned
 * on 0° latitude and 0° longitude.
 */
export interface PrivacyGrid {
  /** Cell height in degrees of latitude (> 0). */
  readonly latDegrees: number;
  /** Cell width in degrees of longitude (> 0). */
  readonly lngDegrees: number;
}

/**
 * The default grid: 0.005° latitude × 0.008° longitude, about 556 m × 554 m at London's latitude
 * (51.5° N), i.e. "neighbourhood level". Both sizes divide 90° and 180° exactly, so the cells tile
 * the globe without a ragged last row.
 */
export const APPROXIMATE_GRID: PrivacyGrid = { latDegrees: 0.005, lngDegrees: 0.008 };

/** A finer choice, "street level": 0.002° × 0.003° (about 222 m × 208 m at 51.5° N). */
export const STREET_GRID: PrivacyGrid = { latDegrees: 0.002, lngDegrees: 0.003 };

/** Snapped coordinates are rounded to 1e-6° (~0.1 m) so cell centres print cleanly. */
const ROUND = 1e6;

function snapAxis(value: number, size: number, limit: number): number {
  const cells = Math.ceil((2 * limit) / size);
  // The top edge (90° / 180°) belongs to the last cell, not to a cell beyond the globe.
  const index = Math.min(Math.floor((value + limit) / size), cells - 1);
  const centre = -limit + (index + 0.5) * size;
  return Math.round(Math.min(limit, Math.max(-limit, centre)) * ROUND) / ROUND;
}

/**
 * The centre of the grid cell holding `point`. Cells are counted from the south-west corner of the
 * globe (-90°, -180°), so for the default grid a cell spans k·0.005° to (k+1)·0.005° of latitude (a
 * point exactly on a cell edge may go to either side, within floating-point error). The result is
 * at most half a cell from `point` on each axis.
 */
export function snapToGrid(point: LatLng, grid: PrivacyGrid = APPROXIMATE_GRID): LatLng {
  return { lat: snapAxis(point.lat, grid.latDegrees, 90), lng: snapAxis(point.lng, grid.lngDegrees, 180) };
}

/**
 * Where a node may be drawn: `undefined` when it has no location or its location is hidden, the
 * centre of its grid cell when approximate, the point itself when exact.
 */
export function displayLocation(node: Pick<CareNode, 'location'>, grid: PrivacyGrid = APPROXIMATE_GRID): LatLng | undefined {
  const loc = node.location;
  if (loc === undefined || loc.privacy === 'hidden') return undefined;
  if (loc.privacy === 'approximate') return snapToGrid(loc, grid);
  return { lat: loc.lat, lng: loc.lng };
}

/**
 * Privacy given to a location when it is first set: people's homes are sensitive, so a person's
 * location starts approximate; groups, organisations, spaces, teams and circles start exact.
 */
export function defaultLocationPrivacy(kind: NodeKind): LocationPrivacy {
  return kind === 'person' ? 'approximate' : 'exact';
}

/** A new location for a node of `kind` at `point`, with that kind's default privacy. */
export function newLocation(kind: NodeKind, point: LatLng): Location {
  return { lat: point.lat, lng: point.lng, privacy: defaultLocationPrivacy(kind) };
}

/**
 * A node with its place as every export shows it: an approximate place replaced by its cell centre,
 * a hidden one removed, an exact one kept. Returns the node itself when nothing changes.
 */
export function redactNode(node: CareNode, grid: PrivacyGrid = APPROXIMATE_GRID): CareNode {
  const loc = node.location;
  if (loc === undefined || loc.privacy === 'exact') return node;
  if (loc.privacy === 'hidden') {
    const { location: _hidden, ...rest } = node;
    return rest;
  }
  // Privacy stays "approximate" so a reader knows the point is a cell centre, not a home.
  return { ...node, location: { ...snapToGrid(loc, grid), privacy: 'approximate' } };
}

/**
 * A copy of `doc` safe to write to any export: approximate locations replaced by their cell
 * centre, hidden locations removed, exact ones kept. Snapshots are redacted the same way, since
 * they hold copies of the nodes. The input is not mutated; untouched nodes are shared.
 * Redacting twice gives the same result as redacting once.
 */
export function redactForExport(doc: CareMap, grid: PrivacyGrid = APPROXIMATE_GRID): CareMap {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => redactNode(n, grid)),
    snapshots: doc.snapshots.map((s) => ({ ...s, nodes: s.nodes.map((n) => redactNode(n, grid)) })),
  };
}
