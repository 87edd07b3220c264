// How insight sentences are worded: name lists, and labels that end in a full stop.
import { describe, expect, it } from 'vitest';

import { nameList } from '../../../src/analysis';
import { makeMap, person } from '../../helpers/build';
import { chain, insights, owner, people } from './helpers';

describe('wording', () => {
  it('a label ending in a full stop closes its sentence once, at the end or mid-sentence', () => {
    const doc = makeMap(
      [...people(['a', 'b', 'c', 'd']), person('f', 'Felix Y.')],
      chain(['a', 'b', 'c', 'd', 'f']),
    );
    expect(insights(doc, 'articulation-point')[0]?.sentence).toBe(
      'If c stepped back, 2 nodes would be cut off from the rest of the network, including 2 care receivers: d and Felix Y.',
    );
    const odd = {
      ...makeMap([owner('r', { careNeeded: ['odd_jobs'] })]),
      careTypes: [{ id: 'odd_jobs', label: 'Odd jobs etc.', leaning: 'either' as const }],
    };
    expect(insights(odd, 'unmet-need').map((i) => i.sentence)).toEqual([
      'Nobody gives R odd jobs etc. Nobody on the map offers it.',
    ]);
  });

  it('name lists', () => {
    expect(nameList([])).toBe('');
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameList(['A', 'B', 'C'], 2, 'or')).toBe('A, B or 1 more');
  });
});
