// Ring and sector placement of a support network. Expected positions are worked out by hand from
// the rules in src/model/support/placement.ts (pitch 64: lanes at 64, 128, 192… from the centre;
// neighbours on a lane of radius r are 2·asin(64 / 2r) apart, half that clear of a sector edge);
// the lane counts for 200 people were worked out with a short Python loop over the same rule.
import { describe, expect, it } from 'vitest';

import {
  alongAt,
  type CareNode,
  type Closeness,
  dropAt,
  placeSupportNetwork,
  readSupportNetwork,
  ringAt,
  sectorAt,
  type SupportLayout,
  type SupportNetwork,
} from '../../../src/model';
import { makeMap, node, person, tie } from '../../helpers/build';

const HALF_PI = Math.PI / 2;

function network(nodes: CareNode[], ties: ReturnType<typeof tie>[]): SupportNetwork {
  const net = readSupportNetwork(makeMap([person('me', 'Me'), ...nodes], ties), 'me');
  if (net === null) throw new Error('no centre');
  return net;
}

/** `count` friends tied to the centre with the given closeness, labelled F000, F001… */
function friends(count: number, closeness?: Closeness, prefix = 'f') {
  const nodes = Array.from({ length: count }, (_, i) =>
    person(`${prefix}${i}`, `F${String(i).padStart(3, '0')}`, { roles: ['friend'] }),
  );
  const ties = nodes.map((n, i) =>
    tie(`t-${prefix}${i}`, n.id, 'me', closeness === undefined ? {} : { closeness }),
  );
  return { nodes, ties };
}

function at(layout: SupportLayout, id: string) {
  const p = layout.placed.find((x) => x.id === id);
  if (p === undefined) throw new Error(`${id} not placed`);
  return p;
}

describe('bands', () => {
  it('draws every ring guide even with nobody around the centre: one lane each, none beyond', () => {
    const layout = placeSupportNetwork(network([], []));
    expect(layout.bands.map((b) => [b.ring, b.inner, b.outer, b.lanes])).toEqual([
      ['inner', 32, 96, [64]],
      ['middle', 96, 160, [128]],
      ['outer', 160, 224, [192]],
      ['none', 224, 288, [256]],
      ['beyond', 288, 288, []],
    ]);
    expect(layout.placed).toEqual([]);
    expect(layout.sectors.map((s) => [s.sector, s.start, s.end])).toEqual([
      ['friends', 0, HALF_PI],
      ['community', HALF_PI, Math.PI],
      ['services', Math.PI, 3 * HALF_PI],
      ['family', 3 * HALF_PI, 2 * Math.PI],
    ]);
  });

  it('gives a band as many lanes as its most crowded sector needs', () => {
    // A lane at 64 holds one person per sector (neighbours 60° apart, a sector is 90°); a lane
    // at 128 holds three (2·asin(1/4) = 28.96°), so two inner friends need two lanes.
    const { nodes, ties } = friends(2, 'inner');
    const layout = placeSupportNetwork(network(nodes, ties));
    expect(layout.bands.map((b) => [b.ring, b.inner, b.outer, b.lanes])).toEqual([
      ['inner', 32, 160, [64, 128]],
      ['middle', 160, 224, [192]],
      ['outer', 224, 288, [256]],
      ['none', 288, 352, [320]],
      ['beyond', 352, 352, []],
    ]);
  });
});

