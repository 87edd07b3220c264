// Undo and Redo, always in the top bar, of fixed width: the step they would take back or do again
// ("Undo Delete 20 nodes") is in their tooltip and accessible name, never in the button, so the
// bar never reflows mid-gesture. Large in workshop mode, where a touch table has no keyboard.
import { selectRedoLabel, selectUndoLabel, useAppStore } from '../store';
import { Icon } from '../ui/Icon';

export function UndoRedoButtons() {
  const undoLabel = useAppStore(selectUndoLabel);
  const redoLabel = useAppStore(selectRedoLabel);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="history-button"
        disabled={undoLabel === null}
        onClick={() => undo()}
        aria-label={undoLabel === null ? 'Undo' : `Undo ${undoLabel}`}
        title={undoLabel === null ? 'Nothing to undo' : `Undo ${undoLabel} (Ctrl+Z)`}
        data-testid="undo-button"
      >
        <Icon name="undo" />
        <span className="button-text">Undo</span>
      </button>
      <button
        type="button"
        className="history-button"
        disabled={redoLabel === null}
        onClick={() => redo()}
        aria-label={redoLabel === null ? 'Redo' : `Redo ${redoLabel}`}
        title={redoLabel === null ? 'Nothing to redo' : `Redo ${redoLabel} (Ctrl+Shift+Z)`}
        data-testid="redo-button"
      >
        <Icon name="redo" />
        <span className="button-text">Redo</span>
      </button>
    </div>
  );
}
