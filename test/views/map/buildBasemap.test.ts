import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

import { buildBasemapFiles, buildBorders, buildLand, writeBasemap } from '../../../scripts/build-basemap';
import { BASEMAP_FILES, FONT_FILES, FONT_LICENCE_FILE } from '../../../src/views/map/basemapAssets';

// Even-odd ray casting, written here independently of anything under test.
function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > (p[1] as number) !== yj > (p[1] as number) && (p[0] as number) < ((xj - xi) * ((p[1] as number) - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}
function onLand(land: FeatureCollection, p: Position): boolean {
  return land.features.some((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.some((rings) => rings.filter((r) => inRing(p, r)).length % 2 === 1);
  });
}

describe('build-basemap', () => {
  const land = buildLand();

  it('converts Natural Earth 50m land to polygons that hold cities and leave oceans', () => {
    expect(onLand(land, [-0.1278, 51.5074])).toBe(true); // London
    expect(onLand(land, [151.2093, -33.8688])).toBe(true); // Sydney
    expect(onLand(land, [-30, 40])).toBe(false); // mid-Atlantic
    expect(onLand(land, [-1.0, 50.5])).toBe(false); // English Channel
  });

  it('rounds coordinates to 4 decimals', () => {
    const coords = JSON.stringify(land).match(/-?\d+\.\d+/g) ?? [];
    expect(coords.length).toBeGreaterThan(10_000);
    expect(coords.filter((c) => (c.split('.')[1] ?? '').length > 4)).toEqual([]);
  });

  it('draws only borders between countries, as lines', () => {
    const borders = buildBorders();
    expect(borders.features).toHaveLength(1);
    const g = borders.features[0]?.geometry as MultiLineString;
    expect(g.type).toBe('MultiLineString');
    expect(g.coordinates.length).toBeGreaterThan(100);
  });

  it('is deterministic and copies the bundled fonts byte for byte', () => {
    const a = buildBasemapFiles();
    const b = buildBasemapFiles();
    expect(a.map((f) => f.path)).toEqual([BASEMAP_FILES.land, BASEMAP_FILES.borders, FONT_FILES.regular.file, FONT_FILES.bold.file, FONT_LICENCE_FILE]);
    a.forEach((f, i) => expect(f.content.equals(b[i]?.content ?? Buffer.alloc(0))).toBe(true));
    const regular = readFileSync(join('node_modules', '@fontsource', 'noto-sans', 'files', 'noto-sans-latin-400-normal.woff2'));
    expect(a[2]?.content.equals(regular)).toBe(true);
    expect(a[2]?.content.subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  const dir = mkdtempSync(join(tmpdir(), 'cw-basemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the files once and skips unchanged ones', () => {
    const files = buildBasemapFiles();
    expect(writeBasemap(dir, files)).toHaveLength(5);
    expect(writeBasemap(dir, files)).toEqual([]);
    expect(readFileSync(join(dir, BASEMAP_FILES.land)).equals(files[0]?.content ?? Buffer.alloc(0))).toBe(true);
  });
});
