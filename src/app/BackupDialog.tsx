// "Full backup…": the native file with everything in the map exactly as it is, for restoring it
// here or in another browser; optionally locked with a passphrase (typed twice, since a mistyped
// one would lock the person out of their own backup). Nothing is downloaded until the passphrase
// is accepted.
import { useState } from 'react';

import { MIN_PASSPHRASE_LENGTH } from '../io/locked';
import { useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { downloadFullBackup } from './mapActions';
import { PassphraseInput } from './PassphraseInput';
import { useServices } from './services';

export function BackupDialog({ onClose }: { readonly onClose: () => void }) {
  const services = useServices();
  const title = useAppStore((s) => s.document?.meta.title ?? '');
  const [lock, setLock] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleDownload() {
    if (lock && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      setError(`The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`);
      return;
    }
    if (lock && passphrase !== again) {
      setError('The two passphrases are not the same.');
      return;
    }
    setBusy(true);
    setError(null);
    const refusal = await downloadFullBackup(services, lock ? passphrase : undefined);
    setBusy(false);
    if (refusal === null) onClose();
    else setError(refusal);
  }

  return (
    <Dialog title="Full backup" onClose={onClose} testId="backup-dialog">
      <p>
        A full backup of “{title}” holds everything in it exactly as it is: exact places, notes, consent
        records, governance and survey records. Keep it somewhere safe; to restore it, choose Open… and pick
        the file.
      </p>
      <form
        className="download-form"
        onSubmit={(e) => {
          e.preventDefault();
          void handleDownload();
        }}
      >
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={lock}
            data-testid="backup-lock"
            onChange={(e) => {
              setLock(e.target.checked);
              setError(null);
            }}
          />
          Lock it with a passphrase
        </label>
        {lock && (
          <>
            <PassphraseInput
              label="Passphrase"
              value={passphrase}
              onChange={setPassphrase}
              testId="backup-passphrase"
              autoComplete="new-password"
              describedBy="backup-passphrase-hint"
            />
            <PassphraseInput
              label="Type it again"
              value={again}
              onChange={setAgain}
              testId="backup-passphrase-again"
              autoComplete="new-password"
            />
            <p id="backup-passphrase-hint" className="form-hint">
              At least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember and hard
              to guess. Without the passphrase nobody can open the file, not even you.
            </p>
          </>
        )}
        {error !== null && (
          <p className="field-error" role="alert" data-testid="backup-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="backup-download">
            {busy ? 'Locking…' : 'Download backup'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
