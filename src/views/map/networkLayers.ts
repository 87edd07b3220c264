// The care network's MapLibre sources and layers, as plain objects: hexagon density under
// everything, tie lines (formal solid, informal dashed, other links dotted), clusters at low zoom,
// and markers. Colours, letters, sizes, line styles and widths are read from each feature, where
// toGeoJson put the look's (src/look), so the map draws exactly what the graph draws; the layers
// add only the map's own cues: a dark ring for formal and a white ring for informal nodes, a halo
// for selection, hover and insights, marks as the graph draws them (a ring in the mark's colour and
// outline round a node, the mark's shape in the middle of a tie, drawn from markImages.ts, a badge
// beside each, and lost ghosts faded), a soft disc around a
// counted privacy cell (its count drawn where a marker has its letter), names from street zoom. They sit above the area
// overlays. Every id starts with `cw-` so map errors from them are told apart
// (basemapStyle.decideOnMapError), and labels are drawn with `text-field`: as text, never markup.
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';

import { HIGHLIGHT_COLOUR, MARK_IDS, MARKS } from '../../look';
import { FONT_FILES } from './basemapAssets';
import { MARK_RING_PREFIX, MARK_RING_RADIUS_PX, MARK_TIE_PREFIX } from './markImages';
import { STREET_ZOOM } from './toGeoJson';

export const NODE_SOURCE_ID = 'cw-nodes';
export const TIE_SOURCE_ID = 'cw-ties';
export const DENSITY_SOURCE_ID = 'cw-density';

/** Layers a click or hover can hit. */
export const MARKER_LAYER_ID = 'cw-marker';
export const CLUSTER_LAYER_ID = 'cw-cluster';
/** Counted privacy cells (approximate places below street zoom). */
export const CELL_LAYER_ID = 'cw-cell';
/** Names under markers, from street zoom. */
export const MARKER_LABEL_LAYER_ID = 'cw-marker-label';
export const TIE_LAYER_IDS = ['cw-tie-solid', 'cw-tie-dashed', 'cw-tie-dotted'] as const;

/**
 * Markers are grouped into clusters up to this zoom (town scale); from the next zoom up every
 * marker shows. A neighbourhood fitted on a small screen sits near zoom 13, where counted cells
 * already keep the map readable, so clusters stop below that.
 */
export const CLUSTER_MAX_ZOOM = 11;
export const CLUSTER_RADIUS_PX = 40;

export const NETWORK_COLOURS = {
  formalRing: '#1b1b1b',
  informalRing: '#ffffff',
  selected: '#ffbf00',
  hovered: '#4fa3ff',
  highlighted: HIGHLIGHT_COLOUR,
  cluster: '#2f6fb0',
  /** Density ramp by informal share: 0 = all formal, 1 = all informal. */
  densityFormal: '#7b4bb0',
  densityInformal: '#2e8b57',
} as const;

export interface NetworkData {
  readonly nodes: FeatureCollection;
  readonly ties: FeatureCollection;
  readonly density: FeatureCollection<Geometry>;
}

export interface NetworkOptions {
  /** Cluster markers at low zoom (GeoJSON source `cluster: true`). */
  readonly clusters: boolean;
}

const BOLD = [FONT_FILES.bold.name];
const REGULAR = [FONT_FILES.regular.name];
const isCell: ExpressionSpecification = ['==', ['get', 'cell'], true];
// Single markers: neither a cluster nor a counted cell (cells have layers of their own, under them).
const notCluster: ExpressionSpecification = ['all', ['!', ['has', 'point_count']], ['!', isCell]];
const prop = (name: string): ExpressionSpecification => ['==', ['get', name], true];

