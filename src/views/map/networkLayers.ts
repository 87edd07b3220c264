// The care network's MapLibre sources and layers, as plain objects: hexagon density under
// everything, tie lines (formal solid, informal dashed), clusters at low zoom, and markers styled
// like the graph (fill colour by kind, or by an analysis measure; a letter for the kind; a dark
// ring for formal, a white ring for informal; a halo for selection, hover and insights). They sit
// above the area overlays. Every id starts with `cw-` so map errors from them are told apart
// (basemapStyle.decideOnMapError), and labels are drawn with `text-field`: as text, never markup.
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

import type { NodeKind } from '../../model';
import { KIND_LOOKS } from '../look';
import { FONT_FILES } from './basemapAssets';

export const NODE_SOURCE_ID = 'cw-nodes';
export const TIE_SOURCE_ID = 'cw-ties';
export const DENSITY_SOURCE_ID = 'cw-density';

/** Layers a click or hover can hit, topmost first. */
export const MARKER_LAYER_ID = 'cw-marker';
export const CLUSTER_LAYER_ID = 'cw-cluster';
export const TIE_LAYER_IDS = ['cw-tie-solid', 'cw-tie-dashed'] as const;

/** Markers are grouped into clusters up to this zoom; from the next zoom up every marker shows. */
export const CLUSTER_MAX_ZOOM = 12;
export const CLUSTER_RADIUS_PX = 40;
/** Marker radius in CSS pixels. */
export const MARKER_RADIUS_PX = 9;

const kindTable = <T>(pick: (look: (typeof KIND_LOOKS)[NodeKind]) => T): Readonly<Record<NodeKind, T>> =>
  Object.fromEntries(Object.entries(KIND_LOOKS).map(([kind, look]) => [kind, pick(look)])) as Record<
    NodeKind,
    T
  >;

/** Each kind's marker fill: the graph's palette, so a kind looks the same in both views. */
export const MARKER_FILLS: Readonly<Record<NodeKind, string>> = kindTable((l) => l.colour);

/** The letter drawn on each kind's marker (the graph draws the same letter inside its shapes). */
export const KIND_LETTERS: Readonly<Record<NodeKind, string>> = kindTable((l) => l.letter);

/** The letter's colour on each kind's fill (the graph's, chosen for contrast). */
export const KIND_INKS: Readonly<Record<NodeKind, string>> = kindTable((l) => l.ink);

export const NETWORK_COLOURS = {
  tie: '#5f6670',
  formalRing: '#1b1b1b',
  informalRing: '#ffffff',
  selected: '#ffbf00',
  hovered: '#4fa3ff',
  highlighted: '#e8431a',
  cluster: '#2f6fb0',
  /** Measure ramp, low to high (colour-blind safe, from ColorBrewer YlOrRd). */
  measureLow: '#ffeda0',
  measureHigh: '#bd0026',
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
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
const prop = (name: string): ExpressionSpecification => ['==', ['get', name], true];

function kindColour(): ExpressionSpecification {
  const pairs = Object.entries(MARKER_FILLS).flatMap(([kind, colour]) => [kind, colour]);
  return ['match', ['get', 'kind'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

function kindInk(): ExpressionSpecification {
  const pairs = Object.entries(KIND_INKS).flatMap(([kind, ink]) => [kind, ink]);
  return ['match', ['get', 'kind'], ...pairs, '#ffffff'] as unknown as ExpressionSpecification;
}

function kindLetter(): ExpressionSpecification {
  const pairs = Object.entries(KIND_LETTERS).flatMap(([kind, letter]) => [kind, letter]);
  return ['match', ['get', 'kind'], ...pairs, '?'] as unknown as ExpressionSpecification;
}

/** A marker's fill: the measure ramp when it carries a `measure` (0 to 1), else its kind colour. */
export function markerFill(): ExpressionSpecification {
  const c = NETWORK_COLOURS;
  return [
    'case',
    ['has', 'measure'],
    ['interpolate', ['linear'], ['get', 'measure'], 0, c.measureLow, 1, c.measureHigh],
    kindColour(),
  ];
}

const dimmedOpacity = (normal: number, dim: number): ExpressionSpecification => [
  'case',
  prop('dimmed'),
  dim,
  normal,
];

/** The network layers, bottom to top. */
export function networkLayers(): LayerSpecification[] {
  const c = NETWORK_COLOURS;
  const tieColour: ExpressionSpecification = [
    'case',
    prop('selected'),
    c.selected,
    prop('highlighted'),
    c.highlighted,
    prop('hovered'),
    c.hovered,
    c.tie,
  ];
  const tieWidth: ExpressionSpecification = [
    'case',
    ['any', prop('selected'), prop('highlighted')],
    4,
    ['==', ['get', 'strength'], 'generative'],
    3,
    2,
  ];
  const informal: FilterSpecification = ['==', ['get', 'formality'], 'informal'];
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
    {
      id: TIE_LAYER_IDS[0],
      type: 'line',
      source: TIE_SOURCE_ID,
      minzoom: 11,
      filter: ['!', informal],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': tieColour, 'line-width': tieWidth, 'line-opacity': dimmedOpacity(0.75, 0.15) },
    },
    {
      id: TIE_LAYER_IDS[1],
      type: 'line',
      source: TIE_SOURCE_ID,
      minzoom: 11,
      filter: informal,
      paint: {
        'line-color': tieColour,
        'line-width': tieWidth,
        'line-opacity': dimmedOpacity(0.75, 0.15),
        'line-dasharray': [2, 1.5],
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
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': BOLD,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'cw-marker-halo',
      type: 'circle',
      source: NODE_SOURCE_ID,
      filter: ['all', notCluster, ['any', prop('selected'), prop('highlighted'), prop('hovered')]],
      paint: {
        'circle-radius': MARKER_RADIUS_PX + 6,
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
        'circle-radius': MARKER_RADIUS_PX,
        'circle-color': markerFill(),
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
        'text-field': kindLetter(),
        'text-font': BOLD,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      // On the measure ramp the kind colour is gone, so the letter is always dark there.
      paint: {
        'text-color': ['case', ['has', 'measure'], '#1b1b1b', kindInk()],
        'text-opacity': dimmedOpacity(1, 0.4),
      },
    },
    {
      id: 'cw-marker-label',
      type: 'symbol',
      source: NODE_SOURCE_ID,
      minzoom: 15,
      filter: notCluster,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': REGULAR,
        'text-size': 12,
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
      },
    },
    layers: [...style.layers.filter((l) => !ownIds.has(l.id)), ...networkLayers()],
  };
}
