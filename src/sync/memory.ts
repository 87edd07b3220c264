// What a live workshop keeps between page loads, as the pages need it: the host's open room (so a
// reload carries on with it), and a phone's device key and own document (so what it added offline
// survives a reload). The browser's storage implements both (persistence/liveStorage.ts); the app
// and the phone page hand them to the sessions, which never touch storage themselves.
import * as z from 'zod';

export const HostRoomSchema = z.object({
  mapId: z.string(),
  roomId: z.string(),
  joinCode: z.string(),
  hostToken: z.string(),
});
/** The room a host opened for a map, with the token only that host holds. */
export type HostRoom = z.infer<typeof HostRoomSchema>;

export interface HostMemory {
  load(): HostRoom | null;
  /** Remember the room; null forgets it (the workshop ended). */
  save(room: HostRoom | null): void;
}

export interface PhoneMemory {
  /** This phone's device key, made by `make` the first time. */
  deviceKey(make: () => string): string;
  loadDeviceDoc(roomId: string): Uint8Array | null;
  saveDeviceDoc(roomId: string, bytes: Uint8Array): void;
}
