// What the app shell needs besides the store: the My maps repository, the autosave bound to the
// store, and the lock that lets one tab at a time edit a map. Created once for the running app;
// component tests provide their own through the context.
import { createContext, useContext } from 'react';

import {
  type Autosave,
  createMapRepository,
  EditedElsewhereError,
  type EditLock,
  type EditLockOptions,
  type MapRepository,
  createRescue,
  type Rescue,
} from '../persistence';
import { type AppStore, appStore, bindAutosave } from '../store';
import { bindEditLock } from './tabs';

export interface AppServices {
  readonly store: AppStore;
  readonly repo: MapRepository;
  readonly autosave: Autosave;
  readonly editLock: EditLock;
  /** Copies of unsaved maps kept synchronously as the page goes away. */
  readonly rescue: Rescue;
}

export interface ServicesOptions {
  /** Web Locks and the channel between tabs; the browser's by default (tests pass fakes or null). */
  readonly locks?: EditLockOptions['locks'];
  readonly channel?: EditLockOptions['channel'];
  readonly handOverTimeoutMs?: number;
  /** Where rescue copies go; the browser's Web Storage by default (null: none). */
  readonly rescue?: Rescue;
}

/**
 * The services for one store and repository: autosave that never writes over a map another tab
 * is editing and tells the tabs following this one after each save, and the edit lock bound to the
 * store (see tabs.ts).
 */
export function createServices(
  store: AppStore,
  repo: MapRepository,
  options: ServicesOptions = {},
): AppServices {
  let editLock: EditLock | null = null;
  const { autosave } = bindAutosave(store, {
    save: async (doc) => {
      if (editLock !== null && !editLock.mayWrite(doc.id)) throw new EditedElsewhereError();
      const entry = await repo.saveMap(doc);
      editLock?.announceSaved(doc.id);
      return entry;
    },
  });
  editLock = bindEditLock(store, repo, autosave, options);
  return { store, repo, autosave, editLock, rescue: options.rescue ?? createRescue() };
}

let running: AppServices | null = null;

/** The running app's services: the singleton store, IndexedDB storage, autosave and the edit lock. */
export function getAppServices(): AppServices {
  running ??= createServices(appStore, createMapRepository());
  return running;
}

const ServicesContext = createContext<AppServices | null>(null);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices needs a ServicesProvider');
  return services;
}
