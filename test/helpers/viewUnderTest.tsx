// Component tests of a view: each test mounts the view over a fresh store that holds one document,
// acts through the screen and reads the store directly. The store's clock is fixed.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';

import type { CareMap } from '../../src/model';
import { type AppStore, AppStoreProvider, createAppStore } from '../../src/store';

const VIEW_TEST_NOW = '2026-02-02T09:00:00.000Z';

/**
 * Call once at the top of a test file. `mount` renders `ui` inside the provider of a fresh store
 * holding `doc` (unmounted after each test); `st` and `doc` read the mounted store's state and
 * document.
 */
export function viewUnderTest() {
  let store: AppStore | null = null;
  afterEach(() => {
    cleanup();
    store = null;
  });
  const st = () => {
    if (store === null) throw new Error('no view is mounted');
    return store.getState();
  };
  return {
    mount(doc: CareMap, ui: ReactElement): void {
      store = createAppStore({ now: () => VIEW_TEST_NOW });
      store.getState().replaceDocument(doc);
      render(<AppStoreProvider value={store}>{ui}</AppStoreProvider>);
    },
    st,
    doc: () => st().document!,
  };
}
