// Survey responses from CSV: answers, skipped cells, team by label, defaults, and bad input
// reported by file, line and column without anything being imported.
import { describe, expect, it } from 'vitest';

import { readSurveyResponsesCsv } from '../../../src/io/survey';
import { item } from '../../model/survey/build';

const items = [item('g1', 'individual_development'), item('g2', 'individual_development'), item('w1', 'wellbeing_levels')];
const teams = [{ id: 'ash', label: 'Team Ash' }];

function ids() {
  let n = 0;
  return () => `sr-${++n}`;
}

const opts = { round: 'r1', items, teams, file: 'answers.csv', makeId: ids() };

describe('readSurveyResponsesCsv', () => {
  it('reads one response per row: answers, blanks as skipped, team by label, group and code', () => {
    const text = 'stakeholder,date,team,group,code,G1,g2,w1\ncare_worker,2025-03-01,team ash,evening,x7,4,,5\nFamily members,2025-03-02,,,,1,2,3\n';
    const result = readSurveyResponsesCsv(text, { ...opts, makeId: ids() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      { id: 'sr-1', type: 'surveyResponse', round: 'r1', stakeholder: 'care_worker', date: '2025-03-01', team: 'ash', group: 'evening', respondentCode: 'x7', answers: { g1: 4, g2: null, w1: 5 } },
      { id: 'sr-2', type: 'surveyResponse', round: 'r1', stakeholder: 'family', date: '2025-03-02', answers: { g1: 1, g2: 2, w1: 3 } },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('uses the default date, and warns about columns that are not items of the round', () => {
    const result = readSurveyResponsesCsv('stakeholder,g1,extra\nvolunteer,3,zz\n', { ...opts, defaultDate: '2025-04-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]?.date).toBe('2025-04-01');
    expect(result.warnings.map((w) => [w.path, w.message, w.line])).toEqual([['extra', 'is not an item of this round; column ignored', 1]]);
  });

  it('refuses a name column: responses are anonymous', () => {
    const result = readSurveyResponsesCsv('Name,stakeholder,date,g1\nAda,volunteer,2025-01-01,3\n', opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['answers.csv', 1, 'Name', 'responses are anonymous: remove this column before importing'],
    ]);
  });

  it('lists every bad cell by line and column and imports nothing', () => {
    const text = 'stakeholder,date,team,g1\nvolunteer,2025-01-01,,7\nboss,2025-01-01,,3\ncare_worker,2025-01-01,Team Oak,3\ncare_worker,01/02/2025,,3\n';
    const result = readSurveyResponsesCsv(text, opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.path])).toEqual([
      [2, 'g1'],
      [3, 'stakeholder'],
      [4, 'team'],
      [5, 'date'],
    ]);
    expect(result.problems[0]?.message).toBe('"7" is not an answer on the 1-5 scale (leave blank for skipped)');
    expect(result.problems[2]?.message).toBe('no team "Team Oak" in this map');
  });

  it('needs a stakeholder column, a date and at least one item column', () => {
    const result = readSurveyResponsesCsv('date,q9\n2025-01-01,3\n', opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual(['missing column: stakeholder', 'no column is an item id of this round']);
    expect(readSurveyResponsesCsv('', opts).ok).toBe(false);
    expect(readSurveyResponsesCsv('stakeholder,date,g1\n"volunteer,2025', opts).ok).toBe(false);
  });
});
