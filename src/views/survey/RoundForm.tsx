// Open a new survey round for a team or circle. It uses the team's own instrument when it has one
// (its latest), otherwise the built-in bank.
import { type FormEvent, useState } from 'react';

import { type CareMap, getRecords, newId } from '../../model';
import { today, useRecordEdit } from '../governance/useRecordEdit';
import { FormError } from '../../ui/FormError';

export function RoundForm({ doc, scope, onCreated }: { doc: CareMap; scope: string; onCreated: (id: string) => void }) {
  const edits = useRecordEdit();
  const [label, setLabel] = useState('');
  const [opened, setOpened] = useState(today);
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const own = getRecords(doc, 'surveyInstrument').filter((i) => i.owner === scope).at(-1);
    const id = newId('round');
    const record = { id, type: 'surveyRound', scope, label: label.trim(), opened, ...(own !== undefined ? { instrument: own.id } : {}) };
    const refusal = edits.upsert(record, `Survey round “${label.trim()}”`);
    setError(refusal);
    if (refusal === null) {
      setLabel('');
      onCreated(id);
    }
  }

  return (
    <form className="mini-form" onSubmit={handleSubmit} aria-label="New survey round">
      <h3>New round</h3>
      <label>
        Name <input value={label} onChange={(e) => setLabel(e.target.value)} required placeholder="Spring 2026" data-testid="round-label" />
      </label>
      <label>
        Opens <input type="date" value={opened} onChange={(e) => setOpened(e.target.value)} required />
      </label>
      <button type="submit" data-testid="round-add">
        Open round
      </button>
      <FormError message={error} />
    </form>
  );
}
