// MapLibre styles for the map view's basemap, as plain objects. The offline style draws land and
// country borders from files bundled with the app (see basemapAssets.ts) and labels with a bundled
// font through the style-root `font-faces` property, with no `glyphs` URL: nothing is fetched from
// any server. Street level comes from the document's area overlays, drawn above any basemap and
// under the care network, or from an online style URL the person sets. This module also decides
// what to do when an online style or its tiles fail: fall back to the offline style and say so.
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

import { BASEMAP_FILES, FONT_FILES, LATIN_UNICODE_RANGE } from './basemapAssets';
import type { OverlayProps } from './toGeoJson';

// ---------------------------------------------------------------- ids and colours

/** Every source and layer this module adds starts with this, so errors can be told apart. */
export const OWN_ID_PREFIX = 'cw-';
export const OVERLAY_SOURCE_ID = 'cw-overlays';
/** The care network's layers go above this one (the topmost overlay layer). */
export const TOP_OVERLAY_LAYER_ID = 'cw-overlay-landmark-label';

export const BASEMAP_COLOURS = {
  water: '#cfe0ea',
  land: '#f4f2ec',
  border: '#a39e95',
  park: '#cfe6c4',
  overlayWater: '#b3d3e6',
  building: '#e2ddd5',
  area: '#ebe6dc',
  boundary: '#7b5ea7',
  street: '#ffffff',
  streetCasing: '#cfc8bb',
  line: '#9c9488',
  landmark: '#8a5a2b',
  text: '#3b3833',
  halo: '#ffffff',
} as const;

const NATURAL_EARTH = 'Natural Earth';

// ---------------------------------------------------------------- offline style

export interface OfflineStyleOptions {
  /** Where public/ is served from, e.g. `import.meta.env.BASE_URL` ('/') or an absolute URL. */
  readonly assetBase: string;
}

function asset(base: string, file: string): string {
  return base.endsWith('/') ? `${base}${file}` : `${base}/${file}`;
}

/**
 * The bundled fonts as a `font-faces` declaration. Only the latin subset ships; MapLibre draws other
 * characters from the browser's own fonts.
 */
export function bundledFontFaces(assetBase: string): NonNullable<StyleSpecification['font-faces']> {
  const face = (file: string) => [{ url: asset(assetBase, file), 'unicode-range': [...LATIN_UNICODE_RANGE] }];
  return { [FONT_FILES.regular.name]: face(FONT_FILES.regular.file), [FONT_FILES.bold.name]: face(FONT_FILES.bold.file) };
}

/**
 * The offline basemap: sea-coloured background, Natural Earth land and country borders. It has no
 * `glyphs` and no `sprite`, so MapLibre makes no request beyond the two bundled GeoJSON files and,
 * once a label is drawn, the bundled fonts.
 */
export function offlineBasemapStyle(options: OfflineStyleOptions): StyleSpecification {
  const c = BASEMAP_COLOURS;
  return {
    version: 8,
    name: 'Carewealth offline basemap',
    'font-faces': bundledFontFaces(options.assetBase),
    sources: {
      'cw-land': { type: 'geojson', data: asset(options.assetBase, BASEMAP_FILES.land), attribution: NATURAL_EARTH, maxzoom: 10 },
      'cw-borders': { type: 'geojson', data: asset(options.assetBase, BASEMAP_FILES.borders), attribution: NATURAL_EARTH, maxzoom: 10 },
    },
    layers: [
      { id: 'cw-water', type: 'background', paint: { 'background-color': c.water } },
      { id: 'cw-land', type: 'fill', source: 'cw-land', paint: { 'fill-color': c.land } },
      {
        id: 'cw-borders',
        type: 'line',
        source: 'cw-borders',
        paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.5], 'line-dasharray': [3, 2] },
      },
    ],
  };
}

// ---------------------------------------------------------------- area overlays

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const hasName: ExpressionSpecification = ['!=', ['get', 'name'], ''];
const REGULAR = [FONT_FILES.regular.name];
const BOLD = [FONT_FILES.bold.name];

/**
 * The layers that draw the document's area overlays (toGeoJson's `overlays` collection), bottom to
 * top: water, parks, buildings and other areas as fills; boundaries as dashed lines; streets as
 * cased lines with their names along them; other lines; landmarks as dots with labels. Names are
 * drawn with `text-field`, i.e. as text, never as markup.
 */
