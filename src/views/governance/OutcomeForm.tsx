// Record a proposal's outcome: consented or amended (only once every objection is resolved and
// someone took part) or withdrawn, with the decision as agreed and its date.
import { type FormEvent, useState } from 'react';

import { canConsent, openObjections, type Proposal, type ProposalOutcome } from '../../model';
import { today, useRecordEdit } from './useRecordEdit';
import { FormError } from '../../ui/FormError';

export function OutcomeForm({ proposal }: { proposal: Proposal }) {
  const edits = useRecordEdit();
  const [outcome, setOutcome] = useState<ProposalOutcome>(() => (canConsent(proposal) ? 'consented' : 'withdrawn'));
  const [decision, setDecision] = useState(proposal.summary);
  const [decidedAt, setDecidedAt] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const allowed = canConsent(proposal);
  const open = openObjections(proposal).length;

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    if (outcome !== 'withdrawn' && !allowed) return setError('This proposal cannot be consented yet (see above).');
    const record = { ...proposal, status: outcome, outcome, decidedAt, ...(decision.trim() !== '' ? { decision: decision.trim() } : {}) };
    setError(edits.upsert(record, `${outcome[0]?.toUpperCase()}${outcome.slice(1)}: “${proposal.title}”`));
  }

  return (
    <form className="mini-form outcome" onSubmit={handleSubmit} aria-label={`Outcome of ${proposal.title}`}>
      <label>
        Outcome{' '}
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as ProposalOutcome)} data-testid="outcome-choice">
          <option value="consented" disabled={!allowed}>
            Consented
          </option>
          <option value="amended" disabled={!allowed}>
            Amended
          </option>
          <option value="withdrawn">Withdrawn</option>
        </select>
      </label>
      <label>
        Decision as agreed <textarea value={decision} onChange={(e) => setDecision(e.target.value)} rows={2} data-testid="outcome-decision" />
      </label>
      <label>
        Decided on <input type="date" value={decidedAt} onChange={(e) => setDecidedAt(e.target.value)} required data-testid="outcome-date" />
      </label>
      {!allowed && (
        <p className="muted">
          {open > 0 ? `${open} objection${open === 1 ? '' : 's'} still open: resolve them before consenting.` : 'Record at least one answer in the consent round before consenting.'}
        </p>
      )}
      <button type="submit" data-testid="outcome-save">
        Record outcome
      </button>
      <FormError message={error} />
    </form>
  );
}
