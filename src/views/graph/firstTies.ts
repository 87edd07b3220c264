// A map's first picture sooner: its plain ties painted in one pass under cytoscape's canvas, and
// handed to cytoscape just after.
//
// Why: cytoscape spends most of a big first frame on its own bookkeeping for each tie it is given
// (styling it, its bounds, where it meets its nodes), about a quarter of a millisecond a tie here,
// before it draws a line. Drawing the line is the cheap part. So when a map with many ties first
// opens, the canvas gives cytoscape the nodes (and any tie this does not paint), paints the plain
// ties itself on a canvas under cytoscape's, exactly where and as cytoscape will draw them, and
// gives cytoscape the ties in the next task, once that first picture is on screen. The painted
// layer is removed in the frame in which cytoscape first draws the ties. Nothing can be done to a
// tie in between: the page is busy adding them, and a click waits for that.
//
// Where and how: the line runs between the points where it meets its two nodes' shapes, shortened
// for its arrowheads, worked out with cytoscape's own node and arrow shapes (as cytoscape 3.34's
// findEndpoints does for a straight tie), with the stylesheet's colour, width, dash and opacity
// (graphStyle's plainTieInk). These are renderer internals (`renderer().nodeShapes`, `arrowShapes`,
// `getArrowWidth`, `getNodeShape`; cytoscape is pinned in package.json), feature-checked: when they
// are missing, nothing is painted and every tie goes to cytoscape at once, as before. The graph
// browser test compares the painted picture with cytoscape's, pixel by pixel.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

import { hexToRgb } from '../../look';
import type { TieInk } from './graphStyle';

/** From this many plain ties on, a first picture paints them (fewer cost cytoscape under 0.1 s). */
export const FIRST_TIES_MIN = 500;

export interface PlainTie {
  readonly element: ElementDefinition;
  readonly ink: TieInk;
}

export interface FirstTiesSplit {
  /** What cytoscape gets for the first picture: every node, and every tie that is not plain. */
  readonly now: readonly ElementDefinition[];
  /** The plain ties, painted for the first picture and given to cytoscape just after it. */
  readonly later: readonly PlainTie[];
}

/**
 * Split a map's first elements for painting its plain ties (`inkOf` says which are plain, and how
 * they look). Null when fewer than FIRST_TIES_MIN ties are plain: cytoscape then gets everything.
 */
export function splitFirstTies(
  elements: readonly ElementDefinition[],
  inkOf: (data: Readonly<Record<string, unknown>>) => TieInk | null,
): FirstTiesSplit | null {
  const now: ElementDefinition[] = [];
  const later: PlainTie[] = [];
  for (const e of elements) {
    const ink = e.group === 'edges' && e.data.source !== e.data.target ? inkOf(e.data) : null;
    if (ink === null) now.push(e);
    else later.push({ element: e, ink });
  }
  return later.length >= FIRST_TIES_MIN ? { now, later } : null;
}

// ---- cytoscape's renderer, as far as this uses it ---------------------------------------------

interface NodeShape {
  intersectLine(x: number, y: number, w: number, h: number, x2: number, y2: number, padding: number, radius: unknown, rs: unknown): number[];
}

/** What an arrow shape's `gap` and `spacing` read of a tie. */
interface ArrowEdge {
  pstyle(name: string): { value: number; pfValue: number };
}

interface ArrowShape {
  draw(context: Path2D, size: number, angle: number, at: { x: number; y: number }, edgeWidth: number): void;
  gap(edge: ArrowEdge): number;
  spacing(edge: ArrowEdge): number;
}

interface Renderer {
  nodeShapes: Record<string, NodeShape | undefined>;
  arrowShapes: Record<string, ArrowShape | undefined>;
  getNodeShape(node: NodeSingular): string;
  getArrowWidth(edgeWidth: number, scale: number): number;
  getPixelRatio(): number;
}

/** Cytoscape's canvas renderer, when it has everything this uses. */
function rendererOf(cy: Core): Renderer | null {
  const r = (cy as unknown as { renderer?: () => Partial<Renderer> | undefined }).renderer?.();
  if (r === undefined || typeof r.getNodeShape !== 'function' || typeof r.getArrowWidth !== 'function') return null;
  if (typeof r.getPixelRatio !== 'function' || r.nodeShapes === undefined || r.arrowShapes === undefined) return null;
  for (const name of ['none', 'triangle', 'vee']) {
    const a = r.arrowShapes[name];
    if (typeof a?.draw !== 'function' || typeof a.gap !== 'function' || typeof a.spacing !== 'function') return null;
  }
  return r as Renderer;
}

