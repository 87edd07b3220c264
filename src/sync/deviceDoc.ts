// A phone's own shared document. Three top-level maps:
// - `entries` (written by the phone): entry id → entry (entries.ts); deleting one retracts it;
// - `outcomes` (written by the host): entry id → the host's answer;
// - `meta` (written by the phone): its display name and the id of the node that stands for "me".
// Only the phone and the host can open this document (the server checks), so no other phone can
// read, forge or delete what this one asked for.
import type * as Y from 'yjs';

import { type Entry, type Outcome, OutcomeSchema, parseEntry, type ReadEntry } from './entries';

export const ENTRIES = 'entries';
export const OUTCOMES = 'outcomes';
export const META = 'meta';

/** Transaction origin for the phone's own edits; its undo manager tracks only these. */
export const LOCAL_ORIGIN = 'carewealth-device';

export function entriesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ENTRIES);
}

export function outcomesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(OUTCOMES);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(META);
}

/** Every stored entry, parsed (in no particular order; planDevice sorts them). */
export function readEntries(doc: Y.Doc): ReadEntry[] {
  const out: ReadEntry[] = [];
  entriesMap(doc).forEach((value, key) => out.push(parseEntry(key, value)));
  return out;
}

/** The host's answers so far; values that do not parse are ignored (as if unanswered). */
export function readOutcomes(doc: Y.Doc): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  outcomesMap(doc).forEach((value, key) => {
    const parsed = OutcomeSchema.safeParse(value);
    if (parsed.success) out.set(key, parsed.data);
  });
  return out;
}

/** The next `seq` for a new entry on this phone. */
export function nextSeq(doc: Y.Doc): number {
  let max = -1;
  entriesMap(doc).forEach((value) => {
    const seq = (value as { seq?: unknown } | null)?.seq;
    if (typeof seq === 'number' && seq > max) max = seq;
  });
  return max + 1;
}

/** Write entries as one local change (one undo step on the phone). Mutates `doc`. */
export function writeEntries(doc: Y.Doc, entries: readonly Entry[]): void {
  doc.transact(() => {
    for (const entry of entries) entriesMap(doc).set(entry.id, entry);
  }, LOCAL_ORIGIN);
}

/** Record the host's answers in one transaction. Mutates `doc`. */
export function writeOutcomes(doc: Y.Doc, outcomes: ReadonlyMap<string, Outcome>, origin?: unknown): void {
  if (outcomes.size === 0) return;
  doc.transact(() => {
    for (const [id, outcome] of outcomes) outcomesMap(doc).set(id, outcome);
  }, origin);
}

/** The phone's display name, as it set it (for the host's list of devices). */
export function deviceName(doc: Y.Doc): string {
  const name = metaMap(doc).get('name');
  return typeof name === 'string' ? name.slice(0, 80) : '';
}
