// The undo/redo stacks of the open document: plain snapshots of whole documents (cheap, because
// every model operation shares untouched nodes and ties with the previous document) with a label
// per step. Pure functions over an immutable value, in the manner of maputnik's revision list:
// a new edit drops the redo tail, and the oldest steps fall off past the cap.
import type { CareMap } from '../model';

/** One undoable step: the document on the other side of the step, and what the step did. */
export interface HistoryEntry {
  readonly doc: CareMap;
  /** Plain words for the step, e.g. "Delete 20 nodes"; shown on the Undo/Redo buttons. */
  readonly label: string;
}

export interface History {
  /** Documents before each step, oldest first. */
  readonly past: readonly HistoryEntry[];
  /** Documents after each undone step, the next redo last. */
  readonly future: readonly HistoryEntry[];
}

/** How many undo steps are kept; older ones are forgotten. */
export const HISTORY_CAP = 200;

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Record a new edit: `before` becomes undoable, the redo tail is dropped, the cap is kept. */
export function pushStep(history: History, before: CareMap, label: string, cap = HISTORY_CAP): History {
  const past = [...history.past, { doc: before, label }];
  return { past: past.length > cap ? past.slice(past.length - cap) : past, future: [] };
}

/** One step undone or redone: the document to restore, the step's label and the new history. */
export interface Step {
  readonly doc: CareMap;
  readonly label: string;
  readonly history: History;
}

/** Take the last entry of one stack (`past` to undo, `future` to redo) and give `current` to the other. */
function move(history: History, current: CareMap, from: 'past' | 'future'): Step | null {
  const entry = history[from].at(-1);
  if (entry === undefined) return null;
  const taken = history[from].slice(0, -1);
  const given = [...history[from === 'past' ? 'future' : 'past'], { doc: current, label: entry.label }];
  return {
    doc: entry.doc,
    label: entry.label,
    history: from === 'past' ? { past: taken, future: given } : { past: given, future: taken },
  };
}

/** Step back: the document to restore and the new history, or null when there is nothing to undo. */
export function stepBack(history: History, current: CareMap): Step | null {
  return move(history, current, 'past');
}

/** Step forward again (the mirror of stepBack), or null when there is nothing to redo. */
export function stepForward(history: History, current: CareMap): Step | null {
  return move(history, current, 'future');
}

/**
 * Give every undo and redo snapshot the same change (a change that arrived from elsewhere, such
 * as a live workshop's phones), so stepping back or forward never takes it away again. `apply`
 * returns the snapshot to keep; a snapshot it cannot change is kept as it was.
 */
export function rebase(history: History, apply: (doc: CareMap) => CareMap): History {
  const each = (entries: readonly HistoryEntry[]) => entries.map((e) => {
    const doc = apply(e.doc);
    return doc === e.doc ? e : { doc, label: e.label };
  });
  return { past: each(history.past), future: each(history.future) };
}
