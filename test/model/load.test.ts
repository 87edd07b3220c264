import { describe, expect, it } from 'vitest';

import { formatProblem, loadCareMap, MAX_PROBLEMS } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

const roundTrip = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

describe('loadCareMap', () => {
  it('returns the document when everything holds', () => {
    const doc = makeMap([person('a'), person('b')], [tie('t', 'a', 'b')]);
    const r = loadCareMap(roundTrip(doc));
    expect(r.ok && r.value).toEqual(doc);
  });

  it('reports schema problems with their paths before integrity', () => {
    const doc = roundTrip(makeMap([person('a')], [tie('t', 'a', 'missing')])) as { nodes: { label: string }[] };
    (doc.nodes[0] as { label: string }).label = '';
    const r = loadCareMap(doc);
    expect(!r.ok && r.problems.map(formatProblem)).toEqual(['nodes[0].label: must not be empty']);
  });

  it('reports integrity problems of a schema-valid document', () => {
    const r = loadCareMap(roundTrip(makeMap([person('a')], [tie('t', 'a', 'n-77')])));
    expect(!r.ok && r.problems.map(formatProblem)).toEqual(['ties[0].target: no node "n-77"']);
  });

  it('caps a flood of problems with a summary line', () => {
    const ties = Array.from({ length: 80 }, (_, i) => tie(`t${i}`, 'a', `x${i}`));
    const r = loadCareMap(roundTrip(makeMap([person('a')], ties)));
    expect(!r.ok && r.problems.length).toBe(MAX_PROBLEMS + 1);
    expect(!r.ok && r.problems.at(-1)?.message).toBe('…and 30 more problems');
  });
});
