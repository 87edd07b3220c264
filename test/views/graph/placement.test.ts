import { describe, expect, it } from 'vitest';

import { placeMissing } from '../../../src/views/graph/placement';
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
