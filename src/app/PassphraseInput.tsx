// A labelled passphrase box (typed characters hidden), as the backup and unlock dialogs ask for it.
export interface PassphraseInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
  /** `new-password` when choosing one (so managers offer to keep it), `current-password` to unlock. */
  readonly autoComplete: 'new-password' | 'current-password';
  readonly describedBy?: string;
  readonly invalid?: boolean;
}

export function PassphraseInput({
  label,
  value,
  onChange,
  testId,
  autoComplete,
  describedBy,
  invalid,
}: PassphraseInputProps) {
  return (
    <label>
      <span>{label}</span>
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        data-testid={testId}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
