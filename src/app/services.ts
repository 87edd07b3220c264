// What the app shell needs besides the store: the My maps repository and the autosave bound to the
// store. Created once for the running app; component tests provide their own through the context.
import { createContext, useContext } from 'react';

import { type Autosave, createMapRepository, type MapRepository } from '../persistence';
import { type AppStore, appStore, bindAutosave } from '../store';

export interface AppServices {
  readonly store: AppStore;
  readonly repo: MapRepository;
  readonly autosave: Autosave;
}

let running: AppServices | null = null;

/** The running app's services: the singleton store, IndexedDB storage, autosave bound to the store. */
export function getAppServices(): AppServices {
  if (running === null) {
    const repo = createMapRepository();
    const { autosave } = bindAutosave(appStore, { save: (doc) => repo.saveMap(doc) });
    running = { store: appStore, repo, autosave };
  }
  return running;
}

const ServicesContext = createContext<AppServices | null>(null);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices needs a ServicesProvider');
  return services;
}
