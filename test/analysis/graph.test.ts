// buildStructure: how ties become structural edges (merged, weighted, inverted into distances);
// indexCare: how care ties become flows (directed, mutual ties both ways).
import { describe, expect, it } from 'vitest';

import { buildStructure, distanceCsr, indexCare } from '../../src/analysis';
import { makeMap, node, person, tie } from '../helpers/build';

const doc = makeMap(
  [person('a'), person('b'), person('c'), node('t', 'team')],
  [
    tie('1', 'a', 'b', { hoursPerWeek: 2, closeness: 'outer' }),
    tie('2', 'b', 'a', { hoursPerWeek: 6, closeness: 'inner', mutual: true }),
    tie('3', 'b', 'c', { strength: 'inactive' }),
    tie('4', 'c', 't', { kind: 'membership' }),
  ],
);

describe('buildStructure', () => {
  it('merges ties between one pair; unweighted edges have weight and distance 1', () => {
    const s = buildStructure(doc);
    expect(s.ids).toEqual(['a', 'b', 'c', 't']);
    expect(s.edgeTies).toEqual([['1', '2'], ['3'], ['4']]);
    expect([...s.edgeWeight]).toEqual([1, 1, 1]);
    expect([...distanceCsr(s).lengths!]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('hours add up and closeness takes the closest ring; distance is always 1 / weight', () => {
    const hours = buildStructure(doc, { weighting: 'hours' });
    expect(hours.edgeWeight[0]).toBe(8);
    // a's row holds only the a-b edge: distance 1/8.
    expect(distanceCsr(hours).lengths![0]).toBe(0.125);
    // b-c has no hours: defaultHours (here 4) stands in.
    expect(buildStructure(doc, { weighting: 'hours', defaultHours: 4 }).edgeWeight[1]).toBe(4);
    const closeness = buildStructure(doc, { weighting: 'closeness' });
    expect(closeness.edgeWeight[0]).toBe(3);
    expect(distanceCsr(closeness).lengths![0]).toBe(1 / 3);
  });

  it('filters by tie kind and strength but keeps every node', () => {
    const s = buildStructure(doc, { tieKinds: ['care'], excludeStrengths: ['inactive'] });
    expect(s.ids).toHaveLength(4);
    expect(s.edgeTies).toEqual([['1', '2']]);
  });
});

describe('indexCare', () => {
  it('care flows: one directed flow per care tie, a reverse copy for a mutual tie', () => {
    const care = indexCare(doc);
    expect(care.flows.map((f) => `${f.tie.id}:${f.giver}>${f.receiver}`)).toEqual([
      '1:a>b',
      '2:b>a',
      '2:a>b',
      '3:b>c',
    ]);
    expect(care.flowsOut.get('b')).toHaveLength(2);
    expect(care.flowsIn.get('a')).toHaveLength(1);
  });
});
