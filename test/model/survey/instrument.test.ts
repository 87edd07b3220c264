import { describe, expect, it } from 'vitest';

import {
  appliesTo,
  BAND_MEANINGS,
  bandOf,
  BANDS,
  DEFAULT_ITEM_BANK,
  RESPONSE_SCALE,
  STAKEHOLDER_GROUPS,
  SURVEY_DOMAINS,
  SurveyItemSchema,
} from '../../../src/model';

describe('the survey frame', () => {
  it('has three domains with exactly the brief’s factors', () => {
    expect(SURVEY_DOMAINS.map((d) => [d.label, d.factors.map((f) => f.label)])).toEqual([
      ['Growth', ['Individual Development', 'Individual Change Agency', 'Independence & Autonomy', 'Inclusion & Participation', 'Learning & Skills Development']],
      ['Well-being, Relationships & Belonging', ['Well-being Levels', 'Caregiving Relationships', 'Group Unity & Cohesion', 'Community Connection & Belonging']],
      ['Systems Maintenance & Co-production', ['Decision-making & Planning', 'Effective Task Management', 'Accountability', 'Change & Innovation']],
    ]);
  });

  it('has five stakeholder versions and a 1–5 agreement scale', () => {
    expect(STAKEHOLDER_GROUPS.map((g) => g.id)).toEqual(['family', 'care_worker', 'member', 'volunteer', 'care_receiver']);
    expect(RESPONSE_SCALE.map((s) => `${s.value} ${s.label}`)).toEqual([
      '1 Strongly disagree',
      '2 Disagree',
      '3 Neither agree nor disagree',
      '4 Agree',
      '5 Strongly agree',
    ]);
  });
});

describe('the local default item bank', () => {
  it('has 2–3 valid, placeholder-marked statements per factor with unique ids', () => {
    for (const d of SURVEY_DOMAINS) {
      for (const f of d.factors) {
        const n = DEFAULT_ITEM_BANK.filter((i) => i.factor === f.id && i.domain === d.id).length;
        expect([f.id, n >= 2 && n <= 3]).toEqual([f.id, true]);
      }
    }
    expect(DEFAULT_ITEM_BANK).toHaveLength(34);
    expect(new Set(DEFAULT_ITEM_BANK.map((i) => i.id)).size).toBe(34);
    expect(DEFAULT_ITEM_BANK.every((i) => i.placeholder && SurveyItemSchema.safeParse(i).success)).toBe(true);
    expect(DEFAULT_ITEM_BANK.filter((i) => i.reverse).map((i) => i.id)).toEqual([
      'ld.individual_change_agency.3',
      'ld.independence_autonomy.3',
      'ld.learning_skills.3',
      'ld.wellbeing_levels.3',
      'ld.caregiving_relationships.3',
      'ld.community_connection.3',
      'ld.task_management.3',
      'ld.change_innovation.3',
    ]);
  });

  it('asks every stakeholder group at least one statement of every factor', () => {
    for (const g of STAKEHOLDER_GROUPS) {
      for (const f of SURVEY_DOMAINS.flatMap((d) => d.factors)) {
        expect([g.id, f.id, DEFAULT_ITEM_BANK.some((i) => i.factor === f.id && appliesTo(i, g.id))]).toEqual([g.id, f.id, true]);
      }
    }
    const autonomy = DEFAULT_ITEM_BANK.filter((i) => i.factor === 'independence_autonomy');
    expect(autonomy.filter((i) => appliesTo(i, 'care_receiver')).map((i) => i.id)).toEqual(['ld.independence_autonomy.1', 'ld.independence_autonomy.3']);
    expect(autonomy.filter((i) => appliesTo(i, 'volunteer')).map((i) => i.id)).toEqual(['ld.independence_autonomy.2', 'ld.independence_autonomy.3']);
  });
});

describe('bands', () => {
  it('puts the cut-offs themselves in medium', () => {
    expect([1, 2.49, 2.5, 3, 3.5, 3.51, 5].map((s) => bandOf(s))).toEqual(['low', 'low', 'medium', 'medium', 'medium', 'high', 'high']);
    // A mean that is 3.5 on paper but one unit in the last place above it in floating point.
    expect(3.5000000000000004 > 3.5).toBe(true);
    expect(bandOf(3.5000000000000004)).toBe('medium');
    expect(bandOf(2.4999999999999996)).toBe('medium');
    expect(bandOf(3, { lowBelow: 3.2, highAbove: 4 })).toBe('low');
  });

  it('has a meaning for every domain and band, marking the inferred ones', () => {
    const marks = Object.fromEntries(SURVEY_DOMAINS.map((d) => [d.id, BANDS.map((b) => BAND_MEANINGS[d.id][b].source)]));
    expect(marks).toEqual({
      growth: ['inferred', 'playbook', 'playbook'],
      wrb: ['playbook', 'inferred', 'inferred'],
      smc: ['playbook', 'playbook', 'inferred'],
    });
    for (const d of SURVEY_DOMAINS) for (const b of BANDS) expect(BAND_MEANINGS[d.id][b].summary.length).toBeGreaterThan(20);
  });
});
