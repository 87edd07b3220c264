// Renders a view's components over a fresh store that holds one document, so a component test can
// act through the screen and read the store directly. The store's clock is fixed.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import type { CareMap } from '../../src/model';
import { type AppStore, AppStoreProvider, createAppStore } from '../../src/store';

export const VIEW_TEST_NOW = '2026-02-02T09:00:00.000Z';

/** A fresh store holding `doc`, with `ui` rendered inside its provider. */
export function mountView(doc: CareMap, ui: ReactElement): AppStore {
  const store = createAppStore({ now: () => VIEW_TEST_NOW });
  store.getState().replaceDocument(doc);
  render(<AppStoreProvider value={store}>{ui}</AppStoreProvider>);
  return store;
}
