// The geometry every drawing of a node shape and an arrowhead shares, so the SVG pictures and the
// PDF reports draw the same outlines: polygons on a unit circle (y down, as on screen) and the
// three points of an arrowhead. Cytoscape draws its own shapes by the same names.
import type { NodeShape } from './palette';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The corners of the polygon shapes at radius 1 (y down); circles and rounded squares are drawn as such. */
export const SHAPE_POLYGONS: Readonly<Partial<Record<NodeShape, readonly (readonly [number, number])[]>>> = {
  'round-triangle': [
    [0, -1],
    [1, 0.8],
    [-1, 0.8],
  ],
  hexagon: [
    [-0.5, -0.87],
    [0.5, -0.87],
    [1, 0],
    [0.5, 0.87],
    [-0.5, 0.87],
    [-1, 0],
  ],
  'round-diamond': [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
};

/** The corners of a polygon shape of diameter `size` centred at `at`, or null for a round one. */
export function polygonAt(shape: NodeShape, at: Point, size: number): Point[] | null {
  const unit = SHAPE_POLYGONS[shape];
  const r = size / 2;
  return unit === undefined ? null : unit.map(([x, y]) => ({ x: at.x + x * r, y: at.y + y * r }));
}

/**
 * An arrowhead with its tip at `tip`, pointing away from `from`, sized to the line width (6 +
 * 1.5 × width long, half that wide): the tip and the two back corners.
 */
export function arrowHead(from: Point, tip: Point, width: number): [Point, Point, Point] {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const size = 6 + width * 1.5;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const px = -uy * size * 0.5;
  const py = ux * size * 0.5;
  return [tip, { x: bx + px, y: by + py }, { x: bx - px, y: by - py }];
}