// ---- where a tie is drawn ---------------------------------------------------------------------

interface Arrow {
  readonly shape: string;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

/** A plain tie as cytoscape draws it, in model units. */
interface TiePath {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly arrows: readonly Arrow[];
  readonly ink: TieInk;
}

/** The point `amount` back from `at` towards `from` (cytoscape's shortenIntersection). */
function shorten(at: readonly number[], from: { x: number; y: number }, amount: number): [number, number] {
  const dx = at[0]! - from.x;
  const dy = at[1]! - from.y;
  const length = Math.sqrt(dx * dx + dy * dy);
  let ratio = (length - amount) / length;
  if (ratio < 0) ratio = 0.00001;
  return [from.x + ratio * dx, from.y + ratio * dy];
}

/** What a node's outline needs for working out where a tie meets it (read once per node). */
interface Outline {
  readonly shape: NodeShape;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly radius: unknown;
  readonly rs: unknown;
}

function outlineOf(r: Renderer, node: NodeSingular): Outline | null {
  const shape = r.nodeShapes[r.getNodeShape(node)];
  if (shape === undefined) return null;
  const at = node.position();
  const inside = node as unknown as { pstyle(name: string): { value: unknown; pfValue: unknown }; _private: { rscratch: unknown } };
  const corner = inside.pstyle('corner-radius');
  const radius = corner.value === 'auto' ? 'auto' : corner.pfValue;
  return { shape, x: at.x, y: at.y, w: node.outerWidth(), h: node.outerHeight(), radius, rs: inside._private.rscratch };
}

/** Where a node's outline meets the line from its centre to `toward`. */
function meet(o: Outline, toward: Outline): number[] | null {
  const point = o.shape.intersectLine(o.x, o.y, o.w, o.h, toward.x, toward.y, 0, o.radius, o.rs);
  return point.length >= 2 && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
}

/** Angle of an arrowhead pointing along (dx, dy), as cytoscape turns its shapes. */
const arrowAngle = (dx: number, dy: number) => Math.atan2(dy, dx) - Math.PI / 2;

function tiePath(r: Renderer, outline: (id: string) => Outline | null, tie: PlainTie): TiePath | null {
  const source = outline(String(tie.element.data.source));
  const target = outline(String(tie.element.data.target));
  if (source === null || target === null) return null;
  const { ink } = tie;
  const edge: ArrowEdge = {
    pstyle: (name) => (name === 'width' ? { value: ink.width, pfValue: ink.width } : { value: ink.arrowScale, pfValue: ink.arrowScale }),
  };
  const atTarget = meet(target, source);
  const atSource = meet(source, target);
  const tgtShape = r.arrowShapes[ink.arrowTarget];
  const srcShape = r.arrowShapes[ink.arrowSource];
  if (atTarget === null || atSource === null || tgtShape === undefined || srcShape === undefined) return null;
  const [x2, y2] = shorten(atTarget, source, tgtShape.gap(edge));
  const [x1, y1] = shorten(atSource, target, srcShape.gap(edge));
  if (![x1, y1, x2, y2].every(Number.isFinite)) return null;
  const midX = (x1 + x2) / 2;
  const midY = (y1 + y2) / 2;
  const arrows: Arrow[] = [];
  if (ink.arrowSource !== 'none') {
    const [x, y] = shorten(atSource, target, srcShape.spacing(edge));
    arrows.push({ shape: ink.arrowSource, x, y, angle: arrowAngle(x1 - midX, y1 - midY) });
  }
  if (ink.arrowTarget !== 'none') {
    const [x, y] = shorten(atTarget, source, tgtShape.spacing(edge));
    arrows.push({ shape: ink.arrowTarget, x, y, angle: arrowAngle(x2 - midX, y2 - midY) });
  }
  return { x1, y1, x2, y2, arrows, ink };
}

// ---- painting -------------------------------------------------------------------------------

const rgba = (hex: string, alpha: number) => {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${r},${g},${b},${alpha})`;
};

/** Paint `paths` as cytoscape draws ties: line, then arrowheads, one tie after another. */
function paint(canvas: HTMLCanvasElement, cy: Core, r: Renderer, paths: readonly TiePath[], unitArrows: Map<string, Path2D>): void {
  const ratio = r.getPixelRatio();
  const width = Math.round(cy.width() * ratio);
  const height = Math.round(cy.height() * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${cy.width()}px`;
    canvas.style.height = `${cy.height()}px`;
  }
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const scale = ratio * cy.zoom();
  const pan = cy.pan();
  const [dx, dy] = [ratio * pan.x, ratio * pan.y];
  ctx.setTransform(scale, 0, 0, scale, dx, dy);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'butt';
  const colours = new Map<string, string>();
  for (const p of paths) {
    const { ink } = p;
    const key = `${ink.colour}${ink.opacity}`;
    let colour = colours.get(key);
    if (colour === undefined) {
      colour = rgba(ink.colour, ink.opacity);
      colours.set(key, colour);
    }
    ctx.lineWidth = ink.width;
    ctx.strokeStyle = colour;
    ctx.setLineDash(ink.dash as number[]);
    ctx.lineDashOffset = 0;
    ctx.beginPath();
    ctx.moveTo(p.x1, p.y1);
    ctx.lineTo(p.x2, p.y2);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const a of p.arrows) {
      let unit = unitArrows.get(a.shape);
      if (unit === undefined) {
        unit = new Path2D();
        r.arrowShapes[a.shape]!.draw(unit, 1, 0, { x: 0, y: 0 }, 1);
        unit.closePath();
        unitArrows.set(a.shape, unit);
      }
      // The view's transform, then translate to the tip, rotate and scale: as cytoscape does.
      const size = r.getArrowWidth(ink.width, ink.arrowScale);
      const cos = Math.cos(a.angle) * size * scale;
      const sin = Math.sin(a.angle) * size * scale;
      ctx.setTransform(cos, sin, -sin, cos, dx + scale * a.x, dy + scale * a.y);
      // A part-clear arrowhead first clears what lies under it, as cytoscape's does.
      if (ink.opacity !== 1) {
        ctx.globalCompositeOperation = 'destination-out';
        ctx.fillStyle = 'rgba(255,255,255,1)';
        ctx.fill(unit);
        ctx.globalCompositeOperation = 'source-over';
      }
      ctx.fillStyle = colour;
      ctx.fill(unit);
    }
    if (p.arrows.length > 0) ctx.setTransform(scale, 0, 0, scale, dx, dy);
  }
}

