// A counted privacy cell's look: size grows by area with the count (values worked out by hand from
// 13 + 4(√n − 1), capped at 30), the colour is the members' own only when they all share it, and
// the cell is selected / highlighted / dimmed as its members are.
import { describe, expect, it } from 'vitest';

import { cellLookOf, cellRadius, KIND_LOOKS, lookOf, NEUTRAL_FILL } from '../../src/look';
import { makeMap, node, person } from '../helpers/build';

describe('cellRadius', () => {
  it('is 13 px for one and grows with the square root of the count, up to 30 px', () => {
    expect(cellRadius(1)).toBe(13);
    expect(cellRadius(4)).toBe(17);
    expect(cellRadius(9)).toBe(21);
    expect(cellRadius(16)).toBe(25);
    expect(cellRadius(100)).toBe(30);
  });
});

describe('cellLookOf', () => {
  const doc = makeMap(
    [person('a', 'Ann'), person('b', 'Bo'), node('g', 'group', 'Knitters'), person('c', 'Cy')],
    [],
  );

  it('counts its members and takes their colour when they share one', () => {
    const look = lookOf(doc);
    const people = ['a', 'b', 'c'].map((id) => look.nodes.get(id)!);
    expect(cellLookOf(people)).toEqual({
      count: 3,
      text: '3',
      colour: KIND_LOOKS.person.colour,
      ink: KIND_LOOKS.person.ink,
      radius: cellRadius(3),
      selected: false,
      hovered: false,
      highlighted: false,
      dimmed: false,
    });
  });

  it('is neutral grey when its members differ in colour', () => {
    const look = lookOf(doc);
    const mixed = cellLookOf(['a', 'g'].map((id) => look.nodes.get(id)!));
    expect(mixed.colour).toBe(NEUTRAL_FILL);
    expect(mixed.text).toBe('2');
  });

  it('is selected or highlighted when one member is, dimmed only when all are', () => {
    const look = lookOf(doc, { selectedIds: new Set(['b']), highlight: { nodeIds: ['a'], tieIds: [] } });
    const ab = cellLookOf(['a', 'b'].map((id) => look.nodes.get(id)!));
    expect(ab).toMatchObject({ selected: true, highlighted: true, dimmed: false });
    const bc = cellLookOf(['b', 'c'].map((id) => look.nodes.get(id)!));
    expect(bc).toMatchObject({ selected: true, highlighted: false, dimmed: true });
  });
});
