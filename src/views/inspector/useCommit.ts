// Hooks that turn an inspector edit into one store action: a patch worked out per record from the
// records as they are *now* in the store (not as they were when the panel drew), applied to all of
// them as one undo step. They return the store's refusal, if any, for the field to show in place.
import { useCallback } from 'react';

import type { CareNode, NodeId, Tie, TieId } from '../../model';
import { type NodePatch, refusalMessage, type TiePatch, useAppStoreApi } from '../../store';

/** The patch `make` gives each wanted record, by id in document order, leaving out empty patches. */
function patchesFor<K extends string, R extends { readonly id: K }, P extends object>(
  records: readonly R[],
  ids: readonly K[],
  make: (record: R) => P,
): Map<K, P> {
  const wanted = new Set<string>(ids);
  const patches = new Map<K, P>();
  for (const r of records) {
    if (!wanted.has(r.id)) continue;
    const patch = make(r);
    if (Object.keys(patch).length > 0) patches.set(r.id, patch);
  }
  return patches;
}

/** Edit nodes: `make` gives each node's patch; `what` names the field for the undo label. */
export function useCommitNodes(ids: readonly NodeId[]) {
  const store = useAppStoreApi();
  return useCallback(
    (what: string, make: (node: CareNode) => NodePatch): string | null => {
      const doc = store.getState().document;
      if (doc === null) return 'No map is open.';
      const patches = patchesFor(doc.nodes, ids, make);
      if (patches.size === 0) return null;
      const single = ids.length === 1 ? doc.nodes.find((n) => n.id === ids[0]) : undefined;
      const label = single ? `Edit ${what} of “${single.label}”` : `Edit ${what} of ${ids.length} nodes`;
      return refusalMessage(store.getState().patchNodes(patches, label));
    },
    [ids, store],
  );
}

/** Edit ties: `make` gives each tie's patch; `what` names the field for the undo label. */
export function useCommitTies(ids: readonly TieId[]) {
  const store = useAppStoreApi();
  return useCallback(
    (what: string, make: (tie: Tie) => TiePatch): string | null => {
      const doc = store.getState().document;
      if (doc === null) return 'No map is open.';
      const patches = patchesFor(doc.ties, ids, make);
      if (patches.size === 0) return null;
      const label = ids.length === 1 ? `Edit ${what} of a tie` : `Edit ${what} of ${ids.length} ties`;
      return refusalMessage(store.getState().patchTies(patches, label));
    },
    [ids, store],
  );
}
