// What the live-workshop server and its clients agree on, apart from Yjs's own sync protocol:
// how rooms, devices and shared documents are named, what a join code looks like, where the
// websocket and the small HTTP API live, and the limits both sides keep. Shared by src/server
// (Node) and the browser pages; plain constants and string functions, nothing else.

/** A room id: ten lowercase letters and digits, made by the server when the host opens a room. */
export const ROOM_ID_PATTERN = /^[a-z0-9]{10}$/;

/**
 * A device key: a random secret each phone makes once and keeps. It names the device's own shared
 * document, so only that phone (and the host, who learns it from the server) can open it.
 */
export const DEVICE_KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * Join codes use letters and digits that cannot be mistaken for each other when read off a
 * projector or typed on a phone (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Normalise what a person typed as a join code: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** The websocket path for hosts (loopback only) and for joining devices. */
export const HOST_SOCKET_PATH = '/sync/host';
export const JOIN_SOCKET_PATH = '/sync/join';
/** The short path of the phone page (the QR code and the short address point here). */
export const JOIN_PAGE_PATH = '/j';

/** The room's one map document, written by the host and read by every device. */
export function mapDocName(roomId: string): string {
  return `${roomId}/map`;
}

/** A device's own document: its entries (written by the device) and their outcomes (by the host). */
export function deviceDocName(roomId: string, deviceKey: string): string {
  return `${roomId}/device/${deviceKey}`;
}

export type DocName =
  | { readonly kind: 'map'; readonly roomId: string }
  | { readonly kind: 'device'; readonly roomId: string; readonly deviceKey: string };

/** Read a document name back; null for anything that is not one of ours. */
export function parseDocName(name: string): DocName | null {
  const parts = name.split('/');
  const roomId = parts[0] ?? '';
  if (!ROOM_ID_PATTERN.test(roomId)) return null;
  if (parts.length === 2 && parts[1] === 'map') return { kind: 'map', roomId };
  const deviceKey = parts[2] ?? '';
  if (parts.length === 3 && parts[1] === 'device' && DEVICE_KEY_PATTERN.test(deviceKey)) {
    return { kind: 'device', roomId, deviceKey };
  }
  return null;
}

/** Tokens sent with each document: the host's secret, or the room's join code. */
export const HOST_TOKEN_PREFIX = 'host:';
export const JOIN_TOKEN_PREFIX = 'join:';

/** Limits the server keeps; the pages keep within them too. */
export const LIMITS = {
  /** Largest websocket message from a device (bytes); a bigger one closes its socket. */
  joinMessageBytes: 256 * 1024,
  /** Largest websocket message from the host (it publishes the whole map). */
  hostMessageBytes: 32 * 1024 * 1024,
  /** Messages a device may send in a burst, and how many a second refill the bucket. */
  joinBurst: 120,
  joinPerSecond: 30,
  /** Bytes of updates kept for one device document before the server refuses more. */
  deviceDocBytes: 4 * 1024 * 1024,
  /** Wrong join codes one address may try a minute before it must wait. */
  joinAttemptsPerMinute: 20,
  /** Devices one room accepts. */
  devicesPerRoom: 200,
} as const;

/** A new device key: 32 random base64url characters (192 bits). */
export function newDeviceKey(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
