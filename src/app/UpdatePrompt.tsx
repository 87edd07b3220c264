// The installable app's messages about itself: once the service worker has stored every file,
// that Carewealth now works offline on this device; and when a new version has been downloaded,
// that it is ready, with a button to switch to it (the page reloads; autosave flushes on the way).
// A new version never takes over unasked: someone may be mid-edit in a workshop. The offline
// notice goes by itself after a few seconds; the update prompt stays until answered.
import { useRegisterSW } from 'virtual:pwa-register/react';

import { Toast } from '../ui/Toast';

/** How long the one-time "works offline" notice stays (it asks nothing of anyone). */
const OFFLINE_NOTICE_MS = 8000;

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (needRefresh) {
    return (
      <Toast
        testId="update-ready"
        message="A new version of Carewealth is ready."
        actionLabel="Update now"
        onAction={() => void updateServiceWorker(true)}
        onDismiss={() => setNeedRefresh(false)}
      />
    );
  }
  if (offlineReady) {
    return (
      <Toast
        testId="offline-ready"
        message="Carewealth now works offline on this device."
        onDismiss={() => setOfflineReady(false)}
        closesAfterMs={OFFLINE_NOTICE_MS}
      />
    );
  }
  return null;
}
