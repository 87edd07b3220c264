// Asked after a file was read while a map is open: open it as a new map, or update this one.
import { Dialog } from '../ui/Dialog';
import type { PendingImport } from './useImport';

export interface ImportChoiceDialogProps {
  readonly pending: PendingImport;
  readonly currentTitle: string;
  readonly onOpenAsNew: () => void;
  readonly onUpdate: () => void;
  readonly onCancel: () => void;
}

export function ImportChoiceDialog({
  pending,
  currentTitle,
  onOpenAsNew,
  onUpdate,
  onCancel,
}: ImportChoiceDialogProps) {
  const { doc, fileLabel } = pending;
  return (
    <Dialog title={`Open ${fileLabel}`} onClose={onCancel} testId="import-dialog">
      <p>
        {fileLabel} holds “{doc.meta.title}” with {doc.nodes.length} nodes and {doc.ties.length} ties.
      </p>
      <div className="dialog-actions stacked">
        <button type="button" className="primary" onClick={onOpenAsNew} data-testid="import-open-new">
          Open as new map
        </button>
        <button type="button" onClick={onUpdate} data-testid="import-update">
          Update this map (“{currentTitle}”) — you can undo it
        </button>
        <button type="button" onClick={onCancel} data-testid="import-cancel">
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
