// A synthetic care map of any size, for benchmarks and load tests. The shape is meant to make
// network measures non-trivial: nodes live in "zones" (neighbourhood communities with a centre on
// the map), and ties are drawn by preferential attachment mostly inside a node's own zone, so the
// result has hubs (heavy-tailed degrees), clustered communities and a few long-range bridges.
// Everything comes from one seeded generator: the same options give byte-identical JSON.
import {
  type ActorCategory,
  type CareMap,
  type CareNode,
  type Closeness,
  DEFAULT_CARE_TYPES,
  DOCUMENT_TYPE,
  type Formality,
  type Frequency,
  type MapId,
  type NodeId,
  type NodeKind,
  type PersonRole,
  SCHEMA_VERSION,
  seededRandom,
  type Strength,
  type Tie,
  type TieId,
} from '../../src/model';

export interface GenerateMapOptions {
  /** Number of nodes (1 or more). */
  nodes: number;
  /**
   * Ties added per node (default 3), so the map holds `round(nodes × tiesPerNode)` ties and the
   * mean degree is about twice this number. Fractions are allowed (2.5 → 5 ties per 2 nodes).
   */
  tiesPerNode?: number;
  /** Seed of the random generator; the same seed always gives the same map. */
  seed: number;
  /** [[west, south], [east, north]] in degrees; defaults to a 3 km square in inner south London. */
  bounds?: [[number, number], [number, number]];
}

/** Default bounding box: about 3 km × 3 km around lat 51.47, lng -0.08. */
export const GENERATED_BOUNDS: [[number, number], [number, number]] = [
  [-0.1017, 51.4565],
  [-0.0583, 51.4835],
];

/** Fixed timestamp of every generated map, so output never depends on the clock. */
export const GENERATED_AT = '2026-01-15T10:00:00.000Z';

/** Mean number of nodes per zone (community). */
const ZONE_SIZE = 120;
/** Chance that a new tie stays inside the node's own zone. */
const IN_ZONE = 0.85;
/** Chance that a tie's far end is picked uniformly instead of by degree (softens the hubs). */
const UNIFORM_PICK = 0.15;

/** The model's seeded generator (mulberry32), re-exported for the tests that used it from here. */
export { seededRandom };

type Weighted<T> = readonly (readonly [T, number])[];

function pickWeighted<T>(rng: () => number, table: Weighted<T>): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

// ---------------------------------------------------------------- vocabularies

const KIND_MIX: Weighted<NodeKind> = [
  ['person', 78],
  ['group', 7],
  ['organisation', 6],
  ['space', 4],
  ['team', 4],
  ['circle', 1],
];

const ROLE_MIX: Weighted<PersonRole> = [
  ['neighbour', 30],
  ['volunteer', 22],
  ['friend', 14],
  ['family', 12],
  ['team_owner', 8],
  ['care_worker_employed', 5],
  ['care_worker_independent', 3],
  ['peer_supporter', 4],
  ['professional', 2],
];

const PAID: ReadonlySet<PersonRole> = new Set(['care_worker_employed', 'care_worker_independent', 'professional']);

const ORG_CATEGORY_MIX: Weighted<ActorCategory> = [
  ['charity', 35],
  ['social_enterprise', 20],
  ['community_hub', 15],
  ['business', 10],
  ['statutory', 8],
  ['health', 8],
  ['regulated_care', 4],
];
const GROUP_CATEGORY_MIX: Weighted<ActorCategory> = [
  ['grassroots', 75],
  ['faith', 25],
];
const SPACE_CATEGORY_MIX: Weighted<ActorCategory> = [
  ['public_space', 50],
  ['community_hub', 35],
  ['faith', 15],
];
const FORMAL: ReadonlySet<ActorCategory> = new Set(['statutory', 'health', 'regulated_care']);

/** Care types weighted roughly like the Clapton mention counts (domain §3.4). */
const CARE_TYPE_MIX: Weighted<string> = [
  ['emotional', 30],
  ['social', 24],
  ['recreation', 10],
  ['education', 10],
  ['meals', 8],
  ['practical', 7],
  ['companionship', 6],
  ['transport', 6],
  ['advocacy', 5],
  ['gift_space', 4],
  ['peer_support', 4],
  ['information', 3],
  ['life_admin', 2],
  ['cultural_faith', 2],
  ['gift_time', 2],
  ['gift_skills', 2],
  ['family_support', 1],
  ['gift_objects', 1],
];
const FORMAL_CARE_TYPES = ['personal_care', 'medication', 'paid_domiciliary', 'health'] as const;

