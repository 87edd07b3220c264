// Renders app components with a fresh store, a fresh IndexedDB repository and autosave, so each
// component test starts from nothing and can inspect the store directly.
import 'fake-indexeddb/auto';

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import {
  type AppServices,
  createServices,
  ServicesProvider,
  type ServicesOptions,
} from '../../src/app/services';
import { createMapRepository, createRescue } from '../../src/persistence';
import { AppStoreProvider, createAppStore } from '../../src/store';

let counter = 0;

/**
 * Services over a fresh store and a fresh database (or `dbName`, to share one between two "tabs").
 * Without `locks` the edit lock is off (every tab edits), as in a browser without Web Locks.
 */
export function makeServices(options: ServicesOptions & { dbName?: string } = {}): AppServices {
  const store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
  const repo = createMapRepository({
    dbName: options.dbName ?? `app-test-${Date.now()}-${++counter}`,
    now: () => '2026-02-02T09:00:00.000Z',
  });
  return createServices(store, repo, { locks: null, channel: null, rescue: createRescue(null), ...options });
}

export function renderWith(services: AppServices, ui: ReactElement) {
  return render(
    <ServicesProvider value={services}>
      <AppStoreProvider value={services.store}>{ui}</AppStoreProvider>
    </ServicesProvider>,
  );
}
