// A simple street basemap for a PMTiles extract the person loaded from a file. MapLibre needs a
// style that names the file's layers, and extracts come in different schemas, so this module
// recognises the two common ones from the file's `vector_layers` metadata and styles roads, water,
// land use (parks) and buildings for each:
//   - Protomaps basemap (the `pmtiles extract` of the Protomaps daily build): layers `earth`,
//     `water`, `landuse`, `roads`, `buildings`; classes in `kind`.
//   - OpenMapTiles (Planetiler, OpenMapTiles tools): layers `water`, `landuse`, `park`,
//     `transportation`, `transportation_name`, `building`; classes in `class`.
// Raster extracts (PNG/JPEG/WebP tiles) are drawn as they are. Anything else is refused with a
// message naming the layers found, so the person knows why nothing would show.
import type { ExpressionSpecification, LayerSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';

import { BASEMAP_COLOURS, bundledFontFaces } from './basemapStyle';
import { FONT_FILES } from './basemapAssets';

export type StreetSchema = 'protomaps' | 'openmaptiles' | 'raster';

/** PMTiles tile types (the header's `tileType`): 1 = MVT vector; 2 PNG, 3 JPEG, 4 WebP, 5 AVIF. */
export const PMTILES_TILE_TYPE = { mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;

export const STREETS_SOURCE_ID = 'streets';

export type SchemaCheck =
  { readonly ok: true; readonly schema: StreetSchema } | { readonly ok: false; readonly message: string };

/** The ids of `metadata.vector_layers`, or [] when the metadata has none. */
export function vectorLayerIds(metadata: unknown): string[] {
  if (typeof metadata !== 'object' || metadata === null) return [];
  const layers = (metadata as { vector_layers?: unknown }).vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers.flatMap((l) =>
    typeof l === 'object' && l !== null && typeof (l as { id?: unknown }).id === 'string'
      ? [(l as { id: string }).id]
      : [],
  );
}

/**
 * Which schema a PMTiles file uses, from its header tile type and metadata. Vector files need
 * either `roads` (Protomaps) or `transportation` (OpenMapTiles) among their layers.
 */
export function detectStreetSchema(tileType: number, metadata: unknown): SchemaCheck {
  if (
    tileType === PMTILES_TILE_TYPE.png ||
    tileType === PMTILES_TILE_TYPE.jpeg ||
    tileType === PMTILES_TILE_TYPE.webp
  ) {
    return { ok: true, schema: 'raster' };
  }
  if (tileType !== PMTILES_TILE_TYPE.mvt) {
    return {
      ok: false,
      message:
        'This PMTiles file holds a kind of tile Carewealth cannot draw (use vector tiles, PNG, JPEG or WebP).',
    };
  }
  const ids = vectorLayerIds(metadata);
  if (ids.includes('roads') || ids.includes('earth')) return { ok: true, schema: 'protomaps' };
  if (ids.includes('transportation')) return { ok: true, schema: 'openmaptiles' };
  const found =
    ids.length === 0 ? 'no layer list' : `layers ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}`;
  return {
    ok: false,
    message: `This street file has ${found}. Carewealth can style files in the Protomaps basemap or OpenMapTiles schema (with a "roads" or "transportation" layer).`,
  };
}

/** Attribution text from PMTiles metadata (`attribution`), or a generic OpenStreetMap credit. */
export function pmtilesAttribution(metadata: unknown): string {
  const a =
    typeof metadata === 'object' && metadata !== null
      ? (metadata as { attribution?: unknown }).attribution
      : undefined;
  return typeof a === 'string' && a.trim() !== '' ? a : '© OpenStreetMap contributors';
}

const get = (name: string): ExpressionSpecification => ['get', name];
const isIn = (name: string, values: string[]): ExpressionSpecification => [
  'in',
  get(name),
  ['literal', values],
];
/** Line width growing with zoom; MapLibre allows the zoom curve only at the top of an expression. */
const widthByZoom = (
  at12: number | ExpressionSpecification,
  at18: number | ExpressionSpecification,
): ExpressionSpecification => ['interpolate', ['exponential', 1.6], ['zoom'], 12, at12, 18, at18];

interface SchemaNames {
  readonly water: string;
  readonly parks: { layer: string; filter?: ExpressionSpecification }[];
  readonly buildings: string;
  readonly roads: string;
  readonly roadClass: string;
  readonly majorRoads: string[];
  readonly paths: string[];
  readonly labels: string;
}

const NAMES: Record<'protomaps' | 'openmaptiles', SchemaNames> = {
  protomaps: {
    water: 'water',
    parks: [
      {
        layer: 'landuse',
        filter: isIn('kind', [
          'park',
          'garden',
          'playground',
          'recreation_ground',
          'grass',
          'cemetery',
          'allotments',
          'nature_reserve',
          'village_green',
        ]),
      },
    ],
    buildings: 'buildings',
    roads: 'roads',
    roadClass: 'kind',
    majorRoads: ['highway', 'major_road'],
    paths: ['path'],
    labels: 'roads',
  },
  openmaptiles: {
    water: 'water',
    parks: [
      { layer: 'park' },
      {
        layer: 'landuse',
        filter: isIn('class', ['park', 'garden', 'playground', 'cemetery', 'grass', 'allotments']),
      },
    ],
    buildings: 'building',
    roads: 'transportation',
    roadClass: 'class',
    majorRoads: ['motorway', 'trunk', 'primary', 'secondary'],
    paths: ['path', 'track'],
    labels: 'transportation_name',
  },
};

function vectorLayers(schema: 'protomaps' | 'openmaptiles'): LayerSpecification[] {
  const c = BASEMAP_COLOURS;
  const n = NAMES[schema];
  const src = STREETS_SOURCE_ID;
  const layers: LayerSpecification[] = [
    {
      id: 'streets-water',
      type: 'fill',
      source: src,
      'source-layer': n.water,
      paint: { 'fill-color': c.overlayWater },
    },
  ];
  n.parks.forEach((p, i) =>
    layers.push({
      id: `streets-park-${i}`,
      type: 'fill',
      source: src,
      'source-layer': p.layer,
      ...(p.filter ? { filter: p.filter } : {}),
      paint: { 'fill-color': c.park },
    }),
  );
  const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
  const path: ExpressionSpecification = isIn(n.roadClass, n.paths);
  const major: ExpressionSpecification = isIn(n.roadClass, n.majorRoads);
  /** Roads other than paths, drawn twice: the casing under, the road over it. */
  const road = (id: string, paint: LineLayerSpecification['paint']): LineLayerSpecification => ({
    id,
    type: 'line',
    source: src,
    'source-layer': n.roads,
    filter: ['all', isLine, ['!', path]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint,
  });
  layers.push(
    {
      id: 'streets-building',
      type: 'fill',
      source: src,
      'source-layer': n.buildings,
      minzoom: 14,
      paint: { 'fill-color': c.building, 'fill-outline-color': c.streetCasing },
    },
    {
      id: 'streets-path',
      type: 'line',
      source: src,
      'source-layer': n.roads,
      filter: ['all', isLine, path],
      paint: { 'line-color': c.line, 'line-width': 1, 'line-dasharray': [2, 1] },
    },
    road('streets-road-casing', {
      'line-color': c.streetCasing,
      'line-width': widthByZoom(['case', major, 3, 1.5], ['case', major, 26, 18]),
    }),
    road('streets-road', {
      'line-color': ['case', major, '#fde9b5', c.street],
      'line-width': widthByZoom(['case', major, 2, 0.8], ['case', major, 22, 14]),
    }),
    {
      id: 'streets-road-label',
      type: 'symbol',
      source: src,
      'source-layer': n.labels,
      minzoom: 14,
      filter: ['all', isLine, ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'text-field': get('name'),
        'text-font': [FONT_FILES.regular.name],
        'text-size': 11,
      },
      paint: { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 1.2 },
    },
  );
  return layers;
}

export interface StreetStyleOptions {
  readonly schema: StreetSchema;
  /** The source URL, `pmtiles://<key>` for a file added to the PMTiles protocol. */
  readonly url: string;
  readonly attribution: string;
  readonly assetBase: string;
}

/** A basemap style drawing a PMTiles street extract over plain land colour, with the bundled fonts. */
export function streetStyle(options: StreetStyleOptions): StyleSpecification {
  const c = BASEMAP_COLOURS;
  const raster = options.schema === 'raster';
  return {
    version: 8,
    name: 'Carewealth street file',
    'font-faces': bundledFontFaces(options.assetBase),
    sources: {
      [STREETS_SOURCE_ID]: raster
        ? { type: 'raster', url: options.url, tileSize: 256, attribution: options.attribution }
        : { type: 'vector', url: options.url, attribution: options.attribution },
    },
    layers: [
      { id: 'streets-background', type: 'background', paint: { 'background-color': c.land } },
      ...(options.schema === 'raster'
        ? [{ id: 'streets-raster', type: 'raster', source: STREETS_SOURCE_ID } satisfies LayerSpecification]
        : vectorLayers(options.schema)),
    ],
  };
}
