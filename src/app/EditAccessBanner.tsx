// Said plainly when another tab is editing the open map: this tab shows that tab's changes as they
// are saved and cannot change the map; "Edit here" asks the other tab to hand over (it saves what
// is pending first) and, if it does not answer within a few seconds, takes over anyway.
import { useState } from 'react';

import { useAppStore } from '../store';
import { useServices } from './services';

export function EditAccessBanner() {
  const services = useServices();
  const access = useAppStore((s) => s.editAccess);
  const [asking, setAsking] = useState(false);
  if (access.state !== 'following') return null;
  const why =
    access.reason === 'taken-over'
      ? 'Another tab took over editing this map.'
      : 'This map is open for editing in another tab.';
  return (
    <div className="tab-banner" role="status" data-testid="edit-access-banner" data-reason={access.reason}>
      <span>{why} This tab shows its changes as they are saved, and cannot change the map.</span>
      <button
        type="button"
        className="primary"
        disabled={asking}
        data-testid="edit-here"
        onClick={() => {
          setAsking(true);
          void services.editLock.takeOver().finally(() => setAsking(false));
        }}
      >
        {asking ? 'Asking the other tab…' : 'Edit here'}
      </button>
    </div>
  );
}
