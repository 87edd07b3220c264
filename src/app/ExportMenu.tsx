// The File menu's two downloads of the open map: "Full backup…" (everything, exact, optionally
// locked with a passphrase) and "Copy to share…" (people only as their consent allows, in any
// format). Each opens its own dialog, drawn outside the menu (which unmounts when it closes);
// what they write is decided in mapActions.ts.
import { useAppStore } from '../store';
import { MenuItem } from '../ui/Menu';
import { BackupDialog } from './BackupDialog';
import { ShareDialog } from './ShareDialog';

/** Which download's dialog is open. */
export type DownloadChoice = 'backup' | 'share';

export function ExportMenu({ onChoose }: { readonly onChoose: (choice: DownloadChoice) => void }) {
  const hasMap = useAppStore((s) => s.document !== null);
  return (
    <>
      <MenuItem isDisabled={!hasMap} onAction={() => onChoose('backup')} testId="backup-button">
        Full backup…
      </MenuItem>
      <MenuItem isDisabled={!hasMap} onAction={() => onChoose('share')} testId="export-button">
        Copy to share…
      </MenuItem>
    </>
  );
}

/** The dialog of the chosen download. */
export function DownloadDialog({ choice, onClose }: { readonly choice: DownloadChoice; readonly onClose: () => void }) {
  return choice === 'backup' ? <BackupDialog onClose={onClose} /> : <ShareDialog onClose={onClose} />;
}