export function overlayLayers(): LayerSpecification[] {
  const c = BASEMAP_COLOURS;
  const src = OVERLAY_SOURCE_ID;
  const all = (...f: ExpressionSpecification[]): FilterSpecification => ['all', ...f];
  const halo = { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 1.2 };
  /** A street is drawn twice, its casing under and itself over it, widening from zoom 12 to 18. */
  const street = (id: string, colour: string, widthAt12: number, widthAt18: number): LineLayerSpecification => ({
    id,
    type: 'line',
    source: src,
    filter: all(isLine, kindIs('street')),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour, 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 12, widthAt12, 18, widthAt18] },
  });
  return [
    { id: 'cw-overlay-water', type: 'fill', source: src, filter: all(isPolygon, kindIs('water')), paint: { 'fill-color': c.overlayWater } },
    { id: 'cw-overlay-park', type: 'fill', source: src, filter: all(isPolygon, kindIs('park')), paint: { 'fill-color': c.park } },
    { id: 'cw-overlay-building', type: 'fill', source: src, filter: all(isPolygon, kindIs('building')), paint: { 'fill-color': c.building, 'fill-outline-color': c.streetCasing } },
    { id: 'cw-overlay-area', type: 'fill', source: src, filter: all(isPolygon, kindIs('other', 'street', 'landmark')), paint: { 'fill-color': c.area, 'fill-opacity': 0.6 } },
    {
      id: 'cw-overlay-boundary',
      type: 'line',
      source: src,
      filter: all(['!', isPoint], kindIs('boundary')),
      paint: { 'line-color': c.boundary, 'line-width': 2, 'line-dasharray': [4, 2], 'line-opacity': 0.8 },
    },
    street('cw-overlay-street-casing', c.streetCasing, 2, 22),
    street('cw-overlay-street', c.street, 1, 18),
    {
      id: 'cw-overlay-line',
      type: 'line',
      source: src,
      filter: all(isLine, kindIs('other', 'park', 'water', 'building', 'landmark')),
      paint: { 'line-color': c.line, 'line-width': 1.5 },
    },
    {
      id: 'cw-overlay-street-label',
      type: 'symbol',
      source: src,
      filter: all(isLine, kindIs('street'), hasName),
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': REGULAR, 'text-size': 12 },
      paint: halo,
    },
    {
      id: 'cw-overlay-area-label',
      type: 'symbol',
      source: src,
      filter: all(isPolygon, kindIs('park', 'water', 'other'), hasName),
      layout: { 'text-field': ['get', 'name'], 'text-font': REGULAR, 'text-size': 12 },
      paint: halo,
    },
    {
      id: 'cw-overlay-landmark',
      type: 'circle',
      source: src,
      filter: isPoint,
      paint: { 'circle-radius': 4, 'circle-color': c.landmark, 'circle-stroke-color': c.halo, 'circle-stroke-width': 1.5 },
    },
    {
      id: TOP_OVERLAY_LAYER_ID,
      type: 'symbol',
      source: src,
      filter: all(isPoint, hasName),
      layout: { 'text-field': ['get', 'name'], 'text-font': BOLD, 'text-size': 12, 'text-offset': [0, 0.9], 'text-anchor': 'top' },
      paint: halo,
    },
  ];
}

/**
 * `style` with the document's overlays added on top of its own layers, and the bundled fonts
 * declared for any font name the style does not already declare. Used for the offline style and,
 * through MapLibre's `transformStyle`, for an online one. Returns a new object.
 */
export function withOverlays(
  style: StyleSpecification,
  overlays: FeatureCollection<Geometry, OverlayProps>,
  assetBase: string,
): StyleSpecification {
  return {
    ...style,
    'font-faces': { ...bundledFontFaces(assetBase), ...(style['font-faces'] ?? {}) },
    sources: { ...style.sources, [OVERLAY_SOURCE_ID]: { type: 'geojson', data: overlays } },
    layers: [...style.layers.filter((l) => !l.id.startsWith('cw-overlay-')), ...overlayLayers()],
  };
}

// ---------------------------------------------------------------- online styles

export type StyleUrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

export const STYLE_URL_MESSAGES = {
  empty: 'Paste the address of a MapLibre style, e.g. https://example.org/style.json.',
  invalid: 'This is not a web address. A style address looks like https://example.org/style.json.',
  scheme: (scheme: string) => `Only http:// and https:// style addresses can be used, not ${scheme}//.`,
  credentials: 'Remove the user name and password from the address: it is saved with the map settings.',
} as const;

/** Check a style URL typed in settings: absolute http(s), no credentials. Returns it normalised. */
export function checkStyleUrl(input: string): StyleUrlCheck {
  const s = input.trim();
  if (s === '') return { ok: false, message: STYLE_URL_MESSAGES.empty };
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { ok: false, message: STYLE_URL_MESSAGES.invalid };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: STYLE_URL_MESSAGES.scheme(url.protocol) };
  if (url.username !== '' || url.password !== '') return { ok: false, message: STYLE_URL_MESSAGES.credentials };
  return { ok: true, url: url.href };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©' };

