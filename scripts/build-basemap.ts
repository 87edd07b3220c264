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

/** Land polygons (one Feature per land mass group, as world-atlas ships them). */
export function buildLand(nodeModules = join(ROOT, 'node_modules')): FeatureCollection {
  const topo = readTopology('land-50m.json', nodeModules);
  const land = feature(topo, topo.objects['land'] as GeometryCollection);
  return {
    type: 'FeatureCollection',
    features: land.features.map((f) => ({ type: 'Feature', properties: {}, geometry: roundGeometry(f.geometry) })),
  };
}

/** Borders between countries: shared arcs only, so coastlines are not drawn twice. */
export function buildBorders(nodeModules = join(ROOT, 'node_modules')): FeatureCollection {
  const topo = readTopology('countries-50m.json', nodeModules);
  const borders = mesh(topo, topo.objects['countries'] as GeometryCollection, (a, b) => a !== b);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: roundGeometry(borders) }] };
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
