// The Larkspur Green neighbourhood as the care circle mapped it in September 2025, six months
// after its launch workshop (domain.md §10.1-10.2). Three parts:
//   1. the cast written by hand: the circle, its anchors, the five teams and their people, the
//      named active citizens, and the statutory services (deliberately weakly linked);
//   2. generated residents (volunteers, neighbours, older residents, parents, group regulars)
//      from a seeded generator, placed on residential streets and tied to nearby people and groups;
//   3. a strength quota that deals the generated care ties labels so the whole map shows the
//      Clapton-like mix: about 25% generative, 25% engaged, 35% inactive, 15% unclassified.
// What the analysis should find, by design:
//   - overstretched: neighbour Maud (about 22 h a week of care against a 10 h capacity, daily care
//     to three receivers); Larkspur Neighbours Together (14 receivers and 28 h against 8 and 20 h);
//   - bridges: exactly two care ties join a formal actor to an informal one, the social prescriber
//     -> Carers' Café CIC and the district nurse team -> Team Cedar. Formal actors have no other
//     tie to anyone outside the formal sector. The paid care workers of the co-op's teams give
//     formal, paid care (their ties say so) but are marked `formality: 'mixed'` as nodes: like
//     the four workers among domain §10.1's 42 elements, they are team members, not the
//     statutory services whose missing links §3.5.2 counts. Single points of failure: Mrs K.
//     and three residents are reached by one tie only;
//   - gaps: Team Birch (a paid worker and a son, nothing else); Mr H. needs meals and nobody gives
//     him any; Marlowe Court Common Room, a space with no ties at all; the Parents' Circle, a group
//     with no tie into any team; Adult Social Care and the mental health team tied to nothing
//     informal.
import { type Metres, homeOn, locationAt } from './geo';
import { MapBuilder, type NodeSpec, seededRandom, shuffled } from './builder';
import { FIRST_NAMES, INITIALS } from './names';
import type { ActorCategory, CareNode, Consent, Frequency, NodeKind, PersonRole } from '../../src/model';

/** The launch workshop: the date of the earliest snapshot. */
export const LAUNCH = '2025-03-15';
/** When the neighbourhood map was last edited (the date of sample 1). */
export const MAPPED = '2025-09-30';

/** The Clapton-like strength mix of care ties the sample aims at (domain §10.1). */
export const TARGET_MIX = { generative: 0.25, engaged: 0.25, inactive: 0.35, unclassified: 0.15 } as const;

// ---------------------------------------------------------------- places (metres from centre)

const AT = {
  hall: [-60, -236],
  centre: [-178, -20],
  library: [-112, 122],
  allotments: [-550, -612],
  green: [230, 290],
  kettle: [160, 78],
  pharmacy: [-142, 138],
  surgery: [322, -262],
  healthCentre: [452, -396],
  neighboursTogether: [-262, 106],
  commons: [-166, -62],
  mosque: [-470, 40],
  gurdwara: [250, -508],
  silverVoices: [482, 74],
  openArms: [-322, -108],
  pedalPower: [-420, -488],
  secondChance: [-288, -226],
  volunteerCentre: [-22, 104],
  marlowe: [386, -62],
} as const satisfies Record<string, Metres>;

/** A point a few metres from `p`, so groups meeting at one place do not hide each other. */
function beside(p: Metres, dx: number, dy: number): Metres {
  return [p[0] + dx, p[1] + dy];
}

// ---------------------------------------------------------------- small helpers

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A random calendar day between two days (inclusive of `from`). */
function dayBetween(rng: () => number, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return isoDay(a + Math.floor(rng() * ((b - a) / 86_400_000)) * 86_400_000);
}

function given(at: string, method: Consent['method'] = 'verbal'): Consent {
  return { status: 'given', at, method };
}

function pickOne<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

interface ActorSpec {
  id: string;
  kind: NodeKind;
  label: string;
  category: ActorCategory;
  at?: Metres;
  offered: string[];
  description: string;
  tags?: string[];
  extra?: NodeSpec;
}

const FORMAL: readonly ActorCategory[] = ['statutory', 'health', 'regulated_care'];

function actor(b: MapBuilder, s: ActorSpec): CareNode {
  return b.node(s.id, s.kind, s.label, {
    category: s.category,
    formality: s.extra?.formality ?? (FORMAL.includes(s.category) ? 'formal' : 'informal'),
    careOffered: s.offered,
    description: s.description,
    tags: s.tags ?? [],
    ...(s.at !== undefined ? { location: locationAt(s.at, 'exact') } : {}),
    ...s.extra,
  });
}

// ---------------------------------------------------------------- 1a. collective actors

