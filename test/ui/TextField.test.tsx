// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { TextField } from '../../src/ui/TextField';

afterEach(cleanup);

describe('TextField', () => {
  it('edits a draft and commits it once, on Enter or on leaving the field', () => {
    const onCommit = vi.fn(() => null);
    render(<TextField label="Label" value="Maud" onCommit={onCommit} />);
    const input = screen.getByLabelText('Label') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Maude' } });
    fireEvent.change(input, { target: { value: 'Maud B.' } });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('Maud B.');
    fireEvent.change(input, { target: { value: 'M.' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenLastCalledWith('M.');
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('keeps a refused value in the field with its message, and Escape puts back the stored value', () => {
    render(<TextField label="Hours" value="2" testId="hours" onCommit={() => 'must be a number'} />);
    const input = screen.getByLabelText('Hours') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.blur(input);
    expect(input.value).toBe('lots');
    expect(screen.getByTestId('hours-field-error').textContent).toBe('must be a number');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not commit a value that was not changed', () => {
    const onCommit = vi.fn(() => null);
    render(<TextField label="Label" value="Maud" onCommit={onCommit} />);
    const input = screen.getByLabelText('Label');
    fireEvent.change(input, { target: { value: 'Maud' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('multiline: Enter makes a new line, Ctrl+Enter commits', () => {
    const onCommit = vi.fn(() => null);
    render(<TextField label="Notes" value="" multiline onCommit={onCommit} />);
    const area = screen.getByLabelText('Notes');
    expect(area.tagName).toBe('TEXTAREA');
    fireEvent.change(area, { target: { value: 'Line one\nLine two' } });
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    expect(onCommit).toHaveBeenCalledWith('Line one\nLine two');
  });

  it('shows records that differ as an empty field with a "mixed" placeholder', () => {
    const onCommit = vi.fn(() => null);
    render(<TextField label="Label" value="ignored" mixed placeholder="Name" onCommit={onCommit} />);
    const input = screen.getByLabelText('Label') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('mixed');
    fireEvent.change(input, { target: { value: 'Same for all' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith('Same for all');
  });

  it('commits a draft when the page is hidden or closed, and nothing when there is none', () => {
    const onCommit = vi.fn(() => null);
    render(<TextField label="Label" value="Maud" onCommit={onCommit} />);
    // jsdom keeps pages visible; an own property stands in for a hidden tab.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(onCommit).not.toHaveBeenCalled();
      fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'Maud E.' } });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(onCommit).toHaveBeenCalledWith('Maud E.');
      fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'Maud Ellis' } });
      window.dispatchEvent(new Event('pagehide'));
      expect(onCommit).toHaveBeenLastCalledWith('Maud Ellis');
      expect(onCommit).toHaveBeenCalledTimes(2);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