/** Attribution HTML reduced to plain text: tags dropped, common entities decoded, spaces collapsed. */
export function attributionText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16) || 0x20);
      if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10) || 0x20);
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Every source attribution in `style`, as plain text, without repeats, in source order. */
export function styleAttributions(style: StyleSpecification): string[] {
  const seen = new Set<string>();
  for (const source of Object.values(style.sources)) {
    const a = 'attribution' in source && typeof source.attribution === 'string' ? attributionText(source.attribution) : '';
    if (a !== '') seen.add(a);
  }
  return [...seen];
}

/**
 * An online style made safe to show: its attributions are kept (MapLibre's attribution control
 * shows them) but reduced to escaped plain text, because that control inserts them as HTML and
 * the style comes from an address typed in settings, not from us. Everything else is unchanged.
 */
export function sanitiseOnlineStyle(style: StyleSpecification): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, source] of Object.entries(style.sources)) {
    sources[id] =
      'attribution' in source && typeof source.attribution === 'string'
        ? { ...source, attribution: escapeHtml(attributionText(source.attribution)) }
        : source;
  }
  return { ...style, sources };
}

// ---------------------------------------------------------------- falling back

/** Which basemap is showing: the bundled one, an online style, or a PMTiles street file. */
export type BasemapKind = 'offline' | 'online' | 'pmtiles';

export interface MapErrorContext {
  readonly basemap: BasemapKind;
  /** Whether the current style finished loading (MapLibre's `style.load` has fired). */
  readonly styleLoaded: boolean;
}

export type MapErrorDecision =
  | { readonly action: 'fallback'; readonly notice: string }
  | { readonly action: 'report'; readonly notice: string }
  | { readonly action: 'ignore' };

const KEPT = 'so the offline basemap is shown instead. Nothing in your map has changed.';

interface ErrorFacts {
  readonly sourceId?: string;
  readonly message: string;
  readonly status?: number;
  readonly host?: string;
}

function factsOf(event: unknown): ErrorFacts {
  const e = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
  const err = typeof e['error'] === 'object' && e['error'] !== null ? (e['error'] as Record<string, unknown>) : {};
  const message = typeof err['message'] === 'string' ? err['message'].slice(0, 200) : 'unknown error';
  const status = typeof err['status'] === 'number' && err['status'] > 0 ? err['status'] : undefined;
  let host: string | undefined;
  if (typeof err['url'] === 'string') {
    try {
      host = new URL(err['url']).host || undefined;
    } catch {
      host = undefined;
    }
  }
  const sourceId = typeof e['sourceId'] === 'string' ? e['sourceId'] : undefined;
  return { message, ...(sourceId !== undefined ? { sourceId } : {}), ...(status !== undefined ? { status } : {}), ...(host !== undefined ? { host } : {}) };
}

/** "HTTP 404 from tiles.example.org", "no answer from tiles.example.org", or the error message. */
function cause(f: ErrorFacts): string {
  // Only the host is shown: the full URL may carry an API key in its query string.
  if (f.status !== undefined && f.host !== undefined) return `HTTP ${f.status} from ${f.host}`;
  if (f.host !== undefined) return `no answer from ${f.host}`;
  return f.message;
}

/**
 * What to do about a MapLibre `error` event (`event` as MapLibre passes it: `{ error, sourceId?,
 * tile? }`). Errors from our own sources (`cw-…`) are reported but never cause a fallback, since the
 * offline basemap would not help. With an online style or PMTiles file: if the style itself failed to
 * load, or one of its sources or resources (tiles, sprite, glyphs) failed, fall back to the offline
 * basemap with a notice. Anything else (e.g. a style validation warning) is ignored.
 */
export function decideOnMapError(event: unknown, context: MapErrorContext): MapErrorDecision {
  const f = factsOf(event);
  if (f.sourceId?.startsWith(OWN_ID_PREFIX)) {
    return { action: 'report', notice: `Part of the map could not be drawn (${f.sourceId}: ${cause(f)}).` };
  }
  if (context.basemap === 'offline') return { action: 'ignore' };
  const what = context.basemap === 'online' ? 'online map style' : 'street map file';
  if (!context.styleLoaded) {
    return { action: 'fallback', notice: `The ${what} could not be loaded (${cause(f)}), ${KEPT}` };
  }
  if (f.sourceId !== undefined || f.host !== undefined || /fetch|network|load/i.test(f.message)) {
    const part = context.basemap === 'online' ? 'Map tiles from the online style' : 'Part of the street map file';
    return { action: 'fallback', notice: `${part} could not be loaded (${cause(f)}), ${KEPT}` };
  }
  return { action: 'ignore' };
}
