// A multiple choice shown as a group of checkboxes (roles, care types). Each box is on, off or
// "mixed" (some of several records have it); ticking adds the option to every record and
// unticking removes it from every record, so bulk edits never overwrite the rest of each list.
// Long lists fold away behind a summary of what is chosen.
import { useEffect, useId, useRef, useState } from 'react';

export type CheckState = 'on' | 'off' | 'mixed';

export interface CheckListOption {
  readonly value: string;
  readonly label: string;
}

export interface CheckListProps {
  readonly legend: string;
  readonly options: readonly CheckListOption[];
  readonly stateOf: (value: string) => CheckState;
  /** Add (`on` true) or remove an option; return a message to refuse, or null. */
  readonly onToggle: (value: string, on: boolean) => string | null;
  readonly testId?: string;
}

function Box({ option, state, onChange }: { option: CheckListOption; state: CheckState; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current !== null) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  return (
    <label className="check-option">
      <input
        ref={ref}
        type="checkbox"
        value={option.value}
        checked={state === 'on'}
        aria-checked={state === 'mixed' ? 'mixed' : state === 'on'}
        onChange={() => onChange(state !== 'on')}
      />
      {option.label}
    </label>
  );
}

export function CheckList({ legend, options, stateOf, onToggle, testId }: CheckListProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const chosen = options.filter((o) => stateOf(o.value) !== 'off');
  const summary =
    chosen.length === 0
      ? 'none'
      : chosen.map((o) => (stateOf(o.value) === 'mixed' ? `${o.label} (some)` : o.label)).join(', ');
  return (
    <fieldset className="form-field check-list" data-testid={testId} aria-describedby={error !== null ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <details>
        <summary data-testid={testId ? `${testId}-summary` : undefined}>{summary}</summary>
        <div className="check-options">
          {options.map((o) => (
            <Box
              key={o.value}
              option={o}
              state={stateOf(o.value)}
              onChange={(on) => setError(onToggle(o.value, on))}
            />
          ))}
        </div>
      </details>
      {error !== null && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
