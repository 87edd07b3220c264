// The top bar's way into a live workshop: a button that opens the live-workshop panel and, while
// a workshop runs, counts what arrived from phones since the panel was last looked at. Shown only
// when the page was served by the sync server (`npm start`), which is what phones connect to.
import { useEffect, useState } from 'react';

import { useAppStore, useAppStoreApi } from '../../store';
import type { HostMemory } from '../../sync/memory';
import { HostSession } from './hostSession';
import { LiveWorkshopPanel } from './LiveWorkshopPanel';
import { hostSessionFor, useHostSnapshot } from './useHostSession';

export function LiveWorkshopButton({ memory }: { readonly memory: HostMemory }) {
  const store = useAppStoreApi();
  const session = hostSessionFor(store, memory);
  const snap = useHostSnapshot(session);
  const [available, setAvailable] = useState(false);
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(0);
  const mapId = useAppStore((s) => s.mapId);

  useEffect(() => {
    let live = true;
    void HostSession.available().then((yes) => live && setAvailable(yes));
    return () => {
      live = false;
    };
  }, [session]);

  // A workshop saved in this browser carries on once its map is open (after a reload).
  useEffect(() => {
    if (available && mapId !== null) void session.resume();
  }, [available, mapId, session]);

  if (!available) return null;
  const fresh = snap.state === 'running' ? Math.max(0, snap.appliedTotal - seen) : 0;
  return (
    <>
      <button
        type="button"
        className={snap.state === 'running' ? 'live-button live-button-on' : 'live-button'}
        onClick={() => setOpen(true)}
        data-testid="live-workshop-button"
        aria-label={snap.state === 'running' ? `Live workshop running${fresh > 0 ? `, ${fresh} new from phones` : ''}` : 'Start a live workshop'}
      >
        {snap.state === 'running' ? 'Live' : 'Live workshop'}
        {fresh > 0 && (
          <span className="live-badge" data-testid="live-badge">
            {fresh}
          </span>
        )}
      </button>
      {open && (
        <LiveWorkshopPanel
          session={session}
          onClose={() => {
            setSeen(snap.appliedTotal);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
