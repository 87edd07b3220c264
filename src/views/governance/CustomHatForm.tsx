// Define a custom hat for teams or circles (the playbook's list "isn't exhaustive", §4.7.1).
import { type FormEvent, useState } from 'react';

import { type HatScope, newId } from '../../model';
import { useRecordEdit } from './useRecordEdit';
import { FormError } from '../../ui/FormError';

export function CustomHatForm({ scope }: { scope: HatScope }) {
  const edits = useRecordEdit();
  const [name, setName] = useState('');
  const [responsibilities, setResponsibilities] = useState('');
  const [essential, setEssential] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const record = { id: newId('hatdef'), type: 'hatDefinition', scope, name: name.trim(), responsibilities, essential, custom: true };
    const refusal = edits.upsert(record, `New ${scope} hat “${name.trim()}”`);
    setError(refusal);
    if (refusal === null) {
      setName('');
      setResponsibilities('');
      setEssential(false);
    }
  }

  return (
    <details className="mini-form">
      <summary>Define a custom {scope} hat</summary>
      <form onSubmit={handleSubmit} aria-label={`Custom ${scope} hat`}>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="custom-hat-name" />
        </label>
        <label>
          Responsibilities <textarea value={responsibilities} onChange={(e) => setResponsibilities(e.target.value)} rows={2} />
        </label>
        <label className="check-option">
          <input type="checkbox" checked={essential} onChange={(e) => setEssential(e.target.checked)} /> Essential (a gap when nobody wears it)
        </label>
        <button type="submit" data-testid="custom-hat-add">
          Add hat
        </button>
        <FormError message={error} />
      </form>
    </details>
  );
}
