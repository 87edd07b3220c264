// Raise a proposal: what, why, who proposed it (a member or a typed name), when, and a review date
// so a "safe to try" decision comes back (§4.5).
import { type FormEvent, useState } from 'react';

import { type CareNode, newId } from '../../model';
import { today, useRecordEdit } from './useRecordEdit';
import { FormError } from '../../ui/FormError';

const TYPED = '\u0000typed';

export function ProposalForm({ context, members }: { context: CareNode; members: readonly CareNode[] }) {
  const edits = useRecordEdit();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [why, setWhy] = useState('');
  const [by, setBy] = useState(TYPED);
  const [byName, setByName] = useState('');
  const [raisedAt, setRaisedAt] = useState(today);
  const [reviewDate, setReviewDate] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const proposedBy = by !== TYPED ? { nodeId: by } : byName.trim() !== '' ? { name: byName.trim() } : undefined;
    const record = {
      id: newId('prop'),
      type: 'proposal',
      context: context.id,
      title: title.trim(),
      summary,
      why,
      raisedAt,
      status: 'draft',
      ...(proposedBy !== undefined ? { proposedBy } : {}),
      ...(reviewDate !== '' ? { reviewDate } : {}),
    };
    const refusal = edits.upsert(record, `Proposal “${title.trim()}”`);
    setError(refusal);
    if (refusal === null) {
      setTitle('');
      setSummary('');
      setWhy('');
      setByName('');
      setReviewDate('');
    }
  }

  return (
    <form className="mini-form" onSubmit={handleSubmit} aria-label="Raise a proposal" data-testid="proposal-form">
      <h4>Raise a proposal</h4>
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} required data-testid="proposal-title" />
      </label>
      <label>
        What is proposed <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} data-testid="proposal-summary" />
      </label>
      <label>
        Why <textarea value={why} onChange={(e) => setWhy(e.target.value)} rows={2} data-testid="proposal-why" />
      </label>
      <label>
        Proposed by{' '}
        <select value={by} onChange={(e) => setBy(e.target.value)} data-testid="proposal-by">
          <option value={TYPED}>Someone not in the list (type a name)</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {by === TYPED && (
        <label>
          Name <input value={byName} onChange={(e) => setByName(e.target.value)} />
        </label>
      )}
      <label>
        Raised on <input type="date" value={raisedAt} onChange={(e) => setRaisedAt(e.target.value)} required />
      </label>
      <label>
        Review date <input type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} data-testid="proposal-review" />
      </label>
      <button type="submit" data-testid="proposal-add">
        Record proposal
      </button>
      <FormError message={error} />
    </form>
  );
}
