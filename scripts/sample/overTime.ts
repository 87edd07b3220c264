// Larkspur Green over eighteen months (domain §10.4–10.5), for comparing states: three snapshots
// of one map, each the map as it stood on the day.
//   - Six-month review (27 September 2025): the September 2025 neighbourhood of larkspur.ts, in
//     which Larkspur Neighbours Together took on seven residents from the surgery's waiting list
//     over the spring, and is overstretched (15 receivers and 30 h against 8 and 20).
//   - Launch workshop (15 March 2025): derived from the six-month state by `deriveLaunch`, which
//     takes away who and what came after the launch and undoes the strength changes of the first
//     six months (5 dormant ties woke up to engaged; 3 team ties became generative).
//   - Eighteen-month review (19 September 2026), also the map as it is now: `growToLater` moves the
//     six-month state on — Tenants' WhatsApp Mutual Aid closed; new volunteers joined; Team Fir
//     formed around Mrs G.; Team Birch got two community ties; the Marlowe Court Coffee Morning
//     began; Neighbours Together was relieved (a second coordinator, four befriendees handed to
//     Open Arms); ties deepened until 38% of care ties were generative; Tunde took the Recruiter hat.
// Node and tie ids are the same at every date, so states can be compared item by item.
import type { CareNode, Strength, Tie } from '../../src/model';
import { type MapBuilder, shuffled } from './builder';
import { homeOn, locationAt } from './geo';
import { LAUNCH } from './larkspur';

/** The six-month review. */
export const SIX_MONTHS = '2025-09-27';
/** The eighteen-month review: the date of the later state. */
export const LATER = '2026-09-19';

/** One strength that changed between two dates. */
export interface StrengthChange {
  readonly tieId: string;
  readonly before: Strength;
  readonly after: Strength;
}

/** Share of care ties at a strength (0-1). */
export function strengthShare(ties: readonly Tie[], strength: Strength): number {
  const care = ties.filter((t) => t.kind === 'care');
  return care.length === 0 ? 0 : care.filter((t) => t.strength === strength).length / care.length;
}

/** Care ties that already existed on `day` (started on or before it, or undated). */
function existedOn(t: Tie, day: string): boolean {
  return t.since === undefined || t.since <= day;
}

/** The three team ties the first six months deepened from engaged to generative. */
const TEAM_TIES_DEEPENED = ['t-care-neighbours-together-team-ash', 't-care-knit-natter-team-ash', 't-care-allotment-friends-team-elm'];

/** Neighbours Together's befriendees taken on after the launch (from the surgery's waiting list). */
const SPRING_BEFRIENDEES = ['n-res-08', 'n-res-09', 'n-res-10', 'n-res-11', 'n-res-12', 'n-res-13', 'n-res-14'];

/** Befriendees Neighbours Together handed to Open Arms Befriending in 2026. */
const HANDED_OVER = ['n-res-11', 'n-res-12', 'n-res-13', 'n-res-14'];

function tie(b: MapBuilder, id: string): Tie {
  const t = b.ties.find((x) => x.id === id);
  if (t === undefined) throw new Error(`sample: no tie ${id}`);
  return t;
}

/**
 * The six-month review state, from the September 2025 neighbourhood. Mutates the builder: the
 * spring befriendings are dated after the launch. Returns the strength changes of the first six
 * months, so `deriveLaunch` can undo them: the three team ties of TEAM_TIES_DEEPENED, and five
 * engaged ties (care ties already there at the launch, no hand-written note) picked in a seeded
 * order, which were dormant then.
 */
