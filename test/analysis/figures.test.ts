// Map-level figures on one small hand-built map; every expected value is worked out in the
// comments from the map below.
import { describe, expect, it } from 'vitest';

import { analyzeMap, percent, resolveSettings } from '../../src/analysis';
import { makeMap, node, person, tie } from '../helpers/build';

// Circle C, team T owned by O (member via m1); O needs meals and transport. N (neighbour) gives O
// meals + social (5 h, generative); W (employed care worker, so formal) gives O personal care
// (10 h, paid, engaged); food share F gives the team meals (mutual, engaged) and the circle social
// connection (inactive); F partners the circle (generative) and is hosted at library L (inactive).
// Pharmacy P has no ties.
const doc = makeMap(
  [
    node('C', 'circle', 'Circle'),
    node('T', 'team', 'Team Ash'),
    person('O', 'Mrs A.', { roles: ['team_owner'], careNeeded: ['meals', 'transport'] }),
    person('N', 'Maud', { roles: ['neighbour'] }),
    person('W', 'W.', { roles: ['care_worker_employed'] }),
    node('F', 'group', 'Food Share', { category: 'grassroots' }),
    node('P', 'organisation', 'Pharmacy', { category: 'business' }),
    node('L', 'space', 'Library'),
  ],
  [
    tie('m1', 'O', 'T', { kind: 'membership' }),
    tie('c1', 'N', 'O', { careTypes: ['meals', 'social'], strength: 'generative', hoursPerWeek: 5 }),
    tie('c2', 'W', 'O', {
      careTypes: ['personal_care'],
      strength: 'engaged',
      payment: 'paid',
      hoursPerWeek: 10,
    }),
    tie('c3', 'F', 'T', { careTypes: ['meals'], strength: 'engaged', mutual: true }),
    tie('c4', 'F', 'C', { careTypes: ['social'], strength: 'inactive' }),
    tie('p1', 'C', 'F', { kind: 'partnership', strength: 'generative' }),
    tie('h1', 'F', 'L', { kind: 'hosted_at', strength: 'inactive' }),
  ],
);
const { figures } = analyzeMap(doc, resolveSettings());

describe('map-level figures', () => {
  it('census by kind, category, role and side', () => {
    expect(figures.census.byKind).toEqual({
      circle: 1,
      team: 1,
      person: 3,
      group: 1,
      organisation: 1,
      space: 1,
    });
    expect(figures.census.byCategory).toEqual({ none: 3, grassroots: 1, business: 1 });
    expect(figures.census.byRole).toEqual({ team_owner: 1, neighbour: 1, care_worker_employed: 1 });
    // W is formal (paid role); C and T are mixed; the other five informal.
    expect(figures.census.bySide).toEqual({ formal: 1, informal: 5, mixed: 2 });
    expect(figures.census.statutoryPresence).toBe(0);
  });

  it('offering share: N and F give informal care into the circle or a team, 2 of 8 = 25.0%', () => {
    // W's care is paid (formal); T's mutual flow back goes to F, who is outside circle and teams.
    expect(figures.offering).toMatchObject({
      offering: 2,
      total: 8,
      share: 0.25,
      percent: '25.0%',
      scope: 'circle-or-team',
    });
    expect(figures.offering.offeringNodes).toEqual(['N', 'F']);
    expect(figures.offering.nonCaregiving).toEqual(['C', 'T', 'O', 'W', 'P', 'L']);
    expect(percent(32 / 42)).toBe('76.2%');
    expect(percent(10 / 42)).toBe('23.8%');
  });

  it('care-type frequency, most frequent first, equal counts in catalogue order', () => {
    expect(figures.careTypes.map((c) => [c.id, c.count])).toEqual([
      ['social', 2],
      ['meals', 2],
      ['personal_care', 1],
    ]);
  });

  it('strength mix over relationship ties (membership left out): 2 / 2 / 2 / 0 of 6', () => {
    expect(figures.strengthMix.total).toBe(6);
    expect(figures.strengthMix.generative).toEqual({ count: 2, share: 2 / 6 });
    expect(figures.strengthMix.inactive).toEqual({ count: 2, share: 2 / 6 });
    expect(figures.strengthMix.unclassified).toEqual({ count: 0, share: 0 });
  });

  it('team figures: Team Ash is embedded with the food share through an engaged tie', () => {
    expect(figures.teams).toEqual([
      {
        id: 'T',
        label: 'Team Ash',
        strengthMix: {
          total: 1,
          generative: { count: 0, share: 0 },
          engaged: { count: 1, share: 1 },
          inactive: { count: 0, share: 0 },
          unclassified: { count: 0, share: 0 },
        },
        embeddedness: 1,
        embeddedWith: ['F'],
        dormantTies: [],
        teamTies: [],
      },
    ]);
  });

  it('reciprocity: 1 of 4 care ties answered (the mutual one); W -> O is formal to informal, unanswered', () => {
    expect(figures.reciprocity).toEqual({
      careTies: 4,
      mutualTies: 1,
      reciprocated: { count: 1, share: 0.25 },
      formalToInformal: 1,
      formalReciprocated: 0,
      formalReciprocityIndex: 0,
    });
  });

  it('receiver coverage of Mrs A. counts care into the team she owns', () => {
    // Flows: N (c1), W (c2), F via the team (c3): three givers, one flow each.
    expect(figures.receivers).toEqual([
      {
        id: 'O',
        label: 'Mrs A.',
        careTypes: ['meals', 'personal_care', 'social'],
        unmetNeeds: ['transport'],
        givers: 3,
        formalGivers: 1,
        informalGivers: 2,
        topGiver: 'N',
        topGiverShare: 1 / 3,
        concentration: 3 * (1 / 9),
      },
    ]);
  });

  it('dormant ties, formal–informal ties and care wealth', () => {
    expect(figures.dormantTies.map((d) => d.tie)).toEqual(['c4', 'h1']);
    expect(figures.formalInformalTies).toEqual({ ties: ['c2'], part: { count: 1, share: 1 / 7 } });
    expect(figures.careWealth).toEqual({
      formalTies: 1,
      informalTies: 3,
      formalHours: 10,
      informalHours: 5,
      mutualTies: 1,
      careTypes: 3,
      informalShare: 0.75,
      informalHoursShare: 1 / 3,
    });
  });

  it('cohesion: 6 structural edges among 8 nodes, the pharmacy isolated', () => {
    // Edges O-T, N-O, W-O, F-T, F-C (c4 and p1 merged), F-L: density 2·6 / (8·7) = 3/14.
    expect(figures.density).toBeCloseTo(3 / 14, 15);
    expect(figures.components).toEqual({ count: 2, sizes: [7, 1] });
    expect(figures.isolates).toEqual(['P']);
    // C's two ties both go to F, so C has a single neighbour too.
    expect(figures.pendants).toEqual(['C', 'N', 'W', 'L']);
  });
});
