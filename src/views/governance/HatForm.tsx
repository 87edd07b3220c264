// Give out a hat in a team or circle: a built-in or custom hat of the right scope, its holders
// (none = vacant, several = shared), rotating or not, from and review dates.
import { type FormEvent, useMemo, useState } from 'react';

import { allHats, type CareMap, type CareNode, newId } from '../../model';
import { today, useRecordEdit } from './useRecordEdit';
import { FormError } from '../../ui/FormError';

export interface HatFormProps {
  readonly doc: CareMap;
  readonly context: CareNode;
  readonly members: readonly CareNode[];
}

export function HatForm({ doc, context, members }: HatFormProps) {
  const edits = useRecordEdit();
  const hats = useMemo(() => allHats(doc).filter((h) => h.scope === context.kind), [doc, context.kind]);
  const [hat, setHat] = useState('');
  const [holders, setHolders] = useState<string[]>([]);
  const [rotating, setRotating] = useState(false);
  const [reviewAt, setReviewAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = hat || hats[0]?.id || '';

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const name = hats.find((h) => h.id === chosen)?.name ?? chosen;
    const record = {
      id: newId('hat'),
      type: 'hatAssignment',
      hat: chosen,
      context: context.id,
      holders,
      rotating,
      from: today(),
      ...(reviewAt !== '' ? { reviewAt } : {}),
    };
    const refusal = edits.upsert(record, `Hat “${name}” in “${context.label}”`);
    setError(refusal);
    if (refusal === null) {
      setHolders([]);
      setRotating(false);
      setReviewAt('');
    }
  }

  return (
    <form className="mini-form" onSubmit={handleSubmit} aria-label="Give out a hat" data-testid="hat-form">
      <h4>Give out a hat</h4>
      <label>
        Hat{' '}
        <select value={chosen} onChange={(e) => setHat(e.target.value)} data-testid="hat-choice">
          {hats.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
              {h.custom ? ' (custom)' : ''}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Worn by (none = vacant)</legend>
        {members.length === 0 && <span className="muted">Add members first.</span>}
        {members.map((m) => (
          <label key={m.id} className="check-option">
            <input
              type="checkbox"
              checked={holders.includes(m.id)}
              data-testid="hat-holder"
              data-node-id={m.id}
              onChange={(e) => setHolders(e.target.checked ? [...holders, m.id] : holders.filter((h) => h !== m.id))}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      <label className="check-option">
        <input type="checkbox" checked={rotating} onChange={(e) => setRotating(e.target.checked)} /> Rotating
      </label>
      <label>
        Review date <input type="date" value={reviewAt} onChange={(e) => setReviewAt(e.target.value)} data-testid="hat-review" />
      </label>
      <button type="submit" data-testid="hat-add">
        Give out hat
      </button>
      <FormError message={error} />
    </form>
  );
}
