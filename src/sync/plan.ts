// What the host should do about one phone's document, worked out from its entries and the
// outcomes recorded so far (both read from the shared document, so the plan is the same after
// the host's tab reloads or the server restarts): which applied entries the phone took back,
// which entries are new (or put back by a redo) and may be tried, and which are refused at once
// because they are not entries at all or the rules forbid them.
import { checkPermission, type Owned, type WorkshopRules } from './apply';
import type { Entry, Outcome, ReadEntry } from './entries';

export interface DevicePlan {
  /** Applied entries the phone deleted, newest first: their effect is to be undone. */
  readonly retract: readonly Entry[];
  /** Entries to try, in the phone's order. */
  readonly apply: readonly Entry[];
  /** Entry id → reason, for entries refused without touching the map. */
  readonly refuse: ReadonlyMap<string, string>;
}

/** The nodes and ties this phone added that the host applied (and the phone still keeps). */
export function ownedBy(outcomes: ReadonlyMap<string, Outcome>, present: ReadonlySet<string>): Owned {
  const nodeIds = new Set<string>();
  const tieIds = new Set<string>();
  for (const [id, outcome] of outcomes) {
    if (outcome.state !== 'applied' || !present.has(id)) continue;
    if (outcome.entry?.type === 'add-node') nodeIds.add(outcome.entry.node.id);
    if (outcome.entry?.type === 'add-tie') tieIds.add(outcome.entry.tie.id);
  }
  return { nodeIds, tieIds };
}

/** Plan the host's next step for one phone. Pure. */
export function planDevice(entries: readonly ReadEntry[], outcomes: ReadonlyMap<string, Outcome>, rules: WorkshopRules): DevicePlan {
  const present = new Set(entries.map((r) => (r.ok ? r.entry.id : r.id)));
  const retract = [...outcomes]
    .filter(([id, o]) => o.state === 'applied' && o.entry !== undefined && !present.has(id))
    .map(([, o]) => o.entry as Entry)
    .sort((a, b) => b.seq - a.seq);

  const owned = ownedBy(outcomes, present);
  const nodeIds = new Set(owned.nodeIds);
  const tieIds = new Set(owned.tieIds);
  const apply: Entry[] = [];
  const refuse = new Map<string, string>();
  const seq = (r: ReadEntry) => (r.ok ? r.entry.seq : Number.MAX_SAFE_INTEGER);
  for (const read of [...entries].sort((a, b) => seq(a) - seq(b))) {
    const id = read.ok ? read.entry.id : read.id;
    const outcome = outcomes.get(id);
    if (outcome !== undefined && outcome.state !== 'retracted') continue;
    if (!read.ok) {
      refuse.set(id, read.reason);
      continue;
    }
    const entry = read.entry;
    const denied = checkPermission(entry, rules, { nodeIds, tieIds });
    if (denied !== null) {
      refuse.set(id, denied);
      continue;
    }
    // A node or tie added earlier in this same batch is the phone's own for the edits after it.
    if (entry.type === 'add-node') nodeIds.add(entry.node.id);
    if (entry.type === 'add-tie') tieIds.add(entry.tie.id);
    apply.push(entry);
  }
  return { retract, apply, refuse };
}
