// @vitest-environment jsdom
// The Survey view: domain scores with bands and what they suggest, the minimum group size, a
// response entered through the form (anonymous), and the instrument copy with its local settings.
// Expected scores are worked out by hand from the built-in bank (see each test).
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { appliesTo, BAND_MEANINGS, DEFAULT_ITEM_BANK, getRecords, type StakeholderGroup } from '../../../src/model';
import { selectUndoLabel } from '../../../src/store';
import SurveyView from '../../../src/views/survey/SurveyView';
import { makeMap, node } from '../../helpers/build';
import { viewUnderTest } from '../../helpers/viewUnderTest';

const { mount, st, doc } = viewUnderTest();

/**
 * Growth items answered so they score 4 (raw 4, reverse-scored raw 2), WRB so they score 3, SMC
 * so they score 2 (raw 2, reverse raw 4): every factor, hence every domain, scores 4 / 3 / 2.
 */
function answers(group: StakeholderGroup): Record<string, number> {
  const target = { growth: 4, wrb: 3, smc: 2 } as const;
  return Object.fromEntries(DEFAULT_ITEM_BANK.filter((i) => appliesTo(i, group)).map((i) => [i.id, i.reverse ? 6 - target[i.domain] : target[i.domain]]));
}

function setup(responses: number) {
  const records = [
    { id: 'r1', type: 'surveyRound', scope: 'ash', label: 'Spring', opened: '2026-01-01' },
    ...Array.from({ length: responses }, (_, i) => ({
      id: `sr${i}`,
      type: 'surveyResponse',
      round: 'r1',
      stakeholder: 'care_worker',
      team: 'ash',
      date: '2026-01-05',
      answers: answers('care_worker'),
    })),
  ];
  mount({ ...makeMap([node('ash', 'team', 'Team Ash')]), records }, <SurveyView />);
}

const domainScores = () => screen.getAllByTestId('domain-score').map((li) => [li.dataset.domain, li.dataset.band, li.querySelector('[data-testid="domain-score-value"]')?.textContent]);

describe('SurveyView scores', () => {
  beforeEach(() => setup(5));

  it('shows each domain with its band and what the band suggests', () => {
    expect(domainScores()).toEqual([
      ['growth', 'high', '4.00 · High (n = 5)'],
      ['wrb', 'medium', '3.00 · Medium (n = 5)'],
      ['smc', 'low', '2.00 · Low (n = 5)'],
    ]);
    const growth = screen.getAllByTestId('domain-score')[0]!;
    expect(growth.textContent).toContain(BAND_MEANINGS.growth.high.summary);
    // WRB medium is a suggested reading, and says so in words for a workshop, not internal ones.
    const wrb = screen.getAllByTestId('domain-score')[1]!.textContent;
    expect(wrb).toContain('A suggested reading');
    expect(wrb).not.toMatch(/brief|our reading/);
    // Domains by their full names, in the list and the chart.
    expect(wrb).toContain('Well-being, Relationships & Belonging');
    const chartText = within(screen.getByTestId('domain-chart')).getByRole('img').textContent ?? '';
    expect(chartText).toContain('Systems Maintenance');
    expect(chartText).not.toMatch(/\bWRB\b|\bSMC\b/);
    expect(within(screen.getByTestId('domain-chart')).getByRole('img').querySelector('title')?.textContent).toBe('Domain scores, Spring');
  });

  it('says the cut-offs are local settings, and makes an editable copy of the instrument in one step', () => {
    expect(screen.getByTestId('settings-note').textContent).toContain('not playbook values');
    expect(screen.getByTestId('instrument-source').textContent).toContain('local default');
    fireEvent.click(screen.getByTestId('instrument-copy'));
    const [instrument] = getRecords(doc(), 'surveyInstrument');
    expect(instrument?.items).toHaveLength(DEFAULT_ITEM_BANK.length);
    expect(getRecords(doc(), 'surveyRound')[0]?.instrument).toBe(instrument?.id);
    expect(selectUndoLabel(st())).toBe('Editable survey for “Team Ash”');

    const field = screen.getByTestId('setting-minGroupSize');
    fireEvent.change(field, { target: { value: '2' } });
    fireEvent.blur(field);
    expect(screen.getByTestId('setting-minGroupSize-field-error').textContent).toBe(
      'minGroupSize: must be at least 3, so nobody can be picked out of a small group',
    );
    expect(getRecords(doc(), 'surveyInstrument')[0]?.settings.minGroupSize).toBe(5);
  });
});

describe('SurveyView with too few responses', () => {
  beforeEach(() => setup(4));

  it('shows no score under the minimum group size, then scores once a fifth response is entered', () => {
    expect(screen.getByTestId('scores-suppressed').textContent).toContain('fewer than 5 responses');
    expect(screen.queryByTestId('domain-chart')).toBeNull();

    const form = screen.getByTestId('response-form');
    expect(within(form).queryByLabelText(/name/i)).toBeNull();
    // The fifth person agrees (4) with every statement asked of care workers.
    for (const item of within(form).getAllByTestId('response-item')) fireEvent.click(item.querySelector('input[value="4"]')!); // "Agree"
    fireEvent.click(screen.getByTestId('response-save'));
    const saved = getRecords(doc(), 'surveyResponse').at(-1);
    expect(Object.values(saved?.answers ?? {}).every((v) => v === 4)).toBe(true);
    expect(Object.keys(saved?.answers ?? {})).toHaveLength(DEFAULT_ITEM_BANK.filter((i) => appliesTo(i, 'care_worker')).length);

    // Their Growth factors: development 4, change agency (4+4+2)/3, autonomy (4+2)/2 = 3,
    // inclusion 4, learning (4+4+2)/3; domain (4 + 10/3 + 3 + 4 + 10/3)/5 = 53/15.
    // Group: (4·4 + 53/15)/5 = 293/75 = 3.9067 → 3.91, high.
    expect(domainScores()[0]).toEqual(['growth', 'high', '3.91 · High (n = 5)']);
  });
});