const STRENGTH_MIX: Weighted<Strength> = [
  ['generative', 25],
  ['engaged', 25],
  ['inactive', 35],
  ['unclassified', 15],
];
const FREQUENCY_MIX: Weighted<Frequency> = [
  ['daily', 8],
  ['several_weekly', 14],
  ['weekly', 30],
  ['fortnightly', 14],
  ['monthly', 18],
  ['occasional', 12],
  ['one_off', 4],
];
const CLOSENESS_IDS: readonly Closeness[] = ['inner', 'middle', 'outer'];

const FIRST_NAMES = [
  'Abena', 'Aled', 'Amara', 'Arjun', 'Beatrix', 'Bola', 'Cai', 'Callum', 'Chioma', 'Delia', 'Dev', 'Eamon', 'Elif', 'Esi',
  'Farah', 'Femi', 'Gideon', 'Grace', 'Hamid', 'Hollis', 'Ines', 'Ivo', 'Jada', 'Joss', 'Kemi', 'Kit', 'Lena', 'Lowell',
  'Malik', 'Mina', 'Nell', 'Niamh', 'Obi', 'Orla', 'Pavel', 'Pip', 'Qasim', 'Rhea', 'Rory', 'Saoirse', 'Sefa', 'Tariq',
  'Tess', 'Uche', 'Una', 'Vida', 'Wren', 'Xander', 'Yara', 'Zeb',
];
const GROUP_WORDS = ['Lunch Club', 'Walking Group', 'Choir', 'Food Share', 'Mutual Aid', 'Craft Circle', 'Tea Dance', 'Garden Club', 'Prayer Group', 'Youth Club'];
const ORG_WORDS = ['Befriending', 'Advocacy', 'Wellbeing CIC', 'Carers Network', 'Home Care', 'Health Centre', 'Repairs', 'Deliveries', 'Housing Trust', 'Advice Centre'];
const SPACE_WORDS = ['Hall', 'Library', 'Garden', 'Café', 'Community Room', 'Park', 'Chapel', 'Centre'];
const PLACE_WORDS = ['Ashdown', 'Bramley', 'Calder', 'Dunmore', 'Elder', 'Fenwick', 'Garnet', 'Hazel', 'Ingram', 'Juniper', 'Kestrel', 'Linden'];

// ---------------------------------------------------------------- generator

interface Zone {
  lat: number;
  lng: number;
  /** Node indices, each listed once plus once per tie end: picking uniformly is picking by degree + 1. */
  ends: number[];
}

/**
 * Build a synthetic, valid care map. Node `i` has id `n-<i>` and tie `j` has id `t-<j>`. Each
 * node carries a `zone-<k>` tag naming its community. Roughly 78% people, the rest groups,
 * organisations, spaces, teams and circles; care ties carry care types, strengths (about
 * 25/25/35/15 generative/engaged/inactive/unclassified), frequency and hours a week.
 */
