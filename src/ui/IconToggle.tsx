// A button that turns something on or off (`aria-pressed`): its icon, with its name beside it
// where there is room (the name stays its accessible name when the text gives way to the icon).
// Knows nothing of the store: the view passes the state and what to do.
import { Icon, type IconName } from './Icon';

export interface IconToggleProps {
  readonly pressed: boolean;
  /** The visible and accessible name. */
  readonly label: string;
  readonly icon: IconName;
  readonly onToggle: (pressed: boolean) => void;
  readonly title?: string;
  readonly testId?: string;
  readonly disabled?: boolean;
  /** Class of the name's text: 'optional' gives way to the icon first in a narrow toolbar. */
  readonly textClass?: string;
}

export function IconToggle({ pressed, label, icon, onToggle, title, testId, disabled, textClass = 'optional' }: IconToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={label}
      title={title}
      data-testid={testId}
      disabled={disabled}
      onClick={() => onToggle(!pressed)}
    >
      <Icon name={icon} />
      <span className={textClass === '' ? 'button-text' : `button-text ${textClass}`}>{label}</span>
    </button>
  );
}
