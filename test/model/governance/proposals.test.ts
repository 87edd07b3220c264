import { describe, expect, it } from 'vitest';

import { asNodeId, canConsent, formatProblem, openObjections, proposalsOf, searchProposals, tallyConsentRound, upsertRecord } from '../../../src/model';
import { CIRCLE, larkspur, TEAM_ASH, withRecords } from './fixture';

const fmt = (r: ReturnType<typeof upsertRecord>) => (r.ok ? [] : r.problems.map(formatProblem));
const who = (nodeId: string) => ({ nodeId: asNodeId(nodeId) });

/** §10.3 proposal 1: consented, review date in 6 months. */
const huddles = {
  id: 'p-huddles',
  type: 'proposal',
  context: CIRCLE,
  title: 'Use the Kettle Café for monthly Care Commons Huddles',
  summary: 'Hold the huddle at the Kettle Café on the first Monday of each month.',
  why: 'It is step-free and on the bus route.',
  proposedBy: who('efe'),
  raisedAt: '2025-01-06',
  status: 'consented',
  outcome: 'consented',
  decidedAt: '2025-01-20',
  reviewDate: '2025-07-20',
  consentRound: [
    { participant: who('aiyana'), response: 'consent' },
    { participant: who('bram'), response: 'concern', reason: 'Noise at lunchtime' },
    { participant: who('chidi'), response: 'absent' },
  ],
};

/** §10.3 proposal 2: an objection integrated (monthly cap), then consented in amended form. */
const lifts = {
  id: 'p-lifts',
  type: 'proposal',
  context: CIRCLE,
  title: 'Pay travel expenses for volunteer lifts',
  summary: 'Reimburse mileage for volunteers who give lifts.',
  proposedBy: { name: 'Maud (via the lifts rota)' },
  raisedAt: '2025-02-03',
  status: 'amended',
  outcome: 'amended',
  decidedAt: '2025-02-17',
  decision: 'Reimburse mileage up to a monthly cap of £40 per volunteer.',
  horizon: 'long_term',
  decisionType: 'policy',
  consentRound: [
    { participant: who('aiyana'), response: 'consent' },
    { participant: who('dora'), response: 'objection', reason: 'The budget cannot carry unlimited mileage', resolution: 'integrated', resolutionNote: 'Monthly CAP added' },
  ],
};

const draft = {
  id: 'p-rota',
  type: 'proposal',
  context: TEAM_ASH,
  title: 'Swap the Sunday rota',
  raisedAt: '2025-02-03',
  status: 'in_consent_round',
  consentRound: [
    { participant: who('maud'), response: 'objection', reason: 'Sunday is my only day off' },
    { participant: who('w'), response: 'consent' },
  ],
};

describe('proposal records', () => {
  it('accepts the governance sample with defaults filled in', () => {
    const doc = withRecords(larkspur(), [huddles, lifts, draft]);
    const [first] = proposalsOf(doc, CIRCLE).slice(-1);
    expect(first).toMatchObject({ id: 'p-huddles', horizon: 'everyday', decisionType: 'operational' });
  });

  it('refuses "consented" while an objection is open, and an objection without a reason', () => {
    const open = { ...draft, status: 'consented', decidedAt: '2025-02-10' };
    expect(fmt(upsertRecord(larkspur(), open))).toEqual(['records[0].consentRound[0].resolution: cannot be consented while this objection is unresolved']);
    const noReason = { ...draft, consentRound: [{ participant: who('maud'), response: 'objection' }, { participant: who('w'), response: 'consent', resolution: 'integrated' }] };
    expect(fmt(upsertRecord(larkspur(), noReason))).toEqual([
      'records[0].consentRound[0].reason: an objection needs a reason',
      'records[0].consentRound[1].resolution: only an objection is resolved; this is a consent',
    ]);
  });

  it('refuses an outcome that disagrees with the status, a missing decision date and dates out of order', () => {
    expect(fmt(upsertRecord(larkspur(), { ...huddles, status: 'withdrawn', decidedAt: undefined }))).toEqual([
      'records[0].status: is "withdrawn" but the outcome is "consented"',
      'records[0].decidedAt: a consented proposal needs the date it was decided',
    ]);
    expect(fmt(upsertRecord(larkspur(), { ...huddles, decidedAt: '2025-01-01', reviewDate: '2024-12-01' }))).toEqual([
      'records[0].decidedAt: decided (2025-01-01) before it was raised (2025-01-06)',
      'records[0].reviewDate: review date (2024-12-01) is before the decision (2025-01-01)',
    ]);
  });

  it('refuses a deciding body that is not a team or circle and a participant who is not a person', () => {
    const bad = { ...draft, context: 'lnt', consentRound: [{ participant: who('kettle'), response: 'consent' }] };
    expect(fmt(upsertRecord(larkspur(), bad))).toEqual([
      'records[0].context: "Larkspur Neighbours Together" is an organisation; the deciding body must be a team or circle',
      'records[0].consentRound[0].participant.nodeId: "The Kettle Café" is a space; a participant must be a person',
    ]);
  });
});

describe('canConsent', () => {
  it('needs every objection resolved, someone present, and not withdrawn', () => {
    expect(canConsent({ status: 'in_consent_round', consentRound: [] })).toBe(false);
    expect(canConsent({ status: 'in_consent_round', consentRound: [{ participant: who('a'), response: 'absent' }] })).toBe(false);
    expect(canConsent({ status: 'in_consent_round', consentRound: [{ participant: who('a'), response: 'concern', reason: 'x' }] })).toBe(true);
    const objection = { participant: who('m'), response: 'objection' as const, reason: 'r' };
    expect(canConsent({ status: 'objection_integration', consentRound: [objection] })).toBe(false);
    for (const resolution of ['integrated', 'withdrawn', 'amended'] as const) {
      expect(canConsent({ status: 'objection_integration', consentRound: [{ ...objection, resolution }] })).toBe(true);
    }
    expect(canConsent({ status: 'withdrawn', consentRound: [{ participant: who('a'), response: 'consent' }] })).toBe(false);
  });

  it('lists open objections and tallies the round', () => {
    const p = { consentRound: [...draft.consentRound, { participant: who('k'), response: 'objection' as const, reason: 'x', resolution: 'withdrawn' as const }] } as Parameters<typeof openObjections>[0];
    expect(openObjections(p)).toEqual([0]);
    expect(tallyConsentRound(p)).toEqual({ consent: 1, objection: 2, concern: 0, absent: 0 });
  });
});

describe('searchProposals', () => {
  const doc = withRecords(larkspur(), [huddles, lifts, draft]);
  const search = (q: string, context?: string) => searchProposals(doc, q, context === undefined ? {} : { context }).map((p) => p.id);

  it('matches title, summary and objection texts, case-insensitively, newest first', () => {
    expect(search('')).toEqual(['p-lifts', 'p-rota', 'p-huddles']);
    expect(search('KETTLE')).toEqual(['p-huddles']);
    expect(search('monthly')).toEqual(['p-lifts', 'p-huddles']); // "monthly cap" note; "monthly Care Commons Huddles"
    expect(search('cap')).toEqual(['p-lifts']);
    expect(search('day off')).toEqual(['p-rota']); // objection reason, both words
    expect(search('noise')).toEqual(['p-huddles']); // a concern's reason
    expect(search('sunday kettle')).toEqual([]);
    expect(search('maud')).toEqual(['p-lifts']); // free-text proposer
  });

  it('limits to one team or circle', () => {
    expect(search('', TEAM_ASH)).toEqual(['p-rota']);
    expect(search('monthly', TEAM_ASH)).toEqual([]);
  });
});
