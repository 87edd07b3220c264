// Whether the browser keeps Carewealth's storage (see persistence/storageKeep.ts), in a few words
// beside the save status (short enough not to be cut off in the top bar; the whole sentence is its
// tooltip), and, when it may clear it, a reminder to download a full backup of a map
// that was never backed up from here or changed since a backup a day old. "Not now" hides the
// reminder for this map until the page is opened again.
import { useEffect, useState } from 'react';

import { shouldRemindBackup } from '../persistence';
import { useAppStore } from '../store';
import { BackupDialog } from './BackupDialog';
import { useServices } from './services';

/** The few words shown in the top bar, and the whole sentence (its tooltip). */
const KEEP_TEXT = {
  kept: { short: 'Kept by this browser', full: 'Kept by this browser' },
  'may-be-cleared': { short: 'Storage at risk', full: 'This browser may clear its storage when space runs low' },
  unsupported: { short: 'Storage at risk', full: 'This browser may clear its storage when space runs low' },
} as const;

export function StorageStatus() {
  const keep = useAppStore((s) => s.storageKeep);
  if (keep === 'unknown') return null;
  return (
    <span
      className={`storage-keep ${keep === 'kept' ? 'kept' : 'at-risk'}`}
      data-testid="storage-keep"
      data-state={keep}
      title={KEEP_TEXT[keep].full}
    >
      {KEEP_TEXT[keep].short}
    </span>
  );
}

export function BackupReminder() {
  const services = useServices();
  const keep = useAppStore((s) => s.storageKeep);
  const mapId = useAppStore((s) => s.mapId);
  const title = useAppStore((s) => s.document?.meta.title ?? '');
  const updatedAt = useAppStore((s) => s.document?.meta.updatedAt ?? '');
  const lastBackup = useAppStore((s) => s.lastBackup);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState(false);

  useEffect(() => {
    if (mapId === null) return;
    let live = true;
    services.repo
      .getBackedUpAt(mapId)
      .then((at) => {
        if (live && at !== null) services.store.getState().setLastBackup({ mapId, at });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [mapId, services]);

  if (mapId === null || dismissed.has(mapId)) return null;
  const backedUpAt = lastBackup?.mapId === mapId ? lastBackup.at : null;
  if (!shouldRemindBackup(keep, backedUpAt, updatedAt, new Date().toISOString())) return null;
  return (
    <div className="backup-reminder" role="status" data-testid="backup-reminder">
      <span>
        This browser may delete your maps when it runs low on space. Download a full backup of “{title}” to
        keep it safe.
      </span>
      <button
        type="button"
        className="primary"
        data-testid="backup-reminder-download"
        onClick={() => setDialog(true)}
      >
        Download a full backup
      </button>
      <button
        type="button"
        data-testid="backup-reminder-dismiss"
        onClick={() => setDismissed((d) => new Set([...d, mapId]))}
      >
        Not now
      </button>
      {dialog && <BackupDialog onClose={() => setDialog(false)} />}
    </div>
  );
}
