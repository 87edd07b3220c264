import { describe, expect, it } from 'vitest';

import {
  type Aggregate,
  checkScoringSettings,
  clampScoringSettings,
  DEFAULT_SCORING_SETTINGS,
  formatProblem,
  type GroupScores,
  scoreBreakdown,
  scoreResponses,
  type SurveyDomainId,
} from '../../../src/model';
import { item, response } from './build';

const settings3 = clampScoringSettings({ minGroupSize: 3 });

function domain(g: GroupScores, id: SurveyDomainId) {
  if (g.kind !== 'scored') throw new Error(`group suppressed: ${g.message}`);
  const d = g.domains.find((x) => x.domain === id);
  if (d === undefined) throw new Error(`no domain ${id}`);
  return d;
}

function expectScore(a: Aggregate | undefined, n: number, score: number, band: string) {
  expect(a?.kind).toBe('score');
  if (a?.kind !== 'score') return;
  expect(a.n).toBe(n);
  expect(a.score).toBeCloseTo(score, 12);
  expect(a.band).toBe(band);
}

// Growth only: 2 + 2 + 2 + 2 + 4 items; i4 is reverse-scored.
const GROWTH_ITEMS = [
  item('i1', 'individual_development'),
  item('i2', 'individual_development'),
  item('i3', 'individual_change_agency'),
  item('i4', 'individual_change_agency', { reverse: true }),
  item('i5', 'independence_autonomy'),
  item('i6', 'independence_autonomy'),
  item('i7', 'inclusion_participation'),
  item('i8', 'inclusion_participation'),
  item('i9', 'learning_skills'),
  item('i10', 'learning_skills'),
  item('i11', 'learning_skills'),
  item('i12', 'learning_skills'),
];

/*
 * Hand-worked (reverse: i4 → 6 − x):
 * R1: dev (4+5)/2 = 4.5; agency (3 + (6−1))/2 = 4; indep (4+4)/2 = 4; incl (5+3)/2 = 4;
 *     learning (4+4+5+5)/4 = 4.5. Domain (4.5+4+4+4+4.5)/5 = 21/5 = 4.2.
 * R2: dev 2.5; agency (2 + (6−4))/2 = 2; indep 2.5; incl 3; learning 3 of 4 answered (75%, valid)
 *     (2+3+3)/3 = 8/3. Domain (2.5+2+2.5+3+8/3)/5 = 38/15.
 * R3: dev 1.5; agency (1 + (6−5))/2 = 1; indep 1 of 2 answered (50%) → invalid; incl 2;
 *     learning 1.5. 4 of 5 factors valid (80% ≥ 75%) → domain (1.5+1+2+1.5)/4 = 1.5.
 * R4: dev 1 of 2 → invalid; agency 1 of 2 → invalid; indep 5; incl 5; learning 5.
 *     3 of 5 factors valid (60% < 75%) → no Growth score for R4.
 * Group Growth = (4.2 + 38/15 + 1.5)/3 = 123.5/45 = 2.7444… → medium, n = 3.
 * Factors: dev (4.5+2.5+1.5)/3 = 8.5/3 medium n3; agency (4+2+1)/3 = 7/3 low n3;
 *          indep (4+2.5+5)/3 = 11.5/3 high n3; incl (4+3+2+5)/4 = 3.5 medium (cut-off) n4;
 *          learning (4.5+8/3+1.5+5)/4 = 41/12 medium n4.
 */
const GROWTH_RESPONSES = [
  response('R1', { i1: 4, i2: 5, i3: 3, i4: 1, i5: 4, i6: 4, i7: 5, i8: 3, i9: 4, i10: 4, i11: 5, i12: 5 }),
  response('R2', { i1: 2, i2: 3, i3: 2, i4: 4, i5: 3, i6: 2, i7: 3, i8: 3, i9: 2, i10: 3, i11: null, i12: 3 }),
  response('R3', { i1: 1, i2: 2, i3: 1, i4: 5, i5: 2, i6: null, i7: 2, i8: 2, i9: 1, i10: 2, i11: 2, i12: 1 }),
  response('R4', { i1: 5, i2: null, i3: 5, i5: 5, i6: 5, i7: 5, i8: 5, i9: 5, i10: 5, i11: 5, i12: 5 }),
];

