// "Where support is thin", finding by finding, on small maps worked out by hand. Ada needs meals,
// personal care, transport and life admin. Bo (a neighbour, capacity 5 hours) brings her meals,
// 4 hours a week, and gives Cy 2 hours of practical help; W. (paid worker) gives her personal
// care, 10 hours; the GP gives health care (hours not recorded); the bus charity's transport tie
// has gone quiet; Cy offers transport; Ada keeps Cy company an hour a week; Eve is marked as able
// to join Ada's team.
import { describe, expect, it } from 'vitest';

import { analyzeSupport, type SupportFinding, type SupportReport } from '../../../src/analysis';
import { asNodeId, type CareMap, setTeamCandidate } from '../../../src/model';
import { makeMap, node, person, tie } from '../../helpers/build';

function ada(): CareMap {
  const doc = makeMap(
    [
      person('ada', 'Ada', { careNeeded: ['meals', 'personal_care', 'transport', 'life_admin'] }),
      person('bo', 'Bo', { roles: ['neighbour'], capacity: { hoursPerWeek: 5 } }),
      person('w', 'W.', { roles: ['care_worker_employed'] }),
      node('dr', 'organisation', 'GP', { category: 'health' }),
      node('bus', 'organisation', 'Bus', { category: 'charity' }),
      person('cy', 'Cy', { roles: ['friend'], careOffered: ['transport'] }),
      person('eve', 'Eve'),
    ],
    [
      tie('t-bo', 'bo', 'ada', {
        careTypes: ['meals'],
        frequency: 'daily',
        hoursPerWeek: 4,
        payment: 'gifted',
        strength: 'generative',
      }),
      tie('t-bo-cy', 'bo', 'cy', { careTypes: ['practical'], hoursPerWeek: 2 }),
      tie('t-w', 'w', 'ada', {
        careTypes: ['personal_care'],
        frequency: 'daily',
        hoursPerWeek: 10,
        payment: 'paid',
        formality: 'formal',
      }),
      tie('t-dr', 'dr', 'ada', { careTypes: ['health'], frequency: 'monthly' }),
      tie('t-bus', 'bus', 'ada', { careTypes: ['transport'], strength: 'inactive', frequency: 'occasional' }),
      tie('t-ada-cy', 'ada', 'cy', { careTypes: ['companionship'], hoursPerWeek: 1 }),
    ],
  );
  return setTeamCandidate(doc, asNodeId('ada'), asNodeId('eve'), true);
}

function report(doc: CareMap, centre = 'ada'): SupportReport {
  const r = analyzeSupport(doc, centre);
  if (r === null) throw new Error('no report');
  return r;
}

function find(r: SupportReport, id: string): SupportFinding | undefined {
  return r.findings.find((f) => f.id === id);
}

