// buildGraph: how ties become structural edges (merged, weighted, inverted into distances) and
// care flows (directed, mutual ties both ways).
import { describe, expect, it } from 'vitest';

import { buildGraph } from '../../src/analysis';
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

describe('buildGraph', () => {
  it('merges ties between one pair; unweighted edges have weight and distance 1', () => {
    const { structure } = buildGraph(doc);
    expect(structure.order).toBe(4);
    expect(structure.size).toBe(3);
    expect(structure.getEdgeAttributes('a', 'b')).toEqual({ weight: 1, distance: 1, ties: ['1', '2'] });
  });

  it('hours add up and closeness takes the closest ring; distance is always 1 / weight', () => {
    expect(buildGraph(doc, { weighting: 'hours' }).structure.getEdgeAttributes('a', 'b')).toEqual({
      weight: 8,
      distance: 0.125,
      ties: ['1', '2'],
    });
    // b-c has no hours: defaultHours (here 4) stands in.
    expect(
      buildGraph(doc, { weighting: 'hours', defaultHours: 4 }).structure.getEdgeAttributes('b', 'c').weight,
    ).toBe(4);
    expect(buildGraph(doc, { weighting: 'closeness' }).structure.getEdgeAttributes('a', 'b')).toEqual({
      weight: 3,
      distance: 1 / 3,
      ties: ['1', '2'],
    });
  });

  it('filters by tie kind and strength but keeps every node', () => {
    const { structure } = buildGraph(doc, { tieKinds: ['care'], excludeStrengths: ['inactive'] });
    expect(structure.order).toBe(4);
    expect(structure.edges().map((e) => structure.extremities(e).sort())).toEqual([['a', 'b']]);
  });

  it('care flows: one directed edge per care tie, a reverse copy for a mutual tie', () => {
    const { flows } = buildGraph(doc);
    expect(flows.edges().sort()).toEqual(['1', '2', '2~back', '3']);
    expect(flows.source('2~back')).toBe('a');
    expect(flows.outDegree('b')).toBe(2);
    expect(flows.inDegree('a')).toBe(1);
    expect(buildGraph(doc, { flows: false }).flows.size).toBe(0);
  });
});
