// Web Mercator (EPSG:3857) arithmetic shared by the map view's pure helpers: projecting degrees to
// metres and back, and converting screen pixels at a MapLibre zoom into a geographic offset. Kept
// free of maplibre-gl so it runs in Node tests.

/** WGS 84 equatorial radius in metres, the sphere Web Mercator projects onto. */
export const EARTH_RADIUS_M = 6_378_137;

/** Web Mercator stops here (°); beyond it the projection runs off to infinity. */
export const MAX_MERCATOR_LAT = 85.0511287798066;

/** MapLibre's world is 512 px wide at zoom 0. */
export const TILE_SIZE_PX = 512;

/** A projected point in Web Mercator metres; `y` grows northwards. */
export interface MercatorPoint {
  readonly x: number;
  readonly y: number;
}

const DEG = Math.PI / 180;

/** Project longitude/latitude (degrees) to Web Mercator metres; latitudes are clamped to ±85.05°. */
export function project(lng: number, lat: number): MercatorPoint {
  const phi = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat)) * DEG;
  return { x: EARTH_RADIUS_M * lng * DEG, y: EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2)) };
}

/** Inverse of {@link project}: Web Mercator metres to `[lng, lat]` in degrees. */
export function unproject(p: MercatorPoint): [number, number] {
  const lng = p.x / EARTH_RADIUS_M / DEG;
  const lat = (2 * Math.atan(Math.exp(p.y / EARTH_RADIUS_M)) - Math.PI / 2) / DEG;
  return [lng, lat];
}

/**
 * Projected metres covered by one screen pixel at `zoom` (same everywhere in projected space; on the
 * ground it is this times cos(latitude)). At zoom 0 one pixel is 2π·6378137 / 512 ≈ 78271.5 m.
 */
export function metresPerPixel(zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M) / (TILE_SIZE_PX * 2 ** zoom);
}

/**
 * The point `dx` pixels right and `dy` pixels down (screen convention) from `[lng, lat]` when the
 * map is at `zoom`. Used to fan out stacked markers by a fixed on-screen distance.
 */
export function offsetByPixels(lng: number, lat: number, dx: number, dy: number, zoom: number): [number, number] {
  const m = metresPerPixel(zoom);
  const p = project(lng, lat);
  return unproject({ x: p.x + dx * m, y: p.y - dy * m });
}

/** Round to 1e-7° (about 1 cm), enough for display; -0 becomes 0 so output compares cleanly. */
export function roundDegrees(value: number): number {
  return Math.round(value * 1e7) / 1e7 + 0;
}
