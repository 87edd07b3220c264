// Builds the offline basemap into public/ before `vite` and `vite build` run (npm run basemap):
// Natural Earth 1:50m land and country borders from world-atlas (TopoJSON) converted to GeoJSON
// with topojson-client, and the Noto Sans latin woff2 files (with their licence) that map labels
// are drawn with. Output is deterministic and only rewritten when it changes, so the dev server
// does not reload for nothing. The files are generated, not committed (see .gitignore).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { BASEMAP_FILES, FONT_FILES, FONT_LICENCE_FILE } from '../src/views/map/basemapAssets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One output file: a path under public/ and its bytes. */
export interface BasemapFile {
  readonly path: string;
  readonly content: Buffer;
}

// world-atlas 50m is quantised to steps of 0.0036° (lng) × 0.0017° (lat); 4 decimals keep that
// detail and cut the GeoJSON to well under half its unrounded size.
const DECIMALS = 1e4;
/** Rings lying wholly beyond this latitude (°) are the pole itself, not land to fill. */
const POLE_LAT = 89.99;

function roundPositions(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * DECIMALS) / DECIMALS + 0;
  if (Array.isArray(value)) return value.map(roundPositions);
  return value;
}

function roundGeometry<G extends Geometry>(g: G): G {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(roundGeometry) };
  return { ...g, coordinates: roundPositions(g.coordinates) as Position[] };
}

function readTopology(file: string, nodeModules: string): Topology {
  return JSON.parse(readFileSync(join(nodeModules, 'world-atlas', file), 'utf8')) as Topology;
}

/**
 * world-atlas is made for spherical renderers (d3-geo): a ring crossing the antimeridian jumps from
 * 180° to -180°, and Antarctica's ring wraps around the pole. A planar renderer such as MapLibre
 * fills those as bands across the whole world. So longitudes are unwrapped to run on continuously
 * (Chukotka continues past 180°; MapLibre draws the part beyond on the other side), a ring that
 * goes all the way round is closed along the pole, and rings lying on a pole are dropped.
 */
export function unwrapRing(ring: Position[]): Position[] | undefined {
  const first = ring[0];
  if (!first) return undefined;
  const out: Position[] = [[first[0] as number, first[1] as number]];
  let shift = 0;
  let sumLat = first[1] as number;
  for (let i = 1; i < ring.length; i++) {
    const prev = ring[i - 1] as Position;
    const p = ring[i] as Position;
    const d = (p[0] as number) - (prev[0] as number);
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    out.push([(p[0] as number) + shift, p[1] as number]);
    sumLat += p[1] as number;
  }
  // world-atlas puts the poles at ±89.999°, not ±90°.
  if (out.every((p) => Math.abs(p[1] as number) > POLE_LAT)) return undefined;
  if (shift !== 0) {
    const pole = sumLat < 0 ? -90 : 90;
    const last = out[out.length - 1] as Position;
    out.push([last[0] as number, pole], [first[0] as number, pole], [first[0] as number, first[1] as number]);
  }
  // Move the whole ring by whole turns so it starts in [-180°, 180°), where its holes are too.
  const west = Math.min(...out.map((p) => p[0] as number));
  const turns = Math.floor((west + 180) / 360);
  return turns === 0 ? out : out.map((p) => [(p[0] as number) - 360 * turns, p[1] as number]);
}

/** Twice the signed planar area of a ring; positive when anticlockwise (x east, y north). */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s;
}

/** Wind a polygon as RFC 7946 asks: outer ring anticlockwise, holes clockwise. */
function rewind(rings: Position[][]): Position[][] {
  return rings.map((r, i) => ((signedArea(r) > 0) === (i === 0) ? r : [...r].reverse()));
}

/** A polygon ready for MapLibre, or undefined when nothing of it encloses any area. */
function planarPolygon(rings: Position[][]): Position[][] | undefined {
  // world-atlas has a few flat rings (every point on one parallel): nothing to fill, and no winding.
  const usable = (r: Position[] | undefined): r is Position[] => r !== undefined && signedArea(r) !== 0;
  const outer = rings[0] && unwrapRing(rings[0]);
  if (!usable(outer)) return undefined;
  const holes = rings.slice(1).map(unwrapRing).filter(usable);
  return rewind([outer, ...holes]);
}

/** Land polygons, one Feature per land mass, made safe for a planar renderer (see unwrapRing). */
export function buildLand(nodeModules = join(ROOT, 'node_modules')): FeatureCollection {
  const topo = readTopology('land-50m.json', nodeModules);
  const land = feature(topo, topo.objects['land'] as GeometryCollection);
  const polygons: Position[][][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  return {
    type: 'FeatureCollection',
    features: polygons
      .map(planarPolygon)
      .filter((p): p is Position[][] => p !== undefined)
      .map((coordinates) => ({ type: 'Feature', properties: {}, geometry: roundGeometry({ type: 'Polygon', coordinates }) })),
  };
}

/** A line cut wherever it jumps across the antimeridian, so no segment spans the world. */
function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (const p of line) {
    const prev = current[current.length - 1];
    if (prev && Math.abs((p[0] as number) - (prev[0] as number)) > 180) {
      parts.push(current);
      current = [];
    }
    current.push(p);
  }
  parts.push(current);
  return parts.filter((part) => part.length >= 2);
}

/** Borders between countries: shared arcs only, so coastlines are not drawn twice. */
export function buildBorders(nodeModules = join(ROOT, 'node_modules')): FeatureCollection {
  const topo = readTopology('countries-50m.json', nodeModules);
  const borders = mesh(topo, topo.objects['countries'] as GeometryCollection, (a, b) => a !== b);
  const coordinates = borders.coordinates.flatMap(splitAtAntimeridian);
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: roundGeometry({ type: 'MultiLineString', coordinates }) }],
  };
}

/** Every file the offline basemap needs, in a fixed order. */
export function buildBasemapFiles(nodeModules = join(ROOT, 'node_modules')): BasemapFile[] {
  const json = (v: unknown) => Buffer.from(`${JSON.stringify(v)}\n`, 'utf8');
  const fontDir = join(nodeModules, '@fontsource', 'noto-sans');
  const font = (file: string) => readFileSync(join(fontDir, 'files', file.replace(/^fonts\//, '')));
  return [
    { path: BASEMAP_FILES.land, content: json(buildLand(nodeModules)) },
    { path: BASEMAP_FILES.borders, content: json(buildBorders(nodeModules)) },
    { path: FONT_FILES.regular.file, content: font(FONT_FILES.regular.file) },
    { path: FONT_FILES.bold.file, content: font(FONT_FILES.bold.file) },
    { path: FONT_LICENCE_FILE, content: readFileSync(join(fontDir, 'LICENSE')) },
  ];
}

/** Write the files under `publicDir`, skipping any whose bytes are already there. Returns what changed. */
export function writeBasemap(publicDir = join(ROOT, 'public'), files = buildBasemapFiles()): string[] {
  const written: string[] = [];
  for (const f of files) {
    const target = join(publicDir, f.path);
    if (existsSync(target) && readFileSync(target).equals(f.content)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    written.push(f.path);
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const files = buildBasemapFiles();
  const written = writeBasemap(join(ROOT, 'public'), files);
  const sizes = files.map((f) => `${f.path} ${(f.content.length / 1024).toFixed(0)} kB`).join(', ');
  console.log(`basemap: ${written.length} of ${files.length} files updated in ${Date.now() - started} ms (${sizes})`);
}
