// A short message at the bottom of the screen with one action, e.g. "Deleted 3 nodes — Undo".
// Announced politely to screen readers; stays until dismissed or replaced, unless it is only
// information (`closesAfterMs`): then it also goes by itself, so it never stands over the work.
import { useEffect, useRef } from 'react';

export interface ToastProps {
  readonly message: string;
  readonly actionLabel?: string;
  readonly onAction?: () => void;
  readonly onDismiss: () => void;
  readonly testId?: string;
  /** Dismiss by itself after this long (for a message with nothing to do). */
  readonly closesAfterMs?: number;
}

export function Toast({ message, actionLabel, onAction, onDismiss, testId = 'toast', closesAfterMs }: ToastProps) {
  // The latest onDismiss, so a parent's re-render does not restart the countdown.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  useEffect(() => {
    if (closesAfterMs === undefined) return undefined;
    const timer = setTimeout(() => dismiss.current(), closesAfterMs);
    return () => clearTimeout(timer);
  }, [closesAfterMs, message]);
  return (
    <div className="toast" role="status" data-testid={testId}>
      <span data-testid={`${testId}-message`}>{message}</span>
      {actionLabel !== undefined && onAction !== undefined && (
        <button type="button" data-testid={`${testId}-action`} onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
