// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ConfirmDialog } from '../../src/ui/ConfirmDialog';

afterEach(cleanup);

function renderDialog() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      title="Delete “Larkspur”?"
      message="The map and its history will be gone."
      confirmLabel="Delete map"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { onConfirm, onCancel };
}

describe('ConfirmDialog', () => {
  it('asks as an alert dialog named by its title, with the message and both answers', () => {
    renderDialog();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Larkspur”?' });
    expect(dialog.getAttribute('data-testid')).toBe('confirm-dialog');
    expect(dialog.textContent).toContain('The map and its history will be gone.');
    expect(screen.getByTestId('confirm-ok').textContent).toBe('Delete map');
  });

  it('confirms only on the confirm button; Cancel and Escape cancel', () => {
    const { onConfirm, onCancel } = renderDialog();
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
