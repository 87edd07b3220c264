// The legend follows the picture: kinds in their colours, or in grey with the measure's scale when
// nodes are coloured by a measure. Stop colours are the viridis stops at 0, ¼, ½, ¾ and 1 (the
// 1st, 3rd, 5th, 7th and 9th of the nine published stops).
import { describe, expect, it } from 'vitest';

import { legendCells, lookOf, NEUTRAL_FILL } from '../../src/look';
import { makeMap, node, person } from '../helpers/build';

const doc = makeMap([person('a'), person('b'), node('g', 'group'), node('o', 'organisation')]);

describe('legend', () => {
  it('by kind: each kind in its own colour, the five ways a tie is drawn, no scale', () => {
    const { legend } = lookOf(doc);
    expect(legend.kinds.map((k) => [k.label, k.shape, k.colour, k.letter])).toEqual([
      ['Person', 'ellipse', '#0072B2', 'P'],
      ['Group', 'round-triangle', '#009E73', 'G'],
      ['Organisation', 'hexagon', '#D55E00', 'O'],
      ['Space', 'round-rectangle', '#E69F00', 'S'],
      ['Team', 'round-diamond', '#CC79A7', 'T'],
      ['Circle', 'ring', '#56B4E9', 'C'],
    ]);
    expect(legend.ties.map((t) => [t.line, t.arrows])).toEqual([
      ['solid', 'one'],
      ['dashed', 'one'],
      ['solid', 'both'],
      ['solid', 'none'],
      ['dotted', 'none'],
    ]);
    expect(legend.measure).toBeNull();
    expect(legend.marks).toEqual([]);
  });

  it('by a measure: kinds in grey, five stops from lowest to highest, and a swatch for no value', () => {
    const { legend } = lookOf(doc, { measure: { measure: 'degree', values: { a: 1, b: 2, g: 5 } } });
    expect(new Set(legend.kinds.map((k) => k.colour))).toEqual(new Set([NEUTRAL_FILL]));
    expect(legend.measure).toMatchObject({ measure: 'degree', title: 'Degree', scale: 'sequential', empty: null, noValue: true });
    expect(legend.measure?.stops.map((s) => [s.label, s.colour, s.size])).toEqual([
      ['1', '#440154', 16],
      ['2', '#3b528b', 36],
      ['3', '#21918c', 16 + 40 * Math.SQRT1_2],
      ['4', '#5ec962', 16 + 40 * Math.sqrt(0.75)],
      ['5', '#fde725', 56],
    ]);
    expect(legend.measure?.note).toBe('Darker and smaller = lower; yellower and larger = higher. 3 nodes.');
  });

  it('by community: the first eight communities, and a note when colours repeat', () => {
    const values = { a: 0, b: 9, g: 3, o: 4 };
    const { legend } = lookOf(doc, { measure: { measure: 'community', values } });
    expect(legend.measure?.scale).toBe('categorical');
    expect(legend.measure?.stops.map((s) => s.label)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((c) => `Community ${c}`));
    expect(legend.measure?.stops[0]?.colour).toBe('#E69F00');
    expect(legend.measure?.note).toBe('Colours repeat after eight communities.');
    expect(legend.measure?.noValue).toBe(false);
  });

  it('says why there is no scale yet', () => {
    expect(lookOf(doc, { measure: { measure: 'betweenness', values: {} } }).legend.measure?.empty).toBe('Computing this measure…');
    expect(lookOf(doc, { measure: { measure: 'degree', values: {} } }).legend.measure).toMatchObject({
      empty: 'No node has a value for this measure yet.',
      stops: [],
      noValue: false,
    });
  });

  it('lists cells for a picture: kinds, ties, then the named measure stops', () => {
    const { legend } = lookOf(doc, { measure: { measure: 'degree', values: { a: 1, b: 2, g: 5 } } });
    const cells = legendCells(legend);
    expect(cells.map((c) => c.type)).toEqual([...Array(6).fill('node'), ...Array(5).fill('tie'), ...Array(6).fill('swatch')]);
    expect(cells.slice(11).map((c) => c.label)).toEqual(['Degree: 1', 'Degree: 2', 'Degree: 3', 'Degree: 4', 'Degree: 5', 'Degree: no value']);
  });
});
