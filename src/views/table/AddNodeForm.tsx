// Add a node from the keyboard: choose its kind, type its label, press Enter. The new node is
// selected and becomes the table's active row.
import { type FormEvent, useId, useState } from 'react';

import { CareNodeSchema, makeNode, NODE_KINDS, type NodeKind } from '../../model';
import { useAppStoreApi } from '../../store';
import { checkField } from '../inspector/edits';

export function AddNodeForm({ onAdded }: { readonly onAdded: (id: string) => void }) {
  const store = useAppStoreApi();
  const id = useId();
  const [kind, setKind] = useState<NodeKind>('person');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = checkField(CareNodeSchema.shape.label, label);
    if (!checked.ok) {
      setError(`Label ${checked.message}`);
      return;
    }
    const node = makeNode(kind, checked.value);
    const result = store.getState().addNode(node);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    store.getState().select({ nodeIds: [node.id] });
    setLabel('');
    setError(null);
    onAdded(node.id);
  }

  return (
    <form className="add-row" aria-label="Add a node" onSubmit={handleSubmit} data-testid="add-node-form">
      <label htmlFor={`${id}-kind`}>New node</label>
      <select id={`${id}-kind`} aria-label="Kind of the new node" value={kind} onChange={(e) => setKind(e.target.value as NodeKind)} data-testid="add-node-kind">
        {NODE_KINDS.map((k) => (
          <option key={k.id} value={k.id}>
            {k.label}
          </option>
        ))}
      </select>
      <input
        type="text"
        aria-label="Label of the new node"
        placeholder="Label"
        value={label}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        onChange={(e) => {
          setLabel(e.target.value);
          setError(null);
        }}
        data-testid="add-node-label"
      />
      <button type="submit" data-testid="add-node-submit">
        Add node
      </button>
      {error !== null && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
