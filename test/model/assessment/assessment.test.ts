import { describe, expect, it } from 'vitest';

import {
  assessmentsOf,
  CAPACITY_DIMENSIONS,
  capacityLadder,
  checkIntegrity,
  comparisonMatrix,
  dimensionHistory,
  formatProblem,
  latestAssessments,
  overstretchSignals,
  upsertRecord,
} from '../../../src/model';
import { larkspur, withRecords } from '../governance/fixture';

const fmt = (r: ReturnType<typeof upsertRecord>) => (r.ok ? [] : r.problems.map(formatProblem));

function assess(id: string, partner: string, date: string, levels: Record<string, number | null>, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'capacityAssessment',
    partner,
    date,
    assessors: [{ nodeId: 'efe' }, { name: 'Visiting evaluator' }],
    ratings: Object.fromEntries(Object.entries(levels).map(([d, level]) => [d, { level }])),
    ...extra,
  };
}

/** §10.4: LNT twice (Stress & Wellbeing 2 → 1), Mind the Gap once (strong Participation, weak Resources), the Kettle once (high Motivation, low Governance). */
const sample = () =>
  withRecords(larkspur(), [
    assess('a-lnt-2', 'lnt', '2025-09-01', { stress_wellbeing: 1, resources: 3, participation: 3, motivation: 4 }),
    assess('a-kettle', 'kettle', '2025-05-01', { power_governance: 1, motivation: 4, stress_wellbeing: 2, resources: null }),
    assess('a-lnt-1', 'lnt', '2025-03-01', { stress_wellbeing: 2, resources: 2, participation: 3 }, { method: 'interview' }),
    assess('a-mtg', 'mtg', '2025-04-01', { participation: 4, resources: 1 }),
  ]);

describe('the frame', () => {
  it('has the ten dimensions in the brief’s order and the placeholder ladder', () => {
    expect(CAPACITY_DIMENSIONS.map((d) => `${d.number} ${d.label}`)).toEqual([
      '1 Power Distribution and Governance Structures',
      '2 Resources for Co-Production',
      '3 Communication and Information Sharing',
      '4 Capacity for Change or Innovation',
      '5 Levels of Trust and Social Capital',
      '6 Participation Mechanisms',
      '7 Conflict Resolution',
      '8 Stress, Fatigue & Wellbeing Levels',
      '9 Accountability Mechanisms',
      '10 Motivations and Drivers (Internal/External Incentives)',
    ]);
    const ladder = capacityLadder(larkspur());
    expect([ladder.source, ladder.levels]).toEqual(['default', ['Minimal', 'Emerging', 'Developing', 'Embedded']]);
    expect([1, 2, 3, 4].map((l) => ladder.descriptor('stress_wellbeing', l))).toEqual([
      'Overstretched, signs of burnout.',
      undefined,
      undefined,
      'Workload and wellbeing actively managed.',
    ]);
  });

  it('uses an edited matrix record once there is one', () => {
    const doc = withRecords(larkspur(), [
      { id: 'm', type: 'capacityMatrix', levels: ['Not yet', 'Starting', 'Doing', 'Leading', 'Teaching'], descriptors: [{ dimension: 'resources', level: 5, text: 'Lends kit to others' }] },
    ]);
    const ladder = capacityLadder(doc);
    expect([ladder.source, ladder.levels.length, ladder.descriptor('resources', 5), ladder.descriptor('resources', 1)]).toEqual(['matrix', 5, 'Lends kit to others', undefined]);
    expect(fmt(upsertRecord(doc, { id: 'm', type: 'capacityMatrix', levels: ['One'], descriptors: [] }))).toEqual(['records[0].levels: needs at least 2 levels']);
    expect(fmt(upsertRecord(doc, { id: 'm', type: 'capacityMatrix', levels: ['a', 'b'], descriptors: [{ dimension: 'resources', level: 3, text: 'x' }] }))).toEqual([
      'records[0].descriptors[0].level: there are only 2 levels',
    ]);
  });
});

