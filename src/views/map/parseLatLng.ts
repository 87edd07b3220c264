// Reading a place typed by hand ("51.5412, -0.0553"), for workshops placing a node without a
// geocoder (nothing online is reachable). Forgiving about separators, degree signs and hemisphere
// letters; strict about ranges. When latitude is out of range but the numbers would fit the other
// way round, it says so instead of swapping silently: a silent swap would put a home in the wrong
// country without anyone noticing.
import type { LatLng } from '../../model';

export type LatLngParse = { readonly ok: true; readonly value: LatLng } | { readonly ok: false; readonly message: string };

/** Messages shown under the input field; exported so tests and UI copy stay in step. */
export const LATLNG_MESSAGES = {
  empty: 'Type a latitude and longitude, e.g. "51.5412, -0.0553".',
  unreadable: 'Could not read this as a latitude and longitude. Type two decimal numbers, latitude first, e.g. "51.5412, -0.0553".',
  count: (n: number) => `Expected two numbers (latitude, longitude) but found ${n}.`,
  signAndLetter: 'Use either a minus sign or N/S/E/W, not both.',
  letters: 'Mark one number with N or S and the other with E or W, or mark neither.',
  swapped: (lat: number, lng: number) =>
    `Latitude ${lat} is out of range (-90 to 90). It looks like the numbers are swapped: type latitude first, e.g. "${lng}, ${lat}".`,
  latRange: (lat: number) => `Latitude ${lat} is out of range: it must be between -90 and 90.`,
  lngRange: (lng: number) => `Longitude ${lng} is out of range: it must be between -180 and 180.`,
} as const;

const MAX_INPUT = 100;
const PIECE = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))°?([NSEW])?$/i;

interface Piece {
  readonly value: number;
  readonly signed: boolean;
  readonly letter?: 'N' | 'S' | 'E' | 'W';
}

function fail(message: string): LatLngParse {
  return { ok: false, message };
}

/**
 * Parse "lat, lng" in decimal degrees. Accepted: comma or space between the numbers ("51.5 -0.05"),
 * degree signs ("51.5°, -0.05°"), hemisphere letters after each number ("51.5° N, 0.05° W"; with
 * letters, the order may also be lng first), surrounding brackets, a Unicode minus sign, and decimal
 * commas when the numbers are separated by a semicolon ("51,5; -0,05"). Never throws; on failure the
 * message says what to type instead (see {@link LATLNG_MESSAGES}).
 */
export function parseLatLng(input: string): LatLngParse {
  let s = input.trim();
  if (s === '') return fail(LATLNG_MESSAGES.empty);
  if (s.length > MAX_INPUT) return fail(LATLNG_MESSAGES.unreadable);
  s = s.replace(/^[([{]\s*/, '').replace(/\s*[)\]}]$/, '').replace(/\u2212/g, '-');
  if (s.includes(';')) s = s.replace(/,/g, '.').replace(/;/g, ',');
  // Glue degree signs and hemisphere letters to their number: "51.5 ° N" -> "51.5°N".
  s = s.replace(/\s*°/g, '°').replace(/([\d.°])\s+([NSEW])(?![A-Z])/gi, '$1$2');
  const raw = s.split(/[\s,]+/).filter((p) => p !== '');
  const pieces: Piece[] = [];
  for (const p of raw) {
    const m = PIECE.exec(p);
    if (!m) return fail(LATLNG_MESSAGES.unreadable);
    const value = Number(m[1]);
    if (!Number.isFinite(value)) return fail(LATLNG_MESSAGES.unreadable);
    const letter = m[2]?.toUpperCase() as Piece['letter'];
    pieces.push({ value, signed: /^[-+]/.test(m[1] ?? ''), ...(letter ? { letter } : {}) });
  }
  if (pieces.length !== 2) return fail(LATLNG_MESSAGES.count(pieces.length));
  const [a, b] = pieces as [Piece, Piece];

  let lat = a.value;
  let lng = b.value;
  if (a.letter !== undefined || b.letter !== undefined) {
    if (a.letter === undefined || b.letter === undefined) return fail(LATLNG_MESSAGES.letters);
    if (a.signed || b.signed) return fail(LATLNG_MESSAGES.signAndLetter);
    const ns = (p: Piece) => p.letter === 'N' || p.letter === 'S';
    if (ns(a) === ns(b)) return fail(LATLNG_MESSAGES.letters);
    const latP = ns(a) ? a : b;
    const lngP = ns(a) ? b : a;
    lat = latP.letter === 'S' ? -latP.value : latP.value;
    lng = lngP.letter === 'W' ? -lngP.value : lngP.value;
    // With letters the axes are explicit, so a range error is a plain range error.
    if (Math.abs(lat) > 90) return fail(LATLNG_MESSAGES.latRange(lat));
  } else if (Math.abs(lat) > 90) {
    return fail(Math.abs(lat) <= 180 && Math.abs(lng) <= 90 ? LATLNG_MESSAGES.swapped(lat, lng) : LATLNG_MESSAGES.latRange(lat));
  }
  if (Math.abs(lng) > 180) return fail(LATLNG_MESSAGES.lngRange(lng));
  // `+ 0` turns "-0" into 0.
  return { ok: true, value: { lat: lat + 0, lng: lng + 0 } };
}
