// Members of a team or circle: people linked by a membership tie (or wearing a hat there). Add an
// existing person or a new one (node and tie in one undo step); remove a membership.
import { type FormEvent, useMemo, useState } from 'react';

import { addNodes, addTies, type CareMap, type CareNode, makeNode, makeTie, type NodeId, type TieId } from '../../model';
import { useAppStoreApi } from '../../store';
import { membersOf } from './members';
import { useRecordEdit } from './useRecordEdit';
import { FormError } from '../../ui/FormError';

const NEW = '\u0000new';

export function MembersPanel({ doc, context }: { doc: CareMap; context: CareNode }) {
  const store = useAppStoreApi();
  const edits = useRecordEdit();
  const members = useMemo(() => membersOf(doc, context.id), [doc, context.id]);
  const others = useMemo(() => {
    const inside = new Set<string>(members.filter((m) => m.ties.length > 0).map((m) => m.node.id));
    return doc.nodes.filter((n) => n.kind === 'person' && !inside.has(n.id));
  }, [doc.nodes, members]);
  const [choice, setChoice] = useState(NEW);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleAdd(e: FormEvent) {
    e.preventDefault();
    let refusal: string | null;
    if (choice === NEW) {
      if (name.trim() === '') return setError('Give the new person a name.');
      const person = makeNode('person', name.trim());
      const tie = makeTie('membership', person.id, context.id);
      refusal = edits.apply((d) => addTies(addNodes(d, [person]), [tie]), `Add member “${person.label}”`);
    } else {
      refusal = store.getState().addTie(makeTie('membership', choice as NodeId, context.id)).ok ? null : 'Could not add the membership.';
    }
    setError(refusal);
    if (refusal === null) setName('');
  }

  return (
    <section aria-label="Members" data-testid="members-panel">
      <h3>Members ({members.length})</h3>
      <ul className="plain-list">
        {members.map((m) => (
          <li key={m.node.id} data-testid="member">
            <span>{m.node.label}</span>
            {m.ties.length > 0 ? (
              <button type="button" className="link-button" onClick={() => store.getState().removeTies(m.ties as TieId[])}>
                Remove
              </button>
            ) : (
              <span className="muted"> (wears a hat here; no membership tie)</span>
            )}
          </li>
        ))}
      </ul>
      <form className="mini-form" onSubmit={handleAdd} aria-label="Add member">
        <label>
          Person{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="member-choice">
            <option value={NEW}>A new person…</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {choice === NEW && (
          <label>
            Name <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="member-name" />
          </label>
        )}
        <button type="submit" data-testid="member-add">
          Add member
        </button>
        <FormError message={error} />
      </form>
    </section>
  );
}
