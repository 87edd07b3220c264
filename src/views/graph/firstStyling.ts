// One round of change triggers per element when cytoscape styles it for the first time, instead of
// one per style property.
//
// Why: every time cytoscape sets a style property on an element it runs that property's change
// triggers: it clears the style cache of the element and of each tie connected to it (building a
// new collection of them), clears the element's bounds, tells every listener and the renderer the
// bounds changed, and so on. A node of ours has some 25 properties and a tie about 10, so a
// 500-node map's first picture ran those triggers about 27,000 times, about a tenth of the time to
// that picture. On an element's first styling nothing of it has been drawn, measured or cached
// yet: running each trigger once, after all its properties are set, leaves it exactly as running
// them after each property would.
//
// This reaches into cytoscape's style object (`apply` and `checkTriggers` of its prototype,
// cytoscape 3.34; pinned in package.json). Everything is feature-checked: when they are missing,
// nothing is changed and cytoscape styles as it always does. Only the first styling of an element
// is affected; restyling an element that has been styled before runs every trigger as before.
import type { Collection, Core, SingularElementArgument } from 'cytoscape';

interface ElementPrivate {
  /** Set by cytoscape once an element's style has been applied for the first time. */
  appliedInitStyle?: boolean;
}

/** Cytoscape's private cache-clearing methods of a collection. */
interface Dirtiable {
  dirtyStyleCache(): unknown;
  dirtyCompoundBoundsCache(): unknown;
  dirtyBoundingBoxCache(): unknown;
}

type StyledElement = SingularElementArgument & { readonly _private: ElementPrivate };

interface StylePrototype {
  apply(this: StyleObject, eles: Collection): unknown;
  checkTriggers(this: StyleObject, ele: StyledElement, name: string, from: unknown, to: unknown): unknown;
}

interface StyleObject extends StylePrototype {
  readonly _private: { readonly cy: Core & { notify(event: string, eles: Collection): void } };
}

/** Which style prototypes have been changed (one per loaded copy of cytoscape). */
const installed = new WeakSet<object>();

/**
 * Make first stylings run their triggers once per element, for every cytoscape instance sharing
 * `cy`'s style prototype. Returns whether it is in place (false when cytoscape's internals are not
 * what this expects; then nothing is changed).
 */
export function batchFirstStyling(cy: Core): boolean {
  let style: unknown;
  try {
    style = cy.style();
  } catch {
    return false;
  }
  const proto = style === undefined || style === null ? null : (Object.getPrototypeOf(style) as Partial<StylePrototype> | null);
  if (proto === null) return false;
  if (installed.has(proto)) return true;
  const apply = proto.apply;
  const checkTriggers = proto.checkTriggers;
  if (typeof apply !== 'function' || typeof checkTriggers !== 'function') return false;

  // Elements styled for the first time inside the current `apply`, waiting for their triggers.
  let waiting: StyledElement[] | null = null;

  proto.checkTriggers = function (this: StyleObject, ele, name, from, to) {
    if (waiting !== null && ele._private.appliedInitStyle !== true) {
      if (waiting.at(-1) !== ele) waiting.push(ele);
      return undefined;
    }
    return checkTriggers.call(this, ele, name, from, to);
  };

  proto.apply = function (this: StyleObject, eles) {
    // An apply inside another (it does not happen in 3.34) adds to the outer one's list.
    if (waiting !== null) return apply.call(this, eles);
    waiting = [];
    let result: unknown;
    try {
      result = apply.call(this, eles);
    } finally {
      const first = waiting;
      waiting = null;
      runTriggers(this, first);
    }
    return result;
  };
  installed.add(proto);
  return true;
}

/**
 * What every property's triggers would have done, once per element: clear its style cache and its
 * ties' (checkTriggers), its bounds, its compound parents' bounds and its z-order place
 * (checkBoundsTrigger, checkZOrderTrigger), and the bounds of its ties (checkConnectedEdges…) or
 * of the ties parallel to it (checkParallelEdges…). Doing all of them whether or not a property
 * asked for it only clears caches that were empty.
 */
function runTriggers(style: StyleObject, eles: readonly StyledElement[]): void {
  const cy = style._private.cy;
  // Cytoscape styles element by element, so this is nearly always one element: no collections
  // are built to hold them.
  for (const ele of eles) {
    if (ele.removed()) continue;
    const own = ele as unknown as StyledElement & Dirtiable;
    own.dirtyStyleCache();
    own.dirtyCompoundBoundsCache();
    own.dirtyBoundingBoxCache();
    const ties = (ele.isNode() ? ele.connectedEdges() : ele.parallelEdges()) as unknown as Collection & Dirtiable;
    if (ties.nonempty()) ties.dirtyBoundingBoxCache();
    cy.notify('zorder', ele as unknown as Collection);
  }
}
