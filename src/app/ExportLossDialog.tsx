// Asked before an export in a format that cannot hold the whole map: says exactly what the file
// will leave out (io's exportLosses) and offers the Carewealth file, which keeps everything.
import type { ExportLoss } from '../io';
import { Dialog } from '../ui/Dialog';

export interface ExportLossDialogProps {
  /** The format's name, e.g. "Kumu JSON". */
  readonly formatLabel: string;
  readonly losses: readonly ExportLoss[];
  readonly onExportAnyway: () => void;
  readonly onDownloadNative: () => void;
  readonly onCancel: () => void;
}

export function ExportLossDialog({ formatLabel, losses, onExportAnyway, onDownloadNative, onCancel }: ExportLossDialogProps) {
  return (
    <Dialog title={`Export as ${formatLabel}?`} onClose={onCancel} testId="export-loss-dialog" alert>
      <p>A {formatLabel} file cannot hold everything in this map. It will leave out:</p>
      <ul data-testid="export-loss-list">
        {losses.map((l) => (
          <li key={l.id}>{l.message}</li>
        ))}
      </ul>
      <p>A Carewealth map file keeps all of it, and Carewealth can export it again later.</p>
      <div className="dialog-actions stacked">
        <button type="button" className="primary" onClick={onDownloadNative} data-testid="export-loss-native">
          Download the Carewealth map instead
        </button>
        <button type="button" onClick={onExportAnyway} data-testid="export-loss-anyway">
          Export as {formatLabel} anyway
        </button>
        <button type="button" onClick={onCancel} data-testid="export-loss-cancel">
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
