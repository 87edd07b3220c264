// How other tools' drawing data is kept on a node or tie. The map has no colour, size or weight
// of its own, so Gephi's viz:color, viz:size and edge weight, yEd's fill colour and the r/g/b
// columns Gephi writes in GraphML are kept as the custom fields `color` ("#rrggbb", or
// "#rrggbbaa" with transparency), `size` and `weight`. The GEXF and GraphML writers put them back
// in each format's own place, so a file from Gephi comes back to Gephi with its colours.
import type { FieldValue } from './columns';

export const COLOR_FIELD = 'color';
export const SIZE_FIELD = 'size';
export const WEIGHT_FIELD = 'weight';

/** Red, green, blue 0–255 and alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

const HEX = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i;

function channel(v: number): string {
  return Math.round(Math.min(255, Math.max(0, v)))
    .toString(16)
    .padStart(2, '0');
}

/** "#ac9643", or "#ac964380" when not opaque. */
export function colourText(c: Rgba): string {
  const alpha = c.a >= 1 ? '' : channel(c.a * 255);
  return `#${channel(c.r)}${channel(c.g)}${channel(c.b)}${alpha}`;
}

/** The colour a `color` field holds, when it is written "#rrggbb" or "#rrggbbaa". */
export function parseColour(value: FieldValue | undefined): Rgba | undefined {
  if (typeof value !== 'string') return undefined;
  const m = HEX.exec(value.trim());
  if (m === null) return undefined;
  const n = Number.parseInt(m[1] as string, 16);
  const a = m[2] === undefined ? 1 : Number.parseInt(m[2], 16) / 255;
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: Math.round(a * 1000) / 1000 };
}

/** A colour from 0–255 channel texts (GEXF's viz:color, Gephi's GraphML r/g/b), or undefined. */
export function colourFrom(r: string | undefined, g: string | undefined, b: string | undefined, a?: string): Rgba | undefined {
  const [rn, gn, bn] = [r, g, b].map((t) => (t === undefined || t.trim() === '' ? Number.NaN : Number(t)));
  const an = a === undefined || a.trim() === '' ? 1 : Number(a);
  const ok = [rn, gn, bn].every((v) => v !== undefined && Number.isInteger(v) && v >= 0 && v <= 255) && an >= 0 && an <= 1;
  return ok ? { r: rn as number, g: gn as number, b: bn as number, a: an } : undefined;
}

/** A finite number field (size, weight), else undefined. */
export function numberField(value: FieldValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
