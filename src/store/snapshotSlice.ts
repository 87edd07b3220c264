// The snapshot actions: take a snapshot of the open map, delete one (domain §7.4). Each is one
// named, undoable step. They hold no state of their own: each works out the next document with a
// pure model operation and puts it in place through the document slice's `replaceDocument`,
// which takes the one path every edit takes (integrity check, `updatedAt` stamp, one history
// step). Kept in a slice of its own so the document slice stays as it is.
import { formatProblem, removeSnapshot, type SnapshotInput, takeSnapshot as takeSnapshotOp } from '../model';
import { refuse } from './result';
import type { ActionResult, AppState, RefusalCode } from './types';

type Get = () => AppState;

/** What taking a snapshot reports: the new snapshot's id, or why it was refused. */
export type SnapshotResult =
  | { readonly ok: true; readonly snapshotId: string }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };

export interface SnapshotActions {
  /** Copy the open map's network into a new snapshot (name, date, kind of event, note), as one step. */
  takeSnapshot(input: SnapshotInput): SnapshotResult;
  /** Delete a snapshot by id, as one step (undo brings it back). */
  deleteSnapshot(id: string): ActionResult;
}

/** A snapshot's name quoted for a step label, shortened so buttons stay readable. */
function quote(label: string): string {
  return `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
}

export function createSnapshotActions(get: Get): SnapshotActions {
  return {
    takeSnapshot(input) {
      const doc = get().document;
      if (doc === null) return { ok: false, code: 'no-map', reason: 'No map is open.' };
      const taken = takeSnapshotOp(doc, input);
      if (!taken.ok)
        return {
          ok: false,
          code: taken.problems.some((p) => p.path === 'id') ? 'duplicate' : 'invalid',
          reason: taken.problems.map(formatProblem).join('; '),
        };
      const result = get().replaceDocument(
        taken.value.doc,
        `Take snapshot ${quote(taken.value.snapshot.label)}`,
      );
      return result.ok ? { ok: true, snapshotId: taken.value.snapshot.id } : result;
    },
    deleteSnapshot(id) {
      const doc = get().document;
      if (doc === null) return refuse('no-map', 'No map is open.');
      const snapshot = doc.snapshots.find((s) => s.id === id);
      if (snapshot === undefined) return refuse('missing', `No snapshot "${id}" in this map.`);
      return get().replaceDocument(removeSnapshot(doc, id), `Delete snapshot ${quote(snapshot.label)}`);
    },
  };
}
