// The live-workshop server against real websocket clients on loopback: rooms only the host opens,
// join codes, phones that read the map but write only their own document, size limits, removing a
// device, closing a room, and documents that survive a restart of the server.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import type { RunningSyncServer } from '../../src/server/syncServer';
import type { SyncSocket } from '../../src/sync/client';
import { deviceDocName, JOIN_SOCKET_PATH, LIMITS, mapDocName, newDeviceKey } from '../../src/sync/protocol';
import { attach, openRoom, origin, socket, startServer, tempDataDir, until } from './harness';

let data: ReturnType<typeof tempDataDir>;
let server: RunningSyncServer;
const sockets: SyncSocket[] = [];

beforeEach(async () => {
  data = tempDataDir();
  server = await startServer(data.dir);
});

afterEach(async () => {
  // A socket closed while still connecting (a phone the server cut off, reconnecting) makes ws
  // raise an error nobody listens to any more: let each finish connecting first.
  const open = sockets.splice(0);
  await until(() => open.every((s) => s.socket.webSocket?.readyState !== WebSocket.CONNECTING), 3000, 'sockets to settle');
  for (const s of open) s.socket.destroy();
  await server.close();
  data.remove();
});

function track<T extends SyncSocket>(s: T): T {
  sockets.push(s);
  return s;
}

