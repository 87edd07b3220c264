// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { Toast } from '../../src/ui/Toast';

afterEach(cleanup);

describe('Toast', () => {
  it('announces its message politely and offers its one action and a dismiss button', () => {
    const onAction = vi.fn();
    const onDismiss = vi.fn();
    render(<Toast message="Deleted 3 nodes" actionLabel="Undo" onAction={onAction} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').getAttribute('data-testid')).toBe('toast');
    expect(screen.getByTestId('toast-message').textContent).toBe('Deleted 3 nodes');
    fireEvent.click(screen.getByTestId('toast-action'));
    expect(onAction).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows no action button without both a label and a handler', () => {
    render(<Toast message="Saved" actionLabel="Undo" onDismiss={() => undefined} testId="note" />);
    expect(screen.getByTestId('note-message').textContent).toBe('Saved');
    expect(screen.queryByTestId('note-action')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Dismiss message',
    ]);
  });
});