describe('scoreResponses: a hand-worked set', () => {
  const g = scoreResponses(GROWTH_ITEMS, GROWTH_RESPONSES, settings3);

  it('scores the domain as the mean of respondent domain scores, with n', () => {
    expect(g.kind === 'scored' && g.n).toBe(4);
    expectScore(domain(g, 'growth').score, 3, 123.5 / 45, 'medium');
  });

  it('scores each factor from valid respondent factor scores (reverse items flipped, 75% rule)', () => {
    const f = domain(g, 'growth').factors;
    expectScore(f.individual_development, 3, 8.5 / 3, 'medium');
    expectScore(f.individual_change_agency, 3, 7 / 3, 'low');
    expectScore(f.independence_autonomy, 3, 11.5 / 3, 'high');
    expectScore(f.inclusion_participation, 4, 3.5, 'medium');
    expectScore(f.learning_skills, 4, 41 / 12, 'medium');
  });

  it('says when a domain has no items instead of scoring it', () => {
    expect(domain(g, 'wrb').score).toEqual({ kind: 'no_items', message: 'no items to score' });
    expect(domain(g, 'smc').factors.accountability).toEqual({ kind: 'no_items', message: 'no items to score' });
  });

  it('treats 2 of 3 answered as below 75%, and 3 of 4 as enough', () => {
    const items = [item('a', 'accountability'), item('b', 'accountability'), item('c', 'accountability'), item('d', 'task_management'), item('e', 'task_management'), item('f', 'task_management'), item('g', 'task_management')];
    const rs = [1, 2, 3].map((k) => response(`x${k}`, { a: 4, b: 4, c: null, d: k, e: k, f: k, g: null }));
    const smc = domain(scoreResponses(items, rs, settings3), 'smc');
    expect(smc.factors.accountability).toEqual({ kind: 'suppressed', message: 'fewer than 3 responses' }); // n = 0
    expectScore(smc.factors.task_management, 3, 2, 'low'); // (1 + 2 + 3) / 3
    // Domain: 1 valid factor of 2 asked (50%) → no respondent has an SMC score.
    expect(smc.score).toEqual({ kind: 'suppressed', message: 'fewer than 3 responses' });
  });
});

describe('the minimum group size', () => {
  it('shows no score for 4 responses under the default minimum of 5', () => {
    expect(DEFAULT_SCORING_SETTINGS.minGroupSize).toBe(5);
    expect(scoreResponses(GROWTH_ITEMS, GROWTH_RESPONSES)).toEqual({ kind: 'suppressed', message: 'fewer than 5 responses' });
  });

  it('refuses a minimum below 3 in a settings form, and clamps it to 3 when scoring', () => {
    const checked = checkScoringSettings({ minGroupSize: 2 });
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual(['minGroupSize: must be at least 3, so nobody can be picked out of a small group']);
    const clamped = clampScoringSettings({ minGroupSize: 2 });
    expect(clamped.minGroupSize).toBe(3);
    expect(scoreResponses(GROWTH_ITEMS, GROWTH_RESPONSES.slice(0, 2), clamped)).toEqual({ kind: 'suppressed', message: 'fewer than 3 responses' });
    expect(scoreResponses(GROWTH_ITEMS, GROWTH_RESPONSES.slice(0, 3), clamped).kind).toBe('scored');
  });

  it('suppresses a factor or domain whose own n is below the minimum even when the group is large enough', () => {
    // independence_autonomy among R1–R3: R3 invalid → n = 2 < 3.
    const g = scoreResponses(GROWTH_ITEMS, GROWTH_RESPONSES.slice(0, 3), settings3);
    expect(domain(g, 'growth').factors.independence_autonomy).toEqual({ kind: 'suppressed', message: 'fewer than 3 responses' });
    expectScore(domain(g, 'growth').score, 3, 123.5 / 45, 'medium');
  });
});

