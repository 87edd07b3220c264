// A checkbox committed as soon as it changes; "mixed" shows as the indeterminate state, and a
// click on a mixed box sets it on everything.
import { useEffect, useId, useRef, useState } from 'react';

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly mixed?: boolean;
  readonly testId?: string;
  readonly onCommit: (checked: boolean) => string | null;
}

export function CheckboxField({ label, checked, mixed = false, testId, onCommit }: CheckboxFieldProps) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (box.current !== null) box.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <div className="form-field checkbox-field">
      <span className="checkbox-line">
        <input
          ref={box}
          id={id}
          type="checkbox"
          data-testid={testId}
          checked={mixed ? false : checked}
          aria-checked={mixed ? 'mixed' : checked}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(e) => {
            setError(onCommit(mixed ? true : e.target.checked));
          }}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      {error !== null && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