export function prepareSixMonths(b: MapBuilder, rng: () => number): StrengthChange[] {
  SPRING_BEFRIENDEES.forEach((r, i) => {
    tie(b, `t-care-neighbours-together-${r.replace(/^n-/, '')}`).since = `2025-0${4 + Math.floor(i / 3)}-${String(3 + 4 * (i % 3)).padStart(2, '0')}`;
  });
  const changes: StrengthChange[] = TEAM_TIES_DEEPENED.map((id) => {
    if (tie(b, id).strength !== 'generative') throw new Error(`sample: ${id} should be generative at six months`);
    return { tieId: id, before: 'engaged', after: 'generative' };
  });
  const woke = shuffled(
    rng,
    b.ties.filter((t) => t.kind === 'care' && t.strength === 'engaged' && t.notes === undefined && existedOn(t, LAUNCH)),
  ).slice(0, 5);
  for (const t of woke) changes.push({ tieId: t.id, before: 'inactive', after: 'engaged' });
  return changes;
}

/**
 * The launch workshop, derived from the six-month state:
 *   1. nodes that joined after the launch (`validFrom` later than it) are removed, with their ties;
 *   2. ties that started after the launch are removed: the social prescriber's tie to the Carers'
 *      Café (the one new statutory tie), the spring befriendings, the first pilot ties. People
 *      left with no tie at all were not on the map yet, and go;
 *   3. every strength change of the first six months is undone.
 */
export function deriveLaunch(nodes: readonly CareNode[], ties: readonly Tie[], changes: readonly StrengthChange[]): { nodes: CareNode[]; ties: Tie[] } {
  let keptNodes = nodes.filter((n) => n.validFrom === undefined || n.validFrom <= LAUNCH).map((n) => structuredClone(n));
  const present = new Set<string>(keptNodes.map((n) => n.id));
  let keptTies = ties.filter((t) => present.has(t.source) && present.has(t.target) && existedOn(t, LAUNCH)).map((t) => structuredClone(t));
  const tied = new Set<string>(keptTies.flatMap((t) => [t.source, t.target]));
  keptNodes = keptNodes.filter((n) => n.kind !== 'person' || tied.has(n.id));
  keptTies = keptTies.filter((t) => tied.has(t.source) && tied.has(t.target));
  const byId = new Map(keptTies.map((t) => [t.id as string, t]));
  for (const c of changes) {
    const t = byId.get(c.tieId);
    if (t === undefined) throw new Error(`sample: no tie ${c.tieId} at the launch`);
    t.strength = c.before;
  }
  return { nodes: keptNodes, ties: keptTies };
}

/** Remove a node and every tie touching it from the builder's lists. */
function close(b: MapBuilder, id: string): void {
  const at = b.nodes.findIndex((n) => n.id === id);
  if (at < 0) throw new Error(`sample: no node ${id} to close`);
  b.nodes.splice(at, 1);
  for (let i = b.ties.length - 1; i >= 0; i--) {
    const t = b.ties[i] as Tie;
    if (t.source === id || t.target === id) b.ties.splice(i, 1);
  }
}

/**
 * Move the six-month state on to the eighteen-month review. Mutates the builder (its node and
 * tie lists; see the module header for the story).
 */
