// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  it('is a modal dialog named by its title: the page behind is hidden and focus moves inside', async () => {
    const behind = document.createElement('button');
    document.body.append(behind);
    render(
      <Dialog title="Rename map" onClose={() => undefined} testId="rename">
        <Body />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Rename map' });
    expect(dialog.getAttribute('data-testid')).toBe('rename');
    // React Aria's modal hides everything outside it from assistive technology.
    await waitFor(() => expect(behind.closest('[aria-hidden="true"]')).not.toBeNull());
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    behind.remove();
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
    // React Aria hears a press outside as a pointer down and then a click.
    const press = (el: Element) => {
      fireEvent.pointerDown(el, { button: 0, pointerId: 1, pointerType: 'mouse' });
      fireEvent.click(el, { button: 0 });
    };
    press(dialog);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    press(document.querySelector('.dialog-backdrop')!);
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('gives focus back to where it was when it closes', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(
      <Dialog title="Rename map" onClose={() => undefined}>
        <Body />
      </Dialog>,
    );
    await waitFor(() => expect(document.activeElement).not.toBe(opener));
    unmount();
    await waitFor(() => expect(document.activeElement).toBe(opener));
    opener.remove();
  });
});
