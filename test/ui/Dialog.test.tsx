// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { Dialog } from '../../src/ui/Dialog';

afterEach(cleanup);

function Body() {
  return (
    <>
      <input aria-label="Name" />
      <button type="button" disabled>
        Off
      </button>
      <button type="button">Save</button>
    </>
  );
}

describe('Dialog', () => {
  it('is a modal dialog named by its title, and moves focus to its first control', () => {
    render(
      <Dialog title="Rename map" onClose={() => undefined} testId="rename">
        <Body />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Rename map' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('data-testid')).toBe('rename');
    // The close button comes first in the dialog's head.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('keeps Tab inside: past the last control to the first, Shift+Tab from the first to the last', () => {
    render(
      <Dialog title="Rename map" onClose={() => undefined}>
        <Body />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog');
    const close = screen.getByRole('button', { name: 'Close' });
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(save);
  });

  it('closes on Escape, on the close button and on a press on the backdrop, not inside', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Rename map" onClose={onClose}>
        <Body />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog');
    fireEvent.mouseDown(dialog);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.mouseDown(dialog.parentElement!);
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('gives focus back to where it was when it closes', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(
      <Dialog title="Rename map" onClose={() => undefined}>
        <Body />
      </Dialog>,
    );
    expect(document.activeElement).not.toBe(opener);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