describe('assessment records', () => {
  it('refuses a level outside the ladder, an unknown dimension and a partner that is a person', () => {
    expect(fmt(upsertRecord(larkspur(), assess('a', 'lnt', '2025-01-01', { resources: 0, charisma: 2 })))).toEqual([
      'records[0].ratings.resources.level: levels start at 1',
      'records[0].ratings: Unrecognized key: "charisma"',
    ]);
    expect(fmt(upsertRecord(larkspur(), assess('a', 'lnt', '2025-01-01', { resources: 5 })))).toEqual([
      'records[0].ratings.resources.level: is 5, but the readiness matrix has 4 levels',
    ]);
    expect(fmt(upsertRecord(larkspur(), assess('a', 'maud', '2025-01-01', {}, { assessors: [{ nodeId: 'kettle' }] })))).toEqual([
      'records[0].partner: "Maud" is a person; an assessed partner must be a group, organisation or space',
      'records[0].assessors[0].nodeId: "The Kettle Café" is a space; an assessor must be a person',
    ]);
  });

  it('keeps re-assessments: the sample is valid and holds two for LNT', () => {
    const doc = sample();
    expect(checkIntegrity(doc)).toEqual([]);
    expect(assessmentsOf(doc, 'lnt').map((a) => [a.id, a.method])).toEqual([
      ['a-lnt-1', 'interview'],
      ['a-lnt-2', 'meeting'],
    ]);
  });
});

describe('queries', () => {
  const doc = sample();

  it('finds each partner’s latest assessment', () => {
    expect([...latestAssessments(doc)].map(([p, a]) => [p, a.id])).toEqual([
      ['lnt', 'a-lnt-2'],
      ['mtg', 'a-mtg'],
      ['kettle', 'a-kettle'],
    ]);
  });

  it('shows how one dimension moved over time', () => {
    expect(dimensionHistory(doc, 'lnt', 'stress_wellbeing')).toEqual([
      { assessment: 'a-lnt-1', date: '2025-03-01', level: 2, change: null },
      { assessment: 'a-lnt-2', date: '2025-09-01', level: 1, change: -1 },
    ]);
    expect(dimensionHistory(doc, 'lnt', 'motivation').map((p) => [p.level, p.change])).toEqual([
      [null, null],
      [4, null],
    ]);
  });

  it('builds a partners × dimensions matrix in map order', () => {
    const rows = comparisonMatrix(doc);
    expect(rows.map((r) => [r.partner, r.levels.stress_wellbeing, r.levels.resources, r.levels.participation, r.levels.power_governance, r.levels.motivation])).toEqual([
      ['lnt', 1, 3, 3, null, 4],
      ['mtg', null, 1, 4, null, null],
      ['kettle', 2, null, null, 1, 4],
    ]);
    expect(Object.keys(rows[0]?.levels ?? {})).toHaveLength(10);
    expect(comparisonMatrix(doc, ['kettle']).map((r) => r.partner)).toEqual(['kettle']);
  });

  it('flags partners whose latest Stress & Wellbeing or Resources level is at the bottom', () => {
    expect(overstretchSignals(doc)).toEqual([
      { partner: 'lnt', assessment: 'a-lnt-2', date: '2025-09-01', low: [{ dimension: 'stress_wellbeing', level: 1 }] },
      { partner: 'mtg', assessment: 'a-mtg', date: '2025-04-01', low: [{ dimension: 'resources', level: 1 }] },
    ]);
    // Threshold 2: the Kettle's Stress & Wellbeing (2) counts; its Resources are rated only in words.
    expect(overstretchSignals(doc, { threshold: 2 }).map((s) => [s.partner, s.low.map((l) => l.dimension)])).toEqual([
      ['lnt', ['stress_wellbeing']],
      ['mtg', ['resources']],
      ['kettle', ['stress_wellbeing']],
    ]);
    // Only the latest assessment counts: before a-lnt-2, LNT was at 2 on both.
    const before = { ...doc, records: doc.records.filter((r) => r.id !== 'a-lnt-2') };
    expect(overstretchSignals(before).map((s) => s.partner)).toEqual(['mtg']);
  });
});
