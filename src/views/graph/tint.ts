// What a colour drawn part-clear looks like on the graph's white canvas, as one opaque colour.
// Ties are drawn at TIE_OPACITY; drawn opaque in that tint they look the same wherever they lie
// on the white ground, and cytoscape draws a part-clear arrowhead twice (once to clear under it),
// which was a fifth of a 500-node first picture. Pure.
import { hexToRgb, rgbToHex } from '../../look';

/** How strongly a plain tie is drawn on the plain (not workshop) canvas. */
export const TIE_OPACITY = 0.9;

/** `hex` ('#rrggbb') at `alpha` over white, as '#rrggbb'. */
export function overWhite(hex: string, alpha: number): string {
  // In thousandths, so 0.9 of 0 on white is 25.5 exactly (and rounds up), not 25.4999….
  const a = Math.round(alpha * 1000);
  const [r, g, b] = hexToRgb(hex);
  const over = (c: number) => (a * c + (1000 - a) * 255) / 1000;
  return rgbToHex(over(r), over(g), over(b)).toUpperCase();
}
