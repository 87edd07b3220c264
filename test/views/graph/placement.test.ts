import { describe, expect, it } from 'vitest';

import { freeSpotInView, placeMissing, type Point, withPlaces } from '../../../src/views/graph/placement';
import { makeMap, person, tie } from '../../helpers/build';

// Hand-worked: the free-spot spiral tries radius 60·(1 + 0.6·√i) at angle i·2.39996 rad
// (cos = −0.73737, sin = 0.67549 for i = 1), and takes the first spot 60 or more from every node.
describe('placeMissing', () => {
  const at = (x: number, y: number) => ({ position: { x, y, pinned: true } });

  it('puts a new node beside the middle of its placed neighbours, and never moves placed nodes', () => {
    const doc = makeMap(
      [person('a', 'A', at(0, 0)), person('b', 'B', at(300, 0)), person('c'), person('d')],
      [tie('t1', 'a', 'c'), tie('t2', 'c', 'b'), tie('t3', 'd', 'c')],
    );
    const placed = placeMissing(doc);
    // c: mean of a and b is (150, 0); the first spot, 60 to the right, is free.
    // d: next to c at (210, 0); (270, 0) is 30 from b, so the spiral's second spot:
    // (210 − 96·0.73737, 96·0.67549) = (139.2, 64.8).
    expect(placed).toEqual(
      new Map([
        ['c', { x: 210, y: 0 }],
        ['d', { x: 139, y: 65 }],
      ]),
    );
  });

  it('places nodes with no placed neighbour around the fallback point', () => {
    const doc = makeMap([person('a', 'A', at(0, 0)), person('e')]);
    expect(placeMissing(doc, { x: 1000, y: 1000 })).toEqual(new Map([['e', { x: 1060, y: 1000 }]]));
    // Without a fallback: around the middle of the placed nodes (here a itself).
    expect(placeMissing(doc)).toEqual(new Map([['e', { x: 60, y: 0 }]]));
  });

  it('leaves a map nobody has arranged to a real layout', () => {
    expect(placeMissing(makeMap([person('a'), person('b')], [tie('t', 'a', 'b')]))).toEqual(new Map());
    expect(placeMissing(makeMap([person('a', 'A', at(1, 2))]))).toEqual(new Map());
  });

  it('keeps new nodes at least the spacing apart', () => {
    const nodes = [person('hub', 'Hub', at(0, 0)), ...Array.from({ length: 30 }, (_, i) => person(`n${i}`))];
    const ties = nodes.slice(1).map((n, i) => tie(`t${i}`, 'hub', n.id));
    const placed = [...placeMissing(makeMap(nodes, ties)).values(), { x: 0, y: 0 }];
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const p = placed[i]!;
        const q = placed[j]!;
        // Rounding to whole units can cost up to √2/2 · 2 ≈ 1.5.
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(58.5);
      }
    }
  });
});

describe('freeSpotInView', () => {
  const view = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const centre = { x: 200, y: 150 };
  const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

  it('keeps the centre when it is free, else takes the first free spot of the spiral', () => {
    expect(freeSpotInView(centre, [{ x: 0, y: 0 }], view, 60)).toEqual(centre);
    // Spiral steps of 0.6 × 60 = 36: r = 36·√i at i × 2.39996 rad. i = 1 and 2 (r 36, 50.9) are
    // within 60 of the centre; i = 3 is r 62.35 at 7.19989 rad: (237.94, 199.49) by hand.
    const p = freeSpotInView(centre, [centre], view, 60);
    expect(p.x).toBeCloseTo(237.94, 1);
    expect(p.y).toBeCloseTo(199.49, 1);
  });

  it('eight taps land eight distinct places inside the view, each clear of the others', () => {
    const taken: Point[] = [centre, { x: 150, y: 150 }, { x: 250, y: 120 }];
    const added: Point[] = [];
    for (let i = 0; i < 8; i++) {
      const p = freeSpotInView(centre, [...taken, ...added], view, 60, 30);
      expect(p.x).toBeGreaterThanOrEqual(30);
      expect(p.x).toBeLessThanOrEqual(370);
      expect(p.y).toBeGreaterThanOrEqual(30);
      expect(p.y).toBeLessThanOrEqual(270);
      for (const q of [...taken, ...added]) expect(dist(p, q)).toBeGreaterThanOrEqual(60);
      added.push(p);
    }
  });

  it('falls back to the centre when the view is full', () => {
    const full: Point[] = [];
    for (let x = 0; x <= 400; x += 30) for (let y = 0; y <= 300; y += 30) full.push({ x, y });
    expect(freeSpotInView(centre, full, view, 60)).toEqual(centre);
  });
});

describe('withPlaces', () => {
  const at = (x: number, y: number) => ({ position: { x, y, pinned: true } });

  it('writes the places of nodes without one into the map, unpinned, and leaves the rest as they were', () => {
    const doc = makeMap([person('a', 'A', at(0, 0)), person('e')]);
    const next = withPlaces(doc);
    // e goes around the middle of the placed nodes (a), the spiral's first spot: 60 to the right.
    expect(next.nodes.map((n) => [n.id, n.position])).toEqual([
      ['a', { x: 0, y: 0, pinned: true }],
      ['e', { x: 60, y: 0, pinned: false }],
    ]);
    expect(next.nodes[0]).toBe(doc.nodes[0]);
  });

  it('returns the same map when nothing is to be placed', () => {
    const placed = makeMap([person('a', 'A', at(0, 0))]);
    expect(withPlaces(placed)).toBe(placed);
    const unarranged = makeMap([person('a'), person('b')]);
    expect(withPlaces(unarranged)).toBe(unarranged);
  });
});
