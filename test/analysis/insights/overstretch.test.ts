// The overstretched-partner rules, each on a small map built to trigger it and one built not to.
import { describe, expect, it } from 'vitest';

import { makeMap, node, person, tie } from '../../helpers/build';
import { insights, owner, people } from './helpers';

describe('overstretched partners', () => {
  it('hours given over capacity', () => {
    const nodes = [person('m', 'Maud', { capacity: { hoursPerWeek: 4 } }), owner('r'), owner('q')];
    const found = insights(
      makeMap(nodes, [tie('1', 'm', 'r', { hoursPerWeek: 4 }), tie('2', 'm', 'q', { hoursPerWeek: 2 })]),
      'over-capacity-hours',
    );
    expect(found.map((i) => i.sentence)).toEqual([
      'Maud gives 6 hours a week against a capacity of 4 (1.5×).',
    ]);
    expect(found[0]?.threshold).toEqual({ name: 'capacityRatio', value: 1 });
    expect(
      insights(makeMap(nodes, [tie('1', 'm', 'r', { hoursPerWeek: 4 })]), 'over-capacity-hours'),
    ).toEqual([]);
  });

  it('many receivers: five without declared capacity, or more than declared', () => {
    const rs = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => owner(id));
    const g = node('g', 'organisation', 'Neighbours Together');
    const ties = rs.map((r, i) => tie(`${i}`, 'g', r.id));
    expect(insights(makeMap([g, ...rs], ties), 'many-receivers').map((i) => i.sentence)).toEqual([
      '5 receivers rely on Neighbours Together (threshold 5).',
    ]);
    expect(insights(makeMap([g, ...rs], ties.slice(0, 4)), 'many-receivers')).toEqual([]);
    const limited = { ...g, capacity: { maxReceivers: 2 } };
    expect(
      insights(makeMap([limited, ...rs], ties.slice(0, 3)), 'many-receivers').map((i) => i.sentence),
    ).toEqual(['3 receivers rely on Neighbours Together, more than the 2 it can support.']);
    expect(insights(makeMap([limited, ...rs], ties.slice(0, 2)), 'many-receivers')).toEqual([]);
  });

  it('key broker with little capacity: a star centre has betweenness 1', () => {
    const leaves = people(['a', 'b', 'c']);
    const centre = (hours: number) => person('h', 'Hub', { capacity: { hoursPerWeek: hours } });
    const ties = leaves.map((l, i) => tie(`${i}`, 'h', l.id));
    expect(
      insights(makeMap([centre(2), ...leaves], ties), 'broker-low-capacity').map((i) => i.sentence),
    ).toEqual([
      'Hub lies on 100.0% of shortest paths between others but has only 2 hours a week of capacity.',
    ]);
    expect(insights(makeMap([centre(10), ...leaves], ties), 'broker-low-capacity')).toEqual([]);
  });

  it('many roles at once', () => {
    const busy = person('p', 'Efe', { roles: ['neighbour', 'volunteer', 'commons_organiser'] });
    expect(insights(makeMap([busy]), 'many-roles').map((i) => i.sentence)).toEqual([
      'Efe holds 3 roles at once.',
    ]);
    expect(
      insights(makeMap([person('p', 'Efe', { roles: ['neighbour', 'volunteer'] })]), 'many-roles'),
    ).toEqual([]);
  });
});
