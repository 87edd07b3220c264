// Size and colour nodes by a measure: a pure mapping from measure values to a node size and a
// colour, and the stops of its legend. Sequential measures use viridis (Smith & van der Walt's
// perceptually uniform scale, readable with the common colour-vision deficiencies and in
// greyscale: lightness rises steadily from dark purple to yellow). The community number is a
// category, not an amount, so it gets the Okabe–Ito palette (distinct under deuteranopia,
// protanopia and tritanopia), repeating after eight communities.
import type { NodeMeasureId } from '../analysis';
import { hexToRgb, rgbToHex } from './colour';
import { OKABE_ITO } from './palette';

/** Nine evenly spaced viridis colours, from the lowest value to the highest. */
export const VIRIDIS: readonly string[] = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];

/** Okabe–Ito's eight colours, for categories (the palette's, in its published order). */
export const CATEGORY_COLOURS: readonly string[] = Object.values(OKABE_ITO);

/** Node diameter in pixels for the lowest and the highest value. */
export const SIZE_RANGE = { min: 16, max: 56 } as const;

export interface MeasureScale {
  readonly kind: 'sequential' | 'categorical';
  readonly min: number;
  readonly max: number;
  /** Position of a value on the scale, 0–1 (0.5 for every value when min = max). */
  readonly position: (value: number) => number;
  readonly colour: (value: number) => string;
  /** Diameter in pixels: area grows in proportion to the value's position, so big reads as much. */
  readonly size: (value: number) => number;
}

/** Viridis at position t (0–1), interpolated linearly in RGB between neighbouring stops. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(VIRIDIS[i] as string);
  const b = hexToRgb(VIRIDIS[i + 1] as string);
  return rgbToHex(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f);
}

/** The scale for a measure's values (ignoring non-finite ones). */
export function measureScale(measure: NodeMeasureId, values: Readonly<Record<string, number>>): MeasureScale {
  let min = Infinity;
  let max = -Infinity;
  for (const v of Object.values(values)) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) {
    min = 0;
    max = 0;
  }
  const position = (value: number) =>
    max === min ? 0.5 : Math.min(1, Math.max(0, (value - min) / (max - min)));
  const size = (value: number) =>
    SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * Math.sqrt(position(value));
  if (measure === 'community') {
    return {
      kind: 'categorical',
      min,
      max,
      position,
      colour: (value) =>
        CATEGORY_COLOURS[
          ((Math.round(value) % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length
        ] as string,
      size: () => (SIZE_RANGE.min + SIZE_RANGE.max) / 2,
    };
  }
  return { kind: 'sequential', min, max, position, colour: (value) => viridis(position(value)), size };
}

/** `count` evenly spaced legend entries from min to max (one when min = max). */
export function legendStops(
  scale: MeasureScale,
  count = 5,
): Array<{ value: number; colour: string; size: number }> {
  if (scale.max === scale.min)
    return [{ value: scale.min, colour: scale.colour(scale.min), size: scale.size(scale.min) }];
  return Array.from({ length: count }, (_, i) => {
    const value = scale.min + ((scale.max - scale.min) * i) / (count - 1);
    return { value, colour: scale.colour(value), size: scale.size(value) };
  });
}

/** A value as the legend prints it: integers plainly, others to three significant figures. */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Number(value.toPrecision(3)).toString();
}