function addActors(b: MapBuilder): void {
  const actors: ActorSpec[] = [
    // the circle and its anchors
    { id: 'n-circle', kind: 'circle', label: 'Larkspur Green Care Circle', category: 'local_circle', at: beside(AT.centre, 12, -10), offered: ['information', 'advocacy', 'social'], description: 'The Local Circle: starts, supports and ends the five care teams and keeps the community map.', tags: ['circle'] },
    { id: 'n-st-brides-hall', kind: 'space', label: "St Bride's Hall", category: 'faith', at: AT.hall, offered: ['gift_space', 'cultural_faith', 'social'], description: 'Parish hall on Bride Street; anchor partner. Hosts the food bank, the lunch club and circle huddles.', tags: ['anchor', 'faith', 'hall'], extra: { isAnchor: true, capacity: { hoursPerWeek: 40 } } },
    { id: 'n-neighbours-together', kind: 'organisation', label: 'Larkspur Neighbours Together', category: 'charity', at: AT.neighboursTogether, offered: ['companionship', 'emotional', 'social'], description: 'Befriending charity and anchor partner. One part-time coordinator and a pool of volunteers.', tags: ['anchor', 'befriending', 'older-people'], extra: { isAnchor: true, capacity: { hoursPerWeek: 20, maxReceivers: 8, note: 'One coordinator, 3 days a week.' } } },
    { id: 'n-green-lane-commons', kind: 'organisation', label: 'Green Lane Commons', category: 'community_hub', at: AT.commons, offered: ['information', 'education', 'gift_skills'], description: 'Place-based community development group; anchor partner and convenor of the local commons.', tags: ['anchor', 'community-development'], extra: { isAnchor: true, capacity: { hoursPerWeek: 30 } } },
    // grassroots and mutual aid
    { id: 'n-food-share', kind: 'group', label: 'Larkspur Food Share', category: 'grassroots', at: beside(AT.hall, 14, 8), offered: ['meals', 'gift_objects'], description: "Food bank run by volunteers on Tuesdays and Fridays at St Bride's Hall.", tags: ['food'], extra: { capacity: { hoursPerWeek: 30, maxReceivers: 60 } } },
    { id: 'n-knit-natter', kind: 'group', label: 'Wednesday Knit & Natter', category: 'grassroots', at: beside(AT.library, 10, -8), offered: ['social', 'recreation', 'emotional'], description: 'Weekly knitting group in the library; Mrs A. runs the beginners’ table.', tags: ['older-people', 'crafts'], extra: { capacity: { hoursPerWeek: 14, maxReceivers: 15 } } },
    { id: 'n-tenants-mutual-aid', kind: 'group', label: "Tenants' WhatsApp Mutual Aid", category: 'grassroots', at: [-300, -40], offered: ['practical', 'information', 'meals'], description: 'Estate WhatsApp group started in 2020: errands, lifts, spare meals, who to call.', tags: ['mutual-aid'], extra: { capacity: { hoursPerWeek: 40, maxReceivers: 40 } } },
    { id: 'n-allotment-friends', kind: 'group', label: 'Allotment Friends', category: 'grassroots', at: beside(AT.allotments, 10, 14), offered: ['gift_space', 'recreation', 'meals'], description: 'Community garden group sharing plots, tools and produce.', tags: ['garden', 'food'], extra: { capacity: { hoursPerWeek: 10, maxReceivers: 20 } } },
    { id: 'n-mens-shed', kind: 'group', label: 'Larkspur Men’s Shed', category: 'grassroots', at: beside(AT.centre, -14, 10), offered: ['social', 'gift_skills', 'emotional'], description: 'Woodwork and repairs on Thursdays at the community centre.', tags: ['older-people', 'skills'], extra: { capacity: { hoursPerWeek: 14, maxReceivers: 12 } } },
    { id: 'n-parents-circle', kind: 'group', label: "Larkspur Parents' Circle", category: 'grassroots', at: beside(AT.library, -12, 10), offered: ['family_support', 'social'], description: 'Parents of young children meeting at the library on Monday mornings.', tags: ['families'], extra: { capacity: { hoursPerWeek: 8, maxReceivers: 20 } } },
    { id: 'n-soup-rota', kind: 'group', label: 'Sabbath Soup Rota', category: 'faith', at: beside(AT.centre, 8, 16), offered: ['meals', 'cultural_faith', 'social'], description: 'Friday soup cooked by a rota of friends and shared at the community centre.', tags: ['food', 'faith'], extra: { capacity: { hoursPerWeek: 12, maxReceivers: 25 } } },
    { id: 'n-lunch-club', kind: 'group', label: 'Bride Street Lunch Club', category: 'grassroots', at: beside(AT.hall, -14, 6), offered: ['meals', 'social'], description: "Hot lunch for older residents on Wednesdays at St Bride's Hall.", tags: ['food', 'older-people'], extra: { capacity: { hoursPerWeek: 20, maxReceivers: 30 } } },
    { id: 'n-memory-lane', kind: 'group', label: 'Memory Lane Singers', category: 'grassroots', at: beside(AT.library, 4, 14), offered: ['recreation', 'social'], description: 'Singing group for people living with dementia and their carers.', tags: ['older-people', 'dementia'], extra: { capacity: { hoursPerWeek: 6, maxReceivers: 20 } } },
    { id: 'n-green-striders', kind: 'group', label: 'Green Striders Walking Group', category: 'grassroots', at: beside(AT.green, 0, -40), offered: ['recreation', 'social'], description: 'Slow Saturday walks round the green.', tags: ['health-walks'], extra: { capacity: { hoursPerWeek: 6, maxReceivers: 20 } } },
    // faith groups
    { id: 'n-st-brides-congregation', kind: 'group', label: "St Bride's Congregation", category: 'faith', at: beside(AT.hall, 0, -14), offered: ['cultural_faith', 'emotional', 'companionship'], description: "The church community that owns St Bride's Hall; visits housebound members.", tags: ['faith'], extra: { capacity: { hoursPerWeek: 20, maxReceivers: 30 } } },
    { id: 'n-mosque', kind: 'group', label: 'Kiln Street Masjid', category: 'faith', at: AT.mosque, offered: ['cultural_faith', 'meals', 'emotional'], description: 'Neighbourhood mosque; Friday community meal and a sisters’ welfare group.', tags: ['faith', 'food'], extra: { capacity: { hoursPerWeek: 30, maxReceivers: 60 } } },
    { id: 'n-gurdwara', kind: 'group', label: 'Foundry Lane Gurdwara', category: 'faith', at: AT.gurdwara, offered: ['meals', 'cultural_faith'], description: 'Gurdwara serving langar every day; donates surplus to the food share.', tags: ['faith', 'food'], extra: { capacity: { hoursPerWeek: 60, maxReceivers: 150 } } },
    // charities and CICs
    { id: 'n-mind-the-gap', kind: 'organisation', label: 'Mind the Gap Wellbeing CIC', category: 'charity', at: beside(AT.centre, 16, 4), offered: ['emotional', 'peer_support'], description: 'Peer-led mental health support; trains and supervises peer supporters.', tags: ['mental-health'], extra: { capacity: { hoursPerWeek: 20, maxReceivers: 20 } } },
    { id: 'n-carers-cafe', kind: 'organisation', label: "Carers' Café CIC", category: 'charity', at: beside(AT.centre, -6, -16), offered: ['peer_support', 'emotional', 'information'], description: 'Fortnightly café for unpaid carers at the community centre.', tags: ['carers'], extra: { capacity: { hoursPerWeek: 6, maxReceivers: 20 } } },
    { id: 'n-silver-voices', kind: 'organisation', label: 'Silver Voices Advocacy', category: 'charity', at: AT.silverVoices, offered: ['advocacy', 'life_admin'], description: 'Independent advocacy for older people: benefits, housing, care assessments.', tags: ['advocacy', 'older-people'], extra: { capacity: { hoursPerWeek: 10, maxReceivers: 12 } } },
    { id: 'n-read-aloud', kind: 'organisation', label: 'Read Aloud Literacy', category: 'charity', at: beside(AT.library, -6, -14), offered: ['education'], description: 'Volunteer reading sessions for children and adults.', tags: ['families', 'learning'], extra: { capacity: { hoursPerWeek: 10, maxReceivers: 20 } } },
    { id: 'n-open-arms', kind: 'organisation', label: 'Open Arms Befriending', category: 'charity', at: AT.openArms, offered: ['companionship', 'life_admin'], description: 'Matches volunteer befrienders with isolated residents.', tags: ['befriending', 'older-people'], extra: { capacity: { hoursPerWeek: 25, maxReceivers: 15 } } },
    // social enterprises and businesses
    { id: 'n-kettle-cafe', kind: 'organisation', label: 'The Kettle Café', category: 'social_enterprise', at: AT.kettle, offered: ['gift_space', 'social', 'meals'], description: 'Café facing the green; a safe space, pay-it-forward cuppas, hosts the Care Commons Huddles.', tags: ['safe-space', 'food'] },
    { id: 'n-pedal-power', kind: 'organisation', label: 'Pedal Power Deliveries', category: 'social_enterprise', at: AT.pedalPower, offered: ['practical', 'transport'], description: 'Cargo-bike shopping and prescription deliveries.', tags: ['deliveries'], extra: { capacity: { hoursPerWeek: 30, maxReceivers: 40 } } },
    { id: 'n-second-chance', kind: 'organisation', label: 'Second Chance Repairs', category: 'social_enterprise', at: AT.secondChance, offered: ['gift_skills', 'practical'], description: 'Repair shop and monthly repair café by the market.', tags: ['skills'], extra: { capacity: { hoursPerWeek: 10, maxReceivers: 20 } } },
    { id: 'n-corner-pharmacy', kind: 'organisation', label: 'Corner Pharmacy', category: 'social_enterprise', at: AT.pharmacy, offered: ['medication', 'information'], description: 'Independent pharmacy on the corner of Green Lane and Larkspur Road.', tags: ['health'], extra: { formality: 'mixed' } },
    // hubs and spaces
    { id: 'n-library', kind: 'space', label: 'Larkspur Library', category: 'community_hub', at: AT.library, offered: ['education', 'information', 'gift_space'], description: 'Branch library with a community room; a capital-neutral space.', tags: ['hub'] },
    { id: 'n-community-centre', kind: 'space', label: 'Green Lane Community Centre', category: 'community_hub', at: AT.centre, offered: ['gift_space'], description: 'Council-owned centre run by a residents’ board; rooms for groups at no charge.', tags: ['hub'] },
    { id: 'n-volunteer-centre', kind: 'organisation', label: 'Larkspur Volunteer Centre', category: 'community_hub', at: AT.volunteerCentre, offered: ['information', 'gift_time'], description: 'Recruits and places volunteers across the ward.', tags: ['volunteering'] },
    { id: 'n-allotments', kind: 'space', label: 'Larkspur Allotments', category: 'public_space', at: AT.allotments, offered: ['gift_space'], description: 'Thirty plots south of Foundry Lane.', tags: ['garden'] },
    { id: 'n-the-green', kind: 'space', label: 'Larkspur Green (the green)', category: 'public_space', at: AT.green, offered: ['recreation'], description: 'The green that gives the neighbourhood its name.', tags: ['park'] },
    { id: 'n-marlowe-common-room', kind: 'space', label: 'Marlowe Court Common Room', category: 'community_hub', at: AT.marlowe, offered: ['gift_space'], description: 'Sheltered-housing common room, free to book; nobody uses it yet.', tags: ['sheltered-housing'] },
    // statutory and health: present, but deliberately weakly linked
    { id: 'n-gp-surgery', kind: 'organisation', label: 'Larkspur Green Surgery', category: 'health', at: AT.surgery, offered: ['health'], description: 'GP practice for most of the ward.', tags: ['health', 'statutory'], extra: { consent: { status: 'not_needed' } } },
    { id: 'n-social-prescriber', kind: 'organisation', label: 'Social prescriber (GP practice)', category: 'health', at: beside(AT.surgery, -12, 10), offered: ['information', 'emotional'], description: 'Social prescribing link worker based at the surgery; a role, not a named person.', tags: ['health', 'statutory'], extra: { consent: { status: 'not_needed' } } },
    { id: 'n-district-nurses', kind: 'organisation', label: 'District nurse team', category: 'health', at: AT.healthCentre, offered: ['health', 'medication'], description: 'Community nursing team working from Wellspring Health Centre.', tags: ['health', 'statutory'], extra: { consent: { status: 'not_needed' } } },
    { id: 'n-adult-social-care', kind: 'organisation', label: "Adult Social Care (borough council)", category: 'statutory', offered: ['paid_domiciliary', 'advocacy'], description: 'The council’s adult social care service; borough-wide, so no place on this map.', tags: ['statutory'], extra: { consent: { status: 'not_needed' } } },
    { id: 'n-cmht', kind: 'organisation', label: 'Community mental health team', category: 'health', offered: ['emotional', 'health'], description: 'NHS community mental health team for the locality.', tags: ['health', 'statutory', 'mental-health'], extra: { consent: { status: 'not_needed' } } },
  ];
  for (const s of actors) actor(b, s);
}

