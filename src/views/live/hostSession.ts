// The host's side of a live workshop, outside React: opens a room on the sync server this page
// was served by, publishes the open map to the room's map document (what phones see), attaches
// every phone's document as the server reports it, and answers each phone's entries through the
// sync model's host engine, i.e. through the store's `receive` action, only while the room's own
// map is the one open. It remembers the room (HostMemory: the app hands it the browser's storage) so a reload carries on. The panel
// reads it through `subscribe` / `getSnapshot`.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';

import type { CareMap } from '../../model';
import type { AppStore } from '../../store';
import { attachDoc, openSyncSocket, type SyncSocket } from '../../sync/client';
import { deviceName } from '../../sync/deviceDoc';
import { type Arrival, type DeviceDoc, HOST_ORIGIN, processDevices, type Receive } from '../../sync/hostEngine';
import { defaultSettings, publishedFrom, rulesOf, type WorkshopSettings, writeMapDoc } from '../../sync/mapDoc';
import type { HostMemory, HostRoom } from '../../sync/memory';
import { deviceDocName, mapDocName } from '../../sync/protocol';
import { withPlaces } from '../graph/placement';

export interface HostDevice {
  readonly deviceKey: string;
  readonly name: string;
  readonly connected: boolean;
  readonly removed: boolean;
}

export interface HostSnapshot {
  readonly state: 'idle' | 'starting' | 'running' | 'error';
  readonly error: string | null;
  readonly room: HostRoom | null;
  /** Addresses phones can reach this machine at (private network), e.g. `http://192.168.1.20:4173`. */
  readonly addresses: readonly string[];
  readonly settings: WorkshopSettings | null;
  readonly devices: readonly HostDevice[];
  /** Answered entries, newest first (the last 200). */
  readonly arrivals: readonly Arrival[];
  /** How many entries were added to the map since the workshop started here. */
  readonly appliedTotal: number;
  /** False while another map than the room's is open: nothing is applied until it is back. */
  readonly mapOpen: boolean;
}

interface ServerDevice {
  deviceKey: string;
  connected: boolean;
  removed: boolean;
}

/**
 * How long the host gathers phones' entries before answering them all in one change of the map
 * (ms): at most one redraw per tick however many phones send, and a hidden tab (no animation
 * frames) answers as soon as a shown one.
 */
const ARRIVAL_TICK_MS = 100;

/** How long after a change of the map it is published to phones (ms). */
const PUBLISH_WAIT_MS = 150;

const IDLE: HostSnapshot = { state: 'idle', error: null, room: null, addresses: [], settings: null, devices: [], arrivals: [], appliedTotal: 0, mapOpen: true };

interface DeviceLink {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
}

export class HostSession {
  private readonly listeners = new Set<() => void>();
  private snapshot: HostSnapshot = IDLE;
  private sync: SyncSocket | null = null;
  private mapDoc: Y.Doc | null = null;
  private mapProvider: HocuspocusProvider | null = null;
  private readonly links = new Map<string, DeviceLink>();
  private serverDevices: ServerDevice[] = [];
  private unsubscribe: (() => void) | null = null;
  private scheduled = new Set<string>();
  private pending: ReturnType<typeof setTimeout> | null = null;
  private publishTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: AppStore,
    private readonly memory: HostMemory,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HostSnapshot => this.snapshot;

