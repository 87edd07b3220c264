// The running app's one live-workshop host session, and a hook that reads its state.
import { useSyncExternalStore } from 'react';

import type { AppStore } from '../../store';
import type { HostMemory } from '../../sync/memory';
import { HostSession, type HostSnapshot } from './hostSession';

let running: { store: AppStore; session: HostSession } | null = null;

/** The host session for `store` (one per page), remembering its room in `memory`. */
export function hostSessionFor(store: AppStore, memory: HostMemory): HostSession {
  if (running === null || running.store !== store) running = { store, session: new HostSession(store, memory) };
  return running.session;
}

export function useHostSnapshot(session: HostSession): HostSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
