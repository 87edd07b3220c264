// The running app: the singleton store and storage, the start-up map, the request that the browser
// keep storage, what happens when the page is hidden or goes away (pageLifecycle.ts), and the
// read-only test hook in test builds.
import { useEffect } from 'react';

import { requestStorageKeep } from '../persistence';
import { AppStoreProvider } from '../store';
import { openStartMap } from './mapActions';
import { bindPageLifecycle } from './pageLifecycle';
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

  useEffect(() => bindPageLifecycle(services), [services]);

  return (
    <ServicesProvider value={services}>
      <AppStoreProvider value={services.store}>
        <Shell />
      </AppStoreProvider>
    </ServicesProvider>
  );
}
