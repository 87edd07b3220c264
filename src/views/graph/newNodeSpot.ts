// Where a node added from the kind palette lands: a free spot near the middle of the part of the
// canvas a person can see (not under the side drawer floating over its right side), far enough
// from every drawn node on screen to be told apart and tapped, so each tap of a kind button lands
// somewhere new and visible. The choice itself is placement.ts's freeSpotInView.
import type { Core } from 'cytoscape';

import { FREE_SPACING, freeSpotInView, type Point } from './placement';

/** Least distance on screen between a new node and any other, in CSS pixels (a 44 px target and room). */
const GAP_PX = 64;
/** Least distance on screen from a new node to the edge of the clear canvas, in CSS pixels. */
const INSET_PX = 48;

/** The part of the canvas not covered by the floating side drawer, in canvas pixels. */
export function clearArea(cy: Core, stage: HTMLElement | null): { x1: number; y1: number; x2: number; y2: number } {
  const area = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const drawer = document.querySelector('[data-testid="side-drawer"]');
  if (stage === null || drawer === null) return area;
  const s = stage.getBoundingClientRect();
  const d = drawer.getBoundingClientRect();
  const overlaps = d.left < s.right && d.right > s.left && d.top < s.bottom && d.bottom > s.top;
  // Only a drawer over the right of the canvas takes room from it; one beside it takes none.
  if (overlaps && d.left > s.left) area.x2 = Math.min(area.x2, d.left - s.left);
  return area;
}

/** The new node's place, in model units and in canvas pixels (where its name is asked). */
export function newNodeSpot(cy: Core, stage: HTMLElement | null): { model: Point; rendered: Point } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toModel = (x: number, y: number): Point => ({ x: (x - pan.x) / zoom, y: (y - pan.y) / zoom });
  const area = clearArea(cy, stage);
  const a = toModel(area.x1, area.y1);
  const b = toModel(area.x2, area.y2);
  const centre = toModel((area.x1 + area.x2) / 2, (area.y1 + area.y2) / 2);
  const taken = cy.nodes().map((n) => n.position());
  const model = freeSpotInView(
    centre,
    taken,
    { x1: a.x, y1: a.y, x2: b.x, y2: b.y },
    Math.max(FREE_SPACING, GAP_PX / zoom),
    INSET_PX / zoom,
  );
  return { model, rendered: { x: model.x * zoom + pan.x, y: model.y * zoom + pan.y } };
}