export function generateMap(options: GenerateMapOptions): CareMap {
  const n = Math.max(1, Math.floor(options.nodes));
  const tiesPerNode = options.tiesPerNode ?? 3;
  const [[west, south], [east, north]] = options.bounds ?? GENERATED_BOUNDS;
  const rng = seededRandom(options.seed);
  const totalTies = n > 1 ? Math.min(Math.round(n * tiesPerNode), (n * (n - 1)) / 2) : 0;

  // Zones: centres kept away from the edge so their spread stays mostly inside the box.
  const zoneCount = Math.max(1, Math.round(n / ZONE_SIZE));
  const zones: Zone[] = [];
  for (let z = 0; z < zoneCount; z++) {
    zones.push({ lat: south + (0.15 + 0.7 * rng()) * (north - south), lng: west + (0.15 + 0.7 * rng()) * (east - west), ends: [] });
  }
  const spreadLat = ((north - south) / Math.sqrt(zoneCount)) * 0.35;
  const spreadLng = ((east - west) / Math.sqrt(zoneCount)) * 0.35;

  const nodes: CareNode[] = new Array<CareNode>(n);
  const zoneOf = new Int32Array(n);
  const formalNode = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const zone = i < zoneCount ? i : Math.floor(rng() * zoneCount);
    zoneOf[i] = zone;
    const node = makeSyntheticNode(rng, i, zone, zones[zone] as Zone, spreadLat, spreadLng, [west, south, east, north]);
    nodes[i] = node;
    if (node.formality === 'formal' || node.roles.some((r) => PAID.has(r))) formalNode[i] = 1;
  }

  // Preferential attachment, node by node; `global` holds every end so far (degree-weighted).
  const ties: Tie[] = [];
  const global: number[] = [];
  const addEnd = (i: number) => {
    global.push(i);
    (zones[zoneOf[i] as number] as Zone).ends.push(i);
  };
  const connect = (a: number, b: number) => {
    const forward = rng() < 0.5;
    ties.push(makeSyntheticTie(rng, ties.length, forward ? a : b, forward ? b : a, nodes, formalNode));
    addEnd(a);
    addEnd(b);
  };

  addEnd(0);
  // Node i is the newest, so all of its ties are made in its own round: checking this round's
  // picks is enough to keep every pair of nodes to at most one tie.
  const picked: number[] = [];
  for (let i = 1; i < n && ties.length < totalTies; i++) {
    // Spread the ties evenly: after node i, about (i + 1) × tiesPerNode ties exist in all.
    const wanted = Math.min(Math.round((i + 1) * tiesPerNode), totalTies) - ties.length;
    const own = (zones[zoneOf[i] as number] as Zone).ends;
    picked.length = 0;
    for (let tries = 0; picked.length < wanted && tries < wanted * 8; tries++) {
      let other: number;
      if (rng() < UNIFORM_PICK) other = Math.floor(rng() * i);
      else if (own.length > 0 && rng() < IN_ZONE) other = own[Math.floor(rng() * own.length)] as number;
      else other = global[Math.floor(rng() * global.length)] as number;
      if (other >= i || picked.includes(other)) continue;
      picked.push(other);
      connect(i, other);
    }
    addEnd(i);
  }
  // Small or crowded maps may fall short after the pass: top up with random new pairs.
  if (ties.length < totalTies) {
    const pairs = new Set(ties.map((t) => pairKey(t.source, t.target)));
    for (let guard = 0; ties.length < totalTies && guard < totalTies * 50; guard++) {
      const a = Math.floor(rng() * n);
      const b = Math.floor(rng() * n);
      const key = pairKey(`n-${a}`, `n-${b}`);
      if (a === b || pairs.has(key)) continue;
      pairs.add(key);
      connect(a, b);
    }
  }

  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: `map-generated-${options.seed}-${n}` as MapId,
    meta: {
      title: `Generated map (${n} nodes, seed ${options.seed})`,
      description: 'Synthetic care map for benchmarks and load tests (test/helpers/generateMap.ts).',
      scope: 'community',
      area: {
        name: 'Generated area',
        centre: { lat: (south + north) / 2, lng: (west + east) / 2 },
        bounds: [
          [west, south],
          [east, north],
        ],
      },
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
    },
    careTypes: DEFAULT_CARE_TYPES.map((c) => ({ ...c })),
    nodes,
    ties,
    overlays: [],
    records: [],
    snapshots: [],
  };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function makeSyntheticNode(
  rng: () => number,
  i: number,
  zoneIndex: number,
  zone: Zone,
  spreadLat: number,
  spreadLng: number,
  [west, south, east, north]: readonly [number, number, number, number],
): CareNode {
  const kind = pickWeighted(rng, KIND_MIX);
  const place = PLACE_WORDS[zoneIndex % PLACE_WORDS.length] as string;
  // Sum of two uniforms: a cheap bell-shaped spread around the zone centre.
  const lat = Math.min(north, Math.max(south, zone.lat + (rng() + rng() - 1) * spreadLat));
  const lng = Math.min(east, Math.max(west, zone.lng + (rng() + rng() - 1) * spreadLng));
  const node: CareNode = {
    id: `n-${i}` as NodeId,
    kind,
    label: '',
    roles: [],
    careOffered: [],
    careNeeded: [],
    tags: [`zone-${zoneIndex}`],
  };
  if (kind === 'person') {
    const role = pickWeighted(rng, ROLE_MIX);
    node.roles = rng() < 0.1 && role !== 'volunteer' ? [role, 'volunteer'] : [role];
    node.label = `${pick(rng, FIRST_NAMES)} ${String.fromCharCode(65 + Math.floor(rng() * 26))}.`;
    const r = rng();
    if (r < 0.85) node.location = { lat: round6(lat), lng: round6(lng), privacy: 'approximate' };
    else if (r < 0.9) node.location = { lat: round6(lat), lng: round6(lng), privacy: 'hidden' };
    if (role === 'team_owner') node.careNeeded = ['personal_care', pickWeighted(rng, CARE_TYPE_MIX)].filter((v, k, a) => a.indexOf(v) === k);
    if (rng() < 0.3) node.capacity = { hoursPerWeek: 1 + Math.floor(rng() * 20) };
    node.consent = { status: rng() < 0.9 ? 'given' : 'pending' };
    return node;
  }
  let category: ActorCategory;
  if (kind === 'organisation') {
    category = pickWeighted(rng, ORG_CATEGORY_MIX);
    node.label = `${place} ${pick(rng, ORG_WORDS)} ${i}`;
  } else if (kind === 'group') {
    category = pickWeighted(rng, GROUP_CATEGORY_MIX);
    node.label = `${place} ${pick(rng, GROUP_WORDS)} ${i}`;
  } else if (kind === 'space') {
    category = pickWeighted(rng, SPACE_CATEGORY_MIX);
    node.label = `${place} ${pick(rng, SPACE_WORDS)} ${i}`;
  } else if (kind === 'team') {
    category = 'care_team';
    node.label = `Team ${place} ${i}`;
  } else {
    category = 'local_circle';
    node.label = `${place} Care Circle ${i}`;
  }
  const formality: Formality = FORMAL.has(category) ? 'formal' : category === 'business' ? 'mixed' : 'informal';
  node.category = category;
  node.formality = formality;
  node.careOffered = [pickWeighted(rng, CARE_TYPE_MIX)];
  if (kind !== 'team') node.location = { lat: round6(lat), lng: round6(lng), privacy: 'exact' };
  if (kind === 'organisation' || kind === 'group') {
    node.capacity = { hoursPerWeek: 5 + Math.floor(rng() * 60), maxReceivers: 3 + Math.floor(rng() * 30) };
  }
  return node;
}

