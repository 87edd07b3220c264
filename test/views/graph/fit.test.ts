import { describe, expect, it } from 'vitest';

import { boxAround, FIT_MAX_ZOOM, fitBox, NODE_MARGIN } from '../../../src/views/graph/fit';

describe('boxAround', () => {
  it('grows the points’ box by the node margin', () => {
    expect(
      boxAround([
        { x: 0, y: 0 },
        { x: 100, y: 50 },
        { x: -20, y: 10 },
      ]),
    ).toEqual({
      x1: -20 - NODE_MARGIN.side,
      y1: -NODE_MARGIN.top,
      x2: 100 + NODE_MARGIN.side,
      y2: 50 + NODE_MARGIN.bottom,
    });
  });

  it('is null for no points', () => {
    expect(boxAround([])).toBeNull();
  });
});

describe('fitBox', () => {
  it('centres the box at the largest zoom that keeps the padding', () => {
    // Box 400 × 200 in a 1000 × 600 canvas with 50 px padding: 900 / 400 = 2.25 across,
    // 500 / 200 = 2.5 down, so zoom 2.25 (capped only when maxZoom is lower).
    const v = fitBox({ x1: 0, y1: 0, x2: 400, y2: 200 }, 1000, 600, 50, null, 0, 10);
    expect(v.zoom).toBe(2.25);
    // Centre (200, 100) lands on the canvas centre (500, 300).
    expect(v.pan).toEqual({ x: 500 - 200 * 2.25, y: 300 - 100 * 2.25 });
  });

  it('never zooms in past maxZoom (default FIT_MAX_ZOOM) nor out past minZoom', () => {
    expect(fitBox({ x1: 0, y1: 0, x2: 10, y2: 10 }, 1000, 600, 50).zoom).toBe(FIT_MAX_ZOOM);
    expect(fitBox({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, 1000, 600, 50, null, 0.02).zoom).toBe(0.02);
  });

  it.each([
    {
      // Canvas 1000 × 600, panel in the bottom-left corner 300 wide × 500 tall (x 0..300, y 100..600).
      // Right of it: 700 × 600 -> (700 - 20) / 200 = 3.4 and (600 - 20) / 200 = 2.9 -> 2.9.
      // Above it: 1000 × 100 -> (100 - 20) / 200 = 0.4. Beside wins. Centred in the free strip
      // x 300..1000 (middle 650), y 0..600 (middle 300); the box's centre is (100, 100).
      where: 'beside',
      box: { x1: 0, y1: 0, x2: 200, y2: 200 },
      panel: { x1: 0, y1: 100, x2: 300, y2: 600 },
      zoom: 2.9,
      pan: { x: 650 - 100 * 2.9, y: 300 - 100 * 2.9 },
    },
    {
      // A wide, low panel along the bottom (y 500..600, x 0..900): beside it is only 100 px wide,
      // above it is 1000 × 500 -> min((1000 - 20) / 400, (500 - 20) / 100) = 2.45. Centred in
      // x 0..1000 (middle 500), y 0..500 (middle 250); the box's centre is (200, 50).
      where: 'above',
      box: { x1: 0, y1: 0, x2: 400, y2: 100 },
      panel: { x1: 0, y1: 500, x2: 900, y2: 600 },
      zoom: 2.45,
      pan: { x: 500 - 200 * 2.45, y: 250 - 50 * 2.45 },
    },
  ])('keeps clear of a panel: $where it when that draws larger', ({ box, panel, zoom, pan }) => {
    const v = fitBox(box, 1000, 600, 10, panel, 0, 10);
    expect(v.zoom).toBeCloseTo(zoom, 10);
    expect(v.pan.x).toBeCloseTo(pan.x, 10);
    expect(v.pan.y).toBeCloseTo(pan.y, 10);
  });
});

describe('fitBox with node centres: the whole canvas when no node would be under the panel', () => {
  // Canvas 1000 × 600, padding 10, panel in the bottom-left corner (x 0..300, y 400..600); box
  // 400 × 200. Beside the panel: (700 - 20) / 400 = 1.7; above it: min(980 / 400, 380 / 200) =
  // 1.9. Whole canvas: min(980 / 400, 580 / 200) = 2.45, drawing 980 × 490, 90 px to spare
  // vertically, so it is pushed up (panel below): pan y = 10, pan x = 10.
  const box = { x1: 0, y1: 0, x2: 400, y2: 200 };
  const panel = { x1: 0, y1: 400, x2: 300, y2: 600 };

  it('uses the whole canvas, pushed away from the panel, when every node stays clear', () => {
    // (400, 200) lands at (990, 500): right of the panel. (0, 0) at (10, 10): above it.
    const v = fitBox(box, 1000, 600, 10, panel, 0, 10, [
      { x: 0, y: 0 },
      { x: 400, y: 200 },
      { x: 400, y: 0 },
    ]);
    expect(v.zoom).toBeCloseTo(2.45, 10);
    expect(v.pan.x).toBeCloseTo(10, 10);
    expect(v.pan.y).toBeCloseTo(10, 10);
  });

  it('keeps to the strip above the panel when a node would land under it', () => {
    // (0, 200) lands at (10, 500): inside the panel.
    const v = fitBox(box, 1000, 600, 10, panel, 0, 10, [
      { x: 0, y: 0 },
      { x: 0, y: 200 },
    ]);
    expect(v.zoom).toBeCloseTo(1.9, 10);
  });

  it('counts a node within the clearance of the panel as covered', () => {
    // (100, 153) lands at (255, 384.85): 15 px above the panel's top edge (400), within the
    // 24 px clearance. (100, 140) lands at y 353, clear of it.
    expect(fitBox(box, 1000, 600, 10, panel, 0, 10, [{ x: 100, y: 140 }]).zoom).toBeCloseTo(2.45, 10);
    const v = fitBox(box, 1000, 600, 10, panel, 0, 10, [{ x: 100, y: 153 }]);
    expect(v.zoom).toBeCloseTo(1.9, 10);
  });
});
