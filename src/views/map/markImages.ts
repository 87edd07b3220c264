// The pictures MapLibre draws for marks (src/look/marks.ts), as raw RGBA images: the ring round a
// marked node in the mark's outline (solid, dashed or two rings, as the graph's outline-style) and
// the small shape in the middle of a marked tie (circle, square or diamond, as the graph's
// mid-arrow). A circle layer can draw neither a dashed stroke nor a shape at a line's middle, so
// the layers ask for these by name and the map adds them on demand (useMapLibre's missing-image
// resolver). Pure:
// colours and shapes come from MARKS only.
import { hexToRgb, isMarkId, MARKS } from '../../look';

/** Image name prefixes: the ring round a marked node, the shape on a marked tie. */
export const MARK_RING_PREFIX = 'cw-mark-ring-';
export const MARK_TIE_PREFIX = 'cw-mark-tie-';

/** Device pixels per CSS pixel the images are drawn at (sharp on high-density screens). */
export const MARK_IMAGE_PIXEL_RATIO = 2;

/**
 * Radius (CSS px) of the ring's middle in the image: a marker of the usual radius (9 px) gets its
 * ring 4 px outside it, as the graph's outline-offset; layers scale the image for other radii.
 */
export const MARK_RING_RADIUS_PX = 13;
const RING_WIDTH_PX = 3;
/** Half the size of a tie's shape, CSS px. */
const TIE_SHAPE_HALF_PX = 5;
/** Dashes round a dashed ring, and the share of each dash that is drawn. */
const DASHES = 12;
const DASH_ON = 0.6;

export interface MarkImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row, not premultiplied (as MapLibre's addImage takes it). */
  readonly data: Uint8Array;
}

/**
 * An image `sizePx` CSS px square whose pixels are `colour` where `inside(x, y)` holds (x, y in CSS
 * px from the centre), white where `halo(x, y)` holds, with 4×4 supersampling at the edges.
 */
function paint(
  sizePx: number,
  colour: string,
  inside: (x: number, y: number) => boolean,
  halo: (x: number, y: number) => boolean = () => false,
): MarkImage {
  const side = sizePx * MARK_IMAGE_PIXEL_RATIO;
  const data = new Uint8Array(side * side * 4);
  const [r, g, b] = hexToRgb(colour);
  const samples = 4;
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      let ink = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / MARK_IMAGE_PIXEL_RATIO - sizePx / 2;
          const y = (py + (sy + 0.5) / samples) / MARK_IMAGE_PIXEL_RATIO - sizePx / 2;
          if (inside(x, y)) ink += 1;
          else if (halo(x, y)) white += 1;
        }
      }
      const n = samples * samples;
      const alpha = (ink + white) / n;
      if (alpha === 0) continue;
      const share = ink / (ink + white);
      const i = (py * side + px) * 4;
      data[i] = Math.round(r * share + 255 * (1 - share));
      data[i + 1] = Math.round(g * share + 255 * (1 - share));
      data[i + 2] = Math.round(b * share + 255 * (1 - share));
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: side, height: side, data };
}

/** Whether (x, y) lies on a ring of radius `r` and width `w`. */
const onRing = (x: number, y: number, r: number, w: number) => Math.abs(Math.hypot(x, y) - r) <= w / 2;

/**
 * The image MapLibre asked for by `name` (`cw-mark-ring-<mark>` or `cw-mark-tie-<mark>`), or null
 * when the name is not one of ours.
 */
export function markImage(name: string): MarkImage | null {
  const ring = name.startsWith(MARK_RING_PREFIX);
  if (!ring && !name.startsWith(MARK_TIE_PREFIX)) return null;
  const id = name.slice(ring ? MARK_RING_PREFIX.length : MARK_TIE_PREFIX.length);
  if (!isMarkId(id)) return null;
  const mark = MARKS[id];
  if (ring) {
    const R = MARK_RING_RADIUS_PX;
    const size = 2 * (R + RING_WIDTH_PX + 2);
    switch (mark.outline) {
      case 'solid':
        return paint(size, mark.colour, (x, y) => onRing(x, y, R, RING_WIDTH_PX));
      case 'dashed':
        return paint(size, mark.colour, (x, y) => {
          const turn = (Math.atan2(y, x) / (2 * Math.PI) + 1) % 1;
          return onRing(x, y, R, RING_WIDTH_PX) && (turn * DASHES) % 1 < DASH_ON;
        });
      case 'double':
        return paint(size, mark.colour, (x, y) => onRing(x, y, R - 1.75, 1.5) || onRing(x, y, R + 1.75, 1.5));
    }
  }
  const h = TIE_SHAPE_HALF_PX;
  const size = 2 * (h + 3);
  const shape = (grow: number) => (x: number, y: number) => {
    switch (mark.tieShape) {
      case 'circle':
        return Math.hypot(x, y) <= h + grow;
      case 'square':
        return Math.max(Math.abs(x), Math.abs(y)) <= h * 0.85 + grow;
      case 'diamond':
        return Math.abs(x) + Math.abs(y) <= h * 1.25 + grow * 1.4;
    }
  };
  // A thin white edge keeps the shape apart from the line it sits on.
  return paint(size, mark.colour, shape(0), shape(1.5));
}