/** Something of the feature's mark (MARKS), or `fallback` for a feature with none. */
function byMark(
  pick: 'colour' | 'badge',
  fallback: ExpressionSpecification | string,
): ExpressionSpecification {
  const pairs = MARK_IDS.flatMap((id) => [id, MARKS[id][pick]]);
  return ['match', ['get', 'mark'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const marked: ExpressionSpecification = ['in', ['get', 'mark'], ['literal', [...MARK_IDS]]];
const radius: ExpressionSpecification = ['get', 'radius'];

/** `normal`, or `dim` when dimmed, or half of `normal` when faded (a lost ghost, as on the graph). */
const dimmedOpacity = (normal: number, dim: number): ExpressionSpecification => [
  'case',
  prop('dimmed'),
  dim,
  prop('faded'),
  normal / 2,
  normal,
];

/** The network layers, bottom to top. */
export function networkLayers(): LayerSpecification[] {
  const c = NETWORK_COLOURS;
  // Selection, then an insight's highlight, then hover, over the feature's own colour.
  const pickedColour = (otherwise: ExpressionSpecification): ExpressionSpecification => [
    'case',
    prop('selected'),
    c.selected,
    prop('highlighted'),
    c.highlighted,
    prop('hovered'),
    c.hovered,
    otherwise,
  ];
  const tieColour = pickedColour(byMark('colour', ['get', 'colour']));
  const tieWidth: ExpressionSpecification = [
    'case',
    ['any', prop('selected'), prop('highlighted')],
    ['max', ['get', 'width'], 4],
    ['get', 'width'],
  ];
  const tieLayer = (
    id: string,
    line: 'solid' | 'dashed' | 'dotted',
    dash?: number[],
  ): LayerSpecification => ({
    id,
    type: 'line',
    source: TIE_SOURCE_ID,
    minzoom: 11,
    filter: ['==', ['get', 'line'], line],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': tieColour,
      'line-width': tieWidth,
      'line-opacity': dimmedOpacity(0.75, 0.15),
      ...(dash === undefined ? {} : { 'line-dasharray': dash }),
    },
  });
  return [
    {
      id: 'cw-density',
      type: 'fill',
      source: DENSITY_SOURCE_ID,
      paint: {
        'fill-color': [
          'interpolate',
          ['linear'],
          ['coalesce', ['get', 'informalShare'], 0.5],
          0,
          c.densityFormal,
          1,
          c.densityInformal,
        ],
        'fill-opacity': ['interpolate', ['linear'], ['get', 'total'], 1, 0.25, 10, 0.6],
        'fill-outline-color': '#ffffff',
      },
    },
    tieLayer(TIE_LAYER_IDS[0], 'solid'),
    tieLayer(TIE_LAYER_IDS[1], 'dashed', [2, 1.5]),
    // Dots: zero-length dashes drawn with round caps.
    tieLayer(TIE_LAYER_IDS[2], 'dotted', [0, 2]),
    {
      id: 'cw-tie-mark',
      type: 'symbol',
      source: TIE_SOURCE_ID,
      minzoom: 11,
      filter: marked,
      layout: {
        'symbol-placement': 'line-center',
        'icon-image': ['concat', MARK_TIE_PREFIX, ['get', 'mark']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': byMark('badge', ''),
        'text-font': BOLD,
        'text-size': 14,
        'text-offset': [0, -1],
        'text-allow-overlap': true,
      },
      paint: {
        'icon-opacity': dimmedOpacity(1, 0.3),
        'text-color': byMark('colour', '#1b1b1b'),
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
        'text-opacity': dimmedOpacity(1, 0.3),
      },
    },
    {
      id: CLUSTER_LAYER_ID,
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': c.cluster,
        'circle-opacity': 0.85,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 14, 100, 24, 1000, 32],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'cw-cluster-count',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      filter: ['has', 'point_count'],
      layout: {
        // How many places the cluster holds: a counted cell counts all its members.
        'text-field': ['to-string', ['get', 'places']],
        'text-font': BOLD,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'cw-cell-area',
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: isCell,
      paint: {
        'circle-radius': ['+', radius, 7],
        'circle-color': pickedColour(['get', 'colour']),
        'circle-opacity': [
          'case',
          ['any', prop('selected'), prop('highlighted'), prop('hovered')],
          0.6,
          dimmedOpacity(0.28, 0.1),
        ],
      },
    },
    {
      id: CELL_LAYER_ID,
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: isCell,
      paint: {
        'circle-radius': radius,
        'circle-color': ['get', 'colour'],
        'circle-opacity': dimmedOpacity(0.9, 0.3),
        'circle-stroke-color': c.informalRing,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'cw-cell-count',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      filter: isCell,
      layout: {
        'text-field': ['get', 'countText'],
        'text-font': BOLD,
        'text-size': 14,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['get', 'ink'], 'text-opacity': dimmedOpacity(1, 0.4) },
    },
    {
      id: 'cw-marker-halo',
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: ['all', notCluster, ['any', prop('selected'), prop('highlighted'), prop('hovered')]],
      paint: {
        'circle-radius': ['+', radius, 6],
        'circle-color': ['case', prop('selected'), c.selected, prop('highlighted'), c.highlighted, c.hovered],
        'circle-opacity': 0.55,
      },
    },
    {
      id: MARKER_LAYER_ID,
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: notCluster,
      paint: {
        'circle-radius': radius,
        'circle-color': ['get', 'colour'],
        'circle-opacity': dimmedOpacity(1, 0.3),
        'circle-stroke-color': ['match', ['get', 'formality'], 'formal', c.formalRing, c.informalRing],
        'circle-stroke-width': ['match', ['get', 'formality'], 'formal', 2.5, 'informal', 2, 1],
        'circle-stroke-opacity': dimmedOpacity(1, 0.3),
      },
    },
    {
      id: 'cw-marker-letter',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      filter: notCluster,
      layout: {
        'text-field': ['get', 'letter'],
        'text-font': BOLD,
        // Smaller on the smallest markers of a measure, so the letter stays inside.
        'text-size': ['min', 11, ['*', 1.4, radius]],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['get', 'ink'], 'text-opacity': dimmedOpacity(1, 0.4) },
    },
    {
      id: 'cw-marker-mark',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      filter: ['all', notCluster, marked],
      layout: {
        'icon-image': ['concat', MARK_RING_PREFIX, ['get', 'mark']],
        // The ring sits 4 px outside the marker whatever its radius.
        'icon-size': ['/', ['+', radius, 4], MARK_RING_RADIUS_PX],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': dimmedOpacity(1, 0.3) },
    },
    {
      id: 'cw-marker-badge',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      filter: ['all', notCluster, marked],
      layout: {
        'text-field': byMark('badge', ''),
        'text-font': BOLD,
        'text-size': 14,
        'text-anchor': 'left',
        'text-offset': [0.9, -0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': byMark('colour', '#1b1b1b'),
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
        'text-opacity': dimmedOpacity(1, 0.3),
      },
    },
    {
      id: MARKER_LABEL_LAYER_ID,
      type: 'symbol',
      source: NODE_SOURCE_ID,
      minzoom: STREET_ZOOM,
      filter: notCluster,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': REGULAR,
        'text-size': 13,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: {
        'text-color': '#1b1b1b',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': dimmedOpacity(1, 0.3),
      },
    },
  ];
}

/**
 * `style` with the network's sources (holding `data`) and layers added on top, replacing any
 * earlier network layers. Returns a new object; used for the offline style and, through
 * `transformStyle`, for an online or PMTiles one, so the network survives every basemap change.
 */
export function withNetwork(
  style: StyleSpecification,
  data: NetworkData,
  options: NetworkOptions,
): StyleSpecification {
  const ownIds = new Set(networkLayers().map((l) => l.id));
  return {
    ...style,
    sources: {
      ...style.sources,
      [DENSITY_SOURCE_ID]: { type: 'geojson', data: data.density },
      [TIE_SOURCE_ID]: { type: 'geojson', data: data.ties, promoteId: 'id' },
      [NODE_SOURCE_ID]: {
        type: 'geojson',
        data: data.nodes,
        promoteId: 'id',
        cluster: options.clusters,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterRadius: CLUSTER_RADIUS_PX,
        clusterProperties: { places: ['+', ['get', 'count']] },
      },
    },
    layers: [...style.layers.filter((l) => !ownIds.has(l.id)), ...networkLayers()],
  };
}

/** Hand new network data to a map's sources (a style still loading picks it up itself). */
export function setNetworkData(map: MapLibreMap, data: NetworkData): void {
  map.getSource<GeoJSONSource>(NODE_SOURCE_ID)?.setData(data.nodes);
  map.getSource<GeoJSONSource>(TIE_SOURCE_ID)?.setData(data.ties);
  map.getSource<GeoJSONSource>(DENSITY_SOURCE_ID)?.setData(data.density);
}
