// The network's layers are checked with MapLibre's own style validator, filter evaluator and
// expression evaluator (@maplibre/maplibre-gl-style-spec): an independent reference for "MapLibre
// accepts this style and draws this feature with that layer in that colour".
import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

import { NODE_KIND_IDS } from '../../../src/model';
import { KIND_LOOKS } from '../../../src/views/look';
import { offlineBasemapStyle, TOP_OVERLAY_LAYER_ID, withOverlays } from '../../../src/views/map/basemapStyle';
import {
  CLUSTER_LAYER_ID,
  markerFill,
  MARKER_LAYER_ID,
  NETWORK_COLOURS,
  networkLayers,
  NODE_SOURCE_ID,
  withNetwork,
} from '../../../src/views/map/networkLayers';
import type { OverlayProps } from '../../../src/views/map/toGeoJson';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

const EMPTY = { type: 'FeatureCollection', features: [] } as FeatureCollection<Geometry>;
const DATA = { nodes: EMPTY, ties: EMPTY, density: EMPTY };

function drawnBy(
  type: 'Point' | 'LineString' | 'Polygon',
  properties: Record<string, unknown>,
  zoom = 16,
): string[] {
  return networkLayers()
    .filter((l: LayerSpecification) => {
      if ('minzoom' in l && l.minzoom !== undefined && zoom < l.minzoom) return false;
      const f = 'filter' in l && l.filter !== undefined ? featureFilter(l.filter, 'filter') : undefined;
      return f ? f.filter({ zoom }, { type, properties }) : true;
    })
    .filter(
      (l) =>
        ('source' in l ? l.source : '') ===
        (type === 'Polygon' ? 'cw-density' : type === 'Point' ? NODE_SOURCE_ID : 'cw-ties'),
    )
    .map((l) => l.id);
}

const marker = {
  id: 'n1',
  kind: 'person',
  formality: 'informal',
  selected: false,
  hovered: false,
  highlighted: false,
  dimmed: false,
};

describe('withNetwork', () => {
  const style = withNetwork(
    withOverlays(
      offlineBasemapStyle({ assetBase: '/' }),
      EMPTY as FeatureCollection<Geometry, OverlayProps>,
      '/',
    ),
    DATA,
    { clusters: true },
  );

  it('gives a style MapLibre accepts, with the network above the overlays', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('cw-density')).toBe(ids.indexOf(TOP_OVERLAY_LAYER_ID) + 1);
    expect(ids.at(-1)).toBe('cw-marker-label');
  });

  it('clusters markers only when asked, and can be applied twice without doubling layers', () => {
    expect(style.sources[NODE_SOURCE_ID]).toMatchObject({
      type: 'geojson',
      cluster: true,
      clusterMaxZoom: 12,
      promoteId: 'id',
    });
    const again = withNetwork(style, DATA, { clusters: false });
    expect(again.layers.length).toBe(style.layers.length);
    expect(again.sources[NODE_SOURCE_ID]).toMatchObject({ cluster: false });
    expect(validateStyleMin(again)).toEqual([]);
  });
});

describe('network layers', () => {
  it('draws a marker as a circle with a letter and, from zoom 15, a label; a cluster as a bubble with a count', () => {
    expect(drawnBy('Point', marker)).toEqual([MARKER_LAYER_ID, 'cw-marker-letter', 'cw-marker-label']);
    expect(drawnBy('Point', marker, 14)).toEqual([MARKER_LAYER_ID, 'cw-marker-letter']);
    expect(drawnBy('Point', { ...marker, selected: true })).toEqual([
      'cw-marker-halo',
      MARKER_LAYER_ID,
      'cw-marker-letter',
      'cw-marker-label',
    ]);
    expect(drawnBy('Point', { cluster: true, point_count: 12, point_count_abbreviated: '12' })).toEqual([
      CLUSTER_LAYER_ID,
      'cw-cluster-count',
    ]);
  });

  it('draws formal ties solid and informal ties dashed, from zoom 11', () => {
    expect(drawnBy('LineString', { formality: 'formal' })).toEqual(['cw-tie-solid']);
    expect(drawnBy('LineString', { formality: 'unspecified' })).toEqual(['cw-tie-solid']);
    expect(drawnBy('LineString', { formality: 'informal' })).toEqual(['cw-tie-dashed']);
    expect(drawnBy('LineString', { formality: 'informal' }, 10)).toEqual([]);
    const dashed = networkLayers().find((l) => l.id === 'cw-tie-dashed');
    expect(dashed?.type === 'line' && dashed.paint?.['line-dasharray']).toEqual([2, 1.5]);
  });

  it('fills a marker with its kind colour, or with the measure ramp when it carries a measure', () => {
    const parsed = expression.createExpression(markerFill(), 'circle-color', {
      type: 'color',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const colour = (properties: Record<string, unknown>) => {
      const c = parsed.value.evaluate({ zoom: 16 }, { type: 'Point', properties } as never) as {
        r: number;
        g: number;
        b: number;
      };
      return [c.r, c.g, c.b].map((v) => Math.round(v * 255));
    };
    // Each kind in the graph's own colour.
    for (const kind of NODE_KIND_IDS) expect(colour({ kind }), kind).toEqual(rgb(KIND_LOOKS[kind].colour));
    // measure 0 and 1 are the ends of the ramp; 0.5 is half way on each channel (linear in RGB).
    expect(colour({ kind: 'person', measure: 0 })).toEqual([0xff, 0xed, 0xa0]);
    expect(colour({ kind: 'person', measure: 1 })).toEqual([0xbd, 0x00, 0x26]);
    expect(NETWORK_COLOURS.measureLow).toBe('#ffeda0');
  });
});
