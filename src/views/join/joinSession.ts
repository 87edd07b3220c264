// A phone's side of a live workshop: finds the room by its join code, connects to the server on
// the page's own origin, reads the room's map and writes the phone's entries into its own
// document (kept in localStorage too, so nothing is lost offline or on a reload). Undo and Redo
// work on this phone's entries only (a Yjs UndoManager tracking local changes): undoing an added
// node deletes its entry, and the host then takes the node off the map. React reads it through
// `subscribe` / `getSnapshot`.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';

import { type Frequency, newId, newNodeId, newTieId, type NodeKind } from '../../model';
import { attachDoc, openSyncSocket, type SyncSocket } from '../../sync/client';
import { entriesMap, LOCAL_ORIGIN, metaMap, nextSeq, readEntries, readOutcomes, writeEntries } from '../../sync/deviceDoc';
import type { Entry, Outcome } from '../../sync/entries';
import type { PhoneMemory } from '../../sync/memory';
import { type PublishedMap, readMapDoc, type WorkshopSettings } from '../../sync/mapDoc';
import { deviceDocName, mapDocName, newDeviceKey, normaliseJoinCode } from '../../sync/protocol';

export type JoinStatus = 'connecting' | 'online' | 'offline' | 'ended' | 'removed';

export interface MineItem {
  readonly entry: Entry;
  readonly outcome: Outcome | undefined;
}

export interface JoinSnapshot {
  readonly status: JoinStatus;
  readonly title: string;
  readonly settings: WorkshopSettings | null;
  readonly map: PublishedMap;
  /** This phone's entries, newest first, each with the host's answer if there is one. */
  readonly mine: readonly MineItem[];
  /** Changes not yet confirmed by the server. */
  readonly unsynced: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly name: string;
}

const EMPTY_MAP: PublishedMap = { nodes: new Map(), ties: new Map() };

