import { describe, expect, it } from 'vitest';

import { nodeCaption, NODE_COLOURS, toElements } from '../../../src/views/graph/toElements';
import { makeMap, node, person, tie } from '../../helpers/build';

// Expected values worked out by hand from the rules in palette.ts and analysis/care.ts tieSide:
// width = 1.5 + 1.25·√hours (4 h → 4), closeness inner → 6, other kinds 1.5; paid care is formal
// (solid), a care tie given by a person with no paid role is informal (dashed), other kinds dotted.
const doc = makeMap(
  [
    person('a', 'Ada', { roles: ['neighbour', 'volunteer', 'family'], position: { x: 10, y: -20, pinned: true } }),
    node('h', 'space', 'Hall', { isAnchor: true }),
    node('o', 'organisation', 'Surgery', { category: 'health' }),
  ],
  [
    tie('t1', 'a', 'h', { kind: 'hosted_at', label: 'Tuesday club' }),
    tie('t2', 'o', 'a', { payment: 'paid', hoursPerWeek: 4 }),
    tie('t3', 'a', 'o', { mutual: true, closeness: 'inner', strength: 'inactive' }),
    tie('t4', 'h', 'o', { kind: 'partnership', mutual: true }),
  ],
);

describe('toElements', () => {
  it('maps nodes to flat data with caption, kind, anchor and pinned flags, positions from the document or `placed`', () => {
    const els = toElements(doc, { placed: new Map([['h', { x: 5, y: 6 }]]) });
    expect(els.filter((e) => e.group === 'nodes')).toEqual([
      {
        group: 'nodes',
        data: { id: 'a', label: 'Ada', caption: 'Ada\nNeighbour, Volunteer +1', kind: 'person', anchor: 0, pinned: 1 },
        position: { x: 10, y: -20 },
      },
      {
        group: 'nodes',
        data: { id: 'h', label: 'Hall', caption: 'Hall', kind: 'space', anchor: 1, pinned: 0 },
        position: { x: 5, y: 6 },
      },
      { group: 'nodes', data: { id: 'o', label: 'Surgery', caption: 'Surgery', kind: 'organisation', anchor: 0, pinned: 0 } },
    ]);
  });

  it('draws formal care solid, informal care dashed, other kinds dotted, with width and arrows', () => {
    const edges = toElements(doc).filter((e) => e.group === 'edges').map((e) => e.data);
    expect(edges).toEqual([
      { id: 't1', source: 'a', target: 'h', kind: 'hosted_at', line: 'dotted', width: 1.5, arrowTarget: 'vee', arrowSource: 'none', faded: 0, label: 'Tuesday club' },
      { id: 't2', source: 'o', target: 'a', kind: 'care', line: 'solid', width: 4, arrowTarget: 'triangle', arrowSource: 'none', faded: 0, label: '' },
      { id: 't3', source: 'a', target: 'o', kind: 'care', line: 'dashed', width: 6, arrowTarget: 'triangle', arrowSource: 'triangle', faded: 1, label: '' },
      { id: 't4', source: 'h', target: 'o', kind: 'partnership', line: 'dotted', width: 1.5, arrowTarget: 'none', arrowSource: 'none', faded: 0, label: '' },
    ]);
  });

  it('draws only what `visible` lets through', () => {
    const els = toElements(doc, { visible: { nodeIds: new Set(['a', 'h']), tieIds: new Set(['t1']) } });
    expect(els.map((e) => e.data.id)).toEqual(['a', 'h', 't1']);
  });

  it('keeps element data flat scalars (the canvas diffs them shallowly)', () => {
    for (const e of toElements(doc)) {
      for (const value of Object.values(e.data)) expect(['string', 'number']).toContain(typeof value);
    }
  });

  it('writes no role line for people without roles, nor for other kinds', () => {
    expect(nodeCaption(person('p', 'Bo'))).toBe('Bo');
    expect(nodeCaption(person('p', 'Bo', { roles: ['team_owner'] }))).toBe('Bo\nTeam Owner');
    expect(nodeCaption(node('g', 'group', 'Choir'))).toBe('Choir');
  });

  it('exports the Okabe–Ito fill of each kind for the map view', () => {
    expect(NODE_COLOURS).toEqual({
      person: '#0072B2',
      group: '#009E73',
      organisation: '#D55E00',
      space: '#E69F00',
      team: '#CC79A7',
      circle: '#56B4E9',
    });
  });
});
