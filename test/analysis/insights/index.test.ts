// The registry as a whole: every rule's insights stamped with its id and kind, in group order.
import { describe, expect, it } from 'vitest';

import { analyzeMap, INSIGHT_RULES, resolveSettings } from '../../../src/analysis';
import { makeMap, node, person, tie } from '../../helpers/build';
import { chain, people } from './helpers';

describe('runInsights', () => {
  it('insights come grouped bridge, gap, overstretch, summary', () => {
    const doc = makeMap(
      [
        ...people(['a', 'b', 'c', 'd', 'e']),
        person('x', 'X', { roles: ['neighbour', 'volunteer', 'friend'] }),
      ],
      chain(['a', 'b', 'c', 'd', 'e']),
    );
    const kinds = analyzeMap(doc).insights.map((i) => i.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (p, q) =>
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(p) -
          ['bridge', 'gap', 'overstretch', 'summary'].indexOf(q),
      ),
    );
    expect(new Set(kinds)).toEqual(new Set(['bridge', 'gap', 'overstretch', 'summary']));
  });

  it('every rule has its own id; each insight carries its rule id as type and id prefix, and its kind', () => {
    const ids = INSIGHT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(22);
    const kindOf = new Map(INSIGHT_RULES.map((r) => [r.id, r.kind]));
    const doc = makeMap(
      [
        ...people(['a', 'b', 'c', 'd', 'e']),
        person('x', 'X', { roles: ['neighbour', 'volunteer', 'friend'] }),
        node('s', 'space', 'Library'),
      ],
      chain(['a', 'b', 'c', 'd', 'e']),
    );
    const found = analyzeMap(doc).insights;
    expect(found.length).toBeGreaterThan(5);
    for (const i of found) {
      expect(i.id.startsWith(`${i.type}:`)).toBe(true);
      expect(i.kind).toBe(kindOf.get(i.type));
    }
  });

  it('the threshold that fired an insight carries the value in use', () => {
    const doc = makeMap(
      [node('g', 'organisation', 'Hub'), ...people(['r1', 'r2', 'r3'])],
      ['r1', 'r2', 'r3'].map((r, i) => tie(`${i}`, 'g', r)),
    );
    const found = analyzeMap(doc, resolveSettings({ thresholds: { manyReceivers: 3 } })).insights.find(
      (i) => i.type === 'many-receivers',
    );
    expect(found?.id).toBe('many-receivers:g');
    expect(found?.threshold).toEqual({ name: 'manyReceivers', value: 3 });
  });
});
