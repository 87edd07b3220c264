// Running a layout the person asked for, and the first layout of a map nobody has arranged yet.
// Pure layouts come from layouts.ts; force-directed is fcose on the live instance (or, when a big
// map draws only some of its ties, on a headless copy holding them all). Either way the
// result goes back to the document as positions (one undo step), so the picture only changes
// when someone asks, and the same map opens the same way next time.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

import { type CareMap, type NodeId, type Position, type Visible } from '../../model';
import type { LayoutId } from '../../store';
import {
  communityLayout,
  concentricLayout,
  fcoseOptions,
  gridLayout,
  LAYOUT_MIN_DISTANCE,
  type Positions,
  spreadApart,
  teamLayout,
} from './layouts';
import type { Point } from './placement';

/** Names of the layouts as the layout menu and the undo button show them. */
export const LAYOUT_LABELS: Readonly<Record<LayoutId, string>> = {
  force: 'Force-directed',
  concentric: 'Concentric',
  grid: 'Grid',
  community: 'By community',
  team: 'By team',
};

/** Positions of the drawn nodes, read back from cytoscape. */
export function readPositions(cy: Core): Positions {
  const out: Positions = new Map();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: Math.round(p.x), y: Math.round(p.y) });
  });
  return out;
}

/** Node size fcose assumes on a headless copy (about the drawn nodes' size, in model units). */
const HEADLESS_NODE_SIZE = 36;

/**
 * Run fcose on what is drawn, holding pinned nodes; returns the new positions. With `all` (every
 * node and tie on show, when the canvas draws only some ties), fcose runs on a headless copy of
 * those instead, so ties left out of the drawing still pull their ends together.
 */
export function runForce(cy: Core, doc: CareMap, all?: readonly ElementDefinition[]): Positions {
  const target =
    all === undefined
      ? cy
      : cytoscape({
          headless: true,
          styleEnabled: true,
          style: [{ selector: 'node', style: { width: HEADLESS_NODE_SIZE, height: HEADLESS_NODE_SIZE } }],
          elements: [...all],
          // Start from where the nodes are (cytoscape's default first layout puts them all at 0, 0).
          layout: { name: 'preset' },
        });
  try {
    const pinned = new Map<string, Point>();
    for (const n of doc.nodes) {
      if (n.position?.pinned === true && target.getElementById(n.id).nonempty()) pinned.set(n.id, n.position);
    }
    target.layout(fcoseOptions(target.nodes().length, pinned) as never).run();
    return readPositions(target);
  } finally {
    if (target !== cy) target.destroy();
  }
}

/** Move a set of positions so its middle lands on `centre` (keeps the view roughly in place). */
function recentre(positions: Positions, centre: Point): Positions {
  if (positions.size === 0) return positions;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const dx = Math.round(centre.x - (minX + maxX) / 2);
  const dy = Math.round(centre.y - (minY + maxY) / 2);
  return new Map([...positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}

/**
 * The positions a chosen layout gives the nodes on show, ready for `setPositions`: fcose keeps
 * pinned nodes pinned and where they are (`all`: see runForce); the arranged layouts (concentric, grid, community, team)
 * move every node shown and unpin it, centred where the drawing was.
 */
export function layoutPositions(
  cy: Core,
  doc: CareMap,
  layout: LayoutId,
  visible: Visible | undefined,
  all?: readonly ElementDefinition[],
): Map<NodeId, Position> {
  const ids = visible?.nodeIds;
  const pinned = new Set<string>(doc.nodes.filter((n) => n.position?.pinned === true).map((n) => n.id));
  let positions: Positions;
  if (layout === 'force') {
    // fcose keeps nodes from overlapping but not much more: spread them for labels and fingers.
    positions = spreadApart(runForce(cy, doc, all), LAYOUT_MIN_DISTANCE, pinned);
  } else {
    const bb = cy.nodes().boundingBox({});
    const centre = cy.nodes().length > 0 ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
    const centreNode =
      doc.meta.scope === 'personal' && doc.meta.centreNodeId !== undefined ? doc.meta.centreNodeId : undefined;
    const raw =
      layout === 'grid'
        ? gridLayout(doc, ids)
        : layout === 'concentric'
          ? concentricLayout(doc, ids, centreNode)
          : layout === 'community'
            ? communityLayout(doc, ids)
            : teamLayout(doc, ids);
    positions = recentre(raw, centre);
  }
  const out = new Map<NodeId, Position>();
  for (const [id, p] of positions) {
    out.set(id as NodeId, { x: p.x, y: p.y, pinned: layout === 'force' && pinned.has(id) });
  }
  return out;
}
