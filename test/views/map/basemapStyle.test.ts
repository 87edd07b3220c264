// The style objects are checked with MapLibre's own style validator and filter evaluator
// (@maplibre/maplibre-gl-style-spec, which maplibre-gl 6.17 depends on), an independent reference
// for "MapLibre accepts this and draws feature X with layer Y".
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

import {
  checkStyleUrl,
  decideOnMapError,
  offlineBasemapStyle,
  OVERLAY_SOURCE_ID,
  overlayLayers,
  sanitiseOnlineStyle,
  styleAttributions,
  TOP_OVERLAY_LAYER_ID,
  withOverlays,
} from '../../../src/views/map/basemapStyle';
import type { OverlayProps } from '../../../src/views/map/toGeoJson';

const LATIN = [
  'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329',
  'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD',
];

const EMPTY: FeatureCollection<Geometry, OverlayProps> = { type: 'FeatureCollection', features: [] };

describe('offlineBasemapStyle', () => {
  const style = offlineBasemapStyle({ assetBase: '/' });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('fetches nothing remote: no glyphs, no sprite, only bundled files', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(style.sources).toEqual({
      'cw-land': { type: 'geojson', data: '/basemap/land-50m.geojson', attribution: 'Natural Earth', maxzoom: 10 },
      'cw-borders': { type: 'geojson', data: '/basemap/borders-50m.geojson', attribution: 'Natural Earth', maxzoom: 10 },
    });
    expect(style['font-faces']).toEqual({
      'Noto Sans Regular': [{ url: '/fonts/noto-sans-latin-400-normal.woff2', 'unicode-range': LATIN }],
      'Noto Sans Bold': [{ url: '/fonts/noto-sans-latin-700-normal.woff2', 'unicode-range': LATIN }],
    });
    expect(style.layers.map((l) => l.id)).toEqual(['cw-water', 'cw-land', 'cw-borders']);
  });

  it('joins the asset base with or without a trailing slash', () => {
    const a = offlineBasemapStyle({ assetBase: 'https://app.example/carewealth/' });
    const b = offlineBasemapStyle({ assetBase: 'https://app.example/carewealth' });
    expect((a.sources['cw-land'] as { data: string }).data).toBe('https://app.example/carewealth/basemap/land-50m.geojson');
    expect(b).toEqual(a);
  });
});

describe('overlay layers', () => {
  const layers = overlayLayers();

  // Which layers draw a feature of this geometry type and properties, per MapLibre's evaluator.
  function drawnBy(type: 'Point' | 'LineString' | 'Polygon', kind: string, name = ''): string[] {
    return layers
      .filter((l: LayerSpecification) => {
        const f = 'filter' in l && l.filter !== undefined ? featureFilter(l.filter, 'filter') : undefined;
        return f ? f.filter({ zoom: 16 }, { type, properties: { kind, name, overlayId: 'o', overlayName: 'O' } }) : true;
      })
      .map((l) => l.id);
  }

  it('draws each kind of area with the right layers', () => {
    expect(drawnBy('Polygon', 'park', 'London Fields')).toEqual(['cw-overlay-park', 'cw-overlay-area-label']);
    expect(drawnBy('Polygon', 'park')).toEqual(['cw-overlay-park']);
    expect(drawnBy('Polygon', 'water', 'Canal basin')).toEqual(['cw-overlay-water', 'cw-overlay-area-label']);
    expect(drawnBy('Polygon', 'boundary', 'Ward')).toEqual(['cw-overlay-boundary']);
    expect(drawnBy('LineString', 'boundary')).toEqual(['cw-overlay-boundary']);
    expect(drawnBy('LineString', 'street', 'Mare Street')).toEqual(['cw-overlay-street-casing', 'cw-overlay-street', 'cw-overlay-street-label']);
    expect(drawnBy('LineString', 'street')).toEqual(['cw-overlay-street-casing', 'cw-overlay-street']);
    expect(drawnBy('LineString', 'other')).toEqual(['cw-overlay-line']);
    expect(drawnBy('Point', 'landmark', 'Clock tower')).toEqual(['cw-overlay-landmark', 'cw-overlay-landmark-label']);
    expect(drawnBy('Polygon', 'building')).toEqual(['cw-overlay-building']);
  });

  it('shows names through text-field, with the bundled fonts', () => {
    for (const l of layers.filter((x) => x.type === 'symbol')) {
      expect(l.layout?.['text-field']).toEqual(['get', 'name']);
      expect(['Noto Sans Regular', 'Noto Sans Bold']).toContain((l.layout?.['text-font'] as string[])[0]);
    }
  });
});

