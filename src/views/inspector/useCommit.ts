// Hooks that turn an inspector edit into one store action: a patch worked out per record from the
// records as they are *now* in the store (not as they were when the panel drew), applied to all of
// them as one undo step. They return the store's refusal, if any, for the field to show in place.
import { useCallback } from 'react';

import type { CareNode, NodeId, Tie, TieId } from '../../model';
import { type NodePatch, refusalMessage, type TiePatch, useAppStoreApi } from '../../store';

/** Edit nodes: `make` gives each node's patch; `what` names the field for the undo label. */
export function useCommitNodes(ids: readonly NodeId[]) {
  const store = useAppStoreApi();
  return useCallback(
    (what: string, make: (node: CareNode) => NodePatch): string | null => {
      const doc = store.getState().document;
      if (doc === null) return 'No map is open.';
      const wanted = new Set<string>(ids);
      const patches = new Map<NodeId, NodePatch>();
      let single: CareNode | undefined;
      for (const n of doc.nodes) {
        if (!wanted.has(n.id)) continue;
        single = n;
        const patch = make(n);
        if (Object.keys(patch).length > 0) patches.set(n.id, patch);
      }
      if (patches.size === 0) return null;
      const label = ids.length === 1 && single ? `Edit ${what} of “${single.label}”` : `Edit ${what} of ${ids.length} nodes`;
      const result = store.getState().patchNodes(patches, label);
      return refusalMessage(result);
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
      const wanted = new Set<string>(ids);
      const patches = new Map<TieId, TiePatch>();
      for (const t of doc.ties) {
        if (!wanted.has(t.id)) continue;
        const patch = make(t);
        if (Object.keys(patch).length > 0) patches.set(t.id, patch);
      }
      if (patches.size === 0) return null;
      const label = ids.length === 1 ? `Edit ${what} of a tie` : `Edit ${what} of ${ids.length} ties`;
      const result = store.getState().patchTies(patches, label);
      return refusalMessage(result);
    },
    [ids, store],
  );
}
