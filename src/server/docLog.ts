// Keeps each shared document of a live workshop on disk, so stopping or killing the server loses
// nothing. A document is an append-only log of Yjs updates (each record: a 4-byte big-endian
// length, then the update), written synchronously before the next message is handled. Loading
// replays the log; a record cut short by a crash mid-write is dropped (its sender still holds it
// and sends it again on reconnect, as Yjs sync does). After loading, the log is compacted into one
// merged update, written to a temporary file, flushed and renamed over the old one.
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

import * as Y from 'yjs';

/** Split a log file's bytes into its records; a truncated last record is ignored. */
export function readRecords(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 4 <= bytes.byteLength) {
    const length = view.getUint32(at);
    if (at + 4 + length > bytes.byteLength) break;
    out.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

function record(update: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + update.byteLength);
  new DataView(out.buffer).setUint32(0, update.byteLength);
  out.set(update, 4);
  return out;
}

export class DocLog {
  constructor(readonly file: string) {}

  /** Bytes on disk (0 when the document has never been written). */
  size(): number {
    return existsSync(this.file) ? statSync(this.file).size : 0;
  }

  /** Apply everything stored to `doc`, then compact the file to one update. */
  loadInto(doc: Y.Doc): void {
    if (!existsSync(this.file)) return;
    const updates = readRecords(readFileSync(this.file));
    if (updates.length === 0) return;
    const merged = Y.mergeUpdates(updates);
    Y.applyUpdate(doc, merged, this);
    if (updates.length > 1) this.replace(Y.encodeStateAsUpdate(doc));
  }

  /** Append one update; synchronous, so it is on disk before the server handles anything else. */
  append(update: Uint8Array): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, record(update));
  }

  private replace(update: Uint8Array): void {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, record(update));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }

  remove(): void {
    rmSync(this.file, { force: true });
  }
}
