// What a live workshop keeps in this browser's localStorage, apart from the map itself:
// - on the host: the open room (its id, join code and host token) for the map it belongs to, so a
//   reload of the host's tab carries on with the same room;
// - on a phone: its device key (made once) and its own shared document, so what it added while
//   offline survives a reload and is sent when it is back.
// Values are checked when read; anything unreadable counts as absent.
import { type HostMemory, type HostRoom, HostRoomSchema, type PhoneMemory } from '../sync/memory';

const HOST_KEY = 'carewealth.live.host';
const DEVICE_KEY = 'carewealth.live.device';
const deviceDocKey = (roomId: string) => `carewealth.live.doc.${roomId}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function loadHostRoom(): HostRoom | null {
  const text = storage()?.getItem(HOST_KEY);
  if (text == null) return null;
  try {
    const parsed = HostRoomSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function saveHostRoom(room: HostRoom | null): void {
  if (room === null) storage()?.removeItem(HOST_KEY);
  else storage()?.setItem(HOST_KEY, JSON.stringify(room));
}

/** This phone's device key, made by `make` the first time. */
function deviceKey(make: () => string): string {
  const store = storage();
  const existing = store?.getItem(DEVICE_KEY);
  if (existing != null && existing !== '') return existing;
  const key = make();
  store?.setItem(DEVICE_KEY, key);
  return key;
}

function loadDeviceDoc(roomId: string): Uint8Array | null {
  const text = storage()?.getItem(deviceDocKey(roomId));
  if (text == null) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function saveDeviceDoc(roomId: string, bytes: Uint8Array): void {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  try {
    storage()?.setItem(deviceDocKey(roomId), btoa(binary));
  } catch {
    // Storage full: the document stays in memory and on the server.
  }
}

/** The host's room, kept in this browser's localStorage. */
export const hostMemory: HostMemory = { load: loadHostRoom, save: saveHostRoom };

/** A phone's key and own document, kept in this browser's localStorage. */
export const phoneMemory: PhoneMemory = { deviceKey, loadDeviceDoc, saveDeviceDoc };
