// Undo and Redo, each saying what it would undo or redo ("Undo Delete 20 nodes").
import { selectRedoLabel, selectUndoLabel, useAppStore } from '../store';

export function UndoRedoButtons() {
  const undoLabel = useAppStore(selectUndoLabel);
  const redoLabel = useAppStore(selectRedoLabel);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <span className="undo-redo">
      <button
        type="button"
        disabled={undoLabel === null}
        onClick={() => undo()}
        title={undoLabel === null ? 'Nothing to undo' : `Undo ${undoLabel} (Ctrl+Z)`}
        data-testid="undo-button"
      >
        Undo{undoLabel !== null && <span className="step-label"> {undoLabel}</span>}
      </button>
      <button
        type="button"
        disabled={redoLabel === null}
        onClick={() => redo()}
        title={redoLabel === null ? 'Nothing to redo' : `Redo ${redoLabel} (Ctrl+Shift+Z)`}
        data-testid="redo-button"
      >
        Redo{redoLabel !== null && <span className="step-label"> {redoLabel}</span>}
      </button>
    </span>
  );
}
