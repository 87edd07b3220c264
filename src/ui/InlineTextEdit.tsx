// A text field that commits on Enter, when it loses focus or when the page is hidden, and reverts
// on Escape. Used for labels and titles, which are edited in place.
import { useState } from 'react';

import { useCommitWhenHidden } from './useCommitWhenHidden';

export interface InlineTextEditProps {
  readonly value: string;
  /** Called with the new text; return a reason to refuse it (shown beside the field), or null. */
  readonly onCommit: (text: string) => string | null;
  readonly label: string;
  readonly testId?: string;
  readonly className?: string;
  /** Visible width in characters (the input's `size`). */
  readonly size?: number;
}

export function InlineTextEdit({ value, onCommit, label, testId, className, size }: InlineTextEditProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    if (draft !== value) {
      setError(onCommit(draft));
    }
    setDraft(null);
  }

  useCommitWhenHidden(draft !== null, commit);

  return (
    <span className={`inline-edit ${className ?? ''}`}>
      <input
        type="text"
        aria-label={label}
        data-testid={testId}
        value={draft ?? value}
        size={size}
        aria-invalid={error !== null}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => setError(null)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error !== null && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
