// Which nodes and ties are drawn at all, and which sit inside the focus: the shared map filter
// (model applyFilter, the same one the table uses), then focus on one node's neighbourhood. One
// focus rule for every view: focus counts only when the focused node exists and passes the filter
// (a focus on a node the filter hides is ignored rather than emptying the picture), and it follows
// only ties the filter lets through. Whether what lies outside the focus is left out or dimmed is
// the view's choice (`outOfFocus`).
import { applyFilter, type CareMap, isFilterEmpty, type MapFilter, neighbourhood, type Visible } from '../model';

export interface Visibility {
  /** Nodes and ties drawn at all; undefined when every node and tie is. */
  readonly visible: Visible | undefined;
  /** The focused node's neighbourhood (nodes, and ties with both ends in it); undefined with no focus. */
  readonly inFocus: Visible | undefined;
}

export interface VisibilityInput {
  readonly filter?: MapFilter | undefined;
  /** The focused node, if any. */
  readonly focus?: string | null | undefined;
  /** How many ties away from the focused node the focus reaches (default 1). */
  readonly focusSteps?: number | undefined;
  /** What happens outside the focus: left out (default) or drawn dimmed. */
  readonly outOfFocus?: 'hidden' | 'dimmed' | undefined;
}

/** The nodes and ties a filter and a focus leave on the picture (see the module note). */
export function visibilityOf(doc: CareMap, input: VisibilityInput = {}): Visibility {
  const { filter, focus, focusSteps = 1, outOfFocus = 'hidden' } = input;
  const filtered = filter === undefined || isFilterEmpty(filter) ? undefined : applyFilter(doc, filter);
  const applies =
    focus != null &&
    (filtered === undefined ? doc.nodes.some((n) => n.id === focus) : filtered.nodeIds.has(focus));
  if (!applies) return { visible: filtered, inFocus: undefined };
  // The neighbourhood follows only filtered ties, and those join filtered nodes only.
  const nodeIds = neighbourhood(doc, focus, focusSteps, filtered);
  const tieIds = new Set<string>();
  for (const t of doc.ties) {
    if (!nodeIds.has(t.source) || !nodeIds.has(t.target)) continue;
    if (filtered === undefined || filtered.tieIds.has(t.id)) tieIds.add(t.id);
  }
  const inFocus = { nodeIds, tieIds };
  return { visible: outOfFocus === 'hidden' ? inFocus : filtered, inFocus };
}
