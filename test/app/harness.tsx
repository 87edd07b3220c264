// Renders app components with a fresh store, a fresh IndexedDB repository and autosave, so each
// component test starts from nothing and can inspect the store directly.
import 'fake-indexeddb/auto';

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { ServicesProvider, type AppServices } from '../../src/app/services';
import { createMapRepository } from '../../src/persistence';
import { AppStoreProvider, bindAutosave, createAppStore } from '../../src/store';

let counter = 0;

export function makeServices(): AppServices {
  const store = createAppStore({ now: () => '2026-02-02T09:00:00.000Z' });
  const repo = createMapRepository({
    dbName: `app-test-${Date.now()}-${++counter}`,
    now: () => '2026-02-02T09:00:00.000Z',
  });
  const { autosave } = bindAutosave(store, { save: (doc) => repo.saveMap(doc) });
  return { store, repo, autosave };
}

export function renderWith(services: AppServices, ui: ReactElement) {
  return render(
    <ServicesProvider value={services}>
      <AppStoreProvider value={services.store}>{ui}</AppStoreProvider>
    </ServicesProvider>,
  );
}
