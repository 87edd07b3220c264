// The invented geography of Larkspur Green: a ~1.5 km square of inner south London around
// lat 51.47, lng -0.08. Streets, parks, the ward boundary and landmarks are drawn here once, in
// metres east/north of the centre, and turned into GeoJSON overlays and node locations, so the
// offline map view looks like a neighbourhood even with no basemap. Every name is fictional.
import type { Area, LatLng, Location, LocationPrivacy, Overlay } from '../../src/model';

/** Centre of the neighbourhood (degrees). */
export const CENTRE: LatLng = { lat: 51.47, lng: -0.08 };
/** Metres per degree of latitude, and of longitude at this latitude (spherical Earth). */
const M_PER_DEG_LAT = 111_320;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((CENTRE.lat * Math.PI) / 180);
/** Half the side of the square, metres. */
export const HALF_SIDE = 750;

/** A point in metres east (x) and north (y) of the centre. */
export type Metres = readonly [x: number, y: number];

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** [lng, lat] of a point given in metres, to 6 decimals (~0.1 m). */
export function toLngLat([x, y]: Metres): [number, number] {
  return [round6(CENTRE.lng + x / M_PER_DEG_LNG), round6(CENTRE.lat + y / M_PER_DEG_LAT)];
}

/** A node location for a point given in metres. */
export function locationAt(p: Metres, privacy: LocationPrivacy): Location {
  const [lng, lat] = toLngLat(p);
  return { lat, lng, privacy };
}

/** The area block of the map's metadata: name, centre and the square's bounds. */
export function larkspurArea(): Area {
  const [west, south] = toLngLat([-HALF_SIDE, -HALF_SIDE]);
  const [east, north] = toLngLat([HALF_SIDE, HALF_SIDE]);
  return {
    name: 'Larkspur Green, inner south London (fictional)',
    centre: { ...CENTRE },
    bounds: [
      [west, south],
      [east, north],
    ],
  };
}

// ---------------------------------------------------------------- streets

interface Street {
  readonly name: string;
  readonly points: readonly Metres[];
  /** Residential streets are where people's homes are placed. */
  readonly homes: boolean;
}

/** Two main roads crossing near the library, a southern high street, a crescent and side streets. */
export const STREETS: readonly Street[] = [
  { name: 'Green Lane', homes: true, points: [[-180, 748], [-160, 400], [-130, 100], [-150, -200], [-200, -500], [-230, -748]] },
  { name: 'Larkspur Road', homes: true, points: [[-748, 120], [-400, 110], [-130, 100], [200, 92], [500, 60], [748, 40]] },
  { name: 'Bride Street', homes: true, points: [[-620, -240], [-380, -232], [-150, -210], [150, -250], [420, -272]] },
  { name: 'Marlowe Road', homes: true, points: [[380, 748], [372, 470], [368, 90], [355, -300], [340, -748]] },
  { name: 'Cinnamon Street', homes: true, points: [[-162, 492], [90, 478], [372, 470]] },
  { name: 'Green Walk', homes: false, points: [[88, 95], [92, 300], [96, 478]] },
  { name: 'Station Approach', homes: false, points: [[500, 60], [560, 300], [600, 530]] },
  { name: 'Foundry Lane', homes: true, points: [[-740, -520], [-200, -500], [250, -492], [740, -478]] },
  { name: 'Kiln Street', homes: true, points: [[-460, 580], [-452, 110], [-446, -232], [-440, -720]] },
  { name: 'Hollybush Row', homes: true, points: [[120, 91], [128, -100], [118, -250], [110, -494]] },
  { name: 'Peckwater Road', homes: true, points: [[-750, 320], [-455, 330], [-162, 342]] },
  { name: "Tanner's Way", homes: true, points: [[-446, -232], [-560, -380], [-720, -600]] },
  { name: 'Ivy Crescent', homes: true, points: [[368, -100], [480, -62], [580, -120], [602, -232], [540, -322], [358, -302]] },
  { name: 'Damask Avenue', homes: true, points: [[-650, 600], [-655, 120], [-658, -240], [-662, -480]] },
  { name: 'Rye Hill', homes: true, points: [[640, 500], [652, 40], [660, -478], [668, -720]] },
  { name: 'Chapel Place', homes: true, points: [[-52, -220], [-44, -380]] },
  { name: 'Copperfield Road', homes: true, points: [[-740, -730], [-230, -735], [340, -728], [740, -712]] },
  { name: 'Granary Street', homes: true, points: [[-300, 108], [-305, -225], [-310, -502]] },
  { name: 'Wellspring Road', homes: true, points: [[118, -380], [355, -390], [660, -405]] },
  { name: 'Cobble Mews', homes: true, points: [[-448, -100], [-305, -92]] },
  { name: 'Sorrel Walk', homes: false, points: [[100, 455], [230, 290], [350, 125]] },
];

