// A drop-down choice committed as soon as it changes. An optional empty choice clears the value;
// "mixed" (several records that differ) shows as its own placeholder choice until one is picked.
import { useState } from 'react';

import { Field } from './Field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly label: string;
  /** The stored value ('' when unset). */
  readonly value: string;
  readonly options: readonly SelectOption[];
  /** Label of the empty choice (e.g. "Not recorded"); without it the field cannot be cleared. */
  readonly emptyLabel?: string;
  readonly mixed?: boolean;
  readonly hint?: string;
  readonly testId?: string;
  /** Called with the chosen value ('' for the empty choice); return a message to refuse it. */
  readonly onCommit: (value: string) => string | null;
}

const MIXED = '\u0000mixed';

export function SelectField({ label, value, options, emptyLabel, mixed = false, hint, testId, onCommit }: SelectFieldProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Field label={label} error={error} hint={hint} testId={testId ? `${testId}-field` : undefined}>
      {(control) => (
        <select
          {...control}
          data-testid={testId}
          value={mixed ? MIXED : value}
          onChange={(e) => {
            setError(onCommit(e.target.value));
          }}
        >
          {mixed && (
            <option value={MIXED} disabled>
              (mixed)
            </option>
          )}
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {emptyLabel === undefined && !mixed && value === '' && <option value="">—</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
