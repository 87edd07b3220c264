// The network's layers are checked with MapLibre's own style validator, filter evaluator and
// expression evaluator (@maplibre/maplibre-gl-style-spec): an independent reference for "MapLibre
// accepts this style and draws this feature with that layer in that colour".
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';

import { HIGHLIGHT_COLOUR, MARKS } from '../../../src/look';
import { offlineBasemapStyle, TOP_OVERLAY_LAYER_ID, withOverlays } from '../../../src/views/map/basemapStyle';
import {
  CLUSTER_LAYER_ID,
  MARKER_LAYER_ID,
  networkLayers,
  NODE_SOURCE_ID,
  withNetwork,
} from '../../../src/views/map/networkLayers';
import type { OverlayProps } from '../../../src/views/map/toGeoJson';
import { evaluateLayer, rgb } from '../../helpers/maplibreStyle';

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
  colour: '#21918c',
  letter: 'P',
  ink: '#000000',
  radius: 9,
  mark: '',
};
const line = { selected: false, hovered: false, highlighted: false, dimmed: false, colour: '#3D3D3D', width: 2, mark: '' };
const layer = (id: string) => networkLayers().find((l) => l.id === id)!;

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
      clusterMaxZoom: 11,
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

  it('draws each tie by the look’s line: solid, dashed or dotted, from zoom 11', () => {
    expect(drawnBy('LineString', { ...line, line: 'solid' })).toEqual(['cw-tie-solid']);
    expect(drawnBy('LineString', { ...line, line: 'dashed' })).toEqual(['cw-tie-dashed']);
    expect(drawnBy('LineString', { ...line, line: 'dotted' })).toEqual(['cw-tie-dotted']);
    expect(drawnBy('LineString', { ...line, line: 'dashed' }, 10)).toEqual([]);
    const dashed = layer('cw-tie-dashed');
    expect(dashed.type === 'line' && dashed.paint?.['line-dasharray']).toEqual([2, 1.5]);
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-color', { ...line }, 'LineString')).toEqual(rgb('#3D3D3D'));
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-width', { ...line, width: 6.5 }, 'LineString')).toBe(6.5);
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-width', { ...line, highlighted: true }, 'LineString')).toBe(4);
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-color', { ...line, highlighted: true }, 'LineString')).toEqual(rgb(HIGHLIGHT_COLOUR));
  });

  it('fills a marker with the look’s colour, letter and ink, at its radius; the halo in the one highlight colour', () => {
    expect(evaluateLayer(layer(MARKER_LAYER_ID), 'circle-color', marker)).toEqual(rgb('#21918c'));
    expect(evaluateLayer(layer(MARKER_LAYER_ID), 'circle-radius', { ...marker, radius: 14 })).toBe(14);
    expect(evaluateLayer(layer('cw-marker-letter'), 'text-color', marker)).toEqual([0, 0, 0]);
    expect(evaluateLayer(layer('cw-marker-letter'), 'text-size', { ...marker, radius: 6 })).toBeCloseTo(8.4, 5);
    expect(evaluateLayer(layer('cw-marker-halo'), 'circle-color', { ...marker, highlighted: true })).toEqual(rgb('#D55E00'));
    expect(evaluateLayer(layer('cw-marker-halo'), 'circle-radius', marker)).toBe(15);
  });

  it('draws a mark as a ring in the mark’s outline and a badge, so it reads without colour too', () => {
    const added = { ...marker, mark: 'added' };
    expect(drawnBy('Point', added)).toEqual([MARKER_LAYER_ID, 'cw-marker-letter', 'cw-marker-mark', 'cw-marker-badge', 'cw-marker-label']);
    expect(String(evaluateLayer(layer('cw-marker-mark'), 'icon-image', added))).toBe('cw-mark-ring-added');
    expect(evaluateLayer(layer('cw-marker-mark'), 'icon-size', { ...added, radius: 22 })).toBe(2);
    expect(String(evaluateLayer(layer('cw-marker-badge'), 'text-field', { ...marker, mark: 'lost' }))).toBe('−');
    expect(drawnBy('LineString', { ...line, line: 'solid', mark: 'changed' })).toEqual(['cw-tie-solid', 'cw-tie-mark']);
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-color', { ...line, mark: 'changed' }, 'LineString')).toEqual(rgb(MARKS.changed.colour));
  });
});
