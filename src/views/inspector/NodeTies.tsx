// The ties of one node, each naming the other end and the direction; a click selects the other
// end (or the tie itself) so a person can walk the network from the inspector.
import { memo, useMemo } from 'react';

import { asNodeId, asTieId, type CareNode, labelOf, STRENGTHS, TIE_KINDS } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';

export const NodeTies = memo(function NodeTies({ node }: { readonly node: CareNode }) {
  const doc = useAppStore(selectDocument);
  const store = useAppStoreApi();
  const rows = useMemo(() => {
    if (doc === null) return [];
    const labels = new Map<string, string>();
    for (const n of doc.nodes) labels.set(n.id, n.label);
    return doc.ties
      .filter((t) => t.source === node.id || t.target === node.id)
      .map((t) => {
        const outgoing = t.source === node.id;
        const other = outgoing ? t.target : t.source;
        return { tie: t, other, otherLabel: labels.get(other) ?? other, arrow: t.mutual ? '↔' : outgoing ? '→' : '←' };
      });
  }, [doc, node.id]);

  return (
    <div className="field-group">
      <h3>Ties ({rows.length})</h3>
      {rows.length === 0 ? (
        <p className="muted">No ties yet.</p>
      ) : (
        <ul className="tie-list" data-testid="inspector-ties">
          {rows.map(({ tie, other, otherLabel, arrow }) => (
            <li key={tie.id}>
              <button
                type="button"
                className="link-button"
                data-testid="inspector-tie-other"
                onClick={() => store.getState().select({ nodeIds: [asNodeId(other)] })}
              >
                <span aria-hidden="true">{arrow} </span>
                {otherLabel}
              </button>{' '}
              <button
                type="button"
                className="link-button muted"
                data-testid="inspector-tie-select"
                data-tie-id={tie.id}
                aria-label={`Tie ${arrow === '←' ? 'from' : arrow === '→' ? 'to' : 'with'} ${otherLabel}: ${labelOf(TIE_KINDS, tie.kind)}, ${labelOf(STRENGTHS, tie.strength)}`}
                onClick={() => store.getState().select({ tieIds: [asTieId(tie.id)] })}
              >
                {labelOf(TIE_KINDS, tie.kind)} · {labelOf(STRENGTHS, tie.strength)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
