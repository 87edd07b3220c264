// Undo and Redo, always in the top bar, of fixed width: the step they would take back or do again
// ("Undo Delete 20 nodes") is in their tooltip and accessible name, never in the button, so the
// bar never reflows mid-gesture. Large in workshop mode, where a touch table has no keyboard.
import { selectRedoLabel, selectUndoLabel, useAppStore } from '../store';
import { Icon } from '../ui/Icon';

interface HistoryButtonProps {
  readonly verb: 'Undo' | 'Redo';
  /** The step it would take back or do again, or null when there is none. */
  readonly step: string | null;
  readonly shortcut: string;
  readonly onPress: () => void;
}

function HistoryButton({ verb, step, shortcut, onPress }: HistoryButtonProps) {
  const lower = verb === 'Undo' ? 'undo' : 'redo';
  return (
    <button
      type="button"
      className="history-button"
      disabled={step === null}
      onClick={onPress}
      aria-label={step === null ? verb : `${verb} ${step}`}
      title={step === null ? `Nothing to ${lower}` : `${verb} ${step} (${shortcut})`}
      data-testid={`${lower}-button`}
    >
      <Icon name={lower} />
      <span className="button-text">{verb}</span>
    </button>
  );
}

export function UndoRedoButtons() {
  const undoLabel = useAppStore(selectUndoLabel);
  const redoLabel = useAppStore(selectRedoLabel);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <HistoryButton verb="Undo" step={undoLabel} shortcut="Ctrl+Z" onPress={() => undo()} />
      <HistoryButton verb="Redo" step={redoLabel} shortcut="Ctrl+Shift+Z" onPress={() => redo()} />
    </div>
  );
}