describe('the host API', () => {
  it('opens a room only for a loopback request from one of its own pages', async () => {
    const foreign = await fetch(`${origin(server)}/api/rooms`, { method: 'POST', headers: { Origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const room = await openRoom(server, 'Larkspur');
    expect(room.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(room.hostToken.length).toBeGreaterThan(30);
  });

  it('wants the host token for a room’s status, device removal and closing', async () => {
    const room = await openRoom(server);
    const url = `${origin(server)}/api/rooms/${room.roomId}`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(403);
    const status = await fetch(url, { headers: { Authorization: `Bearer ${room.hostToken}` } });
    expect(status.status).toBe(200);
    expect(((await status.json()) as { devices: unknown[] }).devices).toEqual([]);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(403);
  });

  it('finds a room by its join code, written in any case and with a dash', async () => {
    const room = await openRoom(server, 'Larkspur');
    const typed = `${room.joinCode.slice(0, 3).toLowerCase()}-${room.joinCode.slice(3)}`;
    const ok = await fetch(`${origin(server)}/api/join`, { method: 'POST', body: JSON.stringify({ code: typed }) });
    expect(await ok.json()).toEqual({ roomId: room.roomId, title: 'Larkspur' });
    const wrong = await fetch(`${origin(server)}/api/join`, { method: 'POST', body: JSON.stringify({ code: 'AAAAAA' }) });
    expect(wrong.status).toBe(404);
  });
});

describe('documents', () => {
  it('lets the host write the map and phones only read it', async () => {
    const room = await openRoom(server);
    const host = attach(track(socket(server, { role: 'host', hostToken: room.hostToken })), mapDocName(room.roomId));
    await host.synced;
    host.doc.getMap('nodes').set('n-1', { label: 'Maud' });

    const deviceKey = newDeviceKey();
    const phone = attach(track(socket(server, { role: 'join', deviceKey, joinCode: room.joinCode })), mapDocName(room.roomId));
    await phone.synced;
    await until(() => phone.doc.getMap('nodes').get('n-1') !== undefined, 5000, 'the map on the phone');
    phone.doc.getMap('nodes').set('n-2', { label: 'Forged' });
    await new Promise((r) => setTimeout(r, 300));
    expect(host.doc.getMap('nodes').has('n-2')).toBe(false);
  });

  it('lets a phone write its own document, which the host reads, and no other phone’s', async () => {
    const room = await openRoom(server);
    const key = newDeviceKey();
    const phoneSocket = track(socket(server, { role: 'join', deviceKey: key, joinCode: room.joinCode }));
    const own = attach(phoneSocket, deviceDocName(room.roomId, key));
    await own.synced;
    own.doc.getMap('entries').set('e-1', { type: 'node' });

    const host = attach(track(socket(server, { role: 'host', hostToken: room.hostToken })), deviceDocName(room.roomId, key));
    await host.synced;
    await until(() => host.doc.getMap('entries').has('e-1'), 5000, 'the entry on the host');

    const other = attach(phoneSocket, deviceDocName(room.roomId, newDeviceKey()));
    expect(await other.failed).toBe('not-your-device');
  });

  it('refuses a wrong join code and a closed room', async () => {
    const room = await openRoom(server);
    const wrong = attach(track(socket(server, { role: 'join', deviceKey: newDeviceKey(), joinCode: 'AAAAAA' })), mapDocName(room.roomId));
    expect(await wrong.failed).toBe('wrong-join-code');
    const fake = attach(track(socket(server, { role: 'host', hostToken: 'guess' })), mapDocName(room.roomId));
    expect(await fake.failed).toBe('not-the-host');
    const closed = attach(track(socket(server, { role: 'join', deviceKey: newDeviceKey(), joinCode: room.joinCode })), mapDocName('zzzzzzzzzz'));
    expect(await closed.failed).toBe('room-closed');
  });

  it('closes the socket of a phone that sends a message over the size limit, and keeps nothing of it', async () => {
    const room = await openRoom(server);
    const key = newDeviceKey();
    const phone = attach(track(socket(server, { role: 'join', deviceKey: key, joinCode: room.joinCode })), deviceDocName(room.roomId, key));
    await phone.synced;
    phone.doc.getMap('entries').set('e-big', { label: 'x'.repeat(LIMITS.joinMessageBytes + 10) });
    const host = attach(track(socket(server, { role: 'host', hostToken: room.hostToken })), deviceDocName(room.roomId, key));
    await host.synced;
    await new Promise((r) => setTimeout(r, 500));
    expect(host.doc.getMap('entries').has('e-big')).toBe(false);
  });

  it('refuses a websocket from a phone without a device key', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${JOIN_SOCKET_PATH}`);
    const outcome = await new Promise<string>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      ws.on('open', () => resolve('open'));
      ws.on('error', () => resolve('error'));
    });
    expect(outcome).toBe('400');
  });
});

describe('the host’s controls', () => {
  it('removes a device: its socket is closed and it cannot come back', async () => {
    const room = await openRoom(server);
    const key = newDeviceKey();
    const phone = attach(track(socket(server, { role: 'join', deviceKey: key, joinCode: room.joinCode })), mapDocName(room.roomId));
    await phone.synced;
    const removed = await fetch(`${origin(server)}/api/rooms/${room.roomId}/devices/${key}/remove`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${room.hostToken}` },
    });
    expect(removed.status).toBe(200);
    const again = attach(track(socket(server, { role: 'join', deviceKey: key, joinCode: room.joinCode })), deviceDocName(room.roomId, key));
    expect(await again.failed).toBe('removed-by-host');
  });

  it('closes a room: its documents are deleted and phones are turned away', async () => {
    const room = await openRoom(server);
    const host = attach(track(socket(server, { role: 'host', hostToken: room.hostToken })), mapDocName(room.roomId));
    await host.synced;
    host.doc.getMap('nodes').set('n-1', { label: 'Maud' });
    await until(() => existsSync(path.join(data.dir, room.roomId, 'map.ylog')), 5000, 'the map on disk');
    const closed = await fetch(`${origin(server)}/api/rooms/${room.roomId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.hostToken}` },
    });
    expect(closed.status).toBe(200);
    expect(readdirSync(data.dir)).toEqual(['rooms.json']);
    const phone = attach(track(socket(server, { role: 'join', deviceKey: newDeviceKey(), joinCode: room.joinCode })), mapDocName(room.roomId));
    expect(await phone.failed).toBe('room-closed');
  });
});

describe('persistence', () => {
  it('keeps every document across a restart of the server', async () => {
    const room = await openRoom(server);
    const key = newDeviceKey();
    const phoneSocket = track(socket(server, { role: 'join', deviceKey: key, joinCode: room.joinCode }));
    const phone = attach(phoneSocket, deviceDocName(room.roomId, key));
    await phone.synced;
    for (let i = 0; i < 20; i++) phone.doc.getMap('entries').set(`e-${i}`, { i });
    await until(() => phone.provider.unsyncedChanges === 0, 5000, 'the entries to reach the server');
    phoneSocket.socket.destroy();
    await server.close();

    server = await startServer(data.dir);
    const host = attach(track(socket(server, { role: 'host', hostToken: room.hostToken })), deviceDocName(room.roomId, key));
    await host.synced;
    expect([...host.doc.getMap('entries').keys()].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `e-${i}`).sort());
  });
});