/** Ask the server which room a join code opens. */
export async function findRoom(code: string): Promise<{ roomId: string; title: string } | { error: string }> {
  try {
    const response = await fetch('/api/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: normaliseJoinCode(code) }) });
    const body = (await response.json()) as { roomId?: string; title?: string; error?: string };
    if (response.ok && typeof body.roomId === 'string') return { roomId: body.roomId, title: body.title ?? '' };
    return { error: body.error ?? 'That code did not work.' };
  } catch {
    return { error: 'Cannot reach the workshop. Is this phone on the room’s Wi-Fi?' };
  }
}

export class JoinSession {
  private readonly listeners = new Set<() => void>();
  private readonly sync: SyncSocket;
  private readonly mapDoc = new Y.Doc();
  private readonly deviceDoc = new Y.Doc();
  private readonly providers: HocuspocusProvider[];
  private readonly undoManager: Y.UndoManager;
  private status: JoinStatus = 'connecting';
  private unsynced = 0;
  private snapshot: JoinSnapshot;

  constructor(
    readonly roomId: string,
    readonly title: string,
    joinCode: string,
    memory: PhoneMemory,
  ) {
    const key = memory.deviceKey(newDeviceKey);
    const saved = memory.loadDeviceDoc(roomId);
    if (saved !== null) Y.applyUpdate(this.deviceDoc, saved, 'storage');
    this.deviceDoc.on('update', () => memory.saveDeviceDoc(roomId, Y.encodeStateAsUpdate(this.deviceDoc)));
    this.undoManager = new Y.UndoManager(entriesMap(this.deviceDoc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    this.sync = openSyncSocket({ origin: window.location.origin, who: { role: 'join', deviceKey: key, joinCode: normaliseJoinCode(joinCode) } });
    const onFailed = (reason: string) => this.end(reason === 'removed-by-host' ? 'removed' : 'ended');
    this.providers = [
      attachDoc(this.sync, mapDocName(roomId), this.mapDoc, { onAuthenticationFailed: onFailed }),
      attachDoc(this.sync, deviceDocName(roomId, key), this.deviceDoc, {
        onAuthenticationFailed: onFailed,
        onUnsyncedChanges: (n) => {
          this.unsynced = n;
          this.refresh();
        },
      }),
    ];
    this.sync.socket.on('status', ({ status }: { status: string }) => {
      if (this.status === 'ended' || this.status === 'removed') return;
      this.status = status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline';
      this.refresh();
    });
    // A phone that loses the room's Wi-Fi says so at once (rather than when the socket times out),
    // and tries again as soon as it is back.
    window.addEventListener('offline', this.handleOffline);
    window.addEventListener('online', this.handleOnline);
    this.mapDoc.on('update', () => this.refresh());
    this.deviceDoc.on('update', () => this.refresh());
    this.undoManager.on('stack-item-added', () => this.refresh());
    this.undoManager.on('stack-item-popped', () => this.refresh());
    this.snapshot = this.build();
  }

  private handleOffline = (): void => {
    this.sync.socket.webSocket?.close();
  };

  private handleOnline = (): void => {
    void this.sync.socket.connect();
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): JoinSnapshot => this.snapshot;

  private build(): JoinSnapshot {
    const ended = this.status === 'ended' || this.status === 'removed';
    const read = ended ? { settings: null, map: EMPTY_MAP } : readMapDoc(this.mapDoc);
    const outcomes = readOutcomes(this.deviceDoc);
    const mine = readEntries(this.deviceDoc)
      .flatMap((r) => (r.ok ? [{ entry: r.entry, outcome: outcomes.get(r.entry.id) }] : []))
      .sort((a, b) => b.entry.seq - a.entry.seq);
    const name = metaMap(this.deviceDoc).get('name');
    return {
      status: this.status,
      title: read.settings?.title ?? this.title,
      settings: read.settings,
      map: read.map,
      mine,
      unsynced: this.unsynced,
      canUndo: this.undoManager.canUndo(),
      canRedo: this.undoManager.canRedo(),
      name: typeof name === 'string' ? name : '',
    };
  }

  private refresh(): void {
    this.snapshot = this.build();
    for (const listener of this.listeners) listener();
  }

  private end(status: 'ended' | 'removed'): void {
    this.status = status;
    for (const provider of this.providers) provider.destroy();
    this.sync.socket.destroy();
    // Joiners keep only what they added: the room's map is dropped from this phone.
    this.mapDoc.destroy();
    this.refresh();
  }

  setName(name: string): void {
    this.deviceDoc.transact(() => metaMap(this.deviceDoc).set('name', name.trim().slice(0, 80)), 'meta');
  }

  /** Add a node; returns its id. */
  addNode(kind: NodeKind, label: string): string {
    const id = newNodeId();
    writeEntries(this.deviceDoc, [{ id: newId('e'), seq: nextSeq(this.deviceDoc), at: Date.now(), type: 'add-node', node: { id, kind, label } }]);
    return id;
  }

  /**
   * "I help X with …" (`give`) or "X helps me with …" (`receive`). The first time, the phone's
   * person ("me", labelled with its name) is added in the same step.
   */
  addTie(direction: 'give' | 'receive', otherId: string, careType: string, frequency: Frequency | undefined): void {
    const entries: Entry[] = [];
    let seq = nextSeq(this.deviceDoc);
    let me = metaMap(this.deviceDoc).get('me');
    const meKnown = typeof me === 'string' && this.snapshot.mine.some((m) => m.entry.type === 'add-node' && m.entry.node.id === me);
    if (!meKnown) {
      me = newNodeId();
      entries.push({ id: newId('e'), seq: seq++, at: Date.now(), type: 'add-node', node: { id: me as string, kind: 'person', label: this.snapshot.name || 'Me' } });
    }
    const [source, target] = direction === 'give' ? [me as string, otherId] : [otherId, me as string];
    entries.push({
      id: newId('e'),
      seq,
      at: Date.now(),
      type: 'add-tie',
      tie: { id: newTieId(), source, target, careTypes: careType === '' ? [] : [careType], ...(frequency !== undefined ? { frequency } : {}) },
    });
    this.deviceDoc.transact(() => {
      if (!meKnown) metaMap(this.deviceDoc).set('me', me);
      for (const entry of entries) entriesMap(this.deviceDoc).set(entry.id, entry);
    }, LOCAL_ORIGIN);
  }

  /** The id of the node that stands for this phone's person, if added. */
  meId(): string | null {
    const me = metaMap(this.deviceDoc).get('me');
    return typeof me === 'string' ? me : null;
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  destroy(): void {
    window.removeEventListener('offline', this.handleOffline);
    window.removeEventListener('online', this.handleOnline);
    for (const provider of this.providers) provider.destroy();
    this.sync.socket.destroy();
  }
}
