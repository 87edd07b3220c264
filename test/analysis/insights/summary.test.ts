// The care wealth summary: one line for the map and one per team.
import { describe, expect, it } from 'vitest';

import { makeMap, node, person, tie } from '../../helpers/build';
import { insights, owner, worker } from './helpers';

describe('care wealth summary', () => {
  it('one line for the map and one per team', () => {
    const doc = makeMap(
      [node('t', 'team', 'Team Elm'), owner('o'), person('n'), worker('w')],
      [
        tie('1', 'n', 'o', { hoursPerWeek: 3, careTypes: ['meals'] }),
        tie('2', 'w', 'o', { hoursPerWeek: 9, careTypes: ['personal_care'] }),
        tie('3', 'n', 't', { mutual: true }),
      ],
    );
    const found = insights(doc, 'care-wealth-summary');
    expect(found.map((i) => i.sentence)).toEqual([
      'This map: 66.7% of care ties are informal (2 of 3), 1 mutual tie, 2 kinds of care. 25.0% of recorded hours are informal (3 of 12).',
      'Team Elm: 100.0% of care ties are informal (1 of 1), 1 mutual tie, 0 kinds of care.',
    ]);
  });

  it('without recorded hours the summary has no hours share among its numbers', () => {
    const doc = makeMap([owner('o'), person('n')], [tie('1', 'n', 'o')]);
    const [map] = insights(doc, 'care-wealth-summary');
    expect(map?.sentence).toBe(
      'This map: 100.0% of care ties are informal (1 of 1), 0 mutual ties, 0 kinds of care.',
    );
    expect(map?.numbers).toEqual({
      formalTies: 0,
      informalTies: 1,
      formalHours: 0,
      informalHours: 0,
      mutualTies: 0,
      careTypes: 0,
      informalShare: 1,
    });
  });
});
