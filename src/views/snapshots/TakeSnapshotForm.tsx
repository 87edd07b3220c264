// Taking a snapshot of the open map: its name, the day it records, the kind of event (workshop,
// review, other, so like is compared with like) and a note. One undoable step (store takeSnapshot).
import { type FormEvent, useState } from 'react';

import { SNAPSHOT_EVENTS, type SnapshotEvent } from '../../model';
import { useAppStore } from '../../store';
import { FormError } from '../../ui/FormError';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function TakeSnapshotForm({ onTaken }: { readonly onTaken: (id: string) => void }) {
  const takeSnapshot = useAppStore((s) => s.takeSnapshot);
  const [label, setLabel] = useState('');
  const [takenAt, setTakenAt] = useState(today);
  const [event, setEvent] = useState<SnapshotEvent>('review');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    const result = takeSnapshot({ label: label.trim(), takenAt, event, note });
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(null);
    setLabel('');
    setNote('');
    onTaken(result.snapshotId);
  };

  return (
    <form className="snapshot-form" onSubmit={handleSubmit} data-testid="snapshot-form" aria-label="Take a snapshot">
      <label>
        Name
        <input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={200} data-testid="snapshot-name" placeholder="e.g. Six-month review" />
      </label>
      <label>
        Date
        <input type="date" value={takenAt} onChange={(e) => setTakenAt(e.target.value)} required data-testid="snapshot-date" />
      </label>
      <label>
        Kind of event
        <select value={event} onChange={(e) => setEvent(e.target.value as SnapshotEvent)} data-testid="snapshot-event">
          {SNAPSHOT_EVENTS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} data-testid="snapshot-note" />
      </label>
      <FormError message={error} />
      <button type="submit" className="primary" data-testid="snapshot-take">
        Take snapshot
      </button>
    </form>
  );
}
