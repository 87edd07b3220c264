// Asked after a file was read while a map is open: open it as a new map, or update this one —
// offering to take a snapshot of the map as it was first, so the update can be compared later.
import { useState } from 'react';

import { useAppStore } from '../store';
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
  const takeSnapshot = useAppStore((s) => s.takeSnapshot);
  const [snapshotFirst, setSnapshotFirst] = useState(true);
  const [refused, setRefused] = useState<string | null>(null);
  const handleUpdate = () => {
    if (snapshotFirst) {
      const taken = takeSnapshot({ label: `Before update from ${fileLabel}`.slice(0, 200), takenAt: new Date().toISOString().slice(0, 10), event: 'other' });
      if (!taken.ok) {
        setRefused(taken.reason);
        return;
      }
    }
    onUpdate();
  };
  return (
    <Dialog title={`Open ${fileLabel}`} onClose={onCancel} testId="import-dialog">
      <p>
        {fileLabel} holds “{doc.meta.title}” with {doc.nodes.length} nodes and {doc.ties.length} ties.
      </p>
      <div className="dialog-actions stacked">
        <button type="button" className="primary" onClick={onOpenAsNew} data-testid="import-open-new">
          Open as new map
        </button>
        <label className="inline">
          <input type="checkbox" checked={snapshotFirst} onChange={(e) => setSnapshotFirst(e.target.checked)} data-testid="import-snapshot-first" /> Take a snapshot of this map first (to compare later)
        </label>
        {refused !== null && <p role="alert">Could not take the snapshot: {refused}</p>}
        <button type="button" onClick={handleUpdate} data-testid="import-update">
          Update this map (“{currentTitle}”) — you can undo it
        </button>
        <button type="button" onClick={onCancel} data-testid="import-cancel">
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