  private update(patch: Partial<HostSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private document(): CareMap | null {
    const { document } = this.store.getState();
    return document !== null && document.id === this.snapshot.room?.mapId ? document : null;
  }

  /**
   * Whether this tab is the host now: the room's map is open and this tab edits it. A tab that
   * follows another tab's edits neither takes phones' entries nor publishes (the editing tab
   * does; this one shows the result once that tab has saved it).
   */
  private hosting(): boolean {
    return this.document() !== null && this.store.getState().editAccess.state === 'editing';
  }

  private async api(path: string, init: RequestInit = {}): Promise<Response> {
    const room = this.snapshot.room;
    return fetch(path, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(room !== null ? { Authorization: `Bearer ${room.hostToken}` } : {}) },
    });
  }

  /**
   * Whether this page was served by the sync server (not by `npm run dev`, `--no-sync` or a static
   * host). With no network at all (the installed app offline) there is no server to ask. Asked
   * beside the page, so an app published under a sub-path never asks the host's root.
   */
  static async available(): Promise<boolean> {
    if (!navigator.onLine) return false;
    try {
      const response = await fetch(new URL('api/sync', document.baseURI));
      return response.ok && ((await response.json()) as { sync?: boolean }).sync === true;
    } catch {
      return false;
    }
  }

  /** Carry on with the room saved in this browser, if it belongs to the open map. */
  async resume(): Promise<void> {
    const saved = this.memory.load();
    const doc = this.store.getState().document;
    if (saved === null || this.snapshot.state !== 'idle' || doc?.id !== saved.mapId) return;
    this.update({ state: 'starting', room: saved });
    const status = await this.api(`/api/rooms/${saved.roomId}`).catch(() => null);
    if (status === null || !status.ok) {
      // The room was closed (or the server forgot it): start afresh next time.
      this.memory.save(null);
      this.update(IDLE);
      return;
    }
    this.connect((await status.json()) as { addresses: string[]; devices: ServerDevice[] }, defaultSettings(doc));
  }

  /** Open a room for the open map and start taking entries from phones. */
  async start(choice: Pick<WorkshopSettings, 'mode' | 'labels'>): Promise<void> {
    const doc = this.store.getState().document;
    if (doc === null) return;
    this.update({ state: 'starting', error: null });
    try {
      const response = await fetch('/api/rooms', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: doc.meta.title }) });
      if (!response.ok) throw new Error(((await response.json()) as { error?: string }).error ?? `The server answered ${response.status}.`);
      const body = (await response.json()) as { roomId: string; joinCode: string; hostToken: string; addresses: string[]; devices: ServerDevice[] };
      const room: HostRoom = { mapId: doc.id, roomId: body.roomId, joinCode: body.joinCode, hostToken: body.hostToken };
      this.memory.save(room);
      this.update({ room });
      this.connect(body, { ...defaultSettings(doc), ...choice });
    } catch (e) {
      this.update({ state: 'error', error: e instanceof Error ? e.message : 'The workshop could not start.' });
    }
  }

  private connect(status: { addresses: string[]; devices: ServerDevice[] }, settings: WorkshopSettings): void {
    const room = this.snapshot.room;
    if (room === null) return;
    this.sync = openSyncSocket({ origin: window.location.origin, who: { role: 'host', hostToken: room.hostToken } });
    this.mapDoc = new Y.Doc();
    this.mapProvider = attachDoc(this.sync, mapDocName(room.roomId), this.mapDoc, {
      onSynced: () => {
        // Settings already in the room (after a reload) win over the defaults.
        const existing = this.mapDoc?.getMap<unknown>('settings').toJSON() as Partial<WorkshopSettings> | undefined;
        if (existing?.mode !== undefined) this.update({ settings: { ...settings, ...existing } });
        this.publish();
      },
      onStateless: (payload) => {
        const message = JSON.parse(payload) as { type?: string; devices?: ServerDevice[] };
        if (message.type === 'devices' && Array.isArray(message.devices)) this.setDevices(message.devices);
      },
    });
    this.unsubscribe = this.store.subscribe((state, previous) => {
      if (state.document !== previous.document) this.queuePublish();
      if (state.document?.id !== previous.document?.id || state.editAccess !== previous.editAccess) {
        this.update({ mapOpen: this.document() !== null });
        for (const key of this.links.keys()) this.schedule(key);
      }
    });
    this.update({ state: 'running', addresses: status.addresses, settings, mapOpen: this.document() !== null });
    this.setDevices(status.devices);
    if (__CAREWEALTH_TEST_HOOKS__) {
      Object.assign(window, { __carewealthLiveTimings: () => Object.fromEntries(this.timings) });
    }
  }

  private setDevices(devices: ServerDevice[]): void {
    const room = this.snapshot.room;
    if (room === null || this.sync === null) return;
    this.serverDevices = devices;
    for (const device of devices) {
      if (device.removed || this.links.has(device.deviceKey)) continue;
      const doc = new Y.Doc();
      const key = device.deviceKey;
      const provider = attachDoc(this.sync, deviceDocName(room.roomId, key), doc);
      doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== HOST_ORIGIN) this.schedule(key);
      });
      this.links.set(key, { doc, provider });
    }
    this.refreshDevices();
  }

  private refreshDevices(): void {
    this.update({
      devices: this.serverDevices.map((d) => ({ ...d, name: deviceName(this.links.get(d.deviceKey)?.doc ?? new Y.Doc()) })),
    });
  }

  /**
   * Answer phones' entries on a short tick (ARRIVAL_TICK_MS), once for everything that came in
   * meanwhile: one change of the map (one redraw, one analysis) per tick however many phones
   * sent, rather than one per animation frame, which at a busy workshop's rate meant a redraw of
   * the whole canvas for nearly every entry.
   */
  private schedule(deviceKey: string): void {
    this.scheduled.add(deviceKey);
    if (this.pending !== null) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.processScheduled();
    }, ARRIVAL_TICK_MS);
  }

  /**
   * The store's `receive`, with phones' new nodes placed beside their neighbours in the same
   * change: one store update (one redraw) per batch, where the graph would otherwise save their
   * places in a second.
   */
  private readonly receive: Receive = (label, produce) =>
    this.store.getState().receive(label, (doc) => {
      const produced = produce(doc);
      return produced.ok && produced.doc !== doc ? { ok: true, doc: withPlaces(produced.doc) } : produced;
    });

  private processScheduled(): void {
    const keys = [...this.scheduled];
    this.scheduled.clear();
    const settings = this.snapshot.settings;
    if (settings === null || !this.hosting()) return;
    const devices: DeviceDoc[] = keys.flatMap((key) => {
      const link = this.links.get(key);
      return link === undefined ? [] : [{ deviceKey: key, doc: link.doc }];
    });
    const fresh = processDevices(devices, rulesOf(settings), this.receive);
    this.refreshDevices();
    if (fresh.length > 0) {
      this.update({
        arrivals: [...fresh.reverse(), ...this.snapshot.arrivals].slice(0, 200),
        appliedTotal: this.snapshot.appliedTotal + fresh.filter((a) => a.state === 'applied').length,
      });
    }
    if (__CAREWEALTH_TEST_HOOKS__ && fresh.length > 0) this.recordTimings(fresh);
  }

  /** Test builds: when each entry was answered, and when the next frame after it began. */
  private readonly timings = new Map<string, { state: string; answered: number; frame: number }>();

  private recordTimings(fresh: readonly Arrival[]): void {
    requestAnimationFrame(() => {
      const frame = Date.now();
      for (const a of fresh) this.timings.set(a.entryId, { state: a.state, answered: a.at, frame });
    });
  }

  /**
   * Publish the map to phones a moment after it changed, once for a burst of changes: phones
   * need not see each arrival within a frame, and the host's screen comes first.
   */
  private queuePublish(): void {
    if (this.publishTimer !== null) return;
    this.publishTimer = setTimeout(() => {
      this.publishTimer = null;
      this.publish();
    }, PUBLISH_WAIT_MS);
  }

  private publish(): void {
    const doc = this.document();
    const settings = this.snapshot.settings;
    if (doc === null || !this.hosting() || settings === null || this.mapDoc === null) return;
    writeMapDoc(this.mapDoc, publishedFrom(doc, settings.labels), { ...settings, title: doc.meta.title });
  }

  /** Change what phones may do or how people are labelled; phones see it at once. */
  setSettings(patch: Partial<Pick<WorkshopSettings, 'mode' | 'locked' | 'labels'>>): void {
    const settings = this.snapshot.settings;
    if (settings === null) return;
    this.update({ settings: { ...settings, ...patch } });
    this.publish();
  }

  async removeDevice(deviceKey: string): Promise<void> {
    const room = this.snapshot.room;
    if (room === null) return;
    const response = await this.api(`/api/rooms/${room.roomId}/devices/${deviceKey}/remove`, { method: 'POST' });
    const link = this.links.get(deviceKey);
    link?.provider.destroy();
    this.links.delete(deviceKey);
    if (response.ok) this.setDevices(((await response.json()) as { devices: ServerDevice[] }).devices);
  }

  /**
   * End the workshop: the server deletes the room and turns phones away; the map keeps what
   * arrived (it is in the host's store like any edit).
   */
  async close(): Promise<void> {
    const room = this.snapshot.room;
    if (room !== null) await this.api(`/api/rooms/${room.roomId}`, { method: 'DELETE' }).catch(() => null);
    this.memory.save(null);
    this.store.getState().clearArrivalMarks();
    this.unsubscribe?.();
    if (this.publishTimer !== null) clearTimeout(this.publishTimer);
    this.publishTimer = null;
    for (const link of this.links.values()) link.provider.destroy();
    this.links.clear();
    this.mapProvider?.destroy();
    this.sync?.socket.destroy();
    this.sync = null;
    this.mapDoc = null;
    this.update(IDLE);
  }
}
