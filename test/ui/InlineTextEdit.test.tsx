// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { InlineTextEdit } from '../../src/ui/InlineTextEdit';

afterEach(cleanup);

function input(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Map title' }) as HTMLInputElement;
}

describe('InlineTextEdit', () => {
  it('commits the new text on Enter and on leaving the field, not on each keystroke', () => {
    const onCommit = vi.fn(() => null);
    render(<InlineTextEdit label="Map title" value="Larkspur" onCommit={onCommit} />);
    fireEvent.change(input(), { target: { value: 'Larkspur Green' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('Larkspur Green');
    fireEvent.change(input(), { target: { value: 'Green Lane' } });
    fireEvent.blur(input());
    expect(onCommit).toHaveBeenLastCalledWith('Green Lane');
  });

  it('does not commit unchanged text, and Escape puts back the stored value', () => {
    const onCommit = vi.fn(() => null);
    render(<InlineTextEdit label="Map title" value="Larkspur" onCommit={onCommit} />);
    fireEvent.change(input(), { target: { value: 'Larkspur' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    fireEvent.change(input(), { target: { value: 'Typo' } });
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().value).toBe('Larkspur');
    fireEvent.blur(input());
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a refusal and marks the field invalid until it is focused again', () => {
    render(
      <InlineTextEdit label="Map title" value="Larkspur" onCommit={() => 'The title must not be empty.'} />,
    );
    fireEvent.change(input(), { target: { value: ' ' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('The title must not be empty.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    // The stored value is shown again; the message says why the edit did not stick.
    expect(input().value).toBe('Larkspur');
    fireEvent.focus(input());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('commits a draft when the page is closed', () => {
    const onCommit = vi.fn(() => null);
    render(<InlineTextEdit label="Map title" value="Larkspur" onCommit={onCommit} />);
    window.dispatchEvent(new Event('pagehide'));
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input(), { target: { value: 'Larkspur Green' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(onCommit).toHaveBeenCalledWith('Larkspur Green');
  });
});