const PARTICIPATION_MIX: Weighted<'full' | 'learning' | 'guest'> = [
  ['full', 3],
  ['learning', 1],
  ['guest', 1],
];

// Ties are written as object literals with their keys in one fixed order (no spreads): at 60,000
// ties this is the difference between ~0.2 s and ~0.7 s, because V8 keeps one shape for them all.
function makeSyntheticTie(
  rng: () => number,
  j: number,
  s: number,
  t: number,
  nodes: readonly CareNode[],
  formalNode: Uint8Array,
): Tie {
  const source = nodes[s] as CareNode;
  const target = nodes[t] as CareNode;
  const id = `t-${j}` as TieId;
  const strength = pickWeighted(rng, STRENGTH_MIX);
  // Structural kinds only where integrity allows them (membership ends at a team or circle,
  // hosted_at ends at a space); everything else is a care flow.
  if ((target.kind === 'team' || target.kind === 'circle') && source.kind !== 'space' && rng() < 0.6) {
    if (target.kind === 'circle') {
      return { id, kind: 'membership', source: source.id, target: target.id, mutual: false, careTypes: [], strength, participation: pickWeighted(rng, PARTICIPATION_MIX) };
    }
    return { id, kind: 'membership', source: source.id, target: target.id, mutual: false, careTypes: [], strength, ownerConsented: true, memberConsented: rng() < 0.95 };
  }
  if (target.kind === 'space' && source.kind !== 'space' && rng() < 0.6) {
    return { id, kind: 'hosted_at', source: source.id, target: target.id, mutual: false, careTypes: [], strength };
  }
  const formal = formalNode[s] === 1;
  const careTypes = formal ? [pick(rng, FORMAL_CARE_TYPES) as string] : [pickWeighted(rng, CARE_TYPE_MIX)];
  if (!formal && rng() < 0.3) {
    const second = pickWeighted(rng, CARE_TYPE_MIX);
    if (second !== careTypes[0]) careTypes.push(second);
  }
  const tie: Tie = {
    id,
    kind: 'care',
    source: source.id,
    target: target.id,
    mutual: !formal && rng() < 0.15,
    formality: formal ? 'formal' : 'informal',
    payment: formal ? 'paid' : rng() < 0.3 ? 'volunteered' : 'gifted',
    careTypes,
    strength,
    frequency: pickWeighted(rng, FREQUENCY_MIX),
    hoursPerWeek: Math.round((0.5 + rng() * rng() * 12) * 2) / 2,
  };
  if (target.kind === 'person' && rng() < 0.5) tie.closeness = pick(rng, CLOSENESS_IDS);
  return tie;
}