// ---------------------------------------------------------------- 1b. the five teams

interface PersonSpec {
  id: string;
  label: string;
  roles: PersonRole[];
  /** Street of the home, or a fixed point, or 'hidden' (a home kept off the map), or none. */
  home?: string | Metres | 'hidden';
  consent?: Consent;
  extra?: NodeSpec;
}

function person(b: MapBuilder, rng: () => number, s: PersonSpec): CareNode {
  const spec: NodeSpec = { roles: s.roles, consent: s.consent ?? given(dayBetween(rng, '2024-06-01', LAUNCH)), ...s.extra };
  if (s.home === 'hidden') spec.location = locationAt(homeOn(rng), 'hidden');
  else if (typeof s.home === 'string') spec.location = locationAt(homeOn(rng, s.home), 'approximate');
  else if (s.home !== undefined) spec.location = locationAt(s.home, 'approximate');
  return b.node(s.id, 'person', s.label, spec);
}

function addTeams(b: MapBuilder, rng: () => number): void {
  const team = (id: string, label: string, owner: string, description: string) => {
    const home = b.get(owner).location;
    b.node(id, 'team', label, {
      category: 'care_team',
      formality: 'informal',
      description,
      tags: ['team'],
      ...(home !== undefined && home.privacy !== 'hidden' ? { location: { ...home, privacy: 'approximate' as const } } : {}),
    });
  };
  const owner = (id: string, label: string, home: string, needed: string[], description: string, consent: Consent) =>
    person(b, rng, { id, label, roles: ['team_owner'], home, consent, extra: { careNeeded: needed, description, tags: ['team-owner'] } });
  const worker = (id: string, label: string, employed: boolean, offered: string[]) =>
    person(b, rng, {
      id,
      label,
      roles: [employed ? 'care_worker_employed' : 'care_worker_independent'],
      // Paid, but team members of a co-op team, not the statutory "formal sector" (see header).
      extra: { formality: 'mixed', careOffered: offered, tags: ['care-worker'], capacity: { hoursPerWeek: 30 } },
    });

  // Team Ash: strong informal support, with the load concentrated on Maud.
  owner('n-ash-owner', 'Mrs A.', 'Bride Street', ['personal_care', 'medication', 'meals', 'companionship', 'practical', 'social'], 'Aged 84; lives alone on Bride Street; keen knitter.', { status: 'given', by: 'Mrs A.', at: '2024-06-03', method: 'written', reviewAt: '2026-06-03' });
  team('n-team-ash', 'Team Ash', 'n-ash-owner', 'Self-managing care team around Mrs A., started June 2024.');
  person(b, rng, { id: 'n-lucy', label: 'Lucy (daughter, abroad)', roles: ['family'], consent: given('2024-06-10', 'written'), extra: { description: 'Lives in Lisbon; phones every Sunday.', tags: ['team-ash'] } });
  person(b, rng, { id: 'n-maud', label: 'Maud', roles: ['neighbour', 'volunteer'], home: 'Bride Street', consent: given('2024-06-03'), extra: { careOffered: ['meals', 'companionship', 'practical'], capacity: { hoursPerWeek: 10, note: 'Says she can manage "an hour or so most days".' }, description: 'Neighbour of Mrs A. for forty years.', tags: ['team-ash', 'active-citizen'] } });
  // Maud lives two doors from Mrs A.
  const ash = b.get('n-ash-owner').location;
  if (ash !== undefined) b.get('n-maud').location = { lat: Math.round((ash.lat + 0.00016) * 1e6) / 1e6, lng: Math.round((ash.lng + 0.00021) * 1e6) / 1e6, privacy: 'approximate' };
  worker('n-worker-w', 'W.', true, ['personal_care', 'paid_domiciliary']);
  worker('n-worker-k', 'K.', false, ['personal_care', 'medication']);
  // Team Birch: isolated, one paid worker and a son who rarely visits.
  owner('n-birch-owner', 'Mr B.', 'Wellspring Road', ['personal_care', 'medication', 'social', 'transport'], "Aged 67; living with Parkinson's.", { status: 'given', by: 'Mr B.', at: '2024-09-12', method: 'written', reviewAt: '2025-09-12' });
  team('n-team-birch', 'Team Birch', 'n-birch-owner', 'Care team around Mr B., started September 2024.');
  worker('n-worker-p', 'P.', false, ['personal_care', 'medication', 'paid_domiciliary']);
  person(b, rng, { id: 'n-dev', label: 'Dev (son)', roles: ['family'], consent: given('2024-09-20'), extra: { description: 'Lives in Croydon and works shifts.', tags: ['team-birch'] } });
  // Team Cedar: peer support, faith friends and the one formal-informal bridge into a team.
  owner('n-cedar-owner', 'Ms C.', 'Ivy Crescent', ['personal_care', 'practical', 'emotional', 'health', 'meals'], 'Aged 52; long-term illness; observant, keeps a kosher kitchen.', { status: 'given', by: 'Ms C.', at: '2024-04-18', method: 'written', reviewAt: '2026-04-18' });
  b.get('n-cedar-owner').location = { ...(b.get('n-cedar-owner').location ?? locationAt(homeOn(rng), 'hidden')), privacy: 'hidden' };
  team('n-team-cedar', 'Team Cedar', 'n-cedar-owner', 'Care team around Ms C., started April 2024.');
  b.get('n-team-cedar').location = locationAt([470, -180], 'approximate');
  person(b, rng, { id: 'n-yasmin', label: 'Yasmin', roles: ['peer_supporter', 'volunteer'], home: 'Marlowe Road', extra: { careOffered: ['peer_support', 'emotional'], capacity: { hoursPerWeek: 4 }, tags: ['team-cedar'] } });
  person(b, rng, { id: 'n-ruth', label: 'Ruth', roles: ['friend'], home: 'Ivy Crescent', extra: { tags: ['team-cedar'] } });
  person(b, rng, { id: 'n-miriam', label: 'Miriam', roles: ['friend'], home: 'Rye Hill', extra: { tags: ['team-cedar'] } });
  worker('n-worker-l', 'L.', true, ['personal_care', 'practical']);
  // Team Damson: befrienders, deliveries, and a dormant tie to Team Elm.
  owner('n-damson-owner', 'Mr D.', 'Kiln Street', ['personal_care', 'companionship', 'practical', 'transport'], 'Aged 79; a retired bus driver.', { status: 'given', by: 'Mr D.', at: '2024-10-02', method: 'verbal', reviewAt: '2025-10-02' });
  team('n-team-damson', 'Team Damson', 'n-damson-owner', 'Care team around Mr D., started October 2024.');
  person(b, rng, { id: 'n-hugh', label: 'Hugh', roles: ['volunteer'], home: 'Granary Street', extra: { careOffered: ['companionship'], capacity: { hoursPerWeek: 3 }, tags: ['team-damson'] } });
  person(b, rng, { id: 'n-priya', label: 'Priya', roles: ['volunteer'], home: 'Cobble Mews', consent: given('2025-05-12'), extra: { careOffered: ['companionship', 'life_admin'], capacity: { hoursPerWeek: 3 }, validFrom: '2025-05-12', tags: ['team-damson'] } });
  worker('n-worker-t', 'T.', true, ['personal_care', 'paid_domiciliary']);
  // Team Elm: a dense family rota, the allotment, and one paid worker.
  owner('n-elm-owner', 'Mrs E.', 'Damask Avenue', ['personal_care', 'medication', 'meals', 'practical', 'transport', 'companionship'], 'Aged 90; five grandchildren nearby.', { status: 'given', by: 'Margaret (daughter, Lasting Power of Attorney)', at: '2024-02-20', method: 'representative', reviewAt: '2026-02-20' });
  team('n-team-elm', 'Team Elm', 'n-elm-owner', 'Care team around Mrs E., started February 2024; ready for independence.');
  const family: [string, string, string][] = [
    ['n-margaret', 'Margaret (daughter)', 'Damask Avenue'],
    ['n-colin', 'Colin (son)', 'Peckwater Road'],
    ['n-ray', 'Ray (son)', 'Copperfield Road'],
    ['n-jade', 'Jade (granddaughter)', 'Foundry Lane'],
    ['n-kerry', 'Kerry (granddaughter)', "Tanner's Way"],
    ['n-steve', 'Steve (son-in-law)', 'Damask Avenue'],
  ];
  for (const [id, label, home] of family) person(b, rng, { id, label, roles: ['family'], home, extra: { tags: ['team-elm'] } });
  worker('n-worker-s', 'S.', false, ['personal_care', 'medication', 'paid_domiciliary']);
}