export function growToLater(b: MapBuilder, rng: () => number): void {
  // Team Birch is no longer isolated.
  b.care('n-mens-shed', 'n-team-birch', { careTypes: ['social', 'gift_skills'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2026-02-05', notes: 'Mr B. joins the Thursday session; R. gives him a lift.' });
  b.care('n-silver-voices', 'n-team-birch', { careTypes: ['advocacy'], strength: 'engaged', frequency: 'monthly', hours: 1, since: '2025-11-18', notes: 'Helped with the reassessment of his care package.' });
  b.care('n-r', 'n-birch-owner', { careTypes: ['transport'], strength: 'generative', frequency: 'weekly', hours: 1, closeness: 'middle', since: '2026-02-05' });

  // A coffee morning in the once-unused common room.
  b.node('n-marlowe-coffee', 'group', 'Marlowe Court Coffee Morning', {
    category: 'grassroots',
    formality: 'informal',
    careOffered: ['social', 'companionship'],
    description: 'Started by Fenna in April 2026 in the sheltered-housing common room.',
    tags: ['older-people'],
    location: { ...(b.get('n-marlowe-common-room').location as NonNullable<CareNode['location']>) },
    validFrom: '2026-04-01',
  });
  b.hosted('n-marlowe-coffee', 'n-marlowe-common-room', '2026-04-01');
  b.care('n-fenna', 'n-marlowe-coffee', { careTypes: ['gift_time'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2026-04-01' });
  for (const r of ['n-res-03', 'n-res-11', 'n-res-19', 'n-mr-h']) {
    b.care('n-marlowe-coffee', r, { careTypes: ['social', 'companionship'], strength: 'generative', frequency: 'weekly', hours: 1.5, since: '2026-04-08' });
  }

  // New volunteers and neighbours.
  const newcomers: [string, string, string, string, string][] = [
    ['n-vol-31', 'Ottilie N.', '2025-10-14', 'n-open-arms', 'n-res-08'],
    ['n-vol-32', 'Kofi D.', '2025-11-03', 'n-food-share', 'n-res-16'],
    ['n-vol-33', 'Maren S.', '2026-01-22', 'n-neighbours-together', 'n-res-02'],
    ['n-vol-34', 'Idris T.', '2026-03-09', 'n-lunch-club', 'n-res-21'],
    ['n-nbr-25', 'Lucia B.', '2026-05-17', 'n-marlowe-coffee', 'n-mrs-k'],
    ['n-nbr-26', 'Wes H.', '2026-07-02', 'n-mens-shed', 'n-res-13'],
  ];
  for (const [id, label, joined, org, receiver] of newcomers) {
    const volunteer = id.startsWith('n-vol');
    b.node(id, 'person', label, {
      roles: [volunteer ? 'volunteer' : 'neighbour'],
      tags: volunteer ? ['volunteer'] : [],
      location: locationAt(homeOn(rng), 'approximate'),
      capacity: { hoursPerWeek: 5 },
      consent: { status: 'given', at: joined, method: 'verbal' },
      validFrom: joined,
    });
    b.care(id, org, { careTypes: volunteer ? ['gift_time'] : ['practical', 'information'], strength: 'engaged', mutual: !volunteer, frequency: 'weekly', hours: 2, since: joined });
    b.care(id, receiver, { careTypes: volunteer ? ['companionship'] : ['practical'], strength: 'generative', frequency: 'weekly', hours: 1.5, since: joined });
  }
  // Mrs K. now has a second visitor, so Maud comes less often.
  b.get('n-mrs-k').careNeeded = ['companionship', 'meals', 'practical'];
  Object.assign(tie(b, 't-care-maud-mrs-k'), { frequency: 'several_weekly', hoursPerWeek: 3 });

  // Team Fir forms around Mrs G., started by Gus.
  b.node('n-fir-owner', 'person', 'Mrs G.', {
    roles: ['team_owner'],
    careNeeded: ['personal_care', 'companionship', 'practical', 'meals'],
    description: 'Aged 81; moved to Marlowe Court in 2025.',
    tags: ['team-owner'],
    location: locationAt(homeOn(rng, 'Marlowe Road'), 'approximate'),
    consent: { status: 'given', by: 'Mrs G.', at: '2026-02-10', method: 'written', reviewAt: '2027-02-10' },
    validFrom: '2026-02-10',
  });
  b.node('n-team-fir', 'team', 'Team Fir', {
    category: 'care_team',
    formality: 'informal',
    description: 'Care team around Mrs G., started February 2026.',
    tags: ['team'],
    location: { ...(b.get('n-fir-owner').location as NonNullable<CareNode['location']>) },
    validFrom: '2026-02-10',
  });
  b.node('n-hazel', 'person', 'Hazel (niece)', { roles: ['family'], tags: ['team-fir'], location: locationAt(homeOn(rng), 'approximate'), consent: { status: 'given', at: '2026-02-10', method: 'verbal' }, validFrom: '2026-02-10' });
  b.node('n-worker-v', 'person', 'V.', { roles: ['care_worker_independent'], formality: 'mixed', careOffered: ['personal_care', 'practical'], tags: ['care-worker'], capacity: { hoursPerWeek: 30 }, consent: { status: 'given', at: '2026-02-20', method: 'written' }, validFrom: '2026-02-20' });
  b.member('n-fir-owner', 'n-team-fir', { role: 'Team Owner', since: '2026-02-10' });
  b.member('n-hazel', 'n-team-fir', { role: 'Family', since: '2026-02-10' });
  b.member('n-worker-v', 'n-team-fir', { role: 'Care and support worker (independent)', since: '2026-02-20' });
  b.member('n-vol-34', 'n-team-fir', { role: 'Volunteer', since: '2026-03-09', strength: 'engaged' });
  b.doubleLink('n-team-fir', 'n-circle', '2026-02-10');
  b.care('n-worker-v', 'n-fir-owner', { careTypes: ['personal_care', 'practical'], strength: 'generative', frequency: 'daily', hours: 12, closeness: 'middle', inSupportPlan: true, since: '2026-02-20' });
  b.care('n-hazel', 'n-fir-owner', { careTypes: ['companionship', 'meals'], strength: 'generative', frequency: 'weekly', hours: 3, closeness: 'inner', since: '2026-02-10' });
  b.care('n-vol-34', 'n-fir-owner', { careTypes: ['companionship'], strength: 'engaged', frequency: 'weekly', hours: 1.5, closeness: 'middle', since: '2026-03-09' });
  b.care('n-marlowe-coffee', 'n-team-fir', { careTypes: ['social'], strength: 'generative', frequency: 'weekly', hours: 1, since: '2026-04-08' });
  b.care('n-circle', 'n-team-fir', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2026-02-10' });
  b.care('n-gus', 'n-team-fir', { careTypes: ['information'], strength: 'engaged', frequency: 'monthly', since: '2026-01-20', notes: 'Team Starter.' });

  // Neighbours Together is relieved: a second part-time coordinator from January 2026, and four
  // befriendees handed to Open Arms Befriending.
  b.get('n-neighbours-together').capacity = { hoursPerWeek: 30, maxReceivers: 12, note: 'Two coordinators, 3 days a week each, from January 2026.' };
  for (const r of HANDED_OVER) {
    const gone = b.ties.findIndex((t) => t.kind === 'care' && t.source === 'n-neighbours-together' && t.target === r);
    b.ties.splice(gone, 1);
    b.care('n-open-arms', r, { careTypes: ['companionship'], strength: 'engaged', frequency: 'weekly', hours: 1.5, closeness: 'middle', since: '2026-01-12', notes: 'Handed over from Neighbours Together.' });
  }

  // Tunde took the Recruiter hat.
  b.get('n-tunde').roles = ['neighbour', 'volunteer', 'recruiter'];

  // Tenants' WhatsApp Mutual Aid closed when Mo stepped back in March 2026.
  b.get('n-mo').description = "Admin of the tenants' WhatsApp group until it closed in March 2026.";
  close(b, 'n-tenants-mutual-aid');

  // Ties deepen. Only care ties there at the six-month review are candidates: six dormant ties
  // wake up, then engaged ones become generative, in a seeded order, until 38% of care ties are
  // generative. Ties with hand-written notes keep their strength.
  const old = b.ties.filter((t) => t.kind === 'care' && existedOn(t, SIX_MONTHS) && t.notes === undefined);
  const woke = shuffled(rng, old.filter((x) => x.strength === 'inactive')).slice(0, 6);
  for (const t of woke) t.strength = 'engaged';
  const revived = new Set(woke.map((t) => t.id));
  for (const t of shuffled(rng, old.filter((x) => x.strength === 'engaged' && !revived.has(x.id)))) {
    if (strengthShare(b.ties, 'generative') >= 0.38) break;
    t.strength = 'generative';
  }
}
