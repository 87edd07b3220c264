import { describe, expect, it } from 'vitest';

import { hexAt, hexbin, markerPoints, mercatorRadius, tieMidpoints } from '../../../src/views/map/hexbin';

// Test-side inverse Web Mercator, written out independently of src/views/map/mercator.ts, so points
// can be hand-placed in the plane the bins live in.
const R = 6378137;
function at(x: number, y: number, formality?: string) {
  const lng = (x / R) * (180 / Math.PI);
  const lat = (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI);
  return formality === undefined ? { lng, lat } : { lng, lat, formality };
}

describe('hexAt (pointy-top axial hexagons, size 100)', () => {
  // Centres: (q, r) -> (100·√3·(q + r/2), 150·r). Expected cells checked against a brute-force
  // nearest-centre search.
  it.each([
    [0, 0, 0, 0],
    [80, 0, 0, 0], // the edge with (1, 0) is at x = 86.6
    [90, 0, 1, 0],
    [150, 10, 1, 0],
    [86.6, 140, 0, 1],
    [-80, 160, -1, 1],
    [-20, -30, 0, 0],
  ])('(%d, %d) is in hexagon (%d, %d)', (x, y, q, r) => {
    expect(hexAt(x, y, 100)).toEqual({ q, r });
  });
});

describe('hexbin', () => {
  const points = [
    at(0, 0, 'formal'),
    at(80, 0, 'informal'),
    at(-20, -30, 'informal'),
    at(90, 0, 'formal'),
    at(150, 10),
    at(86.6, 140, 'informal'),
    at(-80, 160, 'mixed'),
  ];

  it('counts formal, informal and total per hexagon, south to north then west to east', () => {
    const fc = hexbin(points, 100);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { q: 0, r: 0, formal: 1, informal: 2, total: 3, informalShare: 2 / 3 },
      { q: 1, r: 0, formal: 1, informal: 0, total: 2, informalShare: 0 },
      { q: -1, r: 1, formal: 0, informal: 0, total: 1 },
      { q: 0, r: 1, formal: 0, informal: 1, total: 1, informalShare: 1 },
    ]);
  });

  it('draws each bin as a closed anticlockwise hexagon in degrees', () => {
    const fc = hexbin(points, 100);
    // Corners of (0, 0): (±86.603, ±50) and (0, ±100) metres, unprojected at the equator.
    expect(fc.features[0]?.geometry.coordinates).toEqual([
      [
        [0.000778, -0.0004492],
        [0.000778, 0.0004492],
        [0, 0.0008983],
        [-0.000778, 0.0004492],
        [-0.000778, -0.0004492],
        [0, -0.0008983],
        [0.000778, -0.0004492],
      ],
    ]);
    // (0, 1) is centred at (86.603, 150) metres.
    expect(fc.features[3]?.geometry.coordinates[0]?.slice(0, 3)).toEqual([
      [0.0015559, 0.0008983],
      [0.0015559, 0.0017966],
      [0.000778, 0.0022458],
    ]);
  });

  it('returns an empty collection for no points', () => {
    expect(hexbin([], 100)).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('sizes hexagons in ground metres: 100 m at 60° N is 200 Mercator metres', () => {
    expect(mercatorRadius(100, 60)).toBeCloseTo(200, 9);
  });
});

describe('bin inputs from toGeoJson output', () => {
  it('takes tie midpoints in Mercator and marker points, with their formality', () => {
    // Far apart and far north, where the Mercator midpoint and the naive average of latitudes differ.
    const a = at(0, 6e6);
    const b = at(2e5, 8e6);
    const mid = tieMidpoints({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[a.lng, a.lat], [b.lng, b.lat]] }, properties: { formality: 'formal' } },
      ],
    });
    const m = at(1e5, 7e6);
    expect(Math.abs(m.lat - (a.lat + b.lat) / 2)).toBeGreaterThan(0.1);
    expect(mid).toHaveLength(1);
    expect(mid[0]?.lng).toBeCloseTo(m.lng, 12);
    expect(mid[0]?.lat).toBeCloseTo(m.lat, 12);
    expect(mid[0]?.formality).toBe('formal');
    expect(
      markerPoints({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-0.055, 51.545] }, properties: { formality: 'informal' } }],
      }),
    ).toEqual([{ lng: -0.055, lat: 51.545, formality: 'informal' }]);
  });
});
