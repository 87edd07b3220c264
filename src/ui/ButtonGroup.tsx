// One choice among a few, shown as a row of buttons: the view switch, the table's tabs, the pointer
// tool, a new node's kind. As radios (a setting) or tabs (each shows a panel); the chosen button
// is marked for assistive technology (`aria-checked` / `aria-selected`), and the arrow keys,
// Home and End move the choice along the row as they do in any radio group or tab list.
import type { KeyboardEvent, ReactNode } from 'react';

export interface ButtonGroupOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
  /** The accessible name, when `label` may show only an icon. */
  readonly ariaLabel?: string;
  /** Tooltip, e.g. what a tool does. */
  readonly title?: string;
  readonly testId?: string;
  /** The button's id (tabs that a panel names in `aria-labelledby`). */
  readonly id?: string;
}

export interface ButtonGroupProps<T extends string> {
  /** The group's accessible name, e.g. "View". */
  readonly label: string;
  readonly options: readonly ButtonGroupOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** `radio` for a setting (the default), `tab` for buttons that switch a panel. */
  readonly kind?: 'radio' | 'tab';
  /** For tabs: the id of the panel they control. */
  readonly controls?: string;
  readonly className?: string;
}

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function ButtonGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  kind = 'radio',
  controls,
  className,
}: ButtonGroupProps<T>) {
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const here = options.findIndex((o) => o.value === value);
    const step = STEP[event.key];
    let next: number;
    if (step !== undefined) next = (here + step + options.length) % options.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    else return;
    event.preventDefault();
    event.stopPropagation();
    const option = options[next];
    if (option === undefined) return;
    onChange(option.value);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div
      className={className}
      role={kind === 'tab' ? 'tablist' : 'radiogroup'}
      aria-label={label}
      onKeyDown={handleKeyDown}
    >
      {options.map((o) => {
        const chosen = o.value === value;
        return (
          <button
            key={o.value}
            type="button"
            id={o.id}
            role={kind}
            {...(kind === 'tab' ? { 'aria-selected': chosen, 'aria-controls': controls } : { 'aria-checked': chosen })}
            aria-label={o.ariaLabel}
            title={o.title}
            data-testid={o.testId}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
