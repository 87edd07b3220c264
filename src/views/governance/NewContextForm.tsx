// A small form to add a team or circle node to the map; the new one becomes the selection.
import { type FormEvent, useState } from 'react';

import { makeNode } from '../../model';
import { useAppStoreApi } from '../../store';
import { FormError } from '../../ui/FormError';

export function NewContextForm() {
  const store = useAppStoreApi();
  const [kind, setKind] = useState<'circle' | 'team'>('circle');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const node = makeNode(kind, name.trim());
    const r = store.getState().addNode(node);
    if (!r.ok) return setError(r.reason);
    store.getState().select({ nodeIds: [node.id] });
    setName('');
    setError(null);
  }

  return (
    <form className="mini-form" onSubmit={handleSubmit} aria-label="New team or circle">
      <h3>New team or circle</h3>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as 'circle' | 'team')} data-testid="new-context-kind">
          <option value="circle">Circle</option>
          <option value="team">Team</option>
        </select>
      </label>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="new-context-name" />
      </label>
      <button type="submit" data-testid="new-context-add">
        Add
      </button>
      <FormError message={error} />
    </form>
  );
}
