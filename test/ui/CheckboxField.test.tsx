// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CheckboxField } from '../../src/ui/CheckboxField';

afterEach(cleanup);

describe('CheckboxField', () => {
  it('is labelled, shows its value, and commits the new value at once', () => {
    const onCommit = vi.fn(() => null);
    render(<CheckboxField label="Anchor" checked={false} testId="anchor" onCommit={onCommit} />);
    const box = screen.getByLabelText('Anchor') as HTMLInputElement;
    expect(box).toBe(screen.getByTestId('anchor'));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onCommit).toHaveBeenCalledWith(true);
  });

  it('shows "mixed" as the indeterminate state, and a click on it sets the value on everything', () => {
    const onCommit = vi.fn(() => null);
    render(<CheckboxField label="Anchor" checked mixed onCommit={onCommit} />);
    const box = screen.getByLabelText('Anchor') as HTMLInputElement;
    expect(box.indeterminate).toBe(true);
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-checked')).toBe('mixed');
    fireEvent.click(box);
    expect(onCommit).toHaveBeenCalledWith(true);
  });

  it('shows a refusal beside the box and marks it invalid, until a change succeeds', () => {
    const answers = ['Only collectives can be anchors.', null];
    render(<CheckboxField label="Anchor" checked={false} onCommit={() => answers.shift() ?? null} />);
    const box = screen.getByLabelText('Anchor');
    fireEvent.click(box);
    expect(screen.getByRole('alert').textContent).toBe('Only collectives can be anchors.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    fireEvent.click(box);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box.getAttribute('aria-invalid')).toBe('false');
  });
});
