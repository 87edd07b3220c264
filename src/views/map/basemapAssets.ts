// Where the offline basemap's files live under `public/` (served from the app's base URL), shared
// by scripts/build-basemap.ts, which writes them at build time, and basemapStyle.ts, which points
// MapLibre at them. Nothing here is fetched from the network: every file ships with the app.

/** Land and country borders from Natural Earth 1:50m (world-atlas), as GeoJSON. */
export const BASEMAP_FILES = {
  land: 'basemap/land-50m.geojson',
  borders: 'basemap/borders-50m.geojson',
} as const;

/**
 * The bundled fonts: Noto Sans (SIL Open Font License) from @fontsource/noto-sans, latin subset,
 * regular and bold. `name` is the font name layers use in `text-font`.
 */
export const FONT_FILES = {
  regular: { name: 'Noto Sans Regular', file: 'fonts/noto-sans-latin-400-normal.woff2' },
  bold: { name: 'Noto Sans Bold', file: 'fonts/noto-sans-latin-700-normal.woff2' },
} as const;

/** The font licence, copied next to the fonts as the OFL asks. */
export const FONT_LICENCE_FILE = 'fonts/OFL-noto-sans.txt';

/**
 * Codepoints the latin subset covers (copied from @fontsource/noto-sans's CSS). Text outside them
 * is drawn by MapLibre from the browser's local fonts instead.
 */
export const LATIN_UNICODE_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
] as const;
