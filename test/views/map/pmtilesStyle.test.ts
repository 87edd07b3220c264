// Street styles for PMTiles extracts, checked with MapLibre's own validator and filter evaluator.
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

import {
  detectStreetSchema,
  pmtilesAttribution,
  streetStyle,
  vectorLayerIds,
} from '../../../src/views/map/pmtilesStyle';

// vector_layers as the Protomaps basemap build and an OpenMapTiles (Planetiler) build write them.
const PROTOMAPS = {
  vector_layers: [
    'boundaries',
    'buildings',
    'earth',
    'landcover',
    'landuse',
    'places',
    'pois',
    'roads',
    'transit',
    'water',
  ].map((id) => ({ id, fields: {} })),
};
const OMT = {
  vector_layers: [
    'water',
    'waterway',
    'landcover',
    'landuse',
    'park',
    'boundary',
    'transportation',
    'transportation_name',
    'building',
    'place',
    'poi',
  ].map((id) => ({ id })),
};

describe('detectStreetSchema', () => {
  it('recognises Protomaps and OpenMapTiles vector files and raster files', () => {
    expect(detectStreetSchema(1, PROTOMAPS)).toEqual({ ok: true, schema: 'protomaps' });
    expect(detectStreetSchema(1, OMT)).toEqual({ ok: true, schema: 'openmaptiles' });
    expect(detectStreetSchema(2, {})).toEqual({ ok: true, schema: 'raster' });
    expect(detectStreetSchema(3, null)).toEqual({ ok: true, schema: 'raster' });
    expect(detectStreetSchema(4, undefined)).toEqual({ ok: true, schema: 'raster' });
  });

  it('names the layers it found when it does not know the schema', () => {
    expect(detectStreetSchema(1, { vector_layers: [{ id: 'streets' }, { id: 'water_polygons' }] })).toEqual({
      ok: false,
      message:
        'This street file has layers streets, water_polygons. Carewealth can style files in the Protomaps basemap or OpenMapTiles schema (with a "roads" or "transportation" layer).',
    });
    expect(detectStreetSchema(1, {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('has no layer list'),
    });
    expect(detectStreetSchema(5, {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('cannot draw'),
    });
  });

  it('reads layer ids defensively', () => {
    expect(vectorLayerIds({ vector_layers: [{ id: 'a' }, { name: 'b' }, 'c', null, { id: 7 }] })).toEqual([
      'a',
    ]);
    expect(vectorLayerIds('nope')).toEqual([]);
  });
});

describe('pmtilesAttribution', () => {
  it('uses the file’s own credit, else credits OpenStreetMap', () => {
    expect(
      pmtilesAttribution({ attribution: '<a href="https://protomaps.com">Protomaps</a> © OpenStreetMap' }),
    ).toBe('<a href="https://protomaps.com">Protomaps</a> © OpenStreetMap');
    expect(pmtilesAttribution({ attribution: '  ' })).toBe('© OpenStreetMap contributors');
    expect(pmtilesAttribution(null)).toBe('© OpenStreetMap contributors');
  });
});

function drawnBy(
  layers: LayerSpecification[],
  sourceLayer: string,
  type: 'LineString' | 'Polygon',
  properties: Record<string, unknown>,
): string[] {
  return layers
    .filter((l) => 'source-layer' in l && l['source-layer'] === sourceLayer)
    .filter((l) => {
      const f = 'filter' in l && l.filter !== undefined ? featureFilter(l.filter, 'filter') : undefined;
      return f ? f.filter({ zoom: 16 }, { type, properties }) : true;
    })
    .map((l) => l.id);
}

describe('streetStyle', () => {
  for (const schema of ['protomaps', 'openmaptiles', 'raster'] as const) {
    it(`gives a valid style for ${schema} files`, () => {
      const style = streetStyle({
        schema,
        url: 'pmtiles://area.pmtiles',
        attribution: '© OpenStreetMap',
        assetBase: '/',
      });
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.sources['streets']).toMatchObject({
        type: schema === 'raster' ? 'raster' : 'vector',
        url: 'pmtiles://area.pmtiles',
      });
      expect(style.glyphs).toBeUndefined();
    });
  }

  it('styles Protomaps roads, parks, water and buildings', () => {
    const { layers } = streetStyle({
      schema: 'protomaps',
      url: 'pmtiles://a',
      attribution: '',
      assetBase: '/',
    });
    expect(drawnBy(layers, 'roads', 'LineString', { kind: 'major_road', name: 'Mare Street' })).toEqual([
      'streets-road-casing',
      'streets-road',
      'streets-road-label',
    ]);
    expect(drawnBy(layers, 'roads', 'LineString', { kind: 'path' })).toEqual(['streets-path']);
    expect(drawnBy(layers, 'landuse', 'Polygon', { kind: 'park' })).toEqual(['streets-park-0']);
    expect(drawnBy(layers, 'landuse', 'Polygon', { kind: 'industrial' })).toEqual([]);
    expect(drawnBy(layers, 'water', 'Polygon', {})).toEqual(['streets-water']);
    expect(drawnBy(layers, 'buildings', 'Polygon', {})).toEqual(['streets-building']);
  });

  it('styles OpenMapTiles transportation, parks, water and buildings', () => {
    const { layers } = streetStyle({
      schema: 'openmaptiles',
      url: 'pmtiles://a',
      attribution: '',
      assetBase: '/',
    });
    expect(drawnBy(layers, 'transportation', 'LineString', { class: 'primary' })).toEqual([
      'streets-road-casing',
      'streets-road',
    ]);
    expect(drawnBy(layers, 'transportation', 'LineString', { class: 'track' })).toEqual(['streets-path']);
    expect(
      drawnBy(layers, 'transportation_name', 'LineString', { class: 'minor', name: 'Ada Road' }),
    ).toEqual(['streets-road-label']);
    expect(drawnBy(layers, 'park', 'Polygon', { class: 'nature_reserve' })).toEqual(['streets-park-0']);
    expect(drawnBy(layers, 'landuse', 'Polygon', { class: 'cemetery' })).toEqual(['streets-park-1']);
    expect(drawnBy(layers, 'building', 'Polygon', {})).toEqual(['streets-building']);
  });
});