describe('need by need', () => {
  const r = report(ada());

  it('lists each need in the order the centre lists them, with what is thin about it', () => {
    expect(r.findings.filter((f) => f.careType !== undefined).map((f) => f.id)).toEqual([
      'need-givers:meals',
      'need-one-giver:meals',
      'need-givers:personal_care',
      'need-one-giver:personal_care',
      'need-only-paid:personal_care',
      'unmet-need:transport',
      'unmet-need:life_admin',
    ]);
  });

  it('names the givers of a need, formal or informal, hours a week and how often', () => {
    expect(find(r, 'need-givers:meals')).toMatchObject({
      kind: 'need',
      sentence: 'Meals & food: Bo (informal, 4 hours a week, daily).',
      nodes: ['bo'],
      ties: ['t-bo'],
      numbers: { givers: 1, formalGivers: 0, informalGivers: 1, paidGivers: 0, hours: 4, hoursUnknown: 0 },
    });
  });

  it('says when a need rests on one person, and that they are over capacity', () => {
    expect(find(r, 'need-one-giver:meals')).toMatchObject({
      kind: 'gap',
      sentence: 'Only one person helps Ada with meals & food: Bo (over capacity: 6 hours a week against 5).',
      nodes: ['bo'],
      numbers: { givers: 1, hours: 4, hoursGiven: 6, capacity: 5 },
    });
    expect(find(r, 'need-one-giver:personal_care')?.sentence).toBe(
      'Only one person helps Ada with personal care (regulated): W.',
    );
  });

  it('says when only paid services meet a need', () => {
    expect(find(r, 'need-only-paid:personal_care')).toMatchObject({
      sentence: 'Only paid services help Ada with personal care (regulated): W.',
      nodes: ['w'],
      numbers: { givers: 1, hours: 10 },
    });
    expect(find(r, 'need-only-paid:meals')).toBeUndefined();
  });

  it('says when nobody meets a need, which dormant tie used to, and who on the map offers it', () => {
    expect(find(r, 'unmet-need:transport')).toMatchObject({
      sentence:
        'Nobody helps Ada with transport & lifts. It used to come from Bus; that tie has gone quiet. Cy offers it.',
      nodes: ['bus', 'cy'],
      ties: ['t-bus'],
      numbers: { givers: 0, dormantGivers: 1, offeredBy: 1 },
    });
    expect(find(r, 'unmet-need:life_admin')).toMatchObject({
      sentence: 'Nobody helps Ada with life admin (letters, appointments). Nobody on the map offers it.',
      nodes: [],
      numbers: { givers: 0, dormantGivers: 0, offeredBy: 0 },
    });
  });

  it('sums hours over several givers, "at least" when some have none recorded', () => {
    const doc = makeMap(
      [
        person('ada', 'Ada', { careNeeded: ['social'] }),
        person('a', 'A'),
        node('cafe', 'organisation', 'Café'),
      ],
      [
        tie('t1', 'a', 'ada', { careTypes: ['social'], hoursPerWeek: 1.5, frequency: 'weekly' }),
        tie('t2', 'cafe', 'ada', { careTypes: ['social'], frequency: 'occasional' }),
      ],
    );
    expect(find(report(doc), 'need-givers:social')?.sentence).toBe(
      'Social connection & engagement: 2 givers, at least 1.5 hours a week — A (informal, 1.5 hours a week, weekly) and Café (informal, occasionally).',
    );
    expect(find(report(doc), 'need-one-giver:social')).toBeUndefined();
  });
});

describe('strain', () => {
  const r = report(ada());

  it('finds a giver over their declared capacity, counting everything they give on the map', () => {
    expect(find(r, 'over-capacity:bo')).toMatchObject({
      kind: 'strain',
      sentence: 'Bo gives 6 hours a week of care against a capacity of 5; 4 of those hours go to Ada.',
      nodes: ['bo'],
      ties: ['t-bo', 't-bo-cy'],
      numbers: { hoursGiven: 6, capacity: 5, hoursToCentre: 4, ratio: 1.2 },
    });
    expect(r.findings.filter((f) => f.type === 'over-capacity')).toHaveLength(1);
  });

  it('finds a giver carrying most of the hours, with the concentration over hours', () => {
    // W. 10 of 14 hours (Bo 4, the GP none): share 10/14; Herfindahl (10/14)² + (4/14)² = 116/196.
    const most = find(r, 'most-hours:w');
    expect(most?.sentence).toBe('W. gives 10 of the 14 hours a week of care Ada receives (71.4%).');
    expect(most?.numbers.share).toBeCloseTo(10 / 14, 12);
    expect(most?.numbers.concentration).toBeCloseTo(116 / 196, 12);
  });

  it('stays quiet when nobody gives more than half the hours', () => {
    const doc = makeMap(
      [person('ada', 'Ada'), person('a', 'A'), person('b', 'B')],
      [tie('t1', 'a', 'ada', { hoursPerWeek: 5 }), tie('t2', 'b', 'ada', { hoursPerWeek: 5 })],
    );
    expect(report(doc).findings.filter((f) => f.type === 'most-hours')).toEqual([]);
  });

  it('lists the ties that have gone quiet, out of all the centre’s ties', () => {
    expect(find(r, 'dormant-ties:centre')).toMatchObject({
      sentence: "1 of Ada's 5 ties has gone quiet: Bus.",
      nodes: ['bus'],
      ties: ['t-bus'],
      numbers: { dormantTies: 1, ties: 5 },
    });
  });
});

