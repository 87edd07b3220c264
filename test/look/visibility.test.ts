import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../src/model';
import { type Visibility, visibilityOf } from '../../src/look';
import { makeMap, node, person, tie } from '../helpers/build';

// a - b - c - d, and a group g tied to d.
const doc = makeMap(
  [person('a'), person('b'), person('c'), person('d'), node('g', 'group')],
  [tie('t0', 'a', 'b'), tie('t1', 'b', 'c'), tie('t2', 'c', 'd'), tie('t3', 'd', 'g')],
);
const ids = (v: Visibility['visible']) => v && { nodes: [...v.nodeIds].sort(), ties: [...v.tieIds].sort() };
const people = { ...EMPTY_FILTER, kinds: ['person' as const] };

describe('visibilityOf', () => {
  it('shows everything when nothing is filtered or focused', () => {
    expect(visibilityOf(doc, { filter: EMPTY_FILTER, focus: null })).toEqual({ visible: undefined, inFocus: undefined });
    expect(visibilityOf(doc)).toEqual({ visible: undefined, inFocus: undefined });
  });

  it('focus shows the node and its neighbours to N steps', () => {
    expect(ids(visibilityOf(doc, { focus: 'b', focusSteps: 1 }).visible)).toEqual({ nodes: ['a', 'b', 'c'], ties: ['t0', 't1'] });
    expect(ids(visibilityOf(doc, { focus: 'b', focusSteps: 2 }).visible)).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
  });

  it('focus works on the filtered map', () => {
    expect(ids(visibilityOf(doc, { filter: people, focus: 'd', focusSteps: 3 }).visible)).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
    expect(ids(visibilityOf(doc, { filter: people, focus: null }).visible)).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
  });

  it('ignores a focus on a node that no longer exists, or that the filter hides', () => {
    expect(visibilityOf(doc, { focus: 'gone' })).toEqual({ visible: undefined, inFocus: undefined });
    const hidden = visibilityOf(doc, { filter: people, focus: 'g' });
    expect(hidden.inFocus).toBeUndefined();
    expect(ids(hidden.visible)).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
  });

  it('keeps what lies outside the focus on the picture when the view dims it', () => {
    const dim = visibilityOf(doc, { filter: people, focus: 'a', focusSteps: 1, outOfFocus: 'dimmed' });
    expect(ids(dim.visible)).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
    expect(ids(dim.inFocus)).toEqual({ nodes: ['a', 'b'], ties: ['t0'] });
  });
});
