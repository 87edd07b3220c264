// The Governance view: the map's teams and circles, and for the chosen one its members, the hats
// they wear and its proposals. The chosen team or circle *is* the store selection, so picking one
// here selects it in the graph, and selecting one in the graph opens it here.
import { useMemo } from 'react';

import { selectDocument, selectSelectedNode, useAppStore } from '../../store';
import { HatsPanel } from './HatsPanel';
import { MembersPanel } from './MembersPanel';
import { NewContextForm } from './NewContextForm';
import { ProposalsPanel } from './ProposalsPanel';
import { RecordListItem } from './RecordListItem';

import './governance.css';

export default function GovernanceView() {
  const doc = useAppStore(selectDocument);
  const selected = useAppStore(selectSelectedNode);
  const contexts = useMemo(() => doc?.nodes.filter((n) => n.kind === 'team' || n.kind === 'circle') ?? [], [doc?.nodes]);
  if (doc === null) return null;
  const current = selected !== null && (selected.kind === 'team' || selected.kind === 'circle') ? selected : null;

  return (
    <div className="record-view" data-testid="governance-view">
      <nav className="record-list" aria-label="Teams and circles">
        <h2>Teams and circles</h2>
        {contexts.length === 0 && <p className="muted">No teams or circles in this map yet.</p>}
        <ul>
          {contexts.map((c) => (
            <RecordListItem key={c.id} nodeId={c.id} current={current?.id === c.id} testId="governance-context">
              {c.label} <span className="muted">({c.kind})</span>
            </RecordListItem>
          ))}
        </ul>
        <NewContextForm />
      </nav>
      <section className="record-main" aria-label="Governance" data-testid="governance-panel">
        {current === null ? (
          <p className="muted">Choose a team or circle here, or select one in the graph, to see its members, hats and proposals.</p>
        ) : (
          <>
            <h2 data-testid="governance-title">
              {current.label} <span className="muted">({current.kind})</span>
            </h2>
            <MembersPanel doc={doc} context={current} />
            <HatsPanel doc={doc} context={current} />
            <ProposalsPanel doc={doc} context={current} />
          </>
        )}
      </section>
    </div>
  );
}
