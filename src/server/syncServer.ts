// The live-workshop server: one HTTP port on this machine's loopback and private-network
// addresses that serves the built app, a small JSON API and the Yjs websocket (Hocuspocus).
//
// Who may do what:
// - Only the host machine opens, closes and removes devices from a room: those requests must come
//   from loopback, from a page of this server (Origin), and (all but opening) carry the room's host
//   token, which the server hands out once, to the request that opened the room. Loopback alone is
//   not enough: phones' pages can be opened on the host machine too (the browser tests do), and
//   any page in the host's browser can send requests to localhost.
// - A phone joins with the room's join code; it may read the room's map document and write only
//   its own device document. The host tab may read and write every document of its room.
// - Peers outside the local network are refused; messages are capped in size and rate; nothing is
//   sent to any other host.
// Every document change is appended to disk before the next message is handled (docLog.ts).
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';

import { type Connection, type Document, Hocuspocus } from '@hocuspocus/server';
import { type WebSocket, WebSocketServer } from 'ws';

import {
  DEVICE_KEY_PATTERN,
  HOST_SOCKET_PATH,
  HOST_TOKEN_PREFIX,
  JOIN_CODE_PATTERN,
  JOIN_SOCKET_PATH,
  JOIN_TOKEN_PREFIX,
  LIMITS,
  mapDocName,
  normaliseJoinCode,
  parseDocName,
  ROOM_ID_PATTERN,
} from '../sync/protocol';
import { DocLog } from './docLog';
import { isLocalPeer, isLoopback, lanAddresses } from './network';
import { RoomRegistry } from './rooms';
import { serveStatic } from './staticFiles';

export interface SyncServerOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** Addresses to bind; default: 127.0.0.1 and this machine's private-network IPv4 addresses. */
  readonly hosts?: readonly string[];
  /** The built app to serve (dist/), or null to serve no pages. */
  readonly distDir: string | null;
  /** Where rooms and their documents are kept. */
  readonly dataDir: string;
  /** False: serve the app only, with no rooms and no websocket. */
  readonly sync: boolean;
  readonly log?: (line: string) => void;
}

export interface RunningSyncServer {
  readonly port: number;
  /** The addresses bound, loopback first. */
  readonly hosts: readonly string[];
  close(): Promise<void>;
}

/** What the server knows about one socket, fixed when it connects. */
interface SocketContext {
  readonly role: 'host' | 'join';
  readonly deviceKey?: string;
  readonly address: string;
}

/** A device as the host sees it in the "who is connected" list. */
export interface DeviceStatus {
  readonly deviceKey: string;
  readonly connected: boolean;
  readonly removed: boolean;
  readonly firstSeen: string;
}

/** Refusals carry a reason and no message, so Hocuspocus sends the reason and logs nothing. */
const deny = (reason: string) => ({ reason });

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