describe('balance', () => {
  it('gives the informal share of hours and of givers, dormant ties left out', () => {
    expect(find(report(ada()), 'informal-share:centre')).toMatchObject({
      kind: 'balance',
      sentence:
        'Of the 14 hours a week of care Ada receives, 4 (28.6%) are informal and 10 formal, from 3 givers, 1 of them informal.',
      nodes: ['bo', 'w', 'dr'],
      numbers: {
        givers: 3,
        informalGivers: 1,
        formalGivers: 2,
        hours: 14,
        informalHours: 4,
        formalHours: 10,
        informalShare: 4 / 14,
      },
    });
  });

  it('words the share for a map with no hours or no care yet', () => {
    const noHours = makeMap(
      [person('ada', 'Ada'), person('a', 'A'), person('b', 'B')],
      [tie('t1', 'a', 'ada'), tie('t2', 'b', 'ada')],
    );
    expect(find(report(noHours), 'informal-share:centre')?.sentence).toBe(
      'Ada receives care from 2 givers, 2 of them informal; no hours are recorded yet.',
    );
    const alone = makeMap([person('ada', 'Ada')]);
    expect(find(report(alone), 'informal-share:centre')?.sentence).toBe(
      'Nobody on this map gives Ada care yet.',
    );
  });

  it('says whether the centre gives care too, mutual ties included', () => {
    expect(find(report(ada()), 'centre-gives:centre')).toMatchObject({
      sentence: 'Ada gives care too: to Cy, 1 hour a week.',
      nodes: ['cy'],
      numbers: { receivers: 1, hours: 1 },
    });
    const mutual = makeMap(
      [person('ada', 'Ada'), person('p', 'Pearl')],
      [tie('t1', 'p', 'ada', { mutual: true, hoursPerWeek: 1 })],
    );
    expect(find(report(mutual), 'centre-gives:centre')?.sentence).toBe(
      'Ada gives care too: to Pearl, 1 hour a week.',
    );
    const none = makeMap([person('ada', 'Ada'), person('p', 'Pearl')], [tie('t1', 'p', 'ada')]);
    expect(find(report(none), 'centre-gives:centre')?.sentence).toBe(
      'Ada gives no care to anyone on this map yet.',
    );
  });
});

describe('team candidates', () => {
  it('lists marked people first, then who offers or gives what the centre needs', () => {
    const r = report(ada());
    expect(r.findings.filter((f) => f.kind === 'candidate').map((f) => f.sentence)).toEqual([
      "Eve could join Ada's team: marked as able to join.",
      "Cy could join Ada's team: offers transport & lifts, which nobody gives Ada yet.",
      "Bo could join Ada's team: already helps with meals & food.",
      "W. could join Ada's team: already helps with personal care (regulated).",
    ]);
    expect(find(r, 'team-candidate:cy')).toMatchObject({
      nodes: ['cy'],
      numbers: { marked: 0, helpsWith: 0, offersUnmet: 1, offersOther: 0 },
    });
  });

  it('leaves out people already in a team the centre belongs to, and groups unless marked', () => {
    const doc = makeMap(
      [
        person('ada', 'Ada', { roles: ['team_owner'], careNeeded: ['meals'] }),
        node('team', 'team', 'Team Ada'),
        person('bo', 'Bo'),
        node('lunch', 'group', 'Lunch club', { careOffered: ['meals'] }),
      ],
      [
        tie('m1', 'ada', 'team', { kind: 'membership' }),
        tie('m2', 'bo', 'team', { kind: 'membership' }),
        tie('t1', 'bo', 'ada', { careTypes: ['meals'] }),
      ],
    );
    expect(report(doc).findings.filter((f) => f.kind === 'candidate')).toEqual([]);
    const marked = setTeamCandidate(doc, asNodeId('ada'), asNodeId('lunch'), true);
    expect(
      report(marked)
        .findings.filter((f) => f.kind === 'candidate')
        .map((f) => f.sentence),
    ).toEqual(["Lunch club could join Ada's team: marked as able to join; offers meals & food."]);
  });
});

describe('the report', () => {
  it('counts care into a team the centre owns as care to them', () => {
    const doc = makeMap(
      [
        person('ada', 'Ada', { roles: ['team_owner'], careNeeded: ['emotional'] }),
        node('team', 'team', 'Team Ada'),
        person('hana', 'Hana', { roles: ['coach'] }),
      ],
      [
        tie('m1', 'ada', 'team', { kind: 'membership' }),
        tie('t1', 'hana', 'team', { careTypes: ['emotional'], frequency: 'monthly' }),
      ],
    );
    expect(find(report(doc), 'need-givers:emotional')?.sentence).toBe(
      'Wellness, emotional & mental health support: Hana (informal, monthly).',
    );
  });

  it('is null for a centre that is not a person on the map', () => {
    expect(analyzeSupport(ada(), 'dr')).toBeNull();
    expect(analyzeSupport(ada(), 'nobody')).toBeNull();
  });
});