describe('one cell', () => {
  it('puts a lone inner friend in the middle of the friends sector, one pitch from the centre', () => {
    const { nodes, ties } = friends(1, 'inner');
    const p = at(placeSupportNetwork(network(nodes, ties)), 'f0');
    expect(p.ring).toBe('inner');
    expect(p.sector).toBe('friends');
    expect(p.radius).toBe(64);
    expect(p.angle).toBeCloseTo(Math.PI / 4, 12);
    expect(p.along).toBeCloseTo(0.5, 12);
    expect(p.x).toBeCloseTo(64 * Math.SQRT1_2, 9);
    expect(p.y).toBeCloseTo(-64 * Math.SQRT1_2, 9);
  });

  it('deals two inner friends to two lanes in label order, each clear of the sector edge', () => {
    // Lane capacities 1 and 3: one each (the tie on remainders goes to the inner lane). F000
    // asks for 1/4 of the sector (22.5°) but the lane at 64 keeps 30° clear of the edge; F001
    // asks for 3/4 (67.5°), which the lane at 128 allows (edge margin 14.48°).
    const { nodes, ties } = friends(2, 'inner');
    const layout = placeSupportNetwork(network(nodes, ties));
    const a = at(layout, 'f0');
    const b = at(layout, 'f1');
    expect([a.radius, b.radius]).toEqual([64, 128]);
    expect(a.angle).toBeCloseTo(Math.PI / 6, 12);
    expect(a.along).toBeCloseTo(1 / 3, 12);
    expect(b.angle).toBeCloseTo((3 * Math.PI) / 8, 12);
    expect(b.along).toBeCloseTo(0.75, 12);
  });

  it('keeps a remembered place, and pushes a second person wanting the same place one step clockwise', () => {
    // Outer lane at 192: step 2·asin(1/6) = 0.334896 rad. Both ask for 45°; the first by id
    // stays, the second goes to 45° + 0.334896 rad.
    const { nodes, ties } = friends(2, 'outer');
    const layout = placeSupportNetwork(
      network(nodes, ties),
      new Map([
        ['f0', 0.5],
        ['f1', 0.5],
      ]),
    );
    const step = 2 * Math.asin(1 / 6);
    expect(at(layout, 'f0').angle).toBeCloseTo(Math.PI / 4, 12);
    expect(at(layout, 'f1').angle).toBeCloseTo(Math.PI / 4 + step, 12);
    expect(at(layout, 'f1').along).toBeCloseTo((Math.PI / 4 + step) / HALF_PI, 12);
  });

  it('moves a remembered place no further than the sector edge allows', () => {
    const { nodes, ties } = friends(1, 'outer');
    const p = at(placeSupportNetwork(network(nodes, ties), new Map([['f0', 1]])), 'f0');
    const step = 2 * Math.asin(1 / 6);
    expect(p.angle).toBeCloseTo(HALF_PI - step / 2, 12);
  });
});

describe('sectors and bands from the document', () => {
  it('places each kind of contact in its sector and band, and indirect ones beyond the rings', () => {
    const net = network(
      [
        person('lucy', 'Lucy', { roles: ['family'] }),
        person('w', 'W.', { roles: ['care_worker_employed'] }),
        node('knit', 'group', 'Knit & Natter'),
        node('hall', 'space', 'Hall'),
      ],
      [
        tie('t1', 'lucy', 'me', { closeness: 'outer' }),
        tie('t2', 'w', 'me', { closeness: 'middle' }),
        tie('t3', 'knit', 'me'),
        tie('t4', 'knit', 'hall', { kind: 'hosted_at' }),
      ],
    );
    const layout = placeSupportNetwork(net);
    const where = (id: string) => {
      const p = at(layout, id);
      const band = layout.bands.find((b) => b.ring === p.ring);
      const arc = layout.sectors.find((s) => s.sector === p.sector);
      expect(p.radius).toBeGreaterThan(band?.inner ?? Infinity);
      expect(p.radius).toBeLessThan(band?.outer ?? -Infinity);
      expect(p.angle).toBeGreaterThan(arc?.start ?? Infinity);
      expect(p.angle).toBeLessThan(arc?.end ?? -Infinity);
      return [p.sector, p.ring];
    };
    expect(where('lucy')).toEqual(['family', 'outer']);
    expect(where('w')).toEqual(['services', 'middle']);
    expect(where('knit')).toEqual(['community', 'none']);
    expect(where('hall')).toEqual(['community', 'beyond']);
    expect(layout.bands.find((b) => b.ring === 'beyond')?.lanes).toEqual([320]);
    const hidden = placeSupportNetwork(net, new Map(), { showIndirect: false });
    expect(hidden.placed.map((p) => p.id)).toEqual(['lucy', 'w', 'knit']);
    expect(hidden.hidden).toEqual(['hall']);
    expect(hidden.bands.find((b) => b.ring === 'beyond')?.lanes).toEqual([]);
  });

  it('leaves people in other cells where they were when someone is added elsewhere', () => {
    const a = friends(3, 'middle');
    const before = placeSupportNetwork(network(a.nodes, a.ties));
    const after = placeSupportNetwork(
      network(
        [...a.nodes, node('cafe', 'organisation', 'Café')],
        [...a.ties, tie('tc', 'cafe', 'me', { closeness: 'outer' })],
      ),
    );
    for (const id of ['f0', 'f1', 'f2']) expect(at(after, id)).toEqual(at(before, id));
  });
});

