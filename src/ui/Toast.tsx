// A short message at the bottom of the screen with one action, e.g. "Deleted 3 nodes — Undo".
// Announced politely to screen readers; stays until dismissed or replaced.
export interface ToastProps {
  readonly message: string;
  readonly actionLabel?: string;
  readonly onAction?: () => void;
  readonly onDismiss: () => void;
  readonly testId?: string;
}

export function Toast({ message, actionLabel, onAction, onDismiss, testId = 'toast' }: ToastProps) {
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
