// Asked when the file chosen with Open… (or dropped) is a locked backup: its passphrase. A wrong
// one is said plainly and the dialog stays, so the person can try again; the open map is not
// touched until the file is unlocked and read.
import { useState } from 'react';

import { Dialog } from '../ui/Dialog';
import { PassphraseInput } from './PassphraseInput';

export interface UnlockDialogProps {
  readonly fileName: string;
  /** Try a passphrase; resolves to null when it opened the file, else the message to show. */
  readonly onUnlock: (passphrase: string) => Promise<string | null>;
  readonly onCancel: () => void;
}

export function UnlockDialog({ fileName, onUnlock, onCancel }: UnlockDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title="Open a locked backup" onClose={onCancel} testId="unlock-dialog">
      <p>“{fileName}” is locked with a passphrase.</p>
      <form
        className="download-form"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          void onUnlock(passphrase).then((refusal) => {
            setBusy(false);
            setError(refusal);
          });
        }}
      >
        <PassphraseInput
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          testId="unlock-passphrase"
          autoComplete="current-password"
          invalid={error !== null}
          describedBy={error !== null ? 'unlock-error' : undefined}
        />
        {error !== null && (
          <p id="unlock-error" className="field-error" role="alert" data-testid="unlock-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || passphrase === ''}
            data-testid="unlock-open"
          >
            {busy ? 'Unlocking…' : 'Open'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