// ---------------------------------------------------------------- 1c. named citizens and hat holders

function addCitizens(b: MapBuilder, rng: () => number): void {
  const hats: [string, string, PersonRole[], string, number][] = [
    ['n-aiyana', 'Aiyana', ['circle_facilitator', 'volunteer'], 'Larkspur Road', 4],
    ['n-bram', 'Bram', ['circle_secretary', 'volunteer'], 'Cinnamon Street', 4],
    ['n-chidi', 'Chidi', ['circle_leader'], 'Green Lane', 4],
    ['n-dora', 'Dora', ['circle_delegate', 'neighbour'], 'Hollybush Row', 4],
    ['n-efe', 'Efe', ['commons_organiser'], 'Foundry Lane', 8],
    ['n-fenna', 'Fenna', ['commons_organiser'], 'Marlowe Road', 6],
    ['n-gus', 'Gus', ['team_starter'], 'Granary Street', 4],
    ['n-hana', 'Hana', ['coach'], 'Rye Hill', 6],
  ];
  for (const [id, label, roles, home, hours] of hats) person(b, rng, { id, label, roles, home, extra: { tags: ['circle-hat'], capacity: { hoursPerWeek: hours } } });
  const citizens: PersonSpec[] = [
    { id: 'n-r', label: 'R.', roles: ['neighbour'], home: 'Kiln Street', extra: { careOffered: ['transport'], capacity: { hoursPerWeek: 8 }, description: 'Drives neighbours to appointments.', tags: ['active-citizen'] } },
    { id: 'n-tunde', label: 'Tunde', roles: ['neighbour', 'volunteer'], home: 'Larkspur Road', extra: { careOffered: ['practical'], capacity: { hoursPerWeek: 6 }, description: 'Does the big shop for three neighbours.', tags: ['active-citizen'] } },
    { id: 'n-j', label: 'J.', roles: ['neighbour'], home: 'Chapel Place', extra: { careOffered: ['companionship'], capacity: { hoursPerWeek: 8 }, description: 'Daily knock-on-the-door check-ins.', tags: ['active-citizen'] } },
    { id: 'n-bernie', label: 'Bernie', roles: ['volunteer'], home: 'Granary Street', extra: { careOffered: ['gift_skills'], capacity: { hoursPerWeek: 6 }, description: "Runs the Men's Shed.", tags: ['active-citizen'] } },
    { id: 'n-shirin', label: 'Shirin', roles: ['volunteer'], home: 'Bride Street', extra: { careOffered: ['meals'], capacity: { hoursPerWeek: 10 }, description: 'Coordinates the Food Share.', tags: ['active-citizen'] } },
    { id: 'n-nadia', label: 'Nadia', roles: ['volunteer'], home: 'Peckwater Road', extra: { careOffered: ['gift_skills', 'social'], capacity: { hoursPerWeek: 4 }, description: 'Hosts Knit & Natter.', tags: ['active-citizen'] } },
    { id: 'n-mo', label: 'Mo', roles: ['neighbour'], home: 'Cobble Mews', extra: { careOffered: ['information'], capacity: { hoursPerWeek: 4 }, description: "Admin of the tenants' WhatsApp group.", tags: ['active-citizen'] } },
    { id: 'n-precious', label: 'Precious', roles: ['volunteer'], home: 'Hollybush Row', extra: { careOffered: ['meals', 'cultural_faith'], capacity: { hoursPerWeek: 5 }, description: 'Leads the Sabbath Soup Rota.', tags: ['active-citizen'] } },
    // receivers the analysis should notice
    { id: 'n-mrs-k', label: 'Mrs K.', roles: ['neighbour'], home: 'hidden', consent: given('2024-11-05'), extra: { careNeeded: ['meals', 'companionship'], description: 'Housebound; Maud is her only regular visitor.', tags: ['receiver'] } },
    { id: 'n-mr-o', label: 'Mr O.', roles: ['neighbour'], home: 'Bride Street', extra: { careNeeded: ['practical', 'companionship'], tags: ['receiver'] } },
    { id: 'n-mrs-f', label: 'Mrs F.', roles: ['neighbour'], home: 'Chapel Place', extra: { careNeeded: ['meals', 'companionship'], tags: ['receiver'] } },
    { id: 'n-mr-h', label: 'Mr H.', roles: ['neighbour'], home: 'hidden', consent: given('2025-02-02'), extra: { careNeeded: ['meals', 'companionship'], description: 'Recently bereaved; cannot cook for himself any more.', tags: ['receiver'] } },
  ];
  for (const s of citizens) person(b, rng, s);
}

// ---------------------------------------------------------------- 1d. hand-written ties

