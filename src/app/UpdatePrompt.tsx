// The installable app's messages about itself: once the service worker has stored every file,
// that Carewealth now works offline on this device; and when a new version has been downloaded,
// that it is ready, with a button to switch to it (the page reloads; autosave flushes on the way).
// A new version never takes over unasked: someone may be mid-edit in a workshop.
import { useRegisterSW } from 'virtual:pwa-register/react';

import { Toast } from '../ui/Toast';

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
      />
    );
  }
  return null;
}
