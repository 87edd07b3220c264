// Bring a cytoscape instance from one element list to the next: remove what is gone, add what is
// new, and patch data, position and classes of what changed, all in one batch. The same
// element-by-element shallow diff react-cytoscapejs does, kept here because the canvas owns its
// cytoscape instance directly (it needs constructor options react-cytoscapejs cannot pass, such
// as the WebGL renderer for big maps).
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** True when two flat records differ in any key (shallow). */
function differs(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return false;
  if (a === undefined || b === undefined) return true;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return true;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.some((k) => ra[k] !== rb[k]);
}

const idOf = (e: ElementDefinition): string => String(e.data.id);

/**
 * Apply the difference between `prev` (what `cy` was last given; null for the first time) and
 * `next`. Ties whose ends changed are re-added, since cytoscape cannot move an edge by data.
 * Returns how many elements were added, removed and patched (for tests and benchmarks).
 */
export function patchElements(
  cy: Core,
  prev: readonly ElementDefinition[] | null,
  next: readonly ElementDefinition[],
): { added: number; removed: number; patched: number } {
  const before = new Map<string, ElementDefinition>();
  for (const e of prev ?? []) before.set(idOf(e), e);
  const nextIds = new Set<string>();
  const toAdd: ElementDefinition[] = [];
  const toPatch: [ElementDefinition, ElementDefinition][] = [];
  const toRemove: string[] = [];
  for (const e of next) {
    const id = idOf(e);
    nextIds.add(id);
    const old = before.get(id);
    if (old === undefined) toAdd.push(e);
    else if (old !== e) {
      if (old.data.source !== e.data.source || old.data.target !== e.data.target) {
        toRemove.push(id);
        toAdd.push(e);
      } else toPatch.push([old, e]);
    }
  }
  for (const id of before.keys()) if (!nextIds.has(id)) toRemove.push(id);
  let patched = 0;
  const newNodes = toAdd.filter((e) => e.group === 'nodes');
  const newTies = toAdd.filter((e) => e.group !== 'nodes');
  // Nodes before edges, so an edge never arrives before its ends.
  let added: CollectionReturnValue | null = null;
  cy.batch(() => {
    for (const id of toRemove) cy.getElementById(id).remove();
    if (newNodes.length > 0) added = cy.add(newNodes);
  });
  // New nodes get their style now, before their ties arrive: cytoscape goes through all of a
  // node's ties for every style property it sets on the node, so a node styled among its ties
  // costs as many passes over them as the stylesheet has properties for it.
  if (added !== null && newTies.length > 0) {
    (added as CollectionReturnValue).forEach((n) => {
      n.style('shape');
    });
  }
  cy.batch(() => {
    if (newTies.length > 0) cy.add(newTies);
    for (const [old, e] of toPatch) {
      const ele = cy.getElementById(idOf(e));
      let touched = false;
      if (differs(old.data, e.data)) {
        ele.data(e.data);
        touched = true;
      }
      if (e.position !== undefined && differs(old.position, e.position)) {
        ele.position({ x: e.position.x, y: e.position.y });
        touched = true;
      }
      if ((old.classes ?? '') !== (e.classes ?? '')) {
        ele.classes(e.classes ?? '');
        touched = true;
      }
      if (touched) patched += 1;
    }
  });
  return { added: toAdd.length, removed: toRemove.length, patched };
}
