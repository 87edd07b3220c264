// A button that opens a panel beside it (filters, search), from React Aria Components: Escape or
// a press outside closes it, focus goes in on open and back to the button on close, and only one
// such panel or menu is open at a time. The panel gets a `close` to call from inside.
import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';

import { Icon, type IconName } from './Icon';

export interface PopoverButtonProps {
  /** The button's text, and the panel's accessible name unless `panelLabel` is given. */
  readonly label: ReactNode;
  readonly ariaLabel?: string;
  readonly icon?: IconName;
  readonly testId?: string;
  readonly panelLabel: string;
  readonly panelClassName?: string;
  readonly isOpen?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  readonly children: (close: () => void) => ReactNode;
}

export function PopoverButton({
  label,
  ariaLabel,
  icon,
  testId,
  panelLabel,
  panelClassName,
  isOpen,
  onOpenChange,
  children,
}: PopoverButtonProps) {
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <Button className="menu-button" aria-label={ariaLabel} data-testid={testId}>
        {icon !== undefined && <Icon name={icon} />}
        {label}
      </Button>
      <Popover className="panel-popover" placement="bottom end" offset={4}>
        <Dialog className={panelClassName} aria-label={panelLabel}>
          {({ close }) => children(close)}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
