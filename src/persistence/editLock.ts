// One tab at a time edits a map. Two tabs on one map would each autosave over the other, and the
// last save would win without a word. So a tab that opens a map asks the browser for that map's
// lock (Web Locks API, one lock per map id). The tab that holds it edits; any other tab opening the
// map follows it read-only: the editing tab announces every save on a BroadcastChannel, and the
// followers read the saved map back. A follower can take over on request: it asks the editing tab
// to hand over (that tab saves what is pending, turns read-only and lets the lock go) and, if the
// editing tab does not answer in time (frozen, or busy for seconds), takes the lock by force
// ("steal"). When the editing tab closes the map, a follower becomes the editor by itself.
// Browsers without Web Locks edit every tab as before (nothing can be coordinated there). This
// module knows nothing of the store or the document: the app binds it to both.
import { isRecord } from '../model';

/** Whether this tab may edit the open map. */
export type EditAccess =
  | { readonly state: 'editing' }
  /** Asking the browser whether another tab holds the map (a few milliseconds after opening). */
  | { readonly state: 'checking' }
  /** Another tab asked for the map: saving what is pending before letting it go (no more edits). */
  | { readonly state: 'handing-over' }
  | {
      readonly state: 'following';
      /** `other-tab`: another tab had it first; `taken-over`: another tab took it from this one. */
      readonly reason: 'other-tab' | 'taken-over';
    };

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface EditLockOptions {
  /** The lock manager; `navigator.locks` by default, null where there is none. */
  readonly locks?: LockManagerLike | null;
  /** The channel between tabs; a BroadcastChannel by default, null where there is none. */
  readonly channel?: ChannelLike | null;
  /** This tab's access to `mapId` changed. */
  readonly onAccess: (mapId: string, access: EditAccess) => void;
  /** The editing tab saved a new version of `mapId`, which this tab follows. */
  readonly onSaved: (mapId: string) => void;
  /** Asked to hand the map over: save whatever is pending first. */
  readonly beforeHandOver: () => Promise<void>;
  /** How long a take-over waits for the editing tab to hand over before taking the lock (ms). */
  readonly handOverTimeoutMs?: number;
}

export interface EditLock {
  /** The open map is now `mapId` (null: none). Lets the previous map go, then asks for this one. */
  claim(mapId: string | null): void;
  /** Edit here: ask the editing tab to hand over, and take the lock if it does not in time. */
  takeOver(): Promise<void>;
  /** Tell following tabs that `mapId` was saved. */
  announceSaved(mapId: string): void;
  /** False when another tab is known to edit `mapId`: a save from here would overwrite its work. */
  mayWrite(mapId: string): boolean;
  /** True where the browser cannot coordinate tabs (every tab edits). */
  readonly unsupported: boolean;
  /** Let go of everything and stop listening (tests; a page just closes, or calls `claim(null)`). */
  dispose(): void;
}

export const LOCK_PREFIX = 'carewealth-map:';
export const CHANNEL_NAME = 'carewealth-maps';
export const HAND_OVER_TIMEOUT_MS = 3000;

type Message = { type: 'saved' | 'hand-over' | 'released'; mapId: string };

function readMessage(data: unknown): Message | null {
  if (!isRecord(data) || typeof data.mapId !== 'string') return null;
  const { type } = data;
  return type === 'saved' || type === 'hand-over' || type === 'released' ? { type, mapId: data.mapId } : null;
}

function defaultLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks !== undefined ? navigator.locks : null;
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
}

interface Held {
  readonly mapId: string;
  access: EditAccess;
  /** Lets the lock go (resolves the callback holding it); a no-op when not holding. */
  release: () => void;
  /** Bumped on every request, so answers to an older request are ignored. */
  attempt: number;
}

