// Larkspur Green at two dates 18 months apart (domain §10.5), for the compare view:
//   - the later state (September 2026) is the September 2025 neighbourhood grown by the changes
//     in `growToLater`;
//   - the earlier state (the "Launch workshop", 15 March 2025) is then derived from the later one
//     by `deriveLaunch`, which removes and downgrades specific items.
// Node and tie ids are the same at both dates, so the two can be compared item by item.
import type { CareNode, Strength, Tie } from '../../src/model';
import { type MapBuilder, shuffled } from './builder';
import { LAUNCH } from './larkspur';
import { homeOn, locationAt } from './geo';

/** The date of the later state. */
export const LATER = '2026-09-19';

/** One strength that changed between the launch and the later state. */
export interface StrengthChange {
  readonly tieId: string;
  readonly before: Strength;
  readonly after: Strength;
  readonly why: string;
}

/** Share of care ties at a strength (0-1). */
export function strengthShare(ties: readonly Tie[], strength: Strength): number {
  const care = ties.filter((t) => t.kind === 'care');
  return care.length === 0 ? 0 : care.filter((t) => t.strength === strength).length / care.length;
}

/** Care ties that existed at the launch: started on or before it (or undated). */
function atLaunch(t: Tie): boolean {
  return t.since === undefined || t.since <= LAUNCH;
}

/**
 * Grow the September 2025 neighbourhood into September 2026. Mutates the builder and returns
 * the strength changes it made since the launch, so `deriveLaunch` can undo them:
 *   1. Team Birch gains two community ties (the Men's Shed and Silver Voices Advocacy);
 *   2. the unused Marlowe Court Common Room gets a coffee morning, and six residents join;
 *   3. ties deepen: six dormant (inactive) ties wake up to engaged, then engaged ties that were
 *      already there at the launch become generative, in a seeded order, until 38% of all care
 *      ties are generative (from 25% at the launch). Ties with notes (the hand-written story,
 *      e.g. Dev "rarely visits") keep their strength.
 */
export function growToLater(b: MapBuilder, rng: () => number): StrengthChange[] {
  // 1. Team Birch is no longer isolated.
  b.care('n-mens-shed', 'n-team-birch', { careTypes: ['social', 'gift_skills'], strength: 'generative', frequency: 'weekly', hours: 2, since: '2026-02-05', notes: 'Mr B. joins the Thursday session; R. gives him a lift.' });
  b.care('n-silver-voices', 'n-team-birch', { careTypes: ['advocacy'], strength: 'engaged', frequency: 'monthly', hours: 1, since: '2025-11-18', notes: 'Helped with the reassessment of his care package.' });
  b.care('n-r', 'n-birch-owner', { careTypes: ['transport'], strength: 'generative', frequency: 'weekly', hours: 1, closeness: 'middle', since: '2026-02-05' });

  // 2. New activity and new people.
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
  const newcomers: [string, string, string, string, string][] = [
    ['n-vol-31', 'Ottilie N.', '2025-10-14', 'n-open-arms', 'n-res-08'],
    ['n-vol-32', 'Kofi D.', '2025-11-03', 'n-food-share', 'n-res-16'],
    ['n-vol-33', 'Maren S.', '2026-01-22', 'n-neighbours-together', 'n-res-02'],
    ['n-vol-34', 'Idris T.', '2026-03-09', 'n-lunch-club', 'n-res-21'],
    ['n-nbr-25', 'Lucia B.', '2026-05-17', 'n-tenants-mutual-aid', 'n-mrs-k'],
    ['n-nbr-26', 'Wes H.', '2026-07-02', 'n-tenants-mutual-aid', 'n-res-13'],
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
  // Mrs K. now has a second visitor, so Maud is no longer her only tie.
  b.get('n-mrs-k').careNeeded = ['companionship', 'meals', 'practical'];

  // 3. Ties deepen. Only care ties present at the launch are candidates, so the change is real.
  const changes: StrengthChange[] = [];
  const old = b.ties.filter((t) => t.kind === 'care' && atLaunch(t));
  for (const t of shuffled(rng, old.filter((x) => x.strength === 'inactive' && x.notes === undefined)).slice(0, 6)) {
    changes.push({ tieId: t.id, before: t.strength, after: 'engaged', why: 'dormant tie revived' });
    t.strength = 'engaged';
  }
  const revived = new Set(changes.map((c) => c.tieId));
  for (const t of shuffled(rng, old.filter((x) => x.strength === 'engaged' && !revived.has(x.id) && x.notes === undefined))) {
    if (strengthShare(b.ties, 'generative') >= 0.38) break;
    changes.push({ tieId: t.id, before: 'engaged', after: 'generative', why: 'tie deepened' });
    t.strength = 'generative';
  }
  return changes;
}

/**
 * The launch workshop, derived from the later state:
 *   1. nodes that joined after the launch (`validFrom` later than it) are removed, with their ties;
 *   2. ties that started after the launch (`since` later than it) are removed; this takes away
 *      the social prescriber's tie to the Carers' Café (the one new statutory tie) and Team
 *      Birch's community ties. People left with no tie at all were not on the map yet, and go;
 *   3. every strength change of `growToLater` is undone;
 *   4. three team ties that the pilot deepened were only engaged at the launch (Neighbours
 *      Together -> Team Ash, Knit & Natter -> Team Ash, Allotment Friends -> Team Elm), and
 *      then, in a seeded order, further generative ties were only engaged and as many engaged
 *      ties still dormant, until no more than 25% of care ties are generative.
 */
export function deriveLaunch(nodes: readonly CareNode[], ties: readonly Tie[], changes: readonly StrengthChange[], rng: () => number): { nodes: CareNode[]; ties: Tie[] } {
  let keptNodes = nodes.filter((n) => n.validFrom === undefined || n.validFrom <= LAUNCH).map((n) => structuredClone(n));
  const present = new Set<string>(keptNodes.map((n) => n.id));
  let keptTies = ties.filter((t) => present.has(t.source) && present.has(t.target) && atLaunch(t)).map((t) => structuredClone(t));
  const tied = new Set<string>(keptTies.flatMap((t) => [t.source, t.target]));
  keptNodes = keptNodes.filter((n) => n.kind !== 'person' || tied.has(n.id));
  keptTies = keptTies.filter((t) => tied.has(t.source) && tied.has(t.target));
  const byId = new Map(keptTies.map((t) => [t.id as string, t]));
  for (const c of changes) {
    const t = byId.get(c.tieId);
    if (t !== undefined) t.strength = c.before;
  }
  for (const id of ['t-care-neighbours-together-team-ash', 't-care-knit-natter-team-ash', 't-care-allotment-friends-team-elm']) {
    const t = byId.get(id);
    if (t === undefined) throw new Error(`sample: no tie ${id} to downgrade`);
    t.strength = 'engaged';
  }
  const care = keptTies.filter((t) => t.kind === 'care');
  const generative = shuffled(rng, care.filter((t) => t.strength === 'generative' && !t.notes));
  const engaged = shuffled(rng, care.filter((t) => t.strength === 'engaged' && !t.notes));
  while (strengthShare(keptTies, 'generative') > 0.25) {
    const g = generative.pop();
    const e = engaged.pop();
    if (g === undefined || e === undefined) break;
    g.strength = 'engaged';
    e.strength = 'inactive';
  }
  return { nodes: keptNodes, ties: keptTies };
}
