// For the side panel: the hats the selected person wears (with where, shared / rotating and the
// review date), or, for a selected team or circle, a button that opens its governance. Renders
// nothing for other selections. Meant to be mounted in the node inspector.
import { useMemo } from 'react';

import { hatsOf } from '../../model';
import { selectDocument, selectSelectedNode, useAppStore, useAppStoreApi } from '../../store';
import { nodeName } from './members';

export function MemberHats() {
  const doc = useAppStore(selectDocument);
  const node = useAppStore(selectSelectedNode);
  const store = useAppStoreApi();
  const hats = useMemo(() => (doc !== null && node?.kind === 'person' ? hatsOf(doc, node.id) : []), [doc, node]);
  if (doc === null || node === null) return null;

  if (node.kind === 'team' || node.kind === 'circle') {
    return (
      <section className="member-hats" aria-label="Governance" data-testid="governance-link">
        <h3>Governance</h3>
        <button type="button" data-testid="open-governance" onClick={() => store.getState().setActiveView('governance')}>
          Open the governance of {node.label}
        </button>
      </section>
    );
  }
  if (node.kind !== 'person') return null;
  return (
    <section className="member-hats" aria-label="Hats" data-testid="member-hats">
      <h3>Hats</h3>
      {hats.length === 0 ? (
        <p className="muted">{node.label} wears no hats.</p>
      ) : (
        <ul className="plain-list">
          {hats.map(({ assignment: a, hat, shared }) => (
            <li key={a.id} data-testid="member-hat">
              {hat?.name ?? a.hat} <span className="muted">in {nodeName(doc, a.context)}</span>
              {shared && <span className="badge">shared</span>}
              {a.rotating && <span className="badge">rotating</span>}
              {a.reviewAt !== undefined && <span className="muted"> · review {a.reviewAt}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