describe('200 people', () => {
  const closeness: (Closeness | undefined)[] = ['inner', 'middle', 'outer', undefined];
  const roles = ['family', 'friend', 'care_worker_employed', 'neighbour'] as const;
  const nodes: CareNode[] = [];
  const ties: ReturnType<typeof tie>[] = [];
  for (let i = 0; i < 200; i++) {
    const n =
      i % 7 === 0
        ? node(`g${i}`, 'group', `Group ${i}`)
        : person(`p${i}`, `Person ${i}`, { roles: [roles[i % 4] as (typeof roles)[number]] });
    nodes.push(n);
    const c = closeness[(i * 3) % 4];
    // Every fifth is linked through the one before it, so some are indirect.
    if (i % 5 === 4) ties.push(tie(`t${i}`, n.id, nodes[i - 1]?.id as string));
    else ties.push(tie(`t${i}`, n.id, 'me', c === undefined ? {} : { closeness: c }));
  }
  const net = network(nodes, ties);

  it('places everyone without overlaps, clear of the centre, inside their own band and sector', () => {
    const layout = placeSupportNetwork(net);
    expect(layout.placed).toHaveLength(200);
    expect(layout.placed.filter((p) => p.ring === 'beyond')).toHaveLength(40);
    const pts = layout.placed;
    let closest = Infinity;
    const misplaced: string[] = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!;
      closest = Math.min(closest, Math.hypot(a.x, a.y));
      const band = layout.bands.find((b) => b.ring === a.ring)!;
      const arc = layout.sectors.find((s) => s.sector === a.sector)!;
      if (!(a.radius > band.inner && a.radius < band.outer && a.angle > arc.start && a.angle < arc.end))
        misplaced.push(a.id);
      for (let j = i + 1; j < pts.length; j++) {
        const b = pts[j]!;
        closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
    }
    expect(misplaced).toEqual([]);
    expect(closest).toBeGreaterThanOrEqual(64 - 1e-9);
  });

  it('is deterministic', () => {
    expect(placeSupportNetwork(net)).toEqual(
      placeSupportNetwork(readSupportNetwork(makeMap([person('me', 'Me'), ...nodes], ties), 'me')!),
    );
  });

  it('needs 16 lanes for 200 people all in one band and sector', () => {
    const { nodes: many, ties: manyTies } = friends(200, 'inner');
    const layout = placeSupportNetwork(network(many, manyTies));
    expect(layout.bands[0]?.lanes).toHaveLength(16);
    expect(layout.bands[0]?.outer).toBe(32 + 16 * 64);
  });
});

describe('where a drop lands', () => {
  const layout = placeSupportNetwork(network([], []));

  it('finds the band by distance from the centre', () => {
    expect(ringAt(layout, { x: 0, y: 0 })).toBe('inner');
    expect(ringAt(layout, { x: 0, y: -95 })).toBe('inner');
    expect(ringAt(layout, { x: 0, y: -96 })).toBe('middle');
    expect(ringAt(layout, { x: 200, y: 0 })).toBe('outer');
    expect(ringAt(layout, { x: 0, y: 250 })).toBe('none');
    // Past the last band with anyone in it counts as that band.
    expect(ringAt(layout, { x: -1000, y: 0 })).toBe('none');
  });

  it('finds the sector clockwise from twelve o’clock', () => {
    expect(sectorAt({ x: 10, y: -10 })).toBe('friends');
    expect(sectorAt({ x: 10, y: 10 })).toBe('community');
    expect(sectorAt({ x: -10, y: 10 })).toBe('services');
    expect(sectorAt({ x: -10, y: -10 })).toBe('family');
  });

  it('keeps a person in their own sector, at the nearer edge when dropped outside it', () => {
    expect(alongAt('friends', { x: 10, y: -10 })).toBeCloseTo(0.5, 12);
    expect(alongAt('friends', { x: -1, y: -100 })).toBe(0);
    expect(alongAt('friends', { x: 100, y: 1 })).toBe(1);
    expect(
      alongAt('family', { x: -100 * Math.sin(Math.PI / 8), y: -100 * Math.cos(Math.PI / 8) }),
    ).toBeCloseTo(0.75, 12);
    const drop = dropAt(layout, 'services', { x: -120 * Math.SQRT1_2, y: 120 * Math.SQRT1_2 });
    expect(drop.ring).toBe('middle');
    expect(drop.along).toBeCloseTo(0.5, 12);
  });
});
