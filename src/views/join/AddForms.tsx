// The two things a phone adds: a person, group, organisation or place ("space") with a name, and
// a care tie between this phone's person and someone on the map ("I help X with …" or "X helps
// me with …"), with what kind of care and how often. Both are written as entries; the
// facilitator's screen checks them.
import { useState } from 'react';

import { FREQUENCIES, type Frequency, type NodeKind } from '../../model';
import type { JoinSession, JoinSnapshot } from './joinSession';

const KINDS: readonly { id: NodeKind; label: string }[] = [
  { id: 'person', label: 'Person' },
  { id: 'group', label: 'Group' },
  { id: 'organisation', label: 'Organisation' },
  { id: 'space', label: 'Place' },
];

export interface AddFormsProps {
  readonly session: JoinSession;
  readonly snapshot: JoinSnapshot;
  readonly disabled: boolean;
}

export function AddForms({ session, snapshot, disabled }: AddFormsProps) {
  const [kind, setKind] = useState<NodeKind>('person');
  const [label, setLabel] = useState('');
  const [direction, setDirection] = useState<'give' | 'receive'>('give');
  const [other, setOther] = useState('');
  const [careType, setCareType] = useState('');
  const [frequency, setFrequency] = useState<Frequency | ''>('');
  const [note, setNote] = useState<string | null>(null);
  const me = session.meId();
  const others = [...snapshot.map.nodes].filter(([id]) => id !== me).sort((a, b) => a[1].label.localeCompare(b[1].label));

  return (
    <>
      <form
        className="phone-card"
        data-testid="phone-add-node"
        onSubmit={(e) => {
          e.preventDefault();
          const text = label.trim();
          if (text === '') return;
          session.addNode(kind, text);
          setLabel('');
          setNote(`Added “${text}”: it appears on the shared screen once the facilitator’s computer has it.`);
        }}
      >
        <h2>Add someone or something</h2>
        <div className="phone-kinds" role="radiogroup" aria-label="Kind">
          {KINDS.map((k) => (
            <button key={k.id} type="button" role="radio" aria-checked={kind === k.id} onClick={() => setKind(k.id)} data-testid={`phone-kind-${k.id}`}>
              {k.label}
            </button>
          ))}
        </div>
        <label htmlFor="phone-node-label">Name</label>
        <input id="phone-node-label" data-testid="phone-node-label" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="phone-primary" disabled={disabled || label.trim() === ''} data-testid="phone-node-add">
          Add
        </button>
      </form>

      <form
        className="phone-card"
        data-testid="phone-add-tie"
        onSubmit={(e) => {
          e.preventDefault();
          if (other === '') return;
          session.addTie(direction, other, careType, frequency === '' ? undefined : frequency);
          setNote('Added the tie.');
        }}
      >
        <h2>Who helps whom</h2>
        <div className="phone-kinds" role="radiogroup" aria-label="Direction">
          <button type="button" role="radio" aria-checked={direction === 'give'} onClick={() => setDirection('give')} data-testid="phone-dir-give">
            I help…
          </button>
          <button type="button" role="radio" aria-checked={direction === 'receive'} onClick={() => setDirection('receive')} data-testid="phone-dir-receive">
            …helps me
          </button>
        </div>
        <label htmlFor="phone-tie-other">{direction === 'give' ? 'Who do you help?' : 'Who helps you?'}</label>
        <select id="phone-tie-other" data-testid="phone-tie-other" value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">Choose…</option>
          {others.map(([id, n]) => (
            <option key={id} value={id}>
              {n.label}
            </option>
          ))}
        </select>
        <label htmlFor="phone-tie-care">With what?</label>
        <select id="phone-tie-care" data-testid="phone-tie-care" value={careType} onChange={(e) => setCareType(e.target.value)}>
          <option value="">Not sure</option>
          {(snapshot.settings?.careTypes ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label htmlFor="phone-tie-frequency">How often?</label>
        <select id="phone-tie-frequency" data-testid="phone-tie-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency | '')}>
          <option value="">Not sure</option>
          {FREQUENCIES.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
        <button type="submit" className="phone-primary" disabled={disabled || other === ''} data-testid="phone-tie-add">
          Add tie
        </button>
      </form>
      {note !== null && (
        <p className="phone-note" role="status" data-testid="phone-note">
          {note}
        </p>
      )}
    </>
  );
}
