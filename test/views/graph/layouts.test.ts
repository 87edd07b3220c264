import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type CareMap, loadCareMap } from '../../../src/model';
import {
  communityLayout,
  concentricLayout,
  fcoseOptions,
  firstLayout,
  firstLayoutIterations,
  LAYOUT_MIN_DISTANCE,
  gridLayout,
  type Positions,
  spreadApart,
  teamLayout,
  widen,
} from '../../../src/views/graph/layouts';
import { generateMap } from '../../helpers/generateMap';
import { makeMap, node, person, tie, ties } from '../../helpers/build';

type Pt = { x: number; y: number };
const dist = (p?: Pt, q?: Pt) => Math.hypot(p!.x - q!.x, p!.y - q!.y);

/** Bounding box of the positions of `ids` (all positions when omitted). */
function box(p: Positions, ids?: readonly string[]) {
  const pts = ids === undefined ? [...p.values()] : ids.map((id) => p.get(id)!);
  const xs = pts.map((q) => q.x);
  const ys = pts.map((q) => q.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** Distance from a point to a box (0 inside it). */
const toBox = (q: Pt, b: ReturnType<typeof box>) =>
  Math.hypot(Math.max(b.x0 - q.x, 0, q.x - b.x1), Math.max(b.y0 - q.y, 0, q.y - b.y1));

/** The distance between the two closest nodes. */
function closestPair(p: Positions): number {
  const pts = [...p.values()];
  let least = Infinity;
  for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) least = Math.min(least, dist(pts[i], pts[j]));
  return least;
}

/** Median length of the ties of `doc` whose ends both have positions. */
function medianTie(doc: CareMap, p: Positions): number {
  const lengths = doc.ties.map((t) => dist(p.get(t.source), p.get(t.target))).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)]!;
}

/** A cycle through `ids` (each tied to the next, the last to the first), tie ids prefixed. */
const cycle = (prefix: string, ids: readonly string[]) =>
  ids.map((id, i) => tie(`${prefix}${i}`, id, ids[(i + 1) % ids.length]!));

function sampleMap(): CareMap {
  const file = path.resolve(import.meta.dirname, '../../../sample-maps/larkspur-green.carewealth.json');
  const loaded = loadCareMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!loaded.ok) throw new Error('the sample map does not load');
  return loaded.value;
}

