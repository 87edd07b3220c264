import { describe, expect, it } from 'vitest';

import { applyFilter, EMPTY_FILTER, isFilterEmpty, neighbourhood, searchNodes } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

const doc = makeMap(
  [
    person('owner', 'Mrs A.', { roles: ['team_owner'], careNeeded: ['meals'] }),
    person('maud', 'Maud', { roles: ['neighbour'], tags: ['Larkspur Road'], careOffered: ['meals'] }),
    person('w', 'W.', { roles: ['care_worker_employed'], validFrom: '2025-01-01' }),
    node('gp', 'organisation', 'Green Lane GP Surgery', { category: 'health', formality: 'formal' }),
    node('knit', 'group', 'Knit & Natter', { formality: 'informal', tags: ['weekly'] }),
    person('zoe', 'Zoë', { roles: ['volunteer'] }),
  ],
  [
    tie('t-meals', 'maud', 'owner', { careTypes: ['meals'], formality: 'informal' }),
    tie('t-paid', 'w', 'owner', { careTypes: ['personal_care'], formality: 'formal', since: '2025-01-01' }),
    tie('t-gp', 'gp', 'owner', { careTypes: ['health'], formality: 'formal' }),
    tie('t-knit', 'knit', 'maud', { careTypes: ['social'], formality: 'informal', until: '2024-12-31' }),
    tie('t-zoe', 'zoe', 'knit', { kind: 'membership' }),
  ],
);

const ids = (s: ReadonlySet<string>) => [...s].sort();

describe('applyFilter', () => {
  it('shows everything with the empty filter', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    const v = applyFilter(doc, EMPTY_FILTER);
    expect(v.nodeIds.size).toBe(6);
    expect(v.tieIds.size).toBe(5);
  });

  it('filters by kind and drops ties whose ends are hidden', () => {
    const v = applyFilter(doc, { ...EMPTY_FILTER, kinds: ['person'] });
    expect(ids(v.nodeIds)).toEqual(['maud', 'owner', 'w', 'zoe']);
    expect(ids(v.tieIds)).toEqual(['t-meals', 't-paid']);
  });

  it('filters by role, leaving collective actors in', () => {
    const v = applyFilter(doc, { ...EMPTY_FILTER, roles: ['neighbour', 'team_owner'] });
    expect(ids(v.nodeIds)).toEqual(['gp', 'knit', 'maud', 'owner']);
  });

  it('filters by formality: informal hides the formal surgery and formal ties', () => {
    const v = applyFilter(doc, { ...EMPTY_FILTER, formality: 'informal' });
    expect(ids(v.nodeIds)).toEqual(['knit', 'maud', 'owner', 'w', 'zoe']);
    expect(ids(v.tieIds)).toEqual(['t-knit', 't-meals', 't-zoe']);
  });

  it('"everything about meals" keeps the people meals flow between', () => {
    const v = applyFilter(doc, { ...EMPTY_FILTER, careTypes: ['meals'] });
    expect(ids(v.nodeIds)).toEqual(['maud', 'owner']);
    expect(ids(v.tieIds)).toEqual(['t-meals']);
  });

  it('filters by tag and by date', () => {
    expect(ids(applyFilter(doc, { ...EMPTY_FILTER, tags: ['weekly'] }).nodeIds)).toEqual(['knit']);
    const past = applyFilter(doc, { ...EMPTY_FILTER, asOf: '2024-06-01' });
    expect(past.nodeIds.has('w')).toBe(false);
    expect(ids(past.tieIds)).toEqual(['t-gp', 't-knit', 't-meals', 't-zoe']);
    const later = applyFilter(doc, { ...EMPTY_FILTER, asOf: '2025-06-01' });
    expect(ids(later.tieIds)).toEqual(['t-gp', 't-meals', 't-paid', 't-zoe']);
  });
});

describe('neighbourhood', () => {
  it('collects nodes within N steps, ignoring direction', () => {
    expect(ids(neighbourhood(doc, 'owner', 0))).toEqual(['owner']);
    expect(ids(neighbourhood(doc, 'owner', 1))).toEqual(['gp', 'maud', 'owner', 'w']);
    expect(ids(neighbourhood(doc, 'owner', 2))).toEqual(['gp', 'knit', 'maud', 'owner', 'w']);
    expect(ids(neighbourhood(doc, 'owner', 3))).toEqual(['gp', 'knit', 'maud', 'owner', 'w', 'zoe']);
  });
  it('follows only visible ties', () => {
    const v = applyFilter(doc, { ...EMPTY_FILTER, formality: 'formal' });
    expect(ids(neighbourhood(doc, 'owner', 3, v))).toEqual(['gp', 'owner', 'w']);
  });
});

describe('searchNodes', () => {
  it('matches labels and tags, case- and accent-insensitively, best first', () => {
    expect(searchNodes(doc, 'zoe').map((n) => n.id)).toEqual(['zoe']);
    expect(searchNodes(doc, 'larkspur').map((n) => n.id)).toEqual(['maud']);
    expect(searchNodes(doc, 'k').map((n) => n.id)).toEqual(['knit', 'maud']);
    expect(searchNodes(doc, 'n').map((n) => n.id)).toEqual(['gp', 'knit']);
    expect(searchNodes(doc, 'green surgery').map((n) => n.id)).toEqual(['gp']);
    expect(searchNodes(doc, '  ')).toEqual([]);
  });
});

describe('formality filter and ties without their own formality', () => {
  // The same reading as the drawing: payment first, then the giver's side.
  const m = makeMap(
    [person('worker', 'Wyn', { roles: ['care_worker_employed'] }), person('friend', 'Fay', { roles: ['friend'] }), person('r', 'Rae')],
    [
      tie('paid', 'friend', 'r', { payment: 'paid' }),
      tie('gifted', 'worker', 'r', { payment: 'gifted' }),
      tie('by-worker', 'worker', 'r'),
      tie('by-friend', 'friend', 'r'),
    ],
  );
  it('formal: paid care, and care given by someone in a paid role', () => {
    expect([...applyFilter(m, { ...EMPTY_FILTER, formality: 'formal' }).tieIds].sort()).toEqual(['by-worker', 'paid']);
  });
  it('informal: gifted care, and care given by a friend', () => {
    expect([...applyFilter(m, { ...EMPTY_FILTER, formality: 'informal' }).tieIds].sort()).toEqual(['by-friend', 'gifted']);
  });
});
