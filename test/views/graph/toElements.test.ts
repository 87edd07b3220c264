import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../../src/model';
import { letterImage, toElements } from '../../../src/views/graph/toElements';
import { lookOf } from '../../../src/look';
import { makeMap, node, person, tie } from '../../helpers/build';

// Expected values worked out by hand from the rules in src/look (palette.ts) and model tieSide:
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
  it('copies each node’s look into flat data, with positions from the document or `placed`', () => {
    const els = toElements(doc, lookOf(doc), { placed: new Map([['h', { x: 5, y: 6 }]]) });
    const look = { state: 'visible', mark: '' };
    // Every node named below it at the plain sizes (ALL_LABELS), by its caption.
    const below = { named: 1, fontSize: 12, labelWidth: 150, labelValign: 'bottom', labelHalign: 'center', labelMarginX: 0, labelMarginY: 4, labelPad: 2 };
    expect(els.filter((e) => e.group === 'nodes')).toEqual([
      {
        group: 'nodes',
        data: {
          id: 'a', label: 'Ada', caption: 'Ada\nNeighbour, Volunteer +1', kind: 'person', anchor: 0, pinned: 1,
          shape: 'ellipse', ring: 0, colour: '#0072B2', size: 30, image: letterImage('P', '#FFFFFF'), ...look,
          labelText: 'Ada\nNeighbour, Volunteer +1', ...below,
        },
        position: { x: 10, y: -20 },
      },
      {
        group: 'nodes',
        data: {
          id: 'h', label: 'Hall', caption: 'Hall', kind: 'space', anchor: 1, pinned: 0,
          shape: 'round-rectangle', ring: 0, colour: '#E69F00', size: 32, image: letterImage('S', '#000000'), ...look,
          labelText: 'Hall', ...below,
        },
        position: { x: 5, y: 6 },
      },
      {
        group: 'nodes',
        data: {
          id: 'o', label: 'Surgery', caption: 'Surgery', kind: 'organisation', anchor: 0, pinned: 0,
          shape: 'hexagon', ring: 0, colour: '#D55E00', size: 36, image: letterImage('O', '#000000'), ...look,
          labelText: 'Surgery', ...below,
        },
      },
    ]);
  });

  it('draws formal care solid, informal care dashed, other kinds dotted, with width and arrows', () => {
    const edges = toElements(doc).filter((e) => e.group === 'edges').map((e) => e.data);
    const look = { state: 'visible', mark: '' };
    // Tints: 0.9 × 61 + 0.1 × 255 = 80.4 (0x50); 0.9 × 122 + 0.1 × 255 = 135.3 (0x87).
    // t2 (o to a) and t3 (a to o) join the same two nodes: they are drawn curving apart.
    expect(edges).toEqual([
      { id: 't1', source: 'a', target: 'h', kind: 'hosted_at', line: 'dotted', width: 1.5, colour: '#7A7A7A', tint: '#878787', arrowTarget: 'vee', arrowSource: 'none', faded: 0, label: 'Tuesday club', parallel: 0, ...look },
      { id: 't2', source: 'o', target: 'a', kind: 'care', line: 'solid', width: 4, colour: '#3D3D3D', tint: '#505050', arrowTarget: 'triangle', arrowSource: 'none', faded: 0, label: '', parallel: 1, ...look },
      { id: 't3', source: 'a', target: 'o', kind: 'care', line: 'dashed', width: 6, colour: '#3D3D3D', tint: '#505050', arrowTarget: 'triangle', arrowSource: 'triangle', faded: 1, label: '', parallel: 1, ...look },
      { id: 't4', source: 'h', target: 'o', kind: 'partnership', line: 'dotted', width: 1.5, colour: '#7A7A7A', tint: '#878787', arrowTarget: 'none', arrowSource: 'none', faded: 0, label: '', parallel: 0, ...look },
    ]);
    // Without t3, t2 is alone between its nodes.
    const lone = toElements(doc, undefined, { visible: { nodeIds: new Set(['a', 'h', 'o']), tieIds: new Set(['t2', 't4']) } });
    expect(lone.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.parallel])).toEqual([['t2', 0], ['t4', 0]]);
  });

  it('draws only what `visible` lets through, and nothing the look hides', () => {
    const els = toElements(doc, undefined, { visible: { nodeIds: new Set(['a', 'h']), tieIds: new Set(['t1']) } });
    expect(els.map((e) => e.data.id)).toEqual(['a', 'h', 't1']);
    const filtered = lookOf(doc, { filter: { ...EMPTY_FILTER, kinds: ['person', 'organisation'] } });
    expect(toElements(doc, filtered).map((e) => e.data.id)).toEqual(['a', 'o', 't2', 't3']);
  });

  it('carries the look’s state and marks, and one letter image per letter and ink', () => {
    const look = lookOf(doc, { highlight: { nodeIds: ['a'], tieIds: [] }, marks: new Map([['t4', 'lost' as const]]) });
    const data = Object.fromEntries(toElements(doc, look).map((e) => [e.data.id, [e.data.state, e.data.mark]]));
    expect(data).toEqual({
      a: ['highlighted', ''], h: ['dimmed', ''], o: ['dimmed', ''],
      t1: ['dimmed', ''], t2: ['dimmed', ''], t3: ['dimmed', ''], t4: ['dimmed', 'lost'],
    });
    expect(letterImage('P', '#FFFFFF')).toBe(letterImage('P', '#FFFFFF'));
    expect(decodeURIComponent(letterImage('O', '#000000'))).toContain('fill="#000000">O</text>');
  });

  it('keeps element data flat scalars (the canvas diffs them shallowly)', () => {
    for (const e of toElements(doc)) {
      for (const value of Object.values(e.data)) expect(['string', 'number']).toContain(typeof value);
    }
  });

  it('writes no role line for people without roles, nor for other kinds', () => {
    const captions = lookOf(makeMap([person('p', 'Bo'), person('q', 'Bo', { roles: ['team_owner'] }), node('g', 'group', 'Choir')])).nodes;
    expect([...captions.values()].map((n) => n.caption)).toEqual(['Bo', 'Bo\nTeam Owner', 'Choir']);
  });
});