describe('layouts', () => {
  it('grid: ⌈√n⌉ columns, 80 apart, sorted by kind then label', () => {
    const doc = makeMap([
      person('c', 'Cy'),
      person('a', 'Al'),
      node('z', 'group', 'Zed'),
      node('b', 'space', 'Bo'),
      node('t', 'team', 'T'),
    ]);
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
    const doc = makeMap(
      [person('a'), person('b'), person('c'), person('d')],
      [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')],
    );
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
      ties('a-b b-c c-a x-y y-z z-x'),
    );
    const p = communityLayout(doc);
    expect(p.size).toBe(7);
    const within = Math.max(dist(p.get('a'), p.get('b')), dist(p.get('x'), p.get('y')));
    const across = Math.min(
      ...['a', 'b', 'c'].flatMap((u) => ['x', 'y', 'z'].map((v) => dist(p.get(u), p.get(v)))),
    );
    expect(across).toBeGreaterThan(within);
    expect(communityLayout(doc)).toEqual(p);
  });

  it('first layout: every node placed, the same every time, ties at least ~120 long, nodes 75 apart', () => {
    const doc = generateMap({ nodes: 120, seed: 3 });
    const p = firstLayout(doc);
    expect(p.size).toBe(120);
    expect(firstLayout(doc)).toEqual(p);
    const lengths = doc.ties.map((t) => dist(p.get(t.source), p.get(t.target))).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    // Scaled to a median of 120, then spread apart, which only lengthens ties.
    expect(median).toBeGreaterThan(110);
    expect(closestPair(p)).toBeGreaterThanOrEqual(LAYOUT_MIN_DISTANCE - 1.5);
  });

  it('first layout: nodes with no tie and lone pairs sit in a row one spacing below the drawing, at its right', () => {
    const ring = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const doc = makeMap(
      [...ring, 'lone', 'p', 'q'].map((id) => person(id)),
      [...cycle('r', ring), tie('pq', 'p', 'q')],
    );
    const p = firstLayout(doc);
    expect(p.size).toBe(11);
    const main = box(p, ring);
    // An 8-ring with ties 120 long is wider than 240, so the row has room for three cells: the
    // pair first (its tie exactly one spacing), then the lone node, the row flush with the
    // drawing's right edge.
    expect(main.x1 - main.x0).toBeGreaterThan(240);
    expect(p.get('p')).toEqual({ x: main.x1 - 240, y: main.y1 + 120 });
    expect(p.get('q')).toEqual({ x: main.x1 - 120, y: main.y1 + 120 });
    expect(p.get('lone')).toEqual({ x: main.x1, y: main.y1 + 120 });
    expect(toBox(p.get('lone')!, main)).toBe(120);
  });

  it('first layout: a map with no ties is a grid, ⌈√n⌉ columns, in document order', () => {
    const doc = makeMap(['e', 'd', 'c', 'b', 'a'].map((id) => person(id)));
    expect(firstLayout(doc)).toEqual(
      new Map([
        ['e', { x: 0, y: 0 }],
        ['d', { x: 120, y: 0 }],
        ['c', { x: 240, y: 0 }],
        ['b', { x: 0, y: 120 }],
        ['a', { x: 120, y: 120 }],
      ]),
    );
  });

  it('first layout: separate parts are each drawn with ties ~120 long and set one spacing apart', () => {
    const big = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const small = ['w', 'x', 'y', 'z'];
    const doc = makeMap(
      [...big, ...small].map((id) => person(id)),
      [...cycle('b', big), ...cycle('s', small)],
    );
    const p = firstLayout(doc);
    const one = box(p, big);
    const two = box(p, small);
    // Each part is scaled on its own: a 4-cycle's median tie is 120 too.
    expect(medianTie(makeMap([], cycle('s', small)), p)).toBeCloseTo(120, -1);
    // Beside or below the first part, one spacing from it (±1 for rounding), never overlapping.
    const right = two.x0 - one.x1;
    const below = two.y0 - one.y1;
    expect([right, below].some((gap) => Math.abs(gap - 120) <= 1)).toBe(true);
    expect(Math.max(right, below)).toBeGreaterThanOrEqual(119);
  });

  it('first layout on the sample map: nothing far off, the bounding box not set by one node', () => {
    const doc = sampleMap();
    const p = firstLayout(doc);
    expect(p.size).toBe(doc.nodes.length);
    expect(firstLayout(doc)).toEqual(p);
    const m = medianTie(doc, p);
    expect(m).toBeGreaterThan(110);
    expect(closestPair(p)).toBeGreaterThanOrEqual(LAYOUT_MIN_DISTANCE - 1.5);
    // Wider than tall, for a screen.
    const whole = box(p);
    expect((whole.x1 - whole.x0) / (whole.y1 - whole.y0)).toBeGreaterThan(1.2);
    // The sample holds one space with no tie; it sits one spacing below the drawing of the rest.
    const tied = new Set(doc.ties.flatMap((t) => [t.source, t.target]));
    const lone = doc.nodes.filter((n) => !tied.has(n.id)).map((n) => n.id);
    expect(lone).toEqual(['n-marlowe-common-room']);
    const main = box(p, [...tied]);
    for (const id of lone) expect(toBox(p.get(id)!, main)).toBeLessThanOrEqual(2 * 120);
    // Leaving out any one node keeps at least 3/4 of the bounding box's area (before the fix, leaving
    // out the far-off space kept about 1/6 of it).
    const area = (b: ReturnType<typeof box>) => (b.x1 - b.x0) * (b.y1 - b.y0);
    for (const id of p.keys()) {
      const others = new Map([...p].filter(([k]) => k !== id));
      expect(area(box(others)) / area(whole)).toBeGreaterThan(0.75);
    }
  });

  it('widen: a square stretched to 4:1 keeps its area and centre; a wide drawing is left alone', () => {
    const square = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 0, y: 100 }],
      ['d', { x: 100, y: 100 }],
    ]);
    // k = 4 (allowed up to 4), so x × 2 and y ÷ 2 about the centre (50, 50).
    expect(widen(square, 4, 4)).toEqual(
      new Map([
        ['a', { x: -50, y: 25 }],
        ['b', { x: 150, y: 25 }],
        ['c', { x: -50, y: 75 }],
        ['d', { x: 150, y: 75 }],
      ]),
    );
    expect(widen(square, 1)).toBe(square);
  });

  it('spreadApart: a close pair parts evenly, a fixed node holds, coincident nodes part along x', () => {
    const pair = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 30, y: 0 }],
    ]);
    // 45 short of 75: 22.5 each way.
    expect(spreadApart(pair, 75)).toEqual(new Map([['a', { x: -22.5, y: 0 }], ['b', { x: 52.5, y: 0 }]]));
    expect(spreadApart(pair, 75, new Set(['a']))).toEqual(new Map([['a', { x: 0, y: 0 }], ['b', { x: 75, y: 0 }]]));
    const same = new Map([
      ['b', { x: 0, y: 0 }],
      ['a', { x: 0, y: 0 }],
    ]);
    expect(spreadApart(same, 75)).toEqual(new Map([['b', { x: 37.5, y: 0 }], ['a', { x: -37.5, y: 0 }]]));
    // Far enough apart already: nothing moves.
    const far = new Map([['a', { x: 0, y: 0 }], ['b', { x: 80, y: 0 }]]);
    expect(spreadApart(far, 75)).toEqual(far);
  });

  it('first layout: 150 ForceAtlas2 iterations up to 300 nodes, 60 above', () => {
    expect([
      firstLayoutIterations(1),
      firstLayoutIterations(300),
      firstLayoutIterations(301),
      firstLayoutIterations(1000),
    ]).toEqual([150, 150, 60, 60]);
  });

  it('by community: nodes with no tie are packed beside the communities, not far off', () => {
    const doc = sampleMap();
    const p = communityLayout(doc);
    const tied = new Set(doc.ties.flatMap((t) => [t.source, t.target]));
    const main = box(p, [...tied]);
    for (const n of doc.nodes)
      if (!tied.has(n.id)) expect(toBox(p.get(n.id)!, main)).toBeLessThanOrEqual(2 * 80);
  });

  it('fcose: refines the current picture on workshop-sized maps, drafts afresh on big ones, holds pins', () => {
    const small = fcoseOptions(185, new Map([['a', { x: 1, y: 2 }]]));
    expect([small.quality, small.randomize, small.numIter]).toEqual(['default', false, 1000]);
    expect(small.fixedNodeConstraint).toEqual([{ nodeId: 'a', position: { x: 1, y: 2 } }]);
    const big = fcoseOptions(5000, new Map());
    expect([big.quality, big.randomize, big.fixedNodeConstraint]).toEqual(['draft', true, undefined]);
  });
});
