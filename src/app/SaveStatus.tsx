// Whether the open map is safely stored in this browser. A failure (a full disk, storage refused)
// stays visible until the next successful save and offers a full backup, which keeps the work safe.
import { useAppStore } from '../store';
import { downloadFullBackup } from './mapActions';
import { useServices } from './services';

export function SaveStatus() {
  const status = useAppStore((s) => s.persistence);
  const services = useServices();
  if (status.state === 'failed') {
    return (
      <div className="save-status failed" role="alert" data-testid="save-status" data-state="failed">
        <span>{status.message}</span>
        <button type="button" data-testid="save-status-backup" onClick={() => void downloadFullBackup(services)}>
          Download a full backup
        </button>
      </div>
    );
  }
  const text =
    status.state === 'saving' ? 'Saving…' : status.state === 'saved' ? 'Saved' : 'Saved in this browser';
  return (
    <div className="save-status" role="status" data-testid="save-status" data-state={status.state}>
      {status.state === 'idle' ? '' : text}
    </div>
  );
}
