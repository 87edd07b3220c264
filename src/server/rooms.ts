// The rooms the host has opened, kept in `rooms.json` in the data folder so a restarted server
// knows them again. Secrets are stored only as salted SHA-256 hashes: the join code (what phones
// type) and the host token (what proves a request comes from the host's own tab). A room also
// remembers the devices that joined it and which of them the host removed.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

import * as z from 'zod';

import { DEVICE_KEY_PATTERN, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, ROOM_ID_PATTERN } from '../sync/protocol';

const DeviceRecordSchema = z.object({ firstSeen: z.string(), blocked: z.boolean() });

const RoomRecordSchema = z.object({
  id: z.string().regex(ROOM_ID_PATTERN),
  title: z.string().max(200),
  salt: z.string(),
  joinCodeHash: z.string(),
  hostTokenHash: z.string(),
  createdAt: z.string(),
  devices: z.record(z.string().regex(DEVICE_KEY_PATTERN), DeviceRecordSchema),
});
export type RoomRecord = z.infer<typeof RoomRecordSchema>;

const RegistrySchema = z.object({ rooms: z.array(RoomRecordSchema) });

/** What the host gets back when it opens a room; the only time the secrets are given out. */
export interface OpenedRoom {
  readonly roomId: string;
  readonly joinCode: string;
  readonly hostToken: string;
}

function hash(salt: string, secret: string): string {
  return createHash('sha256').update(`${salt}:${secret}`).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

function randomCode(): string {
  let out = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) out += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return out;
}

function randomRoomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 10; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export class RoomRegistry {
  private rooms = new Map<string, RoomRecord>();
  private readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, 'rooms.json');
    mkdirSync(dataDir, { recursive: true });
    if (existsSync(this.file)) {
      const parsed = RegistrySchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (!parsed.success) throw new Error(`${this.file} is not a room list this server can read`);
      for (const room of parsed.data.rooms) this.rooms.set(room.id, room);
    }
  }

  /** The folder holding one room's documents. */
  roomDir(roomId: string): string {
    return path.join(this.dataDir, roomId);
  }

  get(roomId: string): RoomRecord | undefined {
    return this.rooms.get(roomId);
  }

  list(): RoomRecord[] {
    return [...this.rooms.values()];
  }

  open(title: string): OpenedRoom {
    let roomId = randomRoomId();
    while (this.rooms.has(roomId)) roomId = randomRoomId();
    // Join codes must tell rooms apart, since a phone finds its room by code alone.
    let joinCode = randomCode();
    while (this.findByJoinCode(joinCode) !== undefined) joinCode = randomCode();
    const hostToken = randomBytes(32).toString('base64url');
    const salt = randomBytes(16).toString('hex');
    this.rooms.set(roomId, {
      id: roomId,
      title: title.slice(0, 200),
      salt,
      joinCodeHash: hash(salt, joinCode),
      hostTokenHash: hash(salt, hostToken),
      createdAt: new Date().toISOString(),
      devices: {},
    });
    this.save();
    return { roomId, joinCode, hostToken };
  }

  /** Forget a room and delete its documents from disk. */
  close(roomId: string): boolean {
    if (!this.rooms.delete(roomId)) return false;
    this.save();
    rmSync(this.roomDir(roomId), { recursive: true, force: true });
    return true;
  }

  findByJoinCode(code: string): RoomRecord | undefined {
    return this.list().find((room) => sameHash(room.joinCodeHash, hash(room.salt, code)));
  }

  isJoinCode(roomId: string, code: string): boolean {
    const room = this.rooms.get(roomId);
    return room !== undefined && sameHash(room.joinCodeHash, hash(room.salt, code));
  }

  isHostToken(roomId: string, token: string): boolean {
    const room = this.rooms.get(roomId);
    return room !== undefined && sameHash(room.hostTokenHash, hash(room.salt, token));
  }

  /** Record a device the first time it joins; false when the room is full. */
  admitDevice(roomId: string, deviceKey: string, maxDevices: number): boolean {
    const room = this.rooms.get(roomId);
    if (room === undefined) return false;
    if (room.devices[deviceKey] !== undefined) return true;
    if (Object.keys(room.devices).length >= maxDevices) return false;
    room.devices[deviceKey] = { firstSeen: new Date().toISOString(), blocked: false };
    this.save();
    return true;
  }

  isBlocked(roomId: string, deviceKey: string): boolean {
    return this.rooms.get(roomId)?.devices[deviceKey]?.blocked === true;
  }

  block(roomId: string, deviceKey: string): boolean {
    const device = this.rooms.get(roomId)?.devices[deviceKey];
    if (device === undefined) return false;
    device.blocked = true;
    this.save();
    return true;
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify({ rooms: this.list() }, null, 2));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }
}
