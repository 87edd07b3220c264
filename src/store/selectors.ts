// Narrow selectors over the app state. Derived values are computed here, never stored.
import type { CareNode } from '../model';
import type { AppState } from './types';

export const selectDocument = (s: AppState) => s.document;
export const selectTitle = (s: AppState) => s.document?.meta.title ?? null;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
/** What Undo would undo, e.g. "Delete 20 nodes"; null when there is nothing to undo. */
export const selectUndoLabel = (s: AppState) => s.history.past.at(-1)?.label ?? null;
/** What Redo would redo; null when there is nothing to redo. */
export const selectRedoLabel = (s: AppState) => s.history.future.at(-1)?.label ?? null;

/**
 * What the graph and the map both draw from (src/look): the shared filter, focus, the measure
 * nodes are coloured by, the insight highlighted and how people are named. A new object on every
 * call: read it with `useShallow`.
 */
export const selectLookFacts = (s: AppState) => ({
  filter: s.mapFilter,
  focus: s.focus,
  focusSteps: s.focusSteps,
  measure: s.measureStyle,
  highlight: s.highlight,
  labelMode: s.labelMode,
  marks: s.arrivalMarks,
});

/** The single selected node, when exactly one node and no tie is selected. */
export function selectSelectedNode(s: AppState): CareNode | null {
  if (s.document === null || s.selection.nodeIds.length !== 1 || s.selection.tieIds.length !== 0) return null;
  const id = s.selection.nodeIds[0];
  return s.document.nodes.find((n) => n.id === id) ?? null;
}
