// Binds the edit lock (persistence/editLock.ts) to the store: whenever the open map changes, what
// is pending is saved and the new map is claimed; the lock's answers land in the store's
// `editAccess`, which refuses edits while another tab edits the map. A following tab reads each
// version the editing tab saved; a tab that becomes the editor after following reads the map from
// storage first, so it starts from the last version saved, not from what it was showing.
import {
  type Autosave,
  createEditLock,
  type EditAccess,
  type EditLock,
  type EditLockOptions,
  type MapRepository,
} from '../persistence';
import type { AppStore } from '../store';

type LockChoices = Pick<EditLockOptions, 'locks' | 'channel' | 'handOverTimeoutMs'>;

/** Read the open map back from storage and show it (this tab follows, or is about to edit). */
async function reload(store: AppStore, repo: MapRepository, mapId: string): Promise<void> {
  const loaded = await repo.loadMap(mapId);
  if (!loaded.ok || store.getState().mapId !== mapId) return;
  store.getState().followDocument(loaded.value);
}

export function bindEditLock(
  store: AppStore,
  repo: MapRepository,
  autosave: Autosave,
  choices: LockChoices = {},
): EditLock {
  // Answers are applied one after the other, so a reload finishes before a later answer lands.
  let queue: Promise<void> = Promise.resolve();
  const apply = (mapId: string, access: EditAccess) => {
    queue = queue.then(async () => {
      const state = store.getState();
      if (state.mapId !== mapId) return;
      if (access.state === 'editing' && state.editAccess.state === 'following')
        await reload(store, repo, mapId);
      if (store.getState().mapId === mapId) store.getState().setEditAccess(access);
    });
  };
  const lock = createEditLock({
    ...choices,
    onAccess: apply,
    onSaved: (mapId) => {
      queue = queue.then(() => reload(store, repo, mapId));
    },
    beforeHandOver: () => autosave.flush(),
  });

  let claimed = store.getState().mapId;
  lock.claim(claimed);
  store.subscribe((state) => {
    if (state.mapId === claimed) return;
    claimed = state.mapId;
    const mapId = claimed;
    // Edits to the new map are allowed while the answer comes (a few milliseconds); the previous
    // map's pending save is written before its lock goes, so a tab taking it over reads it.
    if (!lock.unsupported && mapId !== null) store.getState().setEditAccess({ state: 'checking' });
    void autosave.flush().finally(() => {
      if (claimed === mapId) lock.claim(mapId);
    });
  });
  return lock;
}