describe('withOverlays', () => {
  const overlays: FeatureCollection<Geometry, OverlayProps> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.055, 51.545] }, properties: { overlayId: 'o', overlayName: 'O', kind: 'landmark', name: 'Clock' } },
    ],
  };

  it('adds the overlay source and layers above the basemap, ending with the top overlay layer', () => {
    const style = withOverlays(offlineBasemapStyle({ assetBase: '/' }), overlays, '/');
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[OVERLAY_SOURCE_ID]).toEqual({ type: 'geojson', data: overlays });
    expect(style.layers.map((l) => l.id)).toEqual([
      'cw-water',
      'cw-land',
      'cw-borders',
      'cw-overlay-water',
      'cw-overlay-park',
      'cw-overlay-building',
      'cw-overlay-area',
      'cw-overlay-boundary',
      'cw-overlay-street-casing',
      'cw-overlay-street',
      'cw-overlay-line',
      'cw-overlay-street-label',
      'cw-overlay-area-label',
      'cw-overlay-landmark',
      'cw-overlay-landmark-label',
    ]);
    expect(style.layers.at(-1)?.id).toBe(TOP_OVERLAY_LAYER_ID);
    // Applying it again replaces rather than duplicates.
    expect(withOverlays(style, EMPTY, '/').layers).toHaveLength(15);
  });

  it('keeps an online style\'s own glyphs and font declarations', () => {
    const online: StyleSpecification = {
      version: 8,
      glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
      'font-faces': { 'Noto Sans Regular': 'https://tiles.example.org/noto.woff2' },
      sources: {},
      layers: [{ id: 'bg', type: 'background' }],
    };
    const style = withOverlays(online, EMPTY, '/');
    expect(style.glyphs).toBe(online.glyphs);
    expect(style['font-faces']?.['Noto Sans Regular']).toBe('https://tiles.example.org/noto.woff2');
    expect(style['font-faces']?.['Noto Sans Bold']).toEqual([{ url: '/fonts/noto-sans-latin-700-normal.woff2', 'unicode-range': LATIN }]);
    expect(style.layers[0]?.id).toBe('bg');
  });
});

describe('checkStyleUrl', () => {
  it('accepts http(s) and normalises', () => {
    expect(checkStyleUrl('  https://tiles.example.org/styles/streets/style.json?key=abc ')).toEqual({
      ok: true,
      url: 'https://tiles.example.org/styles/streets/style.json?key=abc',
    });
    expect(checkStyleUrl('http://localhost:8080/style.json')).toEqual({ ok: true, url: 'http://localhost:8080/style.json' });
  });

  it('refuses anything else with an exact message', () => {
    expect(checkStyleUrl('')).toEqual({ ok: false, message: 'Paste the address of a MapLibre style, e.g. https://example.org/style.json.' });
    expect(checkStyleUrl('tiles.example.org/style.json')).toEqual({
      ok: false,
      message: 'This is not a web address. A style address looks like https://example.org/style.json.',
    });
    expect(checkStyleUrl('javascript:alert(1)')).toEqual({ ok: false, message: 'Only http:// and https:// style addresses can be used, not javascript://.' });
    expect(checkStyleUrl('file:///etc/style.json')).toEqual({ ok: false, message: 'Only http:// and https:// style addresses can be used, not file://.' });
    expect(checkStyleUrl('https://me:secret@tiles.example.org/style.json')).toEqual({
      ok: false,
      message: 'Remove the user name and password from the address: it is saved with the map settings.',
    });
  });
});

