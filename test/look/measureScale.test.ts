// The measure -> size and colour mapping: ends of the viridis ramp, linear positions, area-true
// sizes, a flat measure, categories for communities, and legend stops.
import { describe, expect, it } from 'vitest';

import {
  CATEGORY_COLOURS,
  formatValue,
  legendStops,
  measureScale,
  SIZE_RANGE,
  viridis,
} from '../../src/look';

describe('measure scale', () => {
  it('viridis: the ends are the published end colours, the middle the fifth of nine stops', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(1)).toBe('#fde725');
    expect(viridis(0.5)).toBe('#21918c');
    // Halfway between #440154 and #472d7b (t = 1/16): channel means rounded.
    expect(viridis(1 / 16)).toBe('#461768'); // (68+71)/2 → 70, (1+45)/2 = 23, (84+123)/2 → 104
    expect(viridis(-3)).toBe('#440154');
    expect(viridis(Number.NaN)).toBe('#440154');
  });

  it('positions values linearly between min and max; size grows with the square root (area-true)', () => {
    const scale = measureScale('degree', { a: 2, b: 4, c: 10 });
    expect([scale.min, scale.max, scale.kind]).toEqual([2, 10, 'sequential']);
    expect(scale.position(4)).toBe(0.25);
    expect(scale.size(2)).toBe(SIZE_RANGE.min);
    expect(scale.size(10)).toBe(SIZE_RANGE.max);
    expect(scale.size(4)).toBe(16 + 40 * 0.5);
    expect(scale.colour(6)).toBe('#21918c');
  });

  it('a measure with one value for every node sits mid-scale', () => {
    const scale = measureScale('pagerank', { a: 0.5, b: 0.5 });
    expect([scale.colour(0.5), scale.size(0.5)]).toEqual(['#21918c', 16 + 40 * Math.SQRT1_2]);
    expect(legendStops(measureScale('pagerank', { a: 0.5 }))).toHaveLength(1);
  });

  it('communities are categories: Okabe–Ito colours repeating after eight, one size', () => {
    const scale = measureScale('community', { a: 0, b: 1, c: 9 });
    expect(scale.kind).toBe('categorical');
    // Okabe & Ito's published order: orange, sky blue, bluish green, yellow, blue, vermillion…
    expect(CATEGORY_COLOURS.slice(0, 3)).toEqual(['#E69F00', '#56B4E9', '#009E73']);
    expect(scale.colour(0)).toBe('#E69F00');
    expect(scale.colour(9)).toBe('#56B4E9');
    expect(scale.colour(-1)).toBe('#000000');
    expect(scale.size(0)).toBe(scale.size(9));
  });

  it('legend stops run evenly from min to max; values print plainly', () => {
    const stops = legendStops(measureScale('betweenness', { a: 0, b: 0.4 }), 5);
    expect(stops.map((s) => s.value)).toEqual([0, 0.1, 0.2, 0.30000000000000004, 0.4]);
    expect(stops[0]?.colour).toBe('#440154');
    expect(stops[4]?.colour).toBe('#fde725');
    expect(formatValue(0.30000000000000004)).toBe('0.3');
    expect(formatValue(12)).toBe('12');
    expect(formatValue(0.123456)).toBe('0.123');
  });
});
