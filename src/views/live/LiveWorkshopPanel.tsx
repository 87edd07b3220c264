// The live-workshop panel on the shared screen. Before: what phones may do and how people are
// shown, and a Start button. During: the QR code, short address and join code; the rules
// (add only or edit, names or initials, locked); who is connected, with a way to remove a
// device; what arrived from phones (each can be shown on the map); and closing the room.
import { useState } from 'react';

import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { ArrivalList } from './ArrivalList';
import { DeviceList } from './DeviceList';
import type { HostSession } from './hostSession';
import { JoinCard } from './JoinCard';
import { useHostSnapshot } from './useHostSession';

import './live.css';

export interface LiveWorkshopPanelProps {
  readonly session: HostSession;
  readonly onClose: () => void;
}

export function LiveWorkshopPanel({ session, onClose }: LiveWorkshopPanelProps) {
  const snap = useHostSnapshot(session);
  const [mode, setMode] = useState<'add' | 'edit'>('add');
  const [labels, setLabels] = useState<'names' | 'initials'>('names');
  const [confirming, setConfirming] = useState(false);
  const settings = snap.settings;

  if (snap.state !== 'running' || snap.room === null || settings === null) {
    return (
      <Dialog title="Start a live workshop" onClose={onClose} testId="live-panel">
        <p>Everyone in the room adds to this map from their own phone, over this room’s Wi-Fi. Nothing goes to the internet.</p>
        <fieldset className="live-choice">
          <legend>Phones may</legend>
          <label>
            <input type="radio" name="live-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> add people, places and ties (and change only their own)
          </label>
          <label>
            <input type="radio" name="live-mode" checked={mode === 'edit'} onChange={() => setMode('edit')} data-testid="live-mode-edit" /> add, and change anything
          </label>
        </fieldset>
        <fieldset className="live-choice">
          <legend>Phones show people by</legend>
          <label>
            <input type="radio" name="live-labels" checked={labels === 'names'} onChange={() => setLabels('names')} /> name
          </label>
          <label>
            <input type="radio" name="live-labels" checked={labels === 'initials'} onChange={() => setLabels('initials')} data-testid="live-labels-initials" /> initials (paid staff by role)
          </label>
        </fieldset>
        {snap.error !== null && <p role="alert">{snap.error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={snap.state === 'starting'} onClick={() => void session.start({ mode, labels })} data-testid="live-start">
            {snap.state === 'starting' ? 'Starting…' : 'Start the live workshop'}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Live workshop" onClose={onClose} testId="live-panel">
      <div className="live-grid">
        <JoinCard room={snap.room} addresses={snap.addresses} />
        <div className="live-side">
          {!snap.mapOpen && <p role="alert">This workshop belongs to another map: open it again to take in what phones send.</p>}
          <fieldset className="live-choice">
            <legend>Rules</legend>
            <label>
              <input type="checkbox" checked={settings.locked} onChange={(e) => session.setSettings({ locked: e.target.checked })} data-testid="live-lock" /> Lock the map (phones
              can only look)
            </label>
            <label>
              <input type="checkbox" checked={settings.mode === 'edit'} onChange={(e) => session.setSettings({ mode: e.target.checked ? 'edit' : 'add' })} /> Phones may change
              anything, not only what they added
            </label>
            <label>
              <input
                type="checkbox"
                checked={settings.labels === 'initials'}
                onChange={(e) => session.setSettings({ labels: e.target.checked ? 'initials' : 'names' })}
                data-testid="live-initials"
              />{' '}
              Phones show people by initials
            </label>
          </fieldset>
          <DeviceList devices={snap.devices} onRemove={(key) => void session.removeDevice(key)} />
        </div>
      </div>
      <ArrivalList arrivals={snap.arrivals} devices={snap.devices} />
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="live-close-room">
          End the workshop
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Back to the map
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="End the live workshop?"
          message="Phones are disconnected and the room is deleted from this computer's server. Everything that arrived stays on your map; phones keep only what they added themselves."
          confirmLabel="End the workshop"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void session.close();
          }}
        />
      )}
    </Dialog>
  );
}