export function createEditLock(options: EditLockOptions): EditLock {
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const channel = options.channel === undefined ? defaultChannel() : options.channel;
  const timeoutMs = options.handOverTimeoutMs ?? HAND_OVER_TIMEOUT_MS;
  let current: Held | null = null;
  let attempts = 0;

  function setAccess(held: Held, access: EditAccess): void {
    held.access = access;
    if (current === held) options.onAccess(held.mapId, access);
  }

  function post(message: Message): void {
    channel?.postMessage(message);
  }

  /**
   * Ask for the map's lock. With `ifAvailable` the answer comes at once (null when another tab has
   * it); otherwise the request waits, for `signal` to abort it or `steal` to force it.
   */
  /**
   * Ask for the map's lock; resolves true once this tab holds it, false when it was not granted
   * (another tab has it and `ifAvailable` was set, or `signal` aborted the wait). The lock is then
   * held until `held.release()` is called or another tab steals it.
   */
  function request(
    held: Held,
    how: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
  ): Promise<boolean> {
    if (locks === null) return Promise.resolve(false);
    const attempt = ++attempts;
    held.attempt = attempt;
    let release = () => {};
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    return new Promise<boolean>((answer) => {
      locks
        .request(LOCK_PREFIX + held.mapId, how, async (lock) => {
          if (lock === null || lock === undefined) {
            answer(false);
            return;
          }
          // Granted after this tab moved on (another map, or a newer request): let it go at once.
          if (current !== held || held.attempt !== attempt) {
            answer(false);
            return;
          }
          held.release = release;
          setAccess(held, { state: 'editing' });
          answer(true);
          await holding;
        })
        .catch(() => {
          answer(false);
          // Rejected: aborted while waiting (the caller decides), or stolen while held.
          if (current === held && held.attempt === attempt && held.access.state === 'editing') {
            held.release = () => {};
            setAccess(held, { state: 'following', reason: 'taken-over' });
          }
        });
    });
  }

  /**
   * Become the editor if no other tab is: at once on opening, or waiting a little when the editing
   * tab said it let go (its lock may take a moment to be free; several followers may ask).
   */
  async function tryToEdit(held: Held, wait = false): Promise<void> {
    const granted = await request(
      held,
      wait ? { signal: AbortSignal.timeout(timeoutMs) } : { ifAvailable: true },
    );
    if (!granted && current === held && held.access.state !== 'editing') {
      setAccess(held, {
        state: 'following',
        reason: held.access.state === 'following' ? held.access.reason : 'other-tab',
      });
    }
  }

  function letGo(held: Held, announce: boolean): void {
    const wasEditing = held.access.state === 'editing';
    held.attempt = -1;
    held.release();
    held.release = () => {};
    if (wasEditing && announce) post({ type: 'released', mapId: held.mapId });
  }

  async function handOver(held: Held): Promise<void> {
    setAccess(held, { state: 'handing-over' });
    try {
      await options.beforeHandOver();
    } finally {
      setAccess(held, { state: 'following', reason: 'taken-over' });
      held.attempt = -1;
      held.release();
      held.release = () => {};
    }
  }

  channel?.addEventListener('message', (event) => {
    const message = readMessage(event.data);
    const held = current;
    if (message === null || held === null || message.mapId !== held.mapId) return;
    if (message.type === 'saved' && held.access.state === 'following') options.onSaved(held.mapId);
    else if (message.type === 'hand-over' && held.access.state === 'editing') void handOver(held);
    else if (message.type === 'released' && held.access.state === 'following') void tryToEdit(held, true);
  });

  return {
    unsupported: locks === null,
    claim(mapId) {
      if (current?.mapId === mapId) return;
      if (current !== null) letGo(current, true);
      current = null;
      if (mapId === null) return;
      const held: Held = { mapId, access: { state: 'checking' }, release: () => {}, attempt: 0 };
      current = held;
      if (locks === null) {
        setAccess(held, { state: 'editing' });
        return;
      }
      setAccess(held, { state: 'checking' });
      void tryToEdit(held);
    },
    async takeOver() {
      const held = current;
      if (held === null || held.access.state !== 'following' || locks === null) return;
      post({ type: 'hand-over', mapId: held.mapId });
      const waited = await request(held, { signal: AbortSignal.timeout(timeoutMs) });
      if (waited || current !== held) return;
      await request(held, { steal: true });
    },
    announceSaved(mapId) {
      if (current?.mapId === mapId && current.access.state === 'editing') post({ type: 'saved', mapId });
    },
    mayWrite(mapId) {
      return !(current?.mapId === mapId && current.access.state === 'following');
    },
    dispose() {
      if (current !== null) letGo(current, true);
      current = null;
      channel?.close();
    },
  };
}