/** The railway across the north of the ward, with Larkspur Green station on it. */
const RAILWAY: readonly Metres[] = [[-748, 610], [0, 575], [600, 545], [748, 538]];

// ---------------------------------------------------------------- parks, boundary, landmarks

const PARKS: readonly { name: string; ring: readonly Metres[] }[] = [
  { name: 'Larkspur Green', ring: [[100, 130], [350, 120], [360, 440], [104, 456]] },
  { name: 'Allotments', ring: [[-640, -540], [-470, -535], [-465, -690], [-632, -700]] },
  { name: "St Bride's Churchyard", ring: [[-95, -250], [-25, -255], [-22, -310], [-92, -305]] },
  { name: 'Ivy Crescent Gardens', ring: [[420, -140], [540, -150], [548, -250], [430, -258]] },
];

const WARD: readonly Metres[] = [
  [-742, 742], [-300, 748], [100, 750], [520, 735], [744, 700], [748, 200], [745, -60], [738, -420], [730, -745],
  [200, -748], [-200, -750], [-600, -742], [-745, -730], [-748, -300], [-750, 100], [-746, 480],
];

export const LANDMARKS: readonly { name: string; at: Metres }[] = [
  { name: 'Larkspur Green station', at: [600, 545] },
  { name: 'Larkspur Primary School', at: [-350, 232] },
  { name: 'Bride Street Market', at: [-300, -238] },
  { name: 'Foundry Lane Leisure Centre', at: [470, -520] },
  { name: 'The Larkspur Arms', at: [-145, 118] },
];

function ring(points: readonly Metres[]): [number, number][] {
  const out = points.map(toLngLat);
  out.push(toLngLat(points[0] as Metres));
  return out;
}

/** The four overlay layers: ward boundary, streets (and railway), parks, landmarks. */
export function larkspurOverlays(): Overlay[] {
  return [
    {
      id: 'ov-ward',
      name: 'Ward boundary',
      kind: 'boundary',
      visible: true,
      features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring(WARD)] }, properties: { name: 'Larkspur Green ward', kind: 'boundary' } }],
    },
    {
      id: 'ov-streets',
      name: 'Streets',
      kind: 'street',
      visible: true,
      features: [
        ...STREETS.map((s) => ({
          type: 'Feature' as const,
          geometry: { type: 'LineString' as const, coordinates: s.points.map(toLngLat) },
          properties: { name: s.name, kind: 'street' as const },
        })),
        {
          type: 'Feature' as const,
          geometry: { type: 'LineString' as const, coordinates: RAILWAY.map(toLngLat) },
          properties: { name: 'Railway', kind: 'other' as const },
        },
      ],
    },
    {
      id: 'ov-parks',
      name: 'Parks and green spaces',
      kind: 'park',
      visible: true,
      features: PARKS.map((p) => ({
        type: 'Feature' as const,
        geometry: { type: 'Polygon' as const, coordinates: [ring(p.ring)] },
        properties: { name: p.name, kind: 'park' as const },
      })),
    },
    {
      id: 'ov-landmarks',
      name: 'Landmarks',
      kind: 'landmark',
      visible: true,
      features: LANDMARKS.map((l) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: toLngLat(l.at) },
        properties: { name: l.name, kind: 'landmark' as const },
      })),
    },
  ];
}

// ---------------------------------------------------------------- homes

const HOME_STREETS = STREETS.filter((s) => s.homes);

/**
 * A plausible home for a person: a random point along a residential street, set back 12-40 m
 * to one side, kept inside the square. `near` restricts the choice to one named street.
 */
export function homeOn(rng: () => number, near?: string): Metres {
  const street = near !== undefined ? STREETS.find((s) => s.name === near) : HOME_STREETS[Math.floor(rng() * HOME_STREETS.length)];
  if (street === undefined) throw new Error(`no street called ${near}`);
  const seg = Math.floor(rng() * (street.points.length - 1));
  const [ax, ay] = street.points[seg] as Metres;
  const [bx, by] = street.points[seg + 1] as Metres;
  const f = rng();
  const len = Math.hypot(bx - ax, by - ay);
  const side = (rng() < 0.5 ? -1 : 1) * (12 + rng() * 28);
  const x = ax + (bx - ax) * f + (-(by - ay) / len) * side;
  const y = ay + (by - ay) * f + ((bx - ax) / len) * side;
  const lim = HALF_SIDE - 20;
  return [Math.max(-lim, Math.min(lim, Math.round(x))), Math.max(-lim, Math.min(lim, Math.round(y)))];
}
