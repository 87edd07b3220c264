// A labelled form row: the label, the control, an optional hint and the validation message in
// place. The control gets its ids through a render prop so the label, hint and message are tied
// to it (`htmlFor`, `aria-describedby`, `aria-invalid`). Knows nothing of the store.
import { type ReactNode, useId } from 'react';

/** The ids and flags a control needs to be wired to its label and message. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid': boolean;
}

export interface FieldProps {
  readonly label: string;
  /** The validation message to show under the control, or null when the value is fine. */
  readonly error: string | null;
  readonly hint?: string;
  readonly testId?: string;
  readonly children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, error, hint, testId, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint !== undefined ? hintId : '', error !== null ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== null, ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {hint !== undefined && (
        <span id={hintId} className="form-hint">
          {hint}
        </span>
      )}
      {error !== null && (
        <span id={errorId} className="field-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </div>
  );
}
