// Connecting to the live-workshop server: one websocket per page (the host's or a phone's), with
// each shared document attached to it as a Hocuspocus provider. Works in the browser and, given
// the `ws` package as `WebSocketPolyfill`, in Node (the load benchmark). Reconnecting after a
// dropped network is the provider's job: it retries with back-off and, once back, exchanges state
// vectors so edits made offline on either side are merged.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';

import { HOST_SOCKET_PATH, HOST_TOKEN_PREFIX, JOIN_SOCKET_PATH, JOIN_TOKEN_PREFIX } from './protocol';

export type SyncRole = { readonly role: 'host'; readonly hostToken: string } | { readonly role: 'join'; readonly deviceKey: string; readonly joinCode: string };

export interface SyncSocketOptions {
  /** The server's address, e.g. `http://192.168.1.20:4173` (a page passes its own origin). */
  readonly origin: string;
  readonly who: SyncRole;
  /** A WebSocket class for Node; browsers use their own. */
  readonly WebSocketPolyfill?: unknown;
}

export interface SyncSocket {
  readonly socket: HocuspocusProviderWebsocket;
  readonly who: SyncRole;
}

/** The websocket URL for a role: hosts and phones use different paths (and size limits). */
export function socketUrl(origin: string, who: SyncRole): string {
  const url = new URL(who.role === 'host' ? HOST_SOCKET_PATH : JOIN_SOCKET_PATH, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (who.role === 'join') url.searchParams.set('device', who.deviceKey);
  return url.toString();
}

export function openSyncSocket(options: SyncSocketOptions): SyncSocket {
  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl(options.origin, options.who),
    ...(options.WebSocketPolyfill !== undefined ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // Come back quickly after a dropped network: 0.5 s, then doubling up to 5 s.
    delay: 500,
    minDelay: 500,
    maxDelay: 5000,
  });
  return { socket, who: options.who };
}

export interface DocCallbacks {
  readonly onSynced?: () => void;
  readonly onAuthenticationFailed?: (reason: string) => void;
  readonly onStateless?: (payload: string) => void;
  readonly onUnsyncedChanges?: (count: number) => void;
}

/** Attach one shared document to the socket; the token says who is asking. */
export function attachDoc(sync: SyncSocket, name: string, doc: Y.Doc, callbacks: DocCallbacks = {}): HocuspocusProvider {
  const token = sync.who.role === 'host' ? HOST_TOKEN_PREFIX + sync.who.hostToken : JOIN_TOKEN_PREFIX + sync.who.joinCode;
  const provider = new HocuspocusProvider({
    websocketProvider: sync.socket,
    name,
    document: doc,
    token,
    onSynced: () => callbacks.onSynced?.(),
    onAuthenticationFailed: ({ reason }) => callbacks.onAuthenticationFailed?.(reason),
    onStateless: ({ payload }) => callbacks.onStateless?.(payload),
    onUnsyncedChanges: ({ number }) => callbacks.onUnsyncedChanges?.(number),
  });
  // A local awareness state keeps messages flowing both ways, which the provider's idle check
  // needs; it names no one.
  provider.setAwarenessField('here', true);
  provider.attach();
  return provider;
}