describe('placeholders and stakeholder versions', () => {
  const items = [item('p1', 'individual_development', { placeholder: true }), item('o1', 'individual_development')];
  const rs = [1, 2, 3].map((k) => response(`r${k}`, { p1: 5, o1: k }));

  it('includes placeholder items by default and leaves them out when the setting says so', () => {
    // With p1: (5+1)/2, (5+2)/2, (5+3)/2 → mean 3.5. Without: 1, 2, 3 → mean 2.
    expectScore(domain(scoreResponses(items, rs, settings3), 'growth').score, 3, 3.5, 'medium');
    const excluded = clampScoringSettings({ minGroupSize: 3, excludePlaceholders: true });
    expectScore(domain(scoreResponses(items, rs, excluded), 'growth').score, 3, 2, 'low');
  });

  it('asks each group only its own items', () => {
    const its = [item('all', 'group_unity'), item('rcv', 'group_unity', { stakeholders: ['care_receiver'] })];
    // Workers: only "all" applies → 1 of 1 answered. Receivers: 1 of 2 → invalid.
    const workers = [4, 4, 5].map((v, k) => response(`w${k}`, { all: v }));
    const receivers = [2, 2, 2].map((v, k) => response(`c${k}`, { all: v }, { stakeholder: 'care_receiver' }));
    expectScore(domain(scoreResponses(its, [...workers, ...receivers], settings3), 'wrb').score, 3, 13 / 3, 'high');
  });
});

describe('scoreBreakdown: per-team scores without identifying anyone', () => {
  const one = [item('q', 'individual_development')];
  const byTeam = (rs: ReturnType<typeof response>[]) =>
    scoreBreakdown(one, rs, (r) => r.team, settings3).map((b) => [b.key, b.scores.kind === 'scored' ? domain(b.scores, 'growth').score : b.scores.message]);

  it('hides a small team and, so it cannot be derived from the overall score, the next smallest', () => {
    const rs = [
      ...[1, 2, 3].map((v, k) => response(`a${k}`, { q: v }, { team: 'A' })),
      ...[4, 4, 5].map((v, k) => response(`b${k}`, { q: v }, { team: 'B' })),
      response('c0', { q: 5 }, { team: 'C' }),
    ];
    // C (1) hidden; 1 < 3 so the smallest shown team, A (3, first of the tie), is hidden too.
    expect(byTeam(rs)).toEqual([
      ['A', 'fewer than 3 responses'],
      ['B', { kind: 'score', n: 3, score: 13 / 3, band: 'high' }],
      ['C', 'fewer than 3 responses'],
    ]);
  });

  it('hides both teams when one of two is too small, and lists respondents without a team last', () => {
    const rs = [
      ...[1, 2, 3, 4].map((v, k) => response(`a${k}`, { q: v }, { team: 'A' })),
      ...[5, 5].map((v, k) => response(`b${k}`, { q: v }, { team: 'B' })),
    ];
    expect(byTeam(rs)).toEqual([
      ['A', 'fewer than 3 responses'],
      ['B', 'fewer than 3 responses'],
    ]);
    const withNone = [...rs, ...[2, 2, 2].map((v, k) => response(`n${k}`, { q: v }))];
    // B (2) hidden; the smallest shown group is "no team" (3 < 4), hidden too; A: (1+2+3+4)/4.
    expect(byTeam(withNone)).toEqual([
      ['A', { kind: 'score', n: 4, score: 2.5, band: 'medium' }],
      ['B', 'fewer than 3 responses'],
      [null, 'fewer than 3 responses'],
    ]);
  });

  it('applies the same rule to a domain score whose n is small inside a large enough team', () => {
    const rs = [
      ...[3, 3, 3, 3].map((v, k) => response(`a${k}`, { q: v }, { team: 'A' })),
      ...[4, 4].map((v, k) => response(`b${k}`, { q: v }, { team: 'B' })),
      ...[0, 1].map((k) => response(`bx${k}`, { q: null }, { team: 'B' })),
    ];
    const out = scoreBreakdown(one, rs, (r) => r.team, settings3);
    expect(out.map((b) => b.scores.kind)).toEqual(['scored', 'scored']);
    expect(out.map((b) => (b.scores.kind === 'scored' ? domain(b.scores, 'growth').score : null))).toEqual([
      { kind: 'suppressed', message: 'fewer than 3 responses' },
      { kind: 'suppressed', message: 'fewer than 3 responses' },
    ]);
  });
});