async function readJson(request: IncomingMessage, maxBytes = 16 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** A token bucket: `take()` is false once a burst is spent faster than the refill. */
function tokenBucket(burst: number, perSecond: number): { take(): boolean } {
  let tokens = burst;
  let last = Date.now();
  return {
    take() {
      const now = Date.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Start the server; resolves once every address is listening. */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const log = options.log ?? (() => undefined);
  const registry = options.sync ? new RoomRegistry(options.dataDir) : null;
  const logs = new Map<string, DocLog>();
  const joinSockets = new Map<string, Set<WebSocket>>();
  const failedJoins = new Map<string, number[]>();

  function docLog(documentName: string): DocLog | null {
    const name = parseDocName(documentName);
    if (name === null || registry === null) return null;
    let entry = logs.get(documentName);
    if (entry === undefined) {
      const file = name.kind === 'map' ? 'map.ylog' : `device-${name.deviceKey}.ylog`;
      entry = new DocLog(path.join(registry.roomDir(name.roomId), file));
      logs.set(documentName, entry);
    }
    return entry;
  }

  /** Count a wrong join code; true when this address has tried too often in the last minute. */
  function tooManyFailures(address: string, failed: boolean): boolean {
    const now = Date.now();
    const recent = (failedJoins.get(address) ?? []).filter((t) => now - t < 60_000);
    if (failed) recent.push(now);
    failedJoins.set(address, recent);
    return recent.length > LIMITS.joinAttemptsPerMinute;
  }

  function roomDocuments(roomId: string): Document[] {
    return [...hocuspocus.documents.values()].filter((d) => d.name.startsWith(`${roomId}/`));
  }

  function deviceStatuses(roomId: string): DeviceStatus[] {
    const room = registry?.get(roomId);
    if (room === undefined) return [];
    const connected = new Set<string>();
    for (const doc of roomDocuments(roomId)) {
      for (const { connection } of doc.connections.values()) {
        const key = (connection.context as { deviceKey?: string }).deviceKey;
        if (key !== undefined) connected.add(key);
      }
    }
    return Object.entries(room.devices).map(([deviceKey, d]) => ({
      deviceKey,
      connected: connected.has(deviceKey) && !d.blocked,
      removed: d.blocked,
      firstSeen: d.firstSeen,
    }));
  }

  /** Tell the host tab(s) of a room who is connected, as a stateless message on the map doc. */
  function pushDevices(roomId: string): void {
    const map = hocuspocus.documents.get(mapDocName(roomId));
    if (map === undefined) return;
    const payload = JSON.stringify({ type: 'devices', devices: deviceStatuses(roomId) });
    for (const { connection } of map.connections.values()) {
      if ((connection.context as { isHost?: boolean }).isHost === true) connection.sendStateless(payload);
    }
  }

  function connectionsOf(documentName: string): Connection[] {
    const doc = hocuspocus.documents.get(documentName);
    return doc === undefined ? [] : [...doc.connections.values()].map((c) => c.connection);
  }

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Every update is appended as it arrives (onChange), so no debounced store is needed.
    debounce: 0,
    async onAuthenticate({ documentName, token, context, connectionConfig }) {
      const ctx = context as SocketContext;
      const name = parseDocName(documentName);
      if (name === null || registry === null) throw deny('no-such-document');
      const room = registry.get(name.roomId);
      if (room === undefined) throw deny('room-closed');
      if (ctx.role === 'host') {
        const secret = token.startsWith(HOST_TOKEN_PREFIX) ? token.slice(HOST_TOKEN_PREFIX.length) : '';
        if (!registry.isHostToken(name.roomId, secret)) throw deny('not-the-host');
        return { isHost: true, roomId: name.roomId };
      }
      const code = token.startsWith(JOIN_TOKEN_PREFIX) ? token.slice(JOIN_TOKEN_PREFIX.length) : '';
      const deviceKey = ctx.deviceKey ?? '';
      if (tooManyFailures(ctx.address, false)) throw deny('too-many-attempts');
      if (!registry.isJoinCode(name.roomId, code)) {
        tooManyFailures(ctx.address, true);
        throw deny('wrong-join-code');
      }
      if (registry.isBlocked(name.roomId, deviceKey)) throw deny('removed-by-host');
      if (name.kind === 'device' && name.deviceKey !== deviceKey) throw deny('not-your-device');
      if (!registry.admitDevice(name.roomId, deviceKey, LIMITS.devicesPerRoom)) throw deny('room-full');
      // Phones read the map; only the host writes it.
      if (name.kind === 'map') connectionConfig.readOnly = true;
      return { isHost: false, roomId: name.roomId, deviceKey };
    },
    async onLoadDocument({ documentName, document }) {
      docLog(documentName)?.loadInto(document);
    },
    async onChange({ documentName, update }) {
      const name = parseDocName(documentName);
      if (name === null || registry?.get(name.roomId) === undefined) return;
      docLog(documentName)?.append(update);
    },
    async beforeHandleMessage({ documentName, context }) {
      const ctx = context as { isHost?: boolean };
      if (ctx.isHost === true) return;
      const log = docLog(documentName);
      if (log !== null && log.size() > LIMITS.deviceDocBytes) throw deny('device-document-full');
    },
    async connected({ context }) {
      const ctx = context as { roomId?: string; isHost?: boolean };
      if (ctx.roomId !== undefined) pushDevices(ctx.roomId);
    },
    async onDisconnect({ context }) {
      const ctx = context as { roomId?: string };
      if (ctx.roomId !== undefined) pushDevices(ctx.roomId);
    },
  });

  // ------------------------------------------------------------------ websocket

  const hostWss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.hostMessageBytes });
  const joinWss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.joinMessageBytes });

  function refuseUpgrade(socket: Duplex, status: number): void {
    socket.write(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\n\r\n`);
    socket.destroy();
  }

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const address = request.socket.remoteAddress ?? '';
    if (registry === null || !isLocalPeer(address)) return refuseUpgrade(socket, 403);
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname === HOST_SOCKET_PATH) {
      if (!isLoopback(address)) return refuseUpgrade(socket, 403);
      hostWss.handleUpgrade(request, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        hocuspocus.handleConnection(ws, request, { role: 'host', address } satisfies SocketContext);
      });
      return;
    }
    if (url.pathname === JOIN_SOCKET_PATH) {
      const deviceKey = url.searchParams.get('device') ?? '';
      if (!DEVICE_KEY_PATTERN.test(deviceKey)) return refuseUpgrade(socket, 400);
      joinWss.handleUpgrade(request, socket, head, (ws) => {
        const bucket = tokenBucket(LIMITS.joinBurst, LIMITS.joinPerSecond);
        // Registered before Hocuspocus's own listener, so a flood is cut off at once.
        ws.on('message', () => {
          if (!bucket.take()) ws.close(1008, 'too many messages');
        });
        ws.on('error', () => ws.terminate());
        const sockets = joinSockets.get(deviceKey) ?? new Set<WebSocket>();
        sockets.add(ws);
        joinSockets.set(deviceKey, sockets);
        ws.once('close', () => sockets.delete(ws));
        hocuspocus.handleConnection(ws, request, { role: 'join', deviceKey, address } satisfies SocketContext);
      });
      return;
    }
    refuseUpgrade(socket, 404);
  }

  // ------------------------------------------------------------------ HTTP API

  /** Host requests: loopback, from one of this server's pages, with the room's host token. */
  function isHostRequest(request: IncomingMessage, port: number, roomId: string | null): boolean {
    if (!isLoopback(request.socket.remoteAddress)) return false;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      let host: string;
      try {
        const parsed = new URL(origin);
        host = parsed.hostname;
        if (Number(parsed.port || 80) !== port) return false;
      } catch {
        return false;
      }
      if (host !== 'localhost' && !isLoopback(host.replace(/^\[|\]$/g, ''))) return false;
    }
    if (roomId === null) return true;
    const auth = request.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    return registry?.isHostToken(roomId, token) === true;
  }

  function roomStatus(roomId: string, port: number) {
    const room = registry?.get(roomId);
    return {
      roomId,
      title: room?.title ?? '',
      port,
      addresses: hosts.filter((h) => !isLoopback(h) && h !== 'localhost').map((a) => `http://${a}:${port}`),
      devices: deviceStatuses(roomId),
    };
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, port: number): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const parts = url.pathname.split('/').filter(Boolean).slice(1);
    const method = request.method ?? 'GET';
    if (parts[0] === 'sync' && parts.length === 1 && method === 'GET') {
      return json(response, 200, { sync: registry !== null, host: isLoopback(request.socket.remoteAddress) });
    }
    if (registry === null) return json(response, 404, { error: 'This server runs without live workshops.' });

    if (parts[0] === 'join' && parts.length === 1 && method === 'POST') {
      const address = request.socket.remoteAddress ?? '';
      if (tooManyFailures(address, false)) return json(response, 429, { error: 'Too many tries. Wait a minute.' });
      const body = (await readJson(request)) as { code?: unknown };
      const code = typeof body.code === 'string' ? normaliseJoinCode(body.code) : '';
      const room = JOIN_CODE_PATTERN.test(code) ? registry.findByJoinCode(code) : undefined;
      if (room === undefined) {
        tooManyFailures(address, true);
        return json(response, 404, { error: 'No open workshop has that code.' });
      }
      return json(response, 200, { roomId: room.id, title: room.title });
    }

    if (parts[0] !== 'rooms') return json(response, 404, { error: 'Not found.' });
    const roomId = parts[1] ?? null;
    if (roomId !== null && !ROOM_ID_PATTERN.test(roomId)) return json(response, 404, { error: 'No such room.' });
    if (!isHostRequest(request, port, roomId)) return json(response, 403, { error: 'Only the host can do that.' });

    if (roomId === null && method === 'POST') {
      const body = (await readJson(request)) as { title?: unknown };
      const title = typeof body.title === 'string' ? body.title : 'Live workshop';
      const opened = registry.open(title);
      log(`room ${opened.roomId} opened`);
      return json(response, 201, { ...opened, ...roomStatus(opened.roomId, port) });
    }
    if (roomId === null || registry.get(roomId) === undefined) return json(response, 404, { error: 'No such room.' });
    if (parts.length === 2 && method === 'GET') return json(response, 200, roomStatus(roomId, port));
    if (parts.length === 2 && method === 'DELETE') {
      for (const doc of roomDocuments(roomId)) hocuspocus.closeConnections(doc.name);
      for (const name of [...logs.keys()]) if (name.startsWith(`${roomId}/`)) logs.delete(name);
      registry.close(roomId);
      log(`room ${roomId} closed; its documents were deleted`);
      return json(response, 200, { closed: true });
    }
    if (parts.length === 5 && parts[2] === 'devices' && parts[4] === 'remove' && method === 'POST') {
      const deviceKey = parts[3] ?? '';
      if (!registry.block(roomId, deviceKey)) return json(response, 404, { error: 'No such device.' });
      for (const ws of joinSockets.get(deviceKey) ?? []) ws.close(4403, 'removed by the host');
      for (const doc of roomDocuments(roomId)) {
        for (const connection of connectionsOf(doc.name)) {
          if ((connection.context as { deviceKey?: string }).deviceKey === deviceKey) connection.close();
        }
      }
      log(`room ${roomId}: a device was removed`);
      pushDevices(roomId);
      return json(response, 200, roomStatus(roomId, port));
    }
    return json(response, 404, { error: 'Not found.' });
  }

  // ------------------------------------------------------------------ listening

  const hosts = options.hosts ?? ['127.0.0.1', ...lanAddresses()];
  const servers: HttpServer[] = [];
  let port = options.port;
  for (const host of hosts) {
    const server = createServer((request, response) => {
      if (!isLocalPeer(request.socket.remoteAddress)) {
        response.writeHead(403).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://local');
      if (url.pathname.startsWith('/api/')) {
        handleApi(request, response, port).catch(() => {
          if (!response.headersSent) json(response, 400, { error: 'Bad request.' });
        });
        return;
      }
      if ((request.method === 'GET' || request.method === 'HEAD') && options.distDir !== null) {
        if (serveStatic(options.distDir, request, response)) return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
    server.on('upgrade', handleUpgrade);
    server.on('clientError', (_e, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    if (port === 0 && typeof address === 'object' && address !== null) port = address.port;
    servers.push(server);
  }

  return {
    port,
    hosts,
    async close() {
      hocuspocus.closeConnections();
      for (const ws of [...hostWss.clients, ...joinWss.clients]) ws.terminate();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
