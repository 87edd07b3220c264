// "Zoom to fit" for the graph canvas, worked out from node positions alone. Cytoscape's own fit
// measures every element's drawn bounding box, which makes it compute every element's style and
// label size on the spot: on a map just opened that is most of a second per 5,000 nodes, spent
// before the first picture. Positions are known at once; a fixed margin stands in for the node
// bodies and their name labels. The fit also keeps clear of a panel floating over a corner of the
// canvas (the legend), so the drawing is not hidden under it.
import type { Core } from 'cytoscape';

/** A rectangle, in model units (fitBox input) or in canvas pixels (the panel). */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/**
 * Model units added around node centres for what is drawn around them: half a node sideways
 * and above, and below, a node and a two-line label (labels are centred under the node and wrap
 * at 150 units, so half of that sideways).
 */
export const NODE_MARGIN = { side: 75, top: 30, bottom: 70 } as const;

/** Never zoom in further than this to fit (one or two nodes would otherwise fill the screen). */
export const FIT_MAX_ZOOM = 1.5;

/** The box around points, grown by NODE_MARGIN; null for no points. */
export function boxAround(points: Iterable<{ readonly x: number; readonly y: number }>): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (x1 === Infinity) return null;
  return {
    x1: x1 - NODE_MARGIN.side,
    y1: y1 - NODE_MARGIN.top,
    x2: x2 + NODE_MARGIN.side,
    y2: y2 + NODE_MARGIN.bottom,
  };
}

/** How far (canvas px) a node's centre must stay from a panel for the node to count as clear. */
export const PANEL_CLEARANCE = 24;

/**
 * Zoom and pan that show all of `box` (model units) inside a `width` × `height` canvas with
 * `padding` pixels to spare on every side, centred, at a zoom within [minZoom, maxZoom]. When a
 * `panel` (canvas pixels) covers part of the canvas, the drawing goes either beside it or above or
 * below it, whichever lets it be drawn larger — unless `points` (the node centres, model units)
 * are given and the whole canvas can hold the drawing at least 5% larger with no node within
 * PANEL_CLEARANCE of the panel: then it uses the whole canvas, pushed into the corner away from
 * the panel as far as the spare room allows (the panel then only covers empty space).
 */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  padding: number,
  panel: Box | null = null,
  minZoom = 0,
  maxZoom = FIT_MAX_ZOOM,
  points: readonly { readonly x: number; readonly y: number }[] = [],
): Viewport {
  // The free areas of the canvas a drawing may use: all of it, or the strips left by the panel.
  const areas: Box[] = [{ x1: 0, y1: 0, x2: width, y2: height }];
  if (panel !== null) {
    areas.length = 0;
    areas.push(
      { x1: 0, y1: 0, x2: panel.x1, y2: height },
      { x1: panel.x2, y1: 0, x2: width, y2: height },
      { x1: 0, y1: 0, x2: width, y2: panel.y1 },
      { x1: 0, y1: panel.y2, x2: width, y2: height },
    );
  }
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  let best: { zoom: number; area: Box } | null = null;
  for (const area of areas) {
    const aw = area.x2 - area.x1 - 2 * padding;
    const ah = area.y2 - area.y1 - 2 * padding;
    if (aw <= 0 || ah <= 0) continue;
    const zoom = Math.min(aw / w, ah / h);
    if (best === null || zoom > best.zoom) best = { zoom, area };
  }
  const area = best?.area ?? { x1: 0, y1: 0, x2: width, y2: height };
  const zoom = Math.min(maxZoom, Math.max(minZoom, best?.zoom ?? minZoom));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const beside: Viewport = {
    zoom,
    pan: { x: (area.x1 + area.x2) / 2 - cx * zoom, y: (area.y1 + area.y2) / 2 - cy * zoom },
  };
  if (panel === null || points.length === 0) return beside;
  return wholeCanvasClearOf(box, width, height, padding, panel, minZoom, maxZoom, points, zoom) ?? beside;
}

/** fitBox's whole-canvas placement, or null when it is not larger or some node would be covered. */
function wholeCanvasClearOf(
  box: Box,
  width: number,
  height: number,
  padding: number,
  panel: Box,
  minZoom: number,
  maxZoom: number,
  points: readonly { readonly x: number; readonly y: number }[],
  besideZoom: number,
): Viewport | null {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const fits = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fits));
  if (!(zoom > besideZoom * 1.05)) return null;
  // Push the drawing away from the panel along each axis that has room to spare.
  const pushRight = (panel.x1 + panel.x2) / 2 < width / 2;
  const pushUp = (panel.y1 + panel.y2) / 2 > height / 2;
  const left = padding - box.x1 * zoom;
  const right = width - padding - box.x2 * zoom;
  const top = padding - box.y1 * zoom;
  const bottom = height - padding - box.y2 * zoom;
  // With room to spare, right-aligned pans more than left-aligned, bottom-aligned more than top.
  const pan = {
    x: pushRight ? Math.max(left, right) : Math.min(left, right),
    y: pushUp ? Math.min(top, bottom) : Math.max(top, bottom),
  };
  const covered = points.some((p) => {
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    return (
      x >= panel.x1 - PANEL_CLEARANCE &&
      x <= panel.x2 + PANEL_CLEARANCE &&
      y >= panel.y1 - PANEL_CLEARANCE &&
      y <= panel.y2 + PANEL_CLEARANCE
    );
  });
  return covered ? null : { zoom, pan };
}

/**
 * Fit the canvas to the nodes it holds (or, before they are in, to `points`: where they will be
 * drawn), keeping clear of `panel` (the legend's rectangle in canvas pixels, or null). Does
 * nothing when there is nothing to fit.
 */
export function fitNodes(
  cy: Core,
  padding: number,
  panel: Box | null,
  points: { x: number; y: number }[] = cy.nodes().map((n) => n.position()),
): void {
  const box = boxAround(points);
  if (box === null) return;
  cy.viewport(
    fitBox(
      box,
      cy.width(),
      cy.height(),
      padding,
      panel,
      cy.minZoom(),
      Math.min(cy.maxZoom(), FIT_MAX_ZOOM),
      points,
    ),
  );
}