/** The painted ties of a first picture, until cytoscape has them. */
export interface PaintedTies {
  /** Take the layer away the next time cytoscape draws (once it has the ties). */
  removeOnNextFrame(): void;
  /** Take the layer away now. */
  remove(): void;
}

let hold = false;
const held = new Set<() => void>();

/**
 * For the browser tests only (through the test hook): while on, a painted first picture stays as
 * painted and its ties wait, so the test can compare it with cytoscape's (a change to the map's
 * elements still hands them over); turning it off lets every waiting hand-over go ahead.
 */
export function holdFirstTies(on: boolean): void {
  hold = on;
  if (on) return;
  const waiting = [...held];
  held.clear();
  for (const go of waiting) go();
}

/** Run `go` now, or when the browser tests release their hold. */
export function whenReleased(go: () => void): void {
  if (hold) held.add(go);
  else go();
}

/**
 * Paint `ties` on a canvas under cytoscape's, at cytoscape's current view, and keep it in step
 * with the view until it is removed. The nodes must already be in `cy`. Null (nothing painted)
 * when the renderer lacks what this uses.
 */
export function paintTies(cy: Core, ties: readonly PlainTie[]): PaintedTies | null {
  const r = rendererOf(cy);
  const container = cy.container();
  if (r === null || container === null) return null;
  const outlines = new Map<string, Outline | null>();
  const outline = (id: string) => {
    let o = outlines.get(id);
    if (o === undefined) {
      const node = cy.getElementById(id);
      o = node.nonempty() && node.isNode() ? outlineOf(r, node) : null;
      outlines.set(id, o);
    }
    return o;
  };
  const paths: TiePath[] = [];
  for (const t of ties) {
    const p = tiePath(r, outline, t);
    if (p !== null) paths.push(p);
  }
  const canvas = document.createElement('canvas');
  canvas.className = 'first-ties';
  canvas.setAttribute('aria-hidden', 'true');
  // Under cytoscape's canvases (the container's later child at the same z-index), never in the way.
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
  container.insertBefore(canvas, container.firstChild);
  const unitArrows = new Map<string, Path2D>();
  const repaint = () => paint(canvas, cy, r, paths, unitArrows);
  repaint();
  cy.on('viewport resize', repaint);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    cy.off('viewport resize', repaint);
    cy.off('render', remove);
    canvas.remove();
  };
  return {
    removeOnNextFrame: () => {
      if (!removed) cy.one('render', remove);
    },
    remove,
  };
}
