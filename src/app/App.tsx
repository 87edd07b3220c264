// The running app: the singleton store and storage, the start-up map, the request that the browser
// keep storage, autosave flushed when the page is hidden (and the map let go for another tab when
// the page goes away), and the read-only test hook in test builds.
import { useEffect } from 'react';

import { requestStorageKeep } from '../persistence';
import { AppStoreProvider } from '../store';
import { openStartMap } from './mapActions';
import { loadSampleMap } from './sample';
import { getAppServices, ServicesProvider } from './services';
import { Shell } from './Shell';
import { installTestHooks } from './testHooks';

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
    void requestStorageKeep().then((keep) => services.store.getState().setStorageKeep(keep));
  }, [services]);

  useEffect(() => {
    const flush = () => void services.autosave.flush();
    const handleVisibility = () => document.visibilityState === 'hidden' && flush();
    // Save, then let another tab have the map; a page restored from the back-forward cache asks again.
    const handlePageHide = () => void services.autosave.flush().finally(() => services.editLock.claim(null));
    const handlePageShow = (event: PageTransitionEvent) =>
      event.persisted && services.editLock.claim(services.store.getState().mapId);
    window.addEventListener('pagehide', handlePageHide);
    window.addEventListener('pageshow', handlePageShow);
    document.addEventListener('visibilitychange', handleVisibility);
    return () => {
      window.removeEventListener('pagehide', handlePageHide);
      window.removeEventListener('pageshow', handlePageShow);
      document.removeEventListener('visibilitychange', handleVisibility);
    };
  }, [services]);

  return (
    <ServicesProvider value={services}>
      <AppStoreProvider value={services.store}>
        <Shell />
      </AppStoreProvider>
    </ServicesProvider>
  );
}
