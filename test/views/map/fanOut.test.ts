import { describe, expect, it } from 'vitest';

import { fanOut, groupByPoint, ringOffsets } from '../../../src/views/map/fanOut';

describe('ringOffsets', () => {
  it('places four markers at 12, 3, 6 and 9 o\'clock on the minimum 16 px ring', () => {
    // 4 × 18 / 2π ≈ 11.46 px < 16 px, so the minimum radius wins.
    expect(ringOffsets(4)).toEqual([
      { dx: 0, dy: -16 },
      { dx: 16, dy: 0 },
      { dx: 0, dy: 16 },
      { dx: -16, dy: 0 },
    ]);
  });

  it('widens the ring to keep 18 px between eight markers', () => {
    // r = 8 × 18 / 2π = 22.918 px; the 45° positions are r·√½ = 16.206 px.
    expect(ringOffsets(8)).toEqual([
      { dx: 0, dy: -22.918 },
      { dx: 16.206, dy: -16.206 },
      { dx: 22.918, dy: 0 },
      { dx: 16.206, dy: 16.206 },
      { dx: 0, dy: 22.918 },
      { dx: -16.206, dy: 16.206 },
      { dx: -22.918, dy: 0 },
      { dx: -16.206, dy: -16.206 },
    ]);
  });

  it('honours spacing and minimum radius options, and returns nothing for zero', () => {
    expect(ringOffsets(2, { minRadiusPx: 10 })).toEqual([
      { dx: 0, dy: -10 },
      { dx: 0, dy: 10 },
    ]);
    expect(ringOffsets(0)).toEqual([]);
  });
});

describe('fanOut', () => {
  it('keeps the hosting space at the centre and rings the groups around it, ordered by id', () => {
    const at = { lat: 51.545, lng: -0.055 };
    const offsets = fanOut([
      { id: 'g3', kind: 'group', ...at },
      { id: 'hall', kind: 'space', ...at },
      { id: 'g1', kind: 'group', ...at },
      { id: 'lone', kind: 'person', lat: 51.5, lng: -0.05 },
      { id: 'g2', kind: 'group', ...at },
    ]);
    // Three on the ring: 12 o'clock, then 120° and 240° clockwise (16·sin 120° = 13.856, -16·cos 120° = 8).
    expect([...offsets.entries()].sort()).toEqual([
      ['g1', { dx: 0, dy: -16 }],
      ['g2', { dx: 13.856, dy: 8 }],
      ['g3', { dx: -13.856, dy: 8 }],
      ['hall', { dx: 0, dy: 0 }],
    ]);
  });

  it('rings everything when no space is in the stack, independent of input order', () => {
    const a = { id: 'a', kind: 'person' as const, lat: 1, lng: 2 };
    const b = { id: 'b', kind: 'group' as const, lat: 1, lng: 2 };
    const expected = [
      ['a', { dx: 0, dy: -16 }],
      ['b', { dx: 0, dy: 16 }],
    ];
    expect([...fanOut([b, a]).entries()]).toEqual(expected);
    expect([...fanOut([a, b]).entries()]).toEqual(expected);
  });
});

describe('groupByPoint', () => {
  it('groups identical points in order of first appearance, telling -0.05 from -0.050001', () => {
    const items = [
      { id: 'a', lat: 51.5, lng: -0.05 },
      { id: 'b', lat: 51.5, lng: -0.050001 },
      { id: 'c', lat: 51.5, lng: -0.05 },
      { id: 'd', lat: 51.6, lng: -0.05 },
    ];
    expect(groupByPoint(items).map((g) => g.map((i) => i.id))).toEqual([['a', 'c'], ['b'], ['d']]);
  });
});