function addHandTies(b: MapBuilder): void {
  // Team Ash
  b.member('n-ash-owner', 'n-team-ash', { role: 'Team Owner', since: '2024-06-03' });
  b.member('n-lucy', 'n-team-ash', { role: 'Family', since: '2024-06-10', strength: 'engaged' });
  b.member('n-maud', 'n-team-ash', { role: 'Neighbour', since: '2024-06-03' });
  b.member('n-worker-w', 'n-team-ash', { role: 'Care and support worker (employed)', since: '2024-06-20' });
  b.member('n-worker-k', 'n-team-ash', { role: 'Care and support worker (independent)', since: '2024-07-01' });
  b.care('n-lucy', 'n-ash-owner', { careTypes: ['emotional'], strength: 'generative', frequency: 'weekly', hours: 1, closeness: 'outer', since: '2024-06-10', notes: 'Weekly video call from Lisbon.' });
  b.care('n-maud', 'n-ash-owner', { careTypes: ['meals', 'companionship', 'practical'], strength: 'generative', frequency: 'daily', hours: 7, closeness: 'inner', inSupportPlan: true, since: '2024-06-03', notes: 'Daily check-in and an evening meal.' });
  b.care('n-worker-w', 'n-ash-owner', { careTypes: ['personal_care', 'paid_domiciliary'], strength: 'generative', frequency: 'daily', hours: 10, closeness: 'middle', inSupportPlan: true, since: '2024-06-20' });
  b.care('n-worker-k', 'n-ash-owner', { careTypes: ['personal_care', 'medication'], strength: 'engaged', frequency: 'several_weekly', hours: 6, closeness: 'middle', inSupportPlan: true, since: '2024-07-01' });
  b.care('n-neighbours-together', 'n-team-ash', { careTypes: ['companionship', 'emotional'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2024-07-15' });
  b.care('n-knit-natter', 'n-team-ash', { careTypes: ['social', 'recreation'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2024-08-01' });
  b.care('n-library', 'n-team-ash', { careTypes: ['education', 'information'], strength: 'inactive', frequency: 'occasional', since: '2024-08-01', notes: 'Large-print loans stopped when Mrs A. could no longer walk that far.' });
  b.care('n-ash-owner', 'n-knit-natter', { careTypes: ['gift_skills'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2023-09-01', notes: "Runs the beginners' table." });
  // Team Birch: nothing beyond a paid worker and a son.
  b.member('n-birch-owner', 'n-team-birch', { role: 'Team Owner', since: '2024-09-12' });
  b.member('n-worker-p', 'n-team-birch', { role: 'Care and support worker (independent)', since: '2024-09-20' });
  b.member('n-dev', 'n-team-birch', { role: 'Family', since: '2024-09-20', strength: 'engaged' });
  b.care('n-worker-p', 'n-birch-owner', { careTypes: ['personal_care', 'medication', 'paid_domiciliary'], strength: 'generative', frequency: 'daily', hours: 14, closeness: 'inner', inSupportPlan: true, since: '2024-09-20' });
  b.care('n-dev', 'n-birch-owner', { careTypes: ['advocacy', 'emotional'], strength: 'engaged', frequency: 'monthly', hours: 1, closeness: 'outer', since: '2024-09-20', notes: 'Engaged but rarely visits.' });
  // Team Cedar
  b.member('n-cedar-owner', 'n-team-cedar', { role: 'Team Owner', since: '2024-04-18' });
  b.member('n-yasmin', 'n-team-cedar', { role: 'Peer supporter', since: '2024-05-01' });
  b.member('n-ruth', 'n-team-cedar', { role: 'Friend', since: '2024-04-18' });
  b.member('n-miriam', 'n-team-cedar', { role: 'Friend', since: '2024-05-10', strength: 'engaged' });
  b.member('n-worker-l', 'n-team-cedar', { role: 'Care and support worker (employed)', since: '2024-05-01' });
  b.care('n-yasmin', 'n-cedar-owner', { careTypes: ['peer_support', 'emotional'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-05-01' });
  b.care('n-ruth', 'n-cedar-owner', { careTypes: ['companionship', 'cultural_faith'], strength: 'generative', frequency: 'weekly', hours: 3, closeness: 'inner', since: '2024-04-18' });
  b.care('n-miriam', 'n-cedar-owner', { careTypes: ['meals'], strength: 'engaged', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-05-10' });
  b.care('n-worker-l', 'n-cedar-owner', { careTypes: ['personal_care', 'practical'], strength: 'generative', frequency: 'several_weekly', hours: 8, closeness: 'middle', inSupportPlan: true, since: '2024-05-01' });
  b.care('n-mind-the-gap', 'n-team-cedar', { careTypes: ['peer_support', 'emotional'], strength: 'generative', frequency: 'fortnightly', hours: 1, since: '2024-05-01' });
  b.care('n-district-nurses', 'n-team-cedar', { careTypes: ['health', 'medication'], strength: 'generative', frequency: 'several_weekly', hours: 3, inSupportPlan: true, since: '2024-06-01', notes: 'The nurses join the team chat and the monthly check-in.' });
  b.care('n-soup-rota', 'n-team-cedar', { careTypes: ['meals', 'cultural_faith'], strength: 'engaged', frequency: 'weekly', hours: 1, since: '2024-06-01' });
  // Team Damson
  b.member('n-damson-owner', 'n-team-damson', { role: 'Team Owner', since: '2024-10-02' });
  b.member('n-hugh', 'n-team-damson', { role: 'Volunteer (Open Arms)', since: '2024-10-20' });
  b.member('n-priya', 'n-team-damson', { role: 'Volunteer (Open Arms)', since: '2025-05-12', strength: 'engaged' });
  b.member('n-worker-t', 'n-team-damson', { role: 'Care and support worker (employed)', since: '2024-10-10' });
  b.care('n-hugh', 'n-damson-owner', { careTypes: ['companionship'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-10-20' });
  b.care('n-priya', 'n-damson-owner', { careTypes: ['companionship', 'life_admin'], strength: 'engaged', frequency: 'fortnightly', hours: 1.5, closeness: 'middle', since: '2025-05-12' });
  b.care('n-worker-t', 'n-damson-owner', { careTypes: ['personal_care', 'paid_domiciliary'], strength: 'engaged', frequency: 'daily', hours: 10, closeness: 'middle', inSupportPlan: true, since: '2024-10-10' });
  b.care('n-open-arms', 'n-team-damson', { careTypes: ['companionship'], strength: 'generative', frequency: 'weekly', hours: 1, since: '2024-10-20' });
  b.care('n-pedal-power', 'n-damson-owner', { careTypes: ['practical'], strength: 'engaged', frequency: 'weekly', hours: 0.5, payment: 'paid', since: '2024-11-01', notes: 'Weekly shop delivered by cargo bike.' });
  b.care('n-r', 'n-damson-owner', { careTypes: ['transport'], strength: 'engaged', frequency: 'monthly', hours: 1, closeness: 'outer', since: '2024-12-01' });
  b.care('n-team-damson', 'n-team-elm', { careTypes: ['peer_support'], strength: 'inactive', frequency: 'one_off', since: '2024-11-20', notes: 'The two teams met once to share rota tips; not since.' });
  b.referral('n-circle', 'n-open-arms', 'Mr D. referred for befriending', '2024-10-05');
  // Team Elm
  b.member('n-elm-owner', 'n-team-elm', { role: 'Team Owner', since: '2024-02-20' });
  for (const id of ['n-margaret', 'n-colin', 'n-ray', 'n-jade', 'n-kerry', 'n-steve']) b.member(id, 'n-team-elm', { role: 'Family', since: '2024-02-20' });
  b.member('n-worker-s', 'n-team-elm', { role: 'Care and support worker (independent)', since: '2024-03-01' });
  b.care('n-margaret', 'n-elm-owner', { careTypes: ['meals', 'practical', 'life_admin'], strength: 'generative', frequency: 'daily', hours: 6, closeness: 'inner', inSupportPlan: true, since: '2024-02-20' });
  b.care('n-colin', 'n-elm-owner', { careTypes: ['transport', 'practical'], strength: 'generative', frequency: 'weekly', hours: 3, closeness: 'inner', inSupportPlan: true, since: '2024-02-20' });
  b.care('n-ray', 'n-elm-owner', { careTypes: ['companionship'], strength: 'engaged', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-02-20' });
  b.care('n-jade', 'n-elm-owner', { careTypes: ['companionship', 'social'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'middle', since: '2024-02-20' });
  b.care('n-kerry', 'n-elm-owner', { careTypes: ['practical', 'meals'], strength: 'generative', frequency: 'several_weekly', hours: 3, closeness: 'middle', inSupportPlan: true, since: '2024-02-20' });
  b.care('n-steve', 'n-elm-owner', { careTypes: ['practical'], strength: 'engaged', frequency: 'fortnightly', hours: 1.5, closeness: 'outer', since: '2024-03-01', notes: 'Garden and odd jobs.' });
  b.care('n-margaret', 'n-colin', { careTypes: ['family_support'], strength: 'generative', mutual: true, frequency: 'weekly', since: '2024-02-20', notes: 'Share the rota between them.' });
  b.care('n-margaret', 'n-kerry', { careTypes: ['family_support'], strength: 'engaged', mutual: true, frequency: 'weekly', since: '2024-02-20' });
  b.care('n-jade', 'n-kerry', { careTypes: ['social'], strength: 'generative', mutual: true, frequency: 'weekly', since: '2024-02-20' });
  b.care('n-worker-s', 'n-elm-owner', { careTypes: ['personal_care', 'medication', 'paid_domiciliary'], strength: 'generative', frequency: 'daily', hours: 12, closeness: 'middle', inSupportPlan: true, since: '2024-03-01' });
  b.care('n-allotment-friends', 'n-team-elm', { careTypes: ['gift_space', 'meals'], strength: 'generative', frequency: 'weekly', hours: 1, since: '2024-04-01', notes: 'A raised bed for Mrs E. and a share of the produce.' });
  b.care('n-carers-cafe', 'n-margaret', { careTypes: ['peer_support', 'information'], strength: 'engaged', frequency: 'fortnightly', hours: 1.5, since: '2024-05-01' });

  // The circle: teams double-linked, hats as members, partnerships with anchors and hubs.
  for (const [t, since] of [['n-team-ash', '2024-06-03'], ['n-team-birch', '2024-09-12'], ['n-team-cedar', '2024-04-18'], ['n-team-damson', '2024-10-02'], ['n-team-elm', '2024-02-20']] as const) {
    b.doubleLink(t, 'n-circle', since);
  }
  for (const id of ['n-aiyana', 'n-bram', 'n-chidi', 'n-dora', 'n-efe', 'n-fenna', 'n-gus', 'n-hana', 'n-shirin']) b.member(id, 'n-circle', { participation: 'full', since: '2023-11-01' });
  b.member('n-cedar-owner', 'n-circle', { participation: 'full', since: '2024-06-01' });
  b.member('n-tunde', 'n-circle', { participation: 'learning', since: '2024-09-01', strength: 'engaged' });
  b.member('n-maud', 'n-circle', { participation: 'guest', since: '2024-07-01', strength: 'inactive' });
  b.member('n-margaret', 'n-circle', { participation: 'guest', since: '2024-11-01', strength: 'engaged' });
  b.care('n-aiyana', 'n-lunch-club', { careTypes: ['gift_time'], strength: 'engaged', frequency: 'weekly', hours: 2, since: '2023-03-01' });
  b.care('n-bram', 'n-read-aloud', { careTypes: ['gift_time', 'education'], strength: 'generative', frequency: 'weekly', hours: 1.5, since: '2022-10-01' });
  b.care('n-chidi', 'n-green-lane-commons', { careTypes: ['gift_skills'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2021-06-01' });
  b.care('n-dora', 'n-mrs-f', { careTypes: ['companionship'], strength: 'inactive', frequency: 'occasional', since: '2024-02-01' });
  b.care('n-gus', 'n-open-arms', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2024-09-15' });
  b.care('n-efe', 'n-circle', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 6, since: '2023-11-01' });
  b.care('n-fenna', 'n-circle', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 4, since: '2024-01-10' });
  b.care('n-hana', 'n-team-ash', { careTypes: ['information', 'emotional'], strength: 'engaged', frequency: 'monthly', since: '2024-06-03' });
  b.care('n-hana', 'n-team-cedar', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2024-04-18' });
  b.care('n-gus', 'n-team-damson', { careTypes: ['information'], strength: 'inactive', frequency: 'one_off', since: '2024-10-02', notes: 'Team Starter; stepped back in January.' });
  b.care('n-circle', 'n-team-ash', { careTypes: ['information', 'advocacy'], strength: 'engaged', frequency: 'monthly', since: '2024-06-03' });
  b.care('n-circle', 'n-team-cedar', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2024-04-18' });
  b.care('n-circle', 'n-team-damson', { careTypes: ['information'], strength: 'generative', frequency: 'monthly', since: '2024-10-02' });
  b.care('n-circle', 'n-team-elm', { careTypes: ['information'], strength: 'inactive', frequency: 'occasional', since: '2024-02-20', notes: 'Team Elm barely needs the circle now.' });
  b.care('n-st-brides-hall', 'n-circle', { careTypes: ['gift_space'], strength: 'generative', frequency: 'monthly', since: '2023-11-01' });
  b.care('n-kettle-cafe', 'n-circle', { careTypes: ['gift_space', 'meals'], strength: 'generative', frequency: 'monthly', since: '2024-05-01', notes: 'Hosts the monthly Care Commons Huddle.' });
  b.care('n-green-lane-commons', 'n-circle', { careTypes: ['information', 'gift_skills'], strength: 'engaged', frequency: 'monthly', since: '2023-11-01' });
  b.care('n-green-lane-commons', 'n-tenants-mutual-aid', { careTypes: ['education'], strength: 'engaged', frequency: 'occasional', since: '2023-06-01' });
  b.care('n-st-brides-hall', 'n-food-share', { careTypes: ['gift_space'], strength: 'generative', frequency: 'several_weekly', since: '2021-03-01' });
  b.care('n-gurdwara', 'n-food-share', { careTypes: ['gift_objects', 'meals'], strength: 'generative', frequency: 'weekly', since: '2022-01-10' });
  b.care('n-volunteer-centre', 'n-open-arms', { careTypes: ['gift_time'], strength: 'engaged', frequency: 'monthly', since: '2023-01-01' });
  b.care('n-volunteer-centre', 'n-neighbours-together', { careTypes: ['gift_time'], strength: 'inactive', frequency: 'occasional', since: '2022-05-01' });
  b.care('n-mind-the-gap', 'n-yasmin', { careTypes: ['peer_support'], strength: 'generative', frequency: 'monthly', since: '2024-03-01', notes: 'Supervision for peer supporters.' });
  b.care('n-kettle-cafe', 'n-parents-circle', { careTypes: ['social', 'gift_space'], strength: 'engaged', frequency: 'occasional', since: '2024-02-01' });
  b.partner('n-circle', 'n-st-brides-hall', 'active', '2023-11-01', 'Anchor partner.');
  b.partner('n-circle', 'n-neighbours-together', 'active', '2023-11-01', 'Anchor partner.');
  b.partner('n-circle', 'n-green-lane-commons', 'active', '2023-11-01', 'Anchor partner.');
  b.partner('n-circle', 'n-library', 'active', '2024-02-01');
  b.partner('n-circle', 'n-community-centre', 'active', '2024-01-15');
  b.partner('n-circle', 'n-kettle-cafe', 'active', '2024-05-01');
  b.partner('n-circle', 'n-mind-the-gap', 'active', '2024-09-01');
  b.partner('n-circle', 'n-open-arms', 'active', '2024-10-01');
  b.partner('n-circle', 'n-volunteer-centre', 'prospective', '2025-05-01');
  b.partner('n-circle', 'n-pedal-power', 'prospective', '2025-07-01');
  b.partner('n-circle', 'n-corner-pharmacy', 'lapsed', '2024-03-01', 'Poster in the window in 2024; no contact since.');
  for (const [g, s, since] of [
    ['n-knit-natter', 'n-library', '2019-09-04'],
    ['n-read-aloud', 'n-library', '2021-01-10'],
    ['n-memory-lane', 'n-library', '2022-04-01'],
    ['n-parents-circle', 'n-library', '2023-01-09'],
    ['n-food-share', 'n-st-brides-hall', '2020-04-01'],
    ['n-lunch-club', 'n-st-brides-hall', '2018-01-10'],
    ['n-st-brides-congregation', 'n-st-brides-hall', '2015-01-01'],
    ['n-soup-rota', 'n-community-centre', '2022-09-01'],
    ['n-mens-shed', 'n-community-centre', '2021-05-01'],
    ['n-carers-cafe', 'n-community-centre', '2023-03-01'],
    ['n-mind-the-gap', 'n-community-centre', '2023-06-01'],
    ['n-circle', 'n-community-centre', '2023-11-01'],
    ['n-allotment-friends', 'n-allotments', '2016-03-01'],
    ['n-green-striders', 'n-the-green', '2022-05-01'],
  ] as const) {
    b.hosted(g, s, since);
  }
  b.commons('n-food-share', 'n-green-lane-commons', true, '2023-11-01');
  b.commons('n-tenants-mutual-aid', 'n-green-lane-commons', true, '2023-11-01');
  b.commons('n-allotment-friends', 'n-green-lane-commons', true, '2024-01-01');
  b.commons('n-mens-shed', 'n-green-lane-commons', true, '2024-01-01');
  b.commons('n-parents-circle', 'n-green-lane-commons', false, '2023-11-01');
  b.commons('n-second-chance', 'n-green-lane-commons', false, '2024-02-01');
  b.referral('n-circle', 'n-neighbours-together', 'Mrs A. referred for befriending', '2024-07-01');
  b.referral('n-neighbours-together', 'n-silver-voices', 'Resident referred for help with a care assessment', '2024-09-01');
  b.referral('n-gp-surgery', 'n-social-prescriber', 'Patients referred for social prescribing', '2023-01-01', 'generative');
  b.referral('n-gp-surgery', 'n-district-nurses', 'Home visits', '2022-01-01', 'generative');
  b.referral('n-gp-surgery', 'n-cmht', 'Mental health referrals', '2022-01-01');
  b.referral('n-adult-social-care', 'n-district-nurses', 'Joint assessment', '2024-05-01', 'inactive');
  // The second (and newest) formal-informal bridge: it began three months after the launch.
  b.care('n-social-prescriber', 'n-carers-cafe', { careTypes: ['information', 'emotional'], strength: 'engaged', frequency: 'monthly', since: '2025-06-10', notes: 'Refers carers to the café; no return flow yet.' });

  // Named citizens: Maud's load, the receivers reached by one tie, the unmet need for meals.
  b.care('n-maud', 'n-mrs-k', { careTypes: ['companionship', 'meals'], strength: 'generative', frequency: 'daily', hours: 5, closeness: 'inner', since: '2023-02-01' });
  b.care('n-maud', 'n-mr-o', { careTypes: ['practical', 'companionship'], strength: 'engaged', frequency: 'several_weekly', hours: 4, closeness: 'middle', since: '2024-01-15' });
  b.care('n-maud', 'n-mrs-f', { careTypes: ['meals'], strength: 'generative', frequency: 'daily', hours: 4, closeness: 'inner', since: '2024-03-01' });
  b.care('n-maud', 'n-food-share', { careTypes: ['gift_time'], strength: 'engaged', frequency: 'weekly', hours: 2, since: '2022-06-01' });
  b.care('n-tunde', 'n-mr-o', { careTypes: ['practical'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2024-02-01' });
  b.care('n-tunde', 'n-pedal-power', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 3, since: '2024-05-01' });
  b.care('n-j', 'n-mrs-f', { careTypes: ['companionship'], strength: 'engaged', frequency: 'several_weekly', hours: 1, since: '2024-04-01' });
  b.care('n-r', 'n-cedar-owner', { careTypes: ['transport'], strength: 'generative', frequency: 'fortnightly', hours: 1, closeness: 'outer', since: '2024-09-01' });
  b.care('n-bernie', 'n-mens-shed', { careTypes: ['gift_skills', 'gift_time'], strength: 'generative', frequency: 'weekly', hours: 4, since: '2021-05-01' });
  b.care('n-shirin', 'n-food-share', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 8, since: '2020-04-01' });
  b.care('n-nadia', 'n-knit-natter', { careTypes: ['gift_time', 'gift_skills'], strength: 'generative', frequency: 'weekly', hours: 3, since: '2019-09-04' });
  b.care('n-mo', 'n-tenants-mutual-aid', { careTypes: ['information'], strength: 'generative', frequency: 'several_weekly', hours: 3, since: '2020-03-20' });
  b.care('n-precious', 'n-soup-rota', { careTypes: ['meals', 'cultural_faith'], strength: 'generative', frequency: 'weekly', hours: 4, since: '2022-09-01' });
  b.care('n-hugh', 'n-open-arms', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 1, since: '2024-09-01' });
  b.care('n-priya', 'n-open-arms', { careTypes: ['gift_time'], strength: 'engaged', frequency: 'fortnightly', hours: 1, since: '2025-05-12' });
  b.care('n-tenants-mutual-aid', 'n-mr-h', { careTypes: ['information'], strength: 'engaged', frequency: 'occasional', since: '2025-02-10' });
}

// ---------------------------------------------------------------- 2. generated residents

interface Population {
  volunteers: string[];
  neighbours: string[];
  residents: string[];
  parents: string[];
  regulars: string[];
}

/** People who joined after the launch workshop (absent from the launch snapshot). */
const JOINED_AFTER_LAUNCH = 10;

function addPopulation(b: MapBuilder, rng: () => number): Population {
  const used = new Set(b.nodes.map((n) => n.label));
  const label = (): string => {
    for (;;) {
      const l = `${pickOne(rng, FIRST_NAMES)} ${pickOne(rng, [...INITIALS])}.`;
      if (!used.has(l)) {
        used.add(l);
        return l;
      }
    }
  };
  const make = (prefix: string, count: number, roles: PersonRole[], tags: string[], capacity: [number, number] | null): string[] => {
    const ids: string[] = [];
    for (let i = 1; i <= count; i++) {
      const id = `n-${prefix}-${String(i).padStart(2, '0')}`;
      const spec: NodeSpec = { roles, tags };
      if (capacity !== null) spec.capacity = { hoursPerWeek: capacity[0] + Math.floor(rng() * (capacity[1] - capacity[0] + 1)) };
      person(b, rng, { id, label: label(), roles, home: pickOne(rng, STREET_NAMES), extra: spec });
      ids.push(id);
    }
    return ids;
  };
  const pop: Population = {
    volunteers: make('vol', 30, ['volunteer'], ['volunteer'], [2, 8]),
    neighbours: make('nbr', 24, ['neighbour'], [], [1, 6]),
    residents: make('res', 26, ['neighbour'], ['receiver'], null),
    parents: make('parent', 10, ['neighbour'], ['parent'], [1, 4]),
    regulars: make('reg', 8, ['neighbour'], ['group-regular'], [1, 3]),
  };
  // A few did not want their street shown, and two have not been asked yet.
  for (const id of ['n-res-25', 'n-nbr-07', 'n-vol-12']) {
    const n = b.get(id);
    if (n.location !== undefined) n.location = { ...n.location, privacy: 'hidden' };
  }
  b.get('n-nbr-19').consent = { status: 'pending' };
  b.get('n-parent-04').consent = { status: 'pending' };
  // The last few of each pool joined during the pilot.
  const late = [...pop.volunteers.slice(-5), ...pop.neighbours.slice(-3), ...pop.parents.slice(-2)];
  if (late.length !== JOINED_AFTER_LAUNCH) throw new Error('sample: late joiners miscounted');
  for (const id of late) {
    const day = dayBetween(rng, '2025-04-01', '2025-09-15');
    b.get(id).validFrom = day;
    b.get(id).consent = given(day);
  }
  return pop;
}

const STREET_NAMES = [
  'Green Lane', 'Larkspur Road', 'Bride Street', 'Marlowe Road', 'Cinnamon Street', 'Foundry Lane', 'Kiln Street', 'Hollybush Row',
  'Peckwater Road', "Tanner's Way", 'Ivy Crescent', 'Damask Avenue', 'Rye Hill', 'Chapel Place', 'Copperfield Road', 'Granary Street',
  'Wellspring Road', 'Cobble Mews',
];

/** Distance in metres between two located nodes (flat-earth, fine at this scale); far if unknown. */
function metresBetween(a: CareNode, b: CareNode): number {
  if (a.location === undefined || b.location === undefined) return 1e9;
  const dy = (a.location.lat - b.location.lat) * 111_320;
  const dx = (a.location.lng - b.location.lng) * 111_320 * Math.cos((51.47 * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

function addPopulationTies(b: MapBuilder, rng: () => number, pop: Population): void {
  // A tie starts after both ends joined; among long-standing people, about one tie in eight
  // formed during the pilot (after the launch), the rest before it.
  const since = (a: string, c: string): string => {
    const joined = [b.get(a).validFrom, b.get(c).validFrom].filter((d): d is string => d !== undefined).sort().at(-1);
    if (joined !== undefined) return dayBetween(rng, joined, '2025-09-20');
    return rng() < 0.12 ? dayBetween(rng, '2025-03-16', '2025-09-20') : dayBetween(rng, '2021-01-01', '2025-03-01');
  };
  const freq = (): Frequency => pickOne(rng, ['weekly', 'weekly', 'fortnightly', 'monthly', 'several_weekly', 'occasional'] as const);
  const hours = (lo: number, hi: number): number => Math.round((lo + rng() * (hi - lo)) * 2) / 2;

  // Residents 24-26 are reached by one tie only; 1-14 are Neighbours Together's befriendees.
  const [single1, single2, single3] = ['n-res-24', 'n-res-25', 'n-res-26'];
  const open = pop.residents.filter((r) => r !== single1 && r !== single2 && r !== single3);

  // Volunteers give time to one or two organisations; befrienders also visit one resident.
  const orgs: [string, number][] = [
    ['n-neighbours-together', 8], ['n-open-arms', 5], ['n-food-share', 5], ['n-volunteer-centre', 2], ['n-read-aloud', 2], ['n-carers-cafe', 2],
    ['n-allotment-friends', 2], ['n-pedal-power', 1], ['n-soup-rota', 1], ['n-lunch-club', 3], ['n-mens-shed', 1], ['n-mind-the-gap', 2],
    ['n-memory-lane', 1], ['n-silver-voices', 1], ['n-green-striders', 1],
  ];
  const weighted = orgs.flatMap(([id, w]) => Array.from({ length: w }, () => id));
  pop.volunteers.forEach((v, i) => {
    const first = weighted[i % weighted.length] as string;
    b.care(v, first, { careTypes: ['gift_time'], frequency: freq(), hours: hours(1, 4), since: since(v, first) });
    if (rng() < 0.4) {
      const second = pickOne(rng, weighted);
      if (second !== first) b.care(v, second, { careTypes: ['gift_time'], frequency: freq(), hours: hours(1, 3), since: since(v, second) });
    }
    if (first === 'n-neighbours-together' || first === 'n-open-arms') {
      const r = pickOne(rng, open);
      b.care(v, r, { careTypes: ['companionship'], frequency: 'weekly', hours: hours(1, 2), closeness: 'middle', since: since(v, r) });
    }
  });
  // Mr H.'s befriender: company, but no meals (the designed gap).
  b.care('n-vol-02', 'n-mr-h', { careTypes: ['companionship'], strength: 'engaged', frequency: 'weekly', hours: 1, since: '2025-02-20' });
  // A few volunteers joined the circle as learners or guests.
  for (const v of pop.volunteers.slice(0, 6)) b.member(v, 'n-circle', { participation: rng() < 0.5 ? 'learning' : 'guest', since: since(v, 'n-circle'), strength: 'auto' });

  // Neighbours help the residents nearest to them and keep up with each other.
  const neighbourly = ['practical', 'companionship', 'transport', 'practical', 'companionship', 'meals'] as const;
  for (const nb of pop.neighbours) {
    const me = b.get(nb);
    const nearest = [...open].sort((x, y) => metresBetween(me, b.get(x)) - metresBetween(me, b.get(y))).slice(0, 4);
    const count = 1 + (rng() < 0.45 ? 1 : 0);
    for (const r of shuffled(rng, nearest).slice(0, count)) {
      b.care(nb, r, { careTypes: [pickOne(rng, neighbourly)], frequency: freq(), hours: hours(0.5, 3), since: since(nb, r) });
    }
  }
  // Five little clusters of three neighbours who keep up with each other (mutual ties).
  const mixed = shuffled(rng, pop.neighbours);
  for (let i = 0; i + 2 < 15; i += 3) {
    const [x, y, z] = [mixed[i] as string, mixed[i + 1] as string, mixed[i + 2] as string];
    for (const [a, c] of [[x, y], [y, z], [x, z]] as const) b.care(a, c, { careTypes: ['social'], mutual: true, frequency: freq(), since: since(a, c) });
  }
  for (const nb of pop.neighbours.slice(0, 10)) {
    if (rng() < 0.5) b.care(nb, 'n-tenants-mutual-aid', { careTypes: ['practical', 'information'], mutual: true, frequency: freq(), hours: hours(0.5, 2), since: since(nb, 'n-tenants-mutual-aid') });
    else b.care('n-tenants-mutual-aid', nb, { careTypes: ['practical'], frequency: 'occasional', since: since('n-tenants-mutual-aid', nb) });
  }

  // Residents: Neighbours Together's 14 befriendees (its load is the overstretch to find).
  pop.residents.slice(0, 14).forEach((r, i) => {
    b.care('n-neighbours-together', r, { careTypes: i % 3 === 0 ? ['companionship', 'emotional'] : ['companionship'], strength: i % 2 === 0 ? 'generative' : 'engaged', frequency: 'weekly', hours: 2, closeness: 'middle', since: dayBetween(rng, '2022-01-01', '2025-02-28') });
  });
  const services: [string, string[], number][] = [
    ['n-food-share', ['meals'], 10],
    ['n-lunch-club', ['meals', 'social'], 6],
    ['n-open-arms', ['companionship'], 5],
    ['n-silver-voices', ['advocacy', 'life_admin'], 3],
    ['n-memory-lane', ['recreation', 'social'], 4],
    ['n-second-chance', ['practical'], 2],
    ['n-pedal-power', ['practical'], 3],
    ['n-mosque', ['cultural_faith', 'meals'], 3],
    ['n-gurdwara', ['meals'], 3],
    ['n-st-brides-congregation', ['cultural_faith', 'companionship'], 4],
    ['n-mind-the-gap', ['emotional'], 3],
    ['n-green-striders', ['recreation'], 3],
    ['n-j', ['companionship'], 2],
    ['n-r', ['transport'], 2],
  ];
  for (const [giver, careTypes, count] of services) {
    for (const r of shuffled(rng, open).slice(0, count)) {
      b.care(giver, r, { careTypes, frequency: giver === 'n-food-share' ? 'weekly' : freq(), hours: hours(0.5, 2), since: since(giver, r) });
    }
  }
  // The three residents each hang on a single tie.
  b.care('n-food-share', single1, { careTypes: ['meals'], strength: 'generative', frequency: 'weekly', hours: 1, since: '2024-11-01' });
  b.care('n-vol-05', single2, { careTypes: ['companionship', 'practical'], strength: 'generative', frequency: 'weekly', hours: 2, closeness: 'inner', since: '2023-07-01' });
  b.care('n-j', single3, { careTypes: ['companionship'], strength: 'engaged', frequency: 'daily', hours: 1, closeness: 'inner', since: '2024-01-01' });

  // Parents: the Parents' Circle (no tie to any team), reading sessions, each other.
  for (const p of pop.parents) b.care(p, 'n-parents-circle', { careTypes: ['family_support', 'social'], mutual: true, frequency: 'weekly', since: since(p, 'n-parents-circle') });
  for (const p of shuffled(rng, pop.parents).slice(0, 4)) b.care('n-read-aloud', p, { careTypes: ['education'], frequency: 'weekly', since: since('n-read-aloud', p) });
  for (let i = 0; i + 1 < 6; i += 2) {
    const [a, c] = [pop.parents[i] as string, pop.parents[i + 1] as string];
    b.care(a, c, { careTypes: ['family_support'], mutual: true, frequency: freq(), hours: hours(1, 4), since: since(a, c) });
  }
  // Group regulars: give and take at the Men's Shed, Knit & Natter and the lunch club.
  pop.regulars.forEach((g, i) => {
    const group = i < 4 ? 'n-mens-shed' : 'n-knit-natter';
    b.care(g, group, { careTypes: ['social', i < 4 ? 'gift_skills' : 'recreation'], mutual: true, frequency: 'weekly', hours: hours(1, 3), since: since(g, group) });
    if (rng() < 0.5) b.care('n-lunch-club', g, { careTypes: ['meals'], frequency: 'weekly', since: since('n-lunch-club', g) });
  });
  b.care('n-allotment-friends', 'n-green-striders', { careTypes: ['recreation'], frequency: 'occasional', since: '2023-05-01' });
  b.care('n-allotment-friends', pickOne(rng, pop.regulars), { careTypes: ['recreation', 'gift_space'], frequency: 'weekly', since: '2023-04-01' });

  // Generated people declare enough capacity for what they give (a mutual tie counts for both
  // ends), so the only overstretched givers are the designed ones.
  const given = new Map<string, number>();
  for (const t of b.ties) {
    if (t.kind !== 'care') continue;
    given.set(t.source, (given.get(t.source) ?? 0) + (t.hoursPerWeek ?? 0));
    if (t.mutual) given.set(t.target, (given.get(t.target) ?? 0) + (t.hoursPerWeek ?? 0));
  }
  for (const id of [...pop.volunteers, ...pop.neighbours, ...pop.parents, ...pop.regulars]) {
    const n = b.get(id);
    const h = given.get(id) ?? 0;
    if (n.capacity?.hoursPerWeek !== undefined && n.capacity.hoursPerWeek < h) n.capacity = { hoursPerWeek: Math.ceil(h) + 1 };
  }

  // Each resident's needs are what they receive, except where a need is deliberately unmet.
  for (const r of pop.residents) {
    const received = new Set<string>();
    for (const t of b.ties) if (t.kind === 'care' && t.target === r) for (const c of t.careTypes) received.add(c);
    b.get(r).careNeeded = [...received].sort();
  }
}

// ---------------------------------------------------------------- the whole neighbourhood

/** Build the September 2025 neighbourhood. Deterministic for a seed. */
export function buildNeighbourhood(seed = 2025): MapBuilder {
  const rng = seededRandom(seed);
  const b = new MapBuilder();
  addActors(b);
  addTeams(b, rng);
  addCitizens(b, rng);
  addHandTies(b);
  const pop = addPopulation(b, rng);
  addPopulationTies(b, rng, pop);
  b.fillStrengths(rng, ['care'], TARGET_MIX);
  b.fillStrengths(rng, ['membership'], { generative: 0.2, engaged: 0.4, inactive: 0.3, unclassified: 0.1 });
  return b;
}
