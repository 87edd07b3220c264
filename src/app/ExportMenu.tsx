// The two downloads of the open map: "Full backup…" (everything, exact, optionally locked with a
// passphrase) and "Copy to share…" (people only as their consent allows, in any format). Each
// opens its own dialog; what they write is decided in mapActions.ts.
import { useState } from 'react';

import { useAppStore } from '../store';
import { BackupDialog } from './BackupDialog';
import { ShareDialog } from './ShareDialog';

export function ExportMenu() {
  const hasMap = useAppStore((s) => s.document !== null);
  const [open, setOpen] = useState<'backup' | 'share' | null>(null);
  const close = () => setOpen(null);
  return (
    <span className="menu-wrap">
      <button type="button" disabled={!hasMap} onClick={() => setOpen('backup')} data-testid="backup-button">
        Full backup…
      </button>
      <button type="button" disabled={!hasMap} onClick={() => setOpen('share')} data-testid="export-button">
        Copy to share…
      </button>
      {open === 'backup' && <BackupDialog onClose={close} />}
      {open === 'share' && <ShareDialog onClose={close} />}
    </span>
  );
}
