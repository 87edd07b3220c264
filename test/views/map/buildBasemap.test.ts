import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

import { buildBasemapFiles, buildBorders, buildLand, unwrapRing, writeBasemap } from '../../../scripts/build-basemap';
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
  // Rings may run past ±180° (see unwrapRing), so try the point on the neighbouring world copies too.
  return [0, 360, -360].some((turn) => onLandCopy(land, [(p[0] as number) + turn, p[1] as number]));
}
function onLandCopy(land: FeatureCollection, p: Position): boolean {
  return land.features.some((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.some((rings) => rings.filter((r) => inRing(p, r)).length % 2 === 1);
  });
}

describe('unwrapRing', () => {
  it('lets a ring crossing the antimeridian run on past 180°', () => {
    expect(unwrapRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]])).toEqual([[179, 0], [181, 0], [181, 1], [179, 1], [179, 0]]);
  });

  it('moves a ring that starts west of the antimeridian by a whole turn', () => {
    expect(unwrapRing([[-179, 0], [179, 0], [179, 1], [-179, 1], [-179, 0]])).toEqual([[181, 0], [179, 0], [179, 1], [181, 1], [181, 0]]);
  });

  it('closes a ring that goes round the South Pole along the pole, and drops rings on the pole', () => {
    expect(unwrapRing([[-180, -80], [0, -81], [179, -80], [-180, -80]])).toEqual([
      [-180, -80], [0, -81], [179, -80], [180, -80], [180, -90], [-180, -90], [-180, -80],
    ]);
    expect(unwrapRing([[-180, -89.999], [0, -89.999], [178, -89.999], [-180, -89.999]])).toBeUndefined();
  });
});

describe('build-basemap', () => {
  const land = buildLand();

  it('converts Natural Earth 50m land to polygons that hold cities and leave oceans', () => {
    expect(onLand(land, [-0.1278, 51.5074])).toBe(true); // London
    expect(onLand(land, [151.2093, -33.8688])).toBe(true); // Sydney
    expect(onLand(land, [-30, 40])).toBe(false); // mid-Atlantic
    expect(onLand(land, [-1.0, 50.5])).toBe(false); // English Channel
    expect(onLand(land, [0, -80])).toBe(true); // Antarctica, closed along the pole
    expect(onLand(land, [-175, 66])).toBe(true); // Chukotka, east of the antimeridian
    expect(onLand(land, [50.5, 42])).toBe(false); // the Caspian, a hole in Eurasia
    expect(onLand(land, [0, 71.2])).toBe(false); // Norwegian Sea (Wrangel Island once spanned the world here)
    expect(onLand(land, [-30, 49])).toBe(false); // North Atlantic
  });

  it('has no edge spanning the world and winds rings as RFC 7946 asks', () => {
    // Twice the signed area by the shoelace formula; positive means anticlockwise.
    const area = (r: Position[]) => r.reduce((s, p, i) => {
      const q = r[(i + 1) % r.length] as Position;
      return s + (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
    }, 0);
    const bad: string[] = [];
    land.features.forEach((f, i) => {
      (f.geometry as Polygon).coordinates.forEach((ring, k) => {
        if ((area(ring) > 0) !== (k === 0)) bad.push(`${i}.${k} winding`);
        if (Math.min(...ring.map((p) => p[0] as number)) < -180) bad.push(`${i}.${k} west of -180`);
        ring.forEach((p, j) => {
          const prev = ring[j - 1];
          // An edge along the pole itself (Antarctica's closing edge) may run the whole way round.
          const alongPole = prev && Math.abs(p[1] as number) === 90 && Math.abs(prev[1] as number) === 90;
          if (prev && !alongPole && Math.abs((p[0] as number) - (prev[0] as number)) > 180) bad.push(`${i}.${k}.${j} jump`);
        });
      });
    });
    expect(bad).toEqual([]);
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

  const files = buildBasemapFiles();

  it('is deterministic and copies the bundled fonts byte for byte', () => {
    const a = files;
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
    expect(writeBasemap(dir, files)).toHaveLength(5);
    expect(writeBasemap(dir, files)).toEqual([]);
    expect(readFileSync(join(dir, BASEMAP_FILES.land)).equals(files[0]?.content ?? Buffer.alloc(0))).toBe(true);
  });
});
