// A modal dialog from React Aria Components: labelled by its title, focus moved inside on open and
// given back on close, Tab kept inside, Escape or a press on the dimmed backdrop closes it (not
// for `alert` questions, which need an answer). Shown while mounted; knows nothing of the store.
import type { ReactNode } from 'react';
import { Button, Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

import { Icon } from './Icon';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly testId?: string;
  /** Role `alertdialog` for questions that need an answer (confirmations). */
  readonly alert?: boolean;
}

export function Dialog({ title, onClose, children, testId, alert = false }: DialogProps) {
  return (
    <ModalOverlay
      className="dialog-backdrop"
      isOpen
      isDismissable={!alert}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="dialog-modal">
        <AriaDialog className="dialog" role={alert ? 'alertdialog' : 'dialog'} data-testid={testId}>
          <div className="dialog-head">
            <Heading slot="title">{title}</Heading>
            <Button className="icon-button" aria-label="Close" onPress={onClose}>
              <Icon name="close" />
            </Button>
          </div>
          <div className="dialog-body">{children}</div>
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
