// A text, number or date field that edits a draft and commits it on Enter or when focus leaves
// (never per keystroke, so one edit is one undo step), or when the page is hidden or closed with a
// draft in it. A refused value stays in the field with its message, so the person can correct it;
// Escape puts back the stored value. "Mixed" (several records that differ) shows as an empty field
// with a "mixed" placeholder.
import { useState } from 'react';

import { Field } from './Field';
import { useCommitWhenHidden } from './useCommitWhenHidden';

export interface TextFieldProps {
  readonly label: string;
  /** The stored value, as text ('' when unset). */
  readonly value: string;
  /** The records being edited differ here; shown as a "mixed" placeholder. */
  readonly mixed?: boolean;
  readonly multiline?: boolean;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly placeholder?: string;
  readonly hint?: string;
  readonly testId?: string;
  readonly disabled?: boolean;
  /** Called with the new text; return a message to refuse it (it is not stored), or null. */
  readonly onCommit: (text: string) => string | null;
}

export function TextField({
  label,
  value,
  mixed = false,
  multiline = false,
  inputMode = 'text',
  placeholder,
  hint,
  testId,
  disabled,
  onCommit,
}: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = mixed ? '' : value;

  function commit() {
    if (draft === null) return;
    if (draft === shown) {
      setDraft(null);
      setError(null);
      return;
    }
    const refusal = onCommit(draft);
    if (refusal === null) {
      setDraft(null);
      setError(null);
    } else setError(refusal);
  }

  function revert() {
    setDraft(null);
    setError(null);
  }

  useCommitWhenHidden(draft !== null, commit);

  const common = {
    'data-testid': testId,
    value: draft ?? shown,
    placeholder: mixed ? 'mixed' : placeholder,
    disabled,
    onBlur: commit,
  };
  return (
    <Field label={label} error={error} hint={hint} testId={testId ? `${testId}-field` : undefined}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            {...common}
            rows={3}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Enter makes a new line in notes; Ctrl/Cmd+Enter commits.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                commit();
              } else if (e.key === 'Escape') revert();
            }}
          />
        ) : (
          <input
            {...control}
            {...common}
            type="text"
            inputMode={inputMode}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              } else if (e.key === 'Escape') revert();
            }}
          />
        )
      }
    </Field>
  );
}
