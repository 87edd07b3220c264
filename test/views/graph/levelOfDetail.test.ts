import { describe, expect, it } from 'vitest';

import { TIE_DETAIL_ZOOM, tieDetail, viewChanged } from '../../../src/views/graph/levelOfDetail';
import { makeMap, person, tie } from '../../helpers/build';

// Five people on a line, 100 units apart: a(0,0) b(100,0) c(200,0) d(300,0) e(1000,0), and ties
// a-b, b-c, c-d, d-e, a-e. 10 elements, so thinning is on with minElements 5.
const at: Record<string, { x: number; y: number }> = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 200, y: 0 },
  d: { x: 300, y: 0 },
  e: { x: 1000, y: 0 },
};
const doc = makeMap(
  ['a', 'b', 'c', 'd', 'e'].map((id) => person(id)),
  [tie('ab', 'a', 'b'), tie('bc', 'b', 'c'), tie('cd', 'c', 'd'), tie('de', 'd', 'e'), tie('ae', 'a', 'e')],
);
const positionOf = (id: string) => at[id];
const none = new Set<string>();
const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort();

describe('tieDetail', () => {
  it('draws everything on small maps, before the first view, and when asked to', () => {
    const zoomedOut = { x1: 0, y1: 0, x2: 10, y2: 10, zoom: 0.01 };
    expect(tieDetail(doc, undefined, zoomedOut, { selected: none, positionOf })).toEqual({
      visible: undefined,
      hiddenTies: 0,
      zoomedOut: false,
      capped: false,
    });
    expect(
      tieDetail(doc, undefined, null, { selected: none, positionOf, minElements: 5 }).visible,
    ).toBeUndefined();
    expect(
      tieDetail(doc, undefined, zoomedOut, { selected: none, positionOf, minElements: 5, allTies: true })
        .visible,
    ).toBeUndefined();
  });

  it('zoomed out: only the ties of selected nodes', () => {
    const view = { x1: -50, y1: -50, x2: 1050, y2: 50, zoom: TIE_DETAIL_ZOOM / 2 };
    const d = tieDetail(doc, undefined, view, { selected: new Set(['e']), positionOf, minElements: 5 });
    expect(sorted(d.visible?.nodeIds)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(d.visible?.tieIds)).toEqual(['ae', 'de']);
    expect(d.hiddenTies).toBe(3);
    expect(d.zoomedOut).toBe(true);
  });

  it('zoomed in: ties with an end in the view grown by half its size each way', () => {
    // View x 0..100 (width 100) grows to x -50..150: a and b are inside, so ab, bc and ae count;
    // cd and de have no end inside.
    const view = { x1: 0, y1: -10, x2: 100, y2: 10, zoom: TIE_DETAIL_ZOOM };
    const d = tieDetail(doc, undefined, view, { selected: none, positionOf, minElements: 5 });
    expect(sorted(d.visible?.tieIds)).toEqual(['ab', 'ae', 'bc']);
    expect(d.hiddenTies).toBe(2);
    expect(d.zoomedOut).toBe(false);
    expect(d.capped).toBe(false);
  });

  it('keeps the ties nearest the middle when over the cap, after the selection’s', () => {
    // View x 150..250 (centre 200) grows to 100..300: b, c, d inside -> ab, bc, cd, de. Nearer
    // ends from the centre: bc 0 (c), cd 0 (c), ab 100 (b). Cap 3: ae and de come with the
    // selected e, leaving room for one more: bc (0 from the centre, before cd by id).
    const view = { x1: 150, y1: -10, x2: 250, y2: 10, zoom: 1 };
    const d = tieDetail(doc, undefined, view, {
      selected: new Set(['e']),
      positionOf,
      minElements: 5,
      maxTies: 3,
    });
    expect(sorted(d.visible?.tieIds)).toEqual(['ae', 'bc', 'de']);
    expect(d.capped).toBe(true);
  });

  it('thins only what the filter lets through', () => {
    const visible = { nodeIds: new Set(['a', 'b', 'c', 'd']), tieIds: new Set(['ab', 'bc', 'cd']) };
    const view = { x1: 0, y1: -10, x2: 100, y2: 10, zoom: 1 };
    const d = tieDetail(doc, visible, view, { selected: none, positionOf, minElements: 5 });
    expect(sorted(d.visible?.nodeIds)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(d.visible?.tieIds)).toEqual(['ab', 'bc']);
    expect(d.hiddenTies).toBe(1);
  });
});

describe('viewChanged', () => {
  const last = { x1: 0, y1: 0, x2: 100, y2: 50, zoom: 1 };
  it('on the first view and when crossing the detail zoom', () => {
    expect(viewChanged(null, last)).toBe(true);
    expect(viewChanged(last, { ...last, zoom: TIE_DETAIL_ZOOM / 2 })).toBe(true);
    expect(viewChanged({ ...last, zoom: 0.01 }, { x1: 5000, y1: 5000, x2: 9000, y2: 9000, zoom: 0.02 })).toBe(
      false,
    );
  });
  it('zoomed in: only when the view leaves the last one grown by half', () => {
    // Grown box: x -50..150, y -25..75.
    expect(viewChanged(last, { x1: 40, y1: 20, x2: 140, y2: 70, zoom: 1 })).toBe(false);
    expect(viewChanged(last, { x1: 60, y1: 0, x2: 160, y2: 50, zoom: 1 })).toBe(true);
    expect(viewChanged(last, { x1: 0, y1: -30, x2: 100, y2: 20, zoom: 1 })).toBe(true);
  });
});

describe('tieDetail and a selected tie', () => {
  it('draws a selected tie even zoomed out', () => {
    const view = { x1: 0, y1: 0, x2: 10, y2: 10, zoom: 0.01 };
    const d = tieDetail(doc, undefined, view, { selected: new Set(['cd']), positionOf, minElements: 5 });
    expect(sorted(d.visible?.tieIds)).toEqual(['cd']);
  });
});
