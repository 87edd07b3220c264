// Stand-ins for the browser's Web Locks API and BroadcastChannel, shared by several "tabs" in one
// test, following the specification's rules: one holder per lock name, waiting requests granted
// in order when the holder's callback finishes, `ifAvailable` answered with null at once when the
// lock is held or asked for, `steal` granted at once (the old holder's request rejects with an
// AbortError), `signal` aborting a request still waiting. Messages reach every other channel of
// the same hub asynchronously, as structured clones.
import type { ChannelLike, LockManagerLike } from '../../src/persistence';

interface Holder {
  readonly token: object;
  readonly reject: (error: unknown) => void;
}

export class FakeLocks implements LockManagerLike {
  private readonly held = new Map<string, Holder>();
  private readonly waiting = new Map<string, (() => void)[]>();

  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        const token = {};
        this.held.set(name, { token, reject });
        void Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' }))
          .then(
            (value) => {
              this.finish(name, token);
              resolve(value);
            },
            (error: unknown) => {
              this.finish(name, token);
              reject(error);
            },
          );
      };
      const queue = this.waiting.get(name) ?? [];
      this.waiting.set(name, queue);
      if (options.steal === true) {
        const previous = this.held.get(name);
        this.held.delete(name);
        previous?.reject(new DOMException('The lock was stolen', 'AbortError'));
        grant();
      } else if (!this.held.has(name) && queue.length === 0) {
        grant();
      } else if (options.ifAvailable === true) {
        void Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject);
      } else {
        queue.push(grant);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(grant);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(new DOMException('The request was aborted', 'AbortError'));
        });
      }
    });
  }

  private finish(name: string, token: object): void {
    if (this.held.get(name)?.token !== token) return;
    this.held.delete(name);
    this.waiting.get(name)?.shift()?.();
  }
}

/** A BroadcastChannel hub: `open()` gives a channel; `deaf` channels never receive (a frozen tab). */
export function channelHub() {
  const members = new Set<{ listeners: ((e: { data: unknown }) => void)[]; deaf: boolean }>();
  return {
    open(deaf = false): ChannelLike {
      const me = { listeners: [] as ((e: { data: unknown }) => void)[], deaf };
      members.add(me);
      return {
        postMessage(message) {
          for (const other of members) {
            if (other === me || other.deaf) continue;
            const data = structuredClone(message);
            setTimeout(() => other.listeners.forEach((l) => l({ data })), 0);
          }
        },
        addEventListener(_type, listener) {
          me.listeners.push(listener);
        },
        close() {
          members.delete(me);
        },
      };
    },
  };
}
