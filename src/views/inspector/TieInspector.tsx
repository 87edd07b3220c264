// The inspector for selected ties. One tie shows who gives to whom, with "swap" to turn it round
// and links to select either end; several ties show their shared fields. Delete acts on all.
import { memo } from 'react';

import { asNodeId, type Tie, type TieId } from '../../model';
import { useAppStore, useAppStoreApi } from '../../store';
import { swapPatch } from './edits';
import { TieFields } from './TieFields';
import { useCommitTies } from './useCommit';

function TieEnds({ tie }: { readonly tie: Tie }) {
  const store = useAppStoreApi();
  const source = useAppStore((s) => s.document?.nodes.find((n) => n.id === tie.source)?.label ?? tie.source);
  const target = useAppStore((s) => s.document?.nodes.find((n) => n.id === tie.target)?.label ?? tie.target);
  const commit = useCommitTies([tie.id]);
  const pick = (id: string) => store.getState().select({ nodeIds: [asNodeId(id)] });
  return (
    <div className="tie-ends" data-testid="inspector-tie-ends">
      <button type="button" className="link-button" onClick={() => pick(tie.source)} aria-label={`Select ${source} (giver)`}>
        {source}
      </button>
      <span aria-label={tie.mutual ? 'and' : 'gives to'} data-testid="inspector-tie-arrow">
        {tie.mutual ? ' ↔ ' : ' → '}
      </span>
      <button type="button" className="link-button" onClick={() => pick(tie.target)} aria-label={`Select ${target} (receiver)`}>
        {target}
      </button>
      <button type="button" data-testid="inspector-tie-swap" onClick={() => commit('direction', swapPatch)}>
        Swap direction
      </button>
    </div>
  );
}

export interface TieInspectorProps {
  readonly ties: readonly Tie[];
  readonly ids: readonly TieId[];
}

export const TieInspector = memo(function TieInspector({ ties, ids }: TieInspectorProps) {
  const store = useAppStoreApi();
  const single = ties.length === 1 ? ties[0] : undefined;
  return (
    <div className="inspector" data-testid={single ? 'tie-inspector' : 'bulk-tie-inspector'}>
      {single ? <TieEnds tie={single} /> : <p className="inspector-heading">{ties.length} ties selected</p>}
      <TieFields ties={ties} ids={ids} />
      <div className="inspector-actions">
        <button
          type="button"
          className="danger"
          data-testid="inspector-delete-tie"
          onClick={() => store.getState().removeTies(ids)}
        >
          {single ? 'Delete tie' : `Delete ${ties.length} ties`}
        </button>
      </div>
    </div>
  );
});
