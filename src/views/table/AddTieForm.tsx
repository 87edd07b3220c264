// Add a tie from the keyboard: pick the giver and the receiver by typing their names (each a
// combobox of matching nodes), choose the kind, press Add. The map's rules (no tie from a node to
// itself, membership only into a team or circle) are checked by the store; a refusal shows here.
import { type FormEvent, useCallback, useId, useState } from 'react';

import { asNodeId, labelOf, makeTie, NODE_KINDS, searchNodes, TIE_KINDS, type TieKind } from '../../model';
import { useAppStoreApi } from '../../store';
import { type ComboOption, Combobox } from '../../ui/Combobox';

export function AddTieForm({ onAdded }: { readonly onAdded: (id: string) => void }) {
  const store = useAppStoreApi();
  const id = useId();
  const [source, setSource] = useState<ComboOption | null>(null);
  const [target, setTarget] = useState<ComboOption | null>(null);
  const [kind, setKind] = useState<TieKind>('care');
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    (query: string): ComboOption[] => {
      const doc = store.getState().document;
      if (doc === null) return [];
      return searchNodes(doc, query, 12).map((n) => ({ id: n.id, label: n.label, hint: labelOf(NODE_KINDS, n.kind) }));
    },
    [store],
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (source === null || target === null) {
      setError('Choose both ends: type a name and pick it from the list.');
      return;
    }
    const tie = makeTie(kind, asNodeId(source.id), asNodeId(target.id));
    const result = store.getState().addTie(tie);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    store.getState().select({ tieIds: [tie.id] });
    setSource(null);
    setTarget(null);
    setError(null);
    onAdded(tie.id);
  }

  return (
    <form className="add-row" aria-label="Add a tie" onSubmit={handleSubmit} data-testid="add-tie-form">
      <Combobox label="From (giver)" search={search} value={source} onChange={(o) => { setSource(o); setError(null); }} testId="add-tie-source" />
      <Combobox label="To (receiver)" search={search} value={target} onChange={(o) => { setTarget(o); setError(null); }} testId="add-tie-target" />
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TieKind)} data-testid="add-tie-kind">
        {TIE_KINDS.map((k) => (
          <option key={k.id} value={k.id}>
            {k.label}
          </option>
        ))}
      </select>
      <button type="submit" data-testid="add-tie-submit">
        Add tie
      </button>
      {error !== null && (
        <span className="field-error" role="alert" data-testid="add-tie-error">
          {error}
        </span>
      )}
    </form>
  );
}
