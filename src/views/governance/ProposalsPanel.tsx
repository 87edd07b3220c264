// A team's or circle's record of proposals: search it (every word, any order, across titles,
// reasons, decisions and objections), read each proposal with its consent round, and raise a new one.
import { useMemo, useState } from 'react';

import { type CareMap, type CareNode, searchProposals } from '../../model';
import { membersOf } from './members';
import { ProposalCard } from './ProposalCard';
import { ProposalForm } from './ProposalForm';

export function ProposalsPanel({ doc, context }: { doc: CareMap; context: CareNode }) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchProposals(doc, query, { context: context.id }), [doc, query, context.id]);
  const members = useMemo(() => membersOf(doc, context.id).map((m) => m.node), [doc, context.id]);
  return (
    <section aria-label="Proposals" data-testid="proposals-panel">
      <h3>Proposals and decisions</h3>
      <label className="search">
        Search this record{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="proposal-search" />
      </label>
      <p className="muted" aria-live="polite">
        {found.length} {found.length === 1 ? 'proposal' : 'proposals'}
        {query.trim() !== '' ? ` matching “${query.trim()}”` : ''}
      </p>
      {found.map((p) => (
        <ProposalCard key={p.id} doc={doc} proposal={p} members={members} />
      ))}
      <ProposalForm context={context} members={members} />
    </section>
  );
}
