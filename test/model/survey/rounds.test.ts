import { describe, expect, it } from 'vitest';

import { checkIntegrity, formatProblem, type GroupScores, scoreRound, scoreRoundsOf, upsertRecord } from '../../../src/model';
import { CIRCLE, larkspur, TEAM_ASH, withRecords } from '../governance/fixture';

const instrument = {
  id: 'inst',
  type: 'surveyInstrument',
  label: 'Larkspur edit',
  owner: CIRCLE,
  items: [
    { id: 'g', domain: 'growth', factor: 'individual_development', text: 'I grow here' },
    { id: 's', domain: 'smc', factor: 'decision_planning', text: 'Decisions are made by consent', reverse: true },
  ],
  settings: { minGroupSize: 3 },
};

const answer = (id: string, round: string, g: number, s: number, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'surveyResponse',
  round,
  stakeholder: 'care_worker',
  date: '2025-03-10',
  answers: { g, s },
  ...extra,
});

function growthAndSmc(g: GroupScores) {
  if (g.kind !== 'scored') return g.message;
  return g.domains.filter((d) => d.domain !== 'wrb').map((d) => (d.score.kind === 'score' ? [d.domain, d.score.n, d.score.score, d.score.band] : [d.domain, d.score.message]));
}

describe('scoring a round stored in the document', () => {
  const doc = withRecords(larkspur(), [
    instrument,
    { id: 'r2', type: 'surveyRound', scope: CIRCLE, label: 'Autumn', opened: '2025-09-01', instrument: 'inst' },
    { id: 'r1', type: 'surveyRound', scope: CIRCLE, label: 'Spring', opened: '2025-03-01', closed: '2025-03-31', instrument: 'inst' },
    // Spring: 3 workers in Team Ash, 3 volunteers without a team.
    answer('a1', 'r1', 3, 4, { team: TEAM_ASH }),
    answer('a2', 'r1', 3, 5, { team: TEAM_ASH }),
    answer('a3', 'r1', 4, 4, { team: TEAM_ASH }),
    answer('a4', 'r1', 2, 3, { stakeholder: 'volunteer' }),
    answer('a5', 'r1', 3, 3, { stakeholder: 'volunteer' }),
    answer('a6', 'r1', 3, 2, { stakeholder: 'volunteer' }),
    // Autumn: 3 responses.
    answer('b1', 'r2', 4, 2, { date: '2025-09-10' }),
    answer('b2', 'r2', 5, 2, { date: '2025-09-10' }),
    answer('b3', 'r2', 4, 1, { date: '2025-09-10' }),
  ]);

  it('is a valid document', () => {
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('scores overall, per team and per stakeholder group with the instrument’s settings', () => {
    const s = scoreRound(doc, 'r1');
    expect(s?.source).toBe('instrument');
    expect(s?.settings.minGroupSize).toBe(3);
    // Growth: (3+3+4+2+3+3)/6 = 3. SMC reversed (6 − x): 2, 1, 2, 3, 3, 4 → 15/6 = 2.5.
    expect(growthAndSmc(s?.overall as GroupScores)).toEqual([
      ['growth', 6, 3, 'medium'],
      ['smc', 6, 2.5, 'medium'],
    ]);
    // Team Ash: growth 10/3, smc (2+1+2)/3 = 5/3. No team: growth 8/3, smc 10/3.
    expect(s?.byTeam.map((b) => [b.key, growthAndSmc(b.scores)])).toEqual([
      [TEAM_ASH, [['growth', 3, 10 / 3, 'medium'], ['smc', 3, 5 / 3, 'low']]],
      [null, [['growth', 3, 8 / 3, 'medium'], ['smc', 3, 10 / 3, 'medium']]],
    ]);
    expect(s?.byStakeholder.map((b) => b.key)).toEqual(['care_worker', 'volunteer']);
    expect(s?.byGroupTag.map((b) => [b.key, b.scores.kind])).toEqual([[null, 'scored']]);
  });

  it('lets the caller override settings but never below a group of 3', () => {
    expect(scoreRound(doc, 'r1', { minGroupSize: 7 })?.overall).toEqual({ kind: 'suppressed', message: 'fewer than 7 responses' });
    expect(scoreRound(doc, 'r1', { minGroupSize: 1 })?.settings.minGroupSize).toBe(3);
  });

  it('lists a scope’s rounds oldest first, for charts over time', () => {
    // Autumn growth (4+5+4)/3 = 13/3 high; smc reversed 4, 4, 5 → 13/3 high.
    expect(scoreRoundsOf(doc, CIRCLE).map((r) => [r.round.label, growthAndSmc(r.overall)])).toEqual([
      ['Spring', [['growth', 6, 3, 'medium'], ['smc', 6, 2.5, 'medium']]],
      ['Autumn', [['growth', 3, 13 / 3, 'high'], ['smc', 3, 13 / 3, 'high']]],
    ]);
    expect(scoreRound(doc, 'nope')).toBeUndefined();
  });

  it('never returns a response, a respondent or an answer', () => {
    const text = JSON.stringify(scoreRound(doc, 'r1'));
    for (const leak of ['"a1"', 'answers', 'respondent', '2025-03-10']) expect(text.includes(leak)).toBe(false);
  });
});

describe('survey record rules', () => {
  it('refuses a stored minimum group size below 3', () => {
    const r = upsertRecord(larkspur(), { ...instrument, settings: { minGroupSize: 2 } });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['records[0].settings.minGroupSize: must be at least 3, so nobody can be picked out of a small group']);
  });

  it('drops a "__proto__" answer key without touching any prototype', () => {
    const doc = withRecords(larkspur(), [{ id: 'r1', type: 'surveyRound', scope: TEAM_ASH, label: 'R', opened: '2025-03-01' }]);
    const raw = JSON.parse('{"id":"e","type":"surveyResponse","round":"r1","stakeholder":"family","date":"2025-03-02","answers":{"__proto__":{"polluted":1},"ld.group_unity.1":3}}');
    const r = upsertRecord(doc, raw);
    const stored = r.ok ? (r.value.records[1] as unknown as { answers: object }) : undefined;
    expect(stored === undefined ? undefined : [Object.keys(stored.answers), Object.getPrototypeOf(stored.answers) === Object.prototype]).toEqual([['ld.group_unity.1'], true]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a name given with a response, and checks the round and the answers', () => {
    const doc = withRecords(larkspur(), [{ id: 'r1', type: 'surveyRound', scope: TEAM_ASH, label: 'R', opened: '2025-03-01' }]);
    const named = upsertRecord(doc, { ...answer('a', 'r1', 3, 3), answers: { 'ld.group_unity.1': 4 }, name: 'Maud' });
    expect(named.ok && named.value.records[1]).toEqual({
      id: 'a',
      type: 'surveyResponse',
      round: 'r1',
      stakeholder: 'care_worker',
      date: '2025-03-10',
      answers: { 'ld.group_unity.1': 4 },
    });
    const bad = upsertRecord(doc, { ...answer('b', 'r9', 3, 3), date: '2025-01-01', team: 'maud' });
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).toEqual([
      'records[1].round: no survey round "r9"',
      'records[1].team: "Maud" is a person; a respondent’s team must be a team',
    ]);
    const early = upsertRecord(doc, { ...answer('c', 'r1', 3, 3), date: '2025-01-01' });
    expect(early.ok ? [] : early.problems.map(formatProblem)).toEqual([
      'records[1].date: is before the round opened (2025-03-01)',
      'records[1].answers.g: answers an item the round’s instrument does not have',
      'records[1].answers.s: answers an item the round’s instrument does not have',
    ]);
  });
});
