// Tags as removable chips plus a box to add one (Enter or comma). With several records a tag held
// by only some of them is marked "(some)"; adding or removing applies to every record.
import { useId, useState } from 'react';

export interface TagChip {
  readonly tag: string;
  /** Only some of the records carry this tag. */
  readonly partial?: boolean;
}

export interface TagInputProps {
  readonly label: string;
  readonly tags: readonly TagChip[];
  readonly onAdd: (tag: string) => string | null;
  readonly onRemove: (tag: string) => string | null;
  readonly testId?: string;
}

export function TagInput({ label, tags, onAdd, onRemove, testId }: TagInputProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const tag = draft.replace(/,$/, '').trim();
    if (tag === '') return;
    const refusal = onAdd(tag);
    if (refusal === null) {
      setDraft('');
      setError(null);
    } else setError(refusal);
  }

  return (
    <div className="form-field tag-input" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {tags.length > 0 && (
        <ul className="chips" aria-label={label}>
          {tags.map((t) => (
            <li key={t.tag} className={t.partial ? 'chip partial' : 'chip'} data-testid="tag-chip">
              <span>
                {t.tag}
                {t.partial ? ' (some)' : ''}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove tag ${t.tag}`}
                onClick={() => setError(onRemove(t.tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        value={draft}
        placeholder="Add a tag"
        data-testid={testId ? `${testId}-new` : undefined}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Escape') setDraft('');
        }}
      />
      {error !== null && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
