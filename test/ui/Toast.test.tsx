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

describe('Toast that closes by itself', () => {
  afterEach(() => vi.useRealTimers());

  it('dismisses itself after closesAfterMs, once, and not before', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { rerender } = render(<Toast message="Works offline" onDismiss={onDismiss} closesAfterMs={8000} />);
    vi.advanceTimersByTime(5000);
    // A re-render with a new handler (as a parent's render makes) does not restart the countdown.
    rerender(<Toast message="Works offline" onDismiss={onDismiss} closesAfterMs={8000} />);
    vi.advanceTimersByTime(2999);
    expect(onDismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('stays without closesAfterMs', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(<Toast message="Deleted 3 nodes" actionLabel="Undo" onAction={() => undefined} onDismiss={onDismiss} />);
    vi.advanceTimersByTime(60_000);
    expect(onDismiss).not.toHaveBeenCalled();
  });
});
