// The running app: the singleton store and storage, the start-up map, autosave flushed when the
// page is hidden, the offline app's update prompt, and the read-only test hook in test builds.
import { useEffect } from 'react';

import { AppStoreProvider } from '../store';
import { openStartMap } from './mapActions';
import { loadSampleMap } from './sample';
import { getAppServices, ServicesProvider } from './services';
import { Shell } from './Shell';
import { installTestHooks } from './testHooks';
import { UpdatePrompt } from './UpdatePrompt';

import './app.css';

let started = false;

export function App() {
  const services = getAppServices();

  useEffect(() => {
    // Start once per page, even if React runs effects twice in development.
    if (started) return;
    started = true;
    installTestHooks(services.store);
    void openStartMap(services, loadSampleMap);
  }, [services]);

  useEffect(() => {
    const flush = () => void services.autosave.flush();
    const handleVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', handleVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', handleVisibility);
    };
  }, [services]);

  return (
    <ServicesProvider value={services}>
      <AppStoreProvider value={services.store}>
        <Shell />
        <UpdatePrompt />
      </AppStoreProvider>
    </ServicesProvider>
  );
}
