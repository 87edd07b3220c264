import { describe, expect, it } from 'vitest';

import { formatProblem } from '../../src/model';
import { readOverlayGeoJson } from '../../src/io/geojson/overlay';
import { titleFromFileName } from '../../src/io/table/text';

const square = [
  [
    [-0.08, 51.47],
    [-0.07, 51.47],
    [-0.07, 51.48],
    [-0.08, 51.47],
  ],
];

describe('readOverlayGeoJson', () => {
  it('reads a FeatureCollection, keeping names and known kinds and dropping other properties and elevations', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      name: 'Larkspur estate',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square },
          properties: { name: 'Ward 7', kind: 'boundary', colour: 'red' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [-0.08, 51.47, 12],
              [-0.07, 51.475, 14],
            ],
          },
          properties: { name: 'High St', kind: 'road' },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.075, 51.472] }, properties: null },
      ],
    });
    const result = readOverlayGeoJson(text, 'estate.geojson', { id: 'ov-1', kind: 'street' });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'ov-1',
        name: 'Larkspur estate',
        kind: 'street',
        visible: true,
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: square },
            properties: { kind: 'boundary', name: 'Ward 7' },
          },
          // "road" is not an overlay kind, so the file's chosen kind applies; the elevation goes.
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [-0.08, 51.47],
                [-0.07, 51.475],
              ],
            },
            properties: { kind: 'street', name: 'High St' },
          },
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [-0.075, 51.472] },
            properties: { kind: 'street' },
          },
        ],
      },
    });
  });

  it('accepts a single Feature or a bare geometry, named after the file', () => {
    const feature = readOverlayGeoJson(
      JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 51] }, properties: {} }),
      'C:\\maps\\clinic.json',
      { id: 'a' },
    );
    expect(feature.ok && feature.value.name).toBe('clinic');
    expect(feature.ok && feature.value.features[0]?.properties).toEqual({ kind: 'other' });
    const bare = readOverlayGeoJson(
      JSON.stringify({
        type: 'MultiPoint',
        coordinates: [
          [0, 51],
          [1, 52],
        ],
      }),
      'pins.geojson',
      { id: 'b' },
    );
    expect(bare.ok && bare.value.features[0]?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [0, 51],
        [1, 52],
      ],
    });
  });

  it('leaves out what it cannot draw, with a warning naming the feature', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] }, properties: {} },
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 51] }, properties: {} },
      ],
    });
    const result = readOverlayGeoJson(text, 'mixed.geojson', { id: 'c' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.features).toHaveLength(1);
    expect(result.warnings.map(formatProblem)).toEqual([
      'mixed.geojson: features[0]: Left out: a GeometryCollection cannot be drawn as an area overlay.',
      'mixed.geojson: features[1]: Left out: no geometry cannot be drawn as an area overlay.',
    ]);
  });

  it('reports bad coordinates by their place in the file, and adds nothing', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 51] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: 'x' }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 95] }, properties: {} },
      ],
    });
    const result = readOverlayGeoJson(text, 'bad.geojson', { id: 'd' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => `${p.file} ${p.path}`);
    expect(paths).toEqual([
      'bad.geojson features[1].geometry.coordinates',
      'bad.geojson features[2].geometry.coordinates[1]',
    ]);
  });

  it('explains files that are not JSON, not GeoJSON, or empty', () => {
    const message = (text: string) => {
      const r = readOverlayGeoJson(text, 'f.geojson');
      return r.ok ? 'ok' : formatProblem(r.problems[0]!);
    };
    expect(message('{"type": "FeatureCollection", "features": [')).toMatch(
      /^f\.geojson:1:\d+: is not valid JSON: /,
    );
    expect(message('[1, 2]')).toBe(
      'f.geojson: This is not GeoJSON: expected an object with a "type" such as "FeatureCollection".',
    );
    expect(message('{"type": "Topology"}')).toBe('f.geojson: type: "Topology" is not a GeoJSON type.');
    expect(message('{"type": "FeatureCollection"}')).toBe(
      'f.geojson: features: A FeatureCollection needs a "features" list.',
    );
    expect(message('{"type": "FeatureCollection", "features": []}')).toBe(
      'f.geojson: features: The file has no shapes that can be drawn.',
    );
  });
});

describe('overlay names from file names', () => {
  it('drops folders and the extension', () => {
    expect(titleFromFileName('/home/a/ward-7.geojson', 'Imported areas')).toBe('ward-7');
    expect(titleFromFileName('parks.JSON', 'Imported areas')).toBe('parks');
    expect(titleFromFileName('.geojson', 'Imported areas')).toBe('Imported areas');
  });
});
