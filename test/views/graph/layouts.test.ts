import { describe, expect, it } from 'vitest';

import {
  communityLayout,
  concentricLayout,
  fcoseOptions,
  firstLayout,
  gridLayout,
  teamLayout,
} from '../../../src/views/graph/layouts';
import { generateMap } from '../../helpers/generateMap';
import { makeMap, node, person, tie } from '../../helpers/build';

const dist = (p?: { x: number; y: number }, q?: { x: number; y: number }) => Math.hypot(p!.x - q!.x, p!.y - q!.y);

describe('layouts', () => {
  it('grid: ⌈√n⌉ columns, 80 apart, sorted by kind then label', () => {
    const doc = makeMap([person('c', 'Cy'), person('a', 'Al'), node('z', 'group', 'Zed'), node('b', 'space', 'Bo'), node('t', 'team', 'T')]);
    expect(gridLayout(doc)).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['c', { x: 80, y: 0 }],
        ['z', { x: 160, y: 0 }],
        ['b', { x: 0, y: 80 }],
        ['t', { x: 80, y: 80 }],
      ]),
    );
    expect(gridLayout(doc, new Set(['b', 't']))).toEqual(
      new Map([
        ['b', { x: 0, y: 0 }],
        ['t', { x: 80, y: 0 }],
      ]),
    );
  });

  it('concentric around a centre: ring k holds nodes k ties away, unreachable ones outside', () => {
    const doc = makeMap([person('a'), person('b'), person('c'), person('d')], [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')]);
    expect(concentricLayout(doc, undefined, 'a')).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 0, y: -80 }],
        ['c', { x: 0, y: -160 }],
        ['d', { x: 0, y: -240 }],
      ]),
    );
  });

  it('concentric by degree: the hub in the middle, leaves on a ring', () => {
    // Degrees 4 and 1; 3 bands of width 5/3: the hub is in the top band (level 0), leaves in the
    // lowest (level 2); the empty level 1 leaves no ring, so the leaves sit at radius 80.
    const doc = makeMap(
      [person('h'), person('l1'), person('l2'), person('l3'), person('l4')],
      ['l1', 'l2', 'l3', 'l4'].map((l, i) => tie(`t${i}`, 'h', l)),
    );
    expect(concentricLayout(doc)).toEqual(
      new Map([
        ['h', { x: 0, y: 0 }],
        ['l1', { x: 0, y: -80 }],
        ['l2', { x: 80, y: 0 }],
        ['l3', { x: 0, y: 80 }],
        ['l4', { x: -80, y: 0 }],
      ]),
    );
  });

  it('by team: each team in the middle of its members; others apart', () => {
    const doc = makeMap(
      [node('T1', 'team'), node('T2', 'team'), person('a'), person('b'), person('c'), person('d')],
      [
        tie('m1', 'a', 'T1', { kind: 'membership' }),
        tie('m2', 'b', 'T1', { kind: 'membership' }),
        tie('m3', 'c', 'T2', { kind: 'membership' }),
        tie('k', 'd', 'a'),
      ],
    );
    const p = teamLayout(doc);
    // Largest group first, as a disc of radius 48·√2.5 + 40 = 115.9 at the top left.
    expect(p.get('T1')).toEqual({ x: 116, y: 116 });
    // Sunflower radii 48·√1.5 = 58.8 and 48·√2.5 = 75.9 around the team.
    expect(dist(p.get('T1'), p.get('a'))).toBeCloseTo(58.8, 0);
    expect(dist(p.get('T1'), p.get('b'))).toBeCloseTo(75.9, 0);
    expect(dist(p.get('T2'), p.get('c'))).toBeCloseTo(58.8, 0);
    expect(dist(p.get('T1'), p.get('d'))).toBeGreaterThan(200);
  });

  it('by community: two separate triangles land apart, the same way every time', () => {
    const doc = makeMap(
      ['a', 'b', 'c', 'x', 'y', 'z', 'lone'].map((id) => person(id)),
      [tie('1', 'a', 'b'), tie('2', 'b', 'c'), tie('3', 'c', 'a'), tie('4', 'x', 'y'), tie('5', 'y', 'z'), tie('6', 'z', 'x')],
    );
    const p = communityLayout(doc);
    expect(p.size).toBe(7);
    const within = Math.max(dist(p.get('a'), p.get('b')), dist(p.get('x'), p.get('y')));
    const across = Math.min(...['a', 'b', 'c'].flatMap((u) => ['x', 'y', 'z'].map((v) => dist(p.get(u), p.get(v)))));
    expect(across).toBeGreaterThan(within);
    expect(communityLayout(doc)).toEqual(p);
  });

  it('first layout: every node placed, the same every time, median tie about 120 long', () => {
    const doc = generateMap({ nodes: 120, seed: 3 });
    const p = firstLayout(doc);
    expect(p.size).toBe(120);
    expect(firstLayout(doc)).toEqual(p);
    const lengths = doc.ties.map((t) => dist(p.get(t.source), p.get(t.target))).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(110);
    expect(median).toBeLessThan(130);
  });

  it('fcose: refines the current picture on workshop-sized maps, drafts afresh on big ones, holds pins', () => {
    const small = fcoseOptions(185, new Map([['a', { x: 1, y: 2 }]]));
    expect([small.quality, small.randomize, small.numIter]).toEqual(['default', false, 1000]);
    expect(small.fixedNodeConstraint).toEqual([{ nodeId: 'a', position: { x: 1, y: 2 } }]);
    const big = fcoseOptions(5000, new Map());
    expect([big.quality, big.randomize, big.fixedNodeConstraint]).toEqual(['draft', true, undefined]);
  });
});
