import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../../src/model';
import { defaultTieKind } from '../../../src/views/graph/tieDefaults';
import { visibleFor } from '../../../src/views/graph/useVisible';
import { makeMap, node, person, tie } from '../../helpers/build';

// a - b - c - d, and a group g tied to d.
const doc = makeMap(
  [person('a'), person('b'), person('c'), person('d'), node('g', 'group')],
  [tie('t0', 'a', 'b'), tie('t1', 'b', 'c'), tie('t2', 'c', 'd'), tie('t3', 'd', 'g')],
);
const ids = (v: ReturnType<typeof visibleFor>) => v && { nodes: [...v.nodeIds].sort(), ties: [...v.tieIds].sort() };

describe('visibleFor', () => {
  it('shows everything when nothing is filtered or focused', () => {
    expect(visibleFor(doc, EMPTY_FILTER, null, 1)).toBeUndefined();
  });

  it('focus shows the node and its neighbours to N steps', () => {
    expect(ids(visibleFor(doc, EMPTY_FILTER, 'b', 1))).toEqual({ nodes: ['a', 'b', 'c'], ties: ['t0', 't1'] });
    expect(ids(visibleFor(doc, EMPTY_FILTER, 'b', 2))).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
  });

  it('focus works on the filtered map', () => {
    const people = { ...EMPTY_FILTER, kinds: ['person' as const] };
    expect(ids(visibleFor(doc, people, 'd', 3))).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
    expect(ids(visibleFor(doc, people, null, 1))).toEqual({ nodes: ['a', 'b', 'c', 'd'], ties: ['t0', 't1', 't2'] });
  });

  it('ignores a focus on a node that no longer exists', () => {
    expect(visibleFor(doc, EMPTY_FILTER, 'gone', 1)).toBeUndefined();
  });
});

describe('defaultTieKind', () => {
  it('picks the kind a drag between two kinds of node means', () => {
    expect(defaultTieKind('person', 'person')).toBe('care');
    expect(defaultTieKind('person', 'team')).toBe('membership');
    expect(defaultTieKind('organisation', 'circle')).toBe('membership');
    expect(defaultTieKind('team', 'circle')).toBe('double_link');
    expect(defaultTieKind('group', 'space')).toBe('hosted_at');
    expect(defaultTieKind('person', 'space')).toBe('care');
    expect(defaultTieKind('space', 'team')).toBe('care');
  });
});