describe('online style attribution', () => {
  const online: StyleSpecification = {
    version: 8,
    sources: {
      streets: {
        type: 'vector',
        url: 'https://tiles.example.org/streets.json',
        attribution: '<a href="https://openstreetmap.org/copyright">&copy; OpenStreetMap contributors</a> <img src=x onerror=alert(1)>',
      },
      again: { type: 'vector', url: 'https://tiles.example.org/more.json', attribution: '© OpenStreetMap contributors' },
      terrain: { type: 'raster-dem', url: 'https://tiles.example.org/dem.json' },
    },
    layers: [],
  };

  it('keeps attributions, as plain text without markup', () => {
    expect(styleAttributions(online)).toEqual(['© OpenStreetMap contributors']);
    const safe = sanitiseOnlineStyle(online);
    expect((safe.sources['streets'] as { attribution: string }).attribution).toBe('© OpenStreetMap contributors');
    expect(safe.sources['terrain']).toEqual(online.sources['terrain']);
  });

  it('escapes what would otherwise be read as HTML', () => {
    const tricky: StyleSpecification = { version: 8, sources: { s: { type: 'vector', attribution: 'Tiles &lt;b&gt;R&amp;D&lt;/b&gt; "x"' } }, layers: [] };
    expect((sanitiseOnlineStyle(tricky).sources['s'] as { attribution: string }).attribution).toBe(
      'Tiles &lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot;',
    );
  });
});

describe('decideOnMapError', () => {
  const ajax = (status: number, url: string) => ({ message: `AJAXError: Not Found (${status}): ${url}`, status, url });

  it('falls back when the online style itself fails to load, naming only the host', () => {
    expect(decideOnMapError({ error: ajax(404, 'https://tiles.example.org/style.json?key=SECRET') }, { basemap: 'online', styleLoaded: false })).toEqual({
      action: 'fallback',
      notice: 'The online map style could not be loaded (HTTP 404 from tiles.example.org), so the offline basemap is shown instead. Nothing in your map has changed.',
    });
  });

  it('falls back when a tile of the online style fails', () => {
    expect(
      decideOnMapError({ error: ajax(503, 'https://tiles.example.org/14/1/2.pbf'), sourceId: 'streets', tile: {} }, { basemap: 'online', styleLoaded: true }),
    ).toEqual({
      action: 'fallback',
      notice: 'Map tiles from the online style could not be loaded (HTTP 503 from tiles.example.org), so the offline basemap is shown instead. Nothing in your map has changed.',
    });
    expect(decideOnMapError({ error: { message: 'Failed to fetch' } }, { basemap: 'online', styleLoaded: true })).toEqual({
      action: 'fallback',
      notice: 'Map tiles from the online style could not be loaded (Failed to fetch), so the offline basemap is shown instead. Nothing in your map has changed.',
    });
  });

  it('falls back when a PMTiles street file cannot be read', () => {
    expect(decideOnMapError({ error: { message: 'Wrong magic number for PMTiles archive' } }, { basemap: 'pmtiles', styleLoaded: false })).toEqual({
      action: 'fallback',
      notice: 'The street map file could not be loaded (Wrong magic number for PMTiles archive), so the offline basemap is shown instead. Nothing in your map has changed.',
    });
  });

  it('reports, without falling back, errors from our own sources', () => {
    expect(decideOnMapError({ error: ajax(404, 'http://localhost:5173/basemap/land-50m.geojson'), sourceId: 'cw-land' }, { basemap: 'offline', styleLoaded: true })).toEqual({
      action: 'report',
      notice: 'Part of the map could not be drawn (cw-land: HTTP 404 from localhost:5173).',
    });
    expect(decideOnMapError({ error: { message: 'bad data' }, sourceId: 'cw-overlays' }, { basemap: 'online', styleLoaded: true }).action).toBe('report');
  });

  it('ignores other errors and malformed events', () => {
    expect(decideOnMapError({ error: { message: 'layers.x: missing required property "source"' } }, { basemap: 'online', styleLoaded: true })).toEqual({ action: 'ignore' });
    expect(decideOnMapError({ error: { message: 'Failed to fetch' } }, { basemap: 'offline', styleLoaded: true })).toEqual({ action: 'ignore' });
    expect(decideOnMapError(null, { basemap: 'online', styleLoaded: true })).toEqual({ action: 'ignore' });
    expect(decideOnMapError('boom', { basemap: 'online', styleLoaded: false })).toEqual({
      action: 'fallback',
      notice: 'The online map style could not be loaded (unknown error), so the offline basemap is shown instead. Nothing in your map has changed.',
    });
  });
});
