// Helpers for the server tests: a sync server on a free loopback port with a temporary data
// folder, the host API called as the host tab would, and providers connected from Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { startSyncServer, type RunningSyncServer } from '../../src/server/syncServer';
import { attachDoc, openSyncSocket, type SyncRole, type SyncSocket } from '../../src/sync/client';

export interface OpenedRoomReply {
  roomId: string;
  joinCode: string;
  hostToken: string;
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'carewealth-sync-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(dataDir: string, port = 0): Promise<RunningSyncServer> {
  return startSyncServer({ port, hosts: ['127.0.0.1'], distDir: null, dataDir, sync: true });
}

export const origin = (server: RunningSyncServer) => `http://127.0.0.1:${server.port}`;

export async function openRoom(server: RunningSyncServer, title = 'Test workshop'): Promise<OpenedRoomReply> {
  const response = await fetch(`${origin(server)}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin(server) },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`opening a room answered ${response.status}`);
  return (await response.json()) as OpenedRoomReply;
}

export function socket(server: RunningSyncServer, who: SyncRole): SyncSocket {
  return openSyncSocket({ origin: origin(server), who, WebSocketPolyfill: WebSocket });
}

export interface Attached {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
  failed: Promise<string>;
}

export function attach(sync: SyncSocket, name: string, doc = new Y.Doc()): Attached {
  let resolveSynced: () => void = () => undefined;
  let resolveFailed: (reason: string) => void = () => undefined;
  const synced = new Promise<void>((r) => (resolveSynced = r));
  const failed = new Promise<string>((r) => (resolveFailed = r));
  const provider = attachDoc(sync, name, doc, { onSynced: resolveSynced, onAuthenticationFailed: resolveFailed });
  return { doc, provider, synced, failed };
}

/** Poll until `check` passes or `ms` run out. */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
