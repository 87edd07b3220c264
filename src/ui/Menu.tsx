// Menus from React Aria Components: a button that opens a menu of actions, items, sections and
// notes. The library gives every menu the keyboard (arrow keys, Home/End, typing a
// letter, Enter, Escape), returns focus to the button on close, closes on a press outside, and
// keeps one menu open at a time; on touch a press is a tap, with no hover left behind. Knows
// nothing of the store: views pass the actions in.
import type { ReactNode } from 'react';
import {
  Button,
  Header,
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  MenuSection as AriaMenuSection,
  MenuTrigger,
  Popover,
} from 'react-aria-components';

import { Icon, type IconName } from './Icon';

export interface MenuButtonProps {
  /** The button's visible text; also its accessible name unless `ariaLabel` is given. */
  readonly label: string;
  readonly icon?: IconName;
  /** Show only the icon (the label stays the accessible name and the tooltip). */
  readonly iconOnly?: boolean;
  readonly ariaLabel?: string;
  readonly testId?: string;
  readonly isDisabled?: boolean;
  readonly className?: string;
  /** The menu's own accessible name (default: the label). */
  readonly menuLabel?: string;
  readonly children: ReactNode;
}

/** A button with a chevron that opens a menu of `MenuItem`s below it. */
export function MenuButton({
  label,
  icon,
  iconOnly = false,
  ariaLabel,
  testId,
  isDisabled,
  className,
  menuLabel,
  children,
}: MenuButtonProps) {
  return (
    <MenuTrigger>
      <Button
        className={`menu-button${className === undefined ? '' : ` ${className}`}`}
        aria-label={ariaLabel ?? label}
        data-testid={testId}
        isDisabled={isDisabled}
      >
        {icon !== undefined && <Icon name={icon} />}
        {!iconOnly && <span className="button-text">{label}</span>}
        <Icon name="chevron" size={16} />
      </Button>
      <Popover className="menu-popover" placement="bottom start" offset={4}>
        <AriaMenu className="menu" aria-label={menuLabel ?? label}>
          {children}
        </AriaMenu>
      </Popover>
    </MenuTrigger>
  );
}

export interface MenuItemProps {
  readonly children: ReactNode;
  readonly onAction?: () => void;
  readonly testId?: string;
  readonly isDisabled?: boolean;
  /** The item's text for typing-to-find and screen readers, when `children` is not plain text. */
  readonly textValue?: string;
}

export function MenuItem({ children, onAction, testId, isDisabled, textValue }: MenuItemProps) {
  return (
    <AriaMenuItem
      className="menu-item"
      onAction={onAction}
      data-testid={testId}
      isDisabled={isDisabled}
      textValue={textValue ?? (typeof children === 'string' ? children : undefined)}
    >
      {children}
    </AriaMenuItem>
  );
}

/** A titled group of items; `note` is a line of help under the title. */
export function MenuSection({
  title,
  note,
  noteTestId,
  children,
}: {
  readonly title?: string;
  readonly note?: string;
  readonly noteTestId?: string;
  readonly children: ReactNode;
}) {
  return (
    <AriaMenuSection className="menu-section">
      {(title !== undefined || note !== undefined) && (
        <Header className="menu-header">
          {title !== undefined && <span className="menu-title">{title}</span>}
          {note !== undefined && (
            <span className="menu-note" data-testid={noteTestId}>
              {note}
            </span>
          )}
        </Header>
      )}
      {children}
    </AriaMenuSection>
  );
}
