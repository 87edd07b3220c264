// Snapshots of a map over time (domain §7.4): taking one, deleting one, finding one by id or
// name, and reading one back as a map — either the map as it was (for comparing states) or a new
// map of its own. Pure: each takes a document and returns a new one or a value, sharing untouched
// parts with its input; the store wraps take and delete as undoable actions, and comparing
// states is the analysis layer's job (src/analysis/compare).
import { type SnapshotEvent } from './catalogues';
import { type MapId, newId, newMapId, type NodeId } from './ids';
import { fail, ok, problem, type Result } from './problems';
import { type CareMap, type Snapshot, SnapshotSchema } from './schema';

/** Most snapshots one map may hold (the schema's limit). */
export const MAX_SNAPSHOTS = 200;

/** What a person gives when taking a snapshot; the network itself is copied from the map. */
export interface SnapshotInput {
  readonly label: string;
  /** The day the map is in this state, `YYYY-MM-DD`. */
  readonly takenAt: string;
  readonly event?: SnapshotEvent;
  readonly note?: string;
  readonly author?: string;
  /** A fixed id (tests, samples); a fresh `snap-…` id otherwise. */
  readonly id?: string;
}

const SnapshotHeaderSchema = SnapshotSchema.pick({
  id: true,
  label: true,
  takenAt: true,
  event: true,
  note: true,
  author: true,
});

/** A snapshot's kind of event, 'other' when it does not say (snapshots from before events were kept). */
export function snapshotEvent(snapshot: Pick<Snapshot, 'event'>): SnapshotEvent {
  return snapshot.event ?? 'other';
}

/**
 * Take a snapshot of the map as it is: its nodes, ties, care-type list and centre, under the
 * given name, date, kind of event and note. The new snapshot is appended (snapshots keep the
 * order they were taken in). Refuses a name or date that is not valid, an id already used, or a
 * map already holding MAX_SNAPSHOTS. Nodes and ties are shared with the map, not copied: both
 * are immutable.
 */
export function takeSnapshot(
  doc: CareMap,
  input: SnapshotInput,
): Result<{ doc: CareMap; snapshot: Snapshot }> {
  const header = SnapshotHeaderSchema.safeParse({
    id: input.id ?? newId('snap'),
    label: input.label,
    takenAt: input.takenAt,
    event: input.event ?? 'other',
    ...(input.note !== undefined && input.note.trim() !== '' ? { note: input.note } : {}),
    ...(input.author !== undefined && input.author.trim() !== '' ? { author: input.author.trim() } : {}),
  });
  if (!header.success) {
    return fail(header.error.issues.map((i) => problem(i.path.join('.'), i.message)));
  }
  if (doc.snapshots.some((s) => s.id === header.data.id)) {
    return fail([problem('id', `a snapshot "${header.data.id}" already exists`)]);
  }
  if (doc.snapshots.length >= MAX_SNAPSHOTS) {
    return fail([problem('', `a map holds at most ${MAX_SNAPSHOTS} snapshots; delete one first`)]);
  }
  const snapshot: Snapshot = {
    ...header.data,
    ...(doc.meta.centreNodeId !== undefined ? { centreNodeId: doc.meta.centreNodeId } : {}),
    careTypes: doc.careTypes,
    nodes: doc.nodes,
    ties: doc.ties,
  };
  return ok({ doc: { ...doc, snapshots: [...doc.snapshots, snapshot] }, snapshot });
}

/** Remove a snapshot by id; the same document when there is none. */
export function removeSnapshot(doc: CareMap, id: string): CareMap {
  if (!doc.snapshots.some((s) => s.id === id)) return doc;
  return { ...doc, snapshots: doc.snapshots.filter((s) => s.id !== id) };
}

function nameKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The snapshot a person means by `ref`: the one with that id, else the one with that name
 * (ignoring case and extra spaces). Refuses a name two snapshots share, naming their ids.
 */
export function findSnapshot(doc: CareMap, ref: string): Result<Snapshot> {
  const byId = doc.snapshots.find((s) => s.id === ref);
  if (byId !== undefined) return ok(byId);
  const named = doc.snapshots.filter((s) => nameKey(s.label) === nameKey(ref));
  const [only] = named;
  if (only !== undefined && named.length === 1) return ok(only);
  if (named.length > 1) {
    return fail([
      problem(
        '',
        `${named.length} snapshots are called "${ref}"; name one by id: ${named.map((s) => s.id).join(', ')}`,
      ),
    ]);
  }
  const known = doc.snapshots.map((s) => `"${s.label}" (${s.id})`).join(', ');
  return fail([
    problem('', `no snapshot "${ref}"${known === '' ? '; this map holds none' : `; it holds ${known}`}`),
  ]);
}

/**
 * The map as it was when `snapshot` was taken: the same id, meta, overlays and records, with the
 * snapshot's nodes, ties, care types (the map's own list for older snapshots) and centre, and no
 * snapshots of its own. This is the state a comparison reads; it is not a new map (see
 * snapshotAsNewMap for that).
 */
export function snapshotState(doc: CareMap, snapshot: Snapshot): CareMap {
  const nodeIds = new Set<string>(snapshot.nodes.map((n) => n.id));
  const centre: NodeId | undefined =
    snapshot.centreNodeId ??
    (doc.meta.centreNodeId !== undefined && nodeIds.has(doc.meta.centreNodeId)
      ? doc.meta.centreNodeId
      : undefined);
  const { centreNodeId: _current, ...meta } = doc.meta;
  return {
    ...doc,
    meta: centre !== undefined ? { ...meta, centreNodeId: centre } : meta,
    careTypes: snapshot.careTypes ?? doc.careTypes,
    nodes: snapshot.nodes,
    ties: snapshot.ties,
    snapshots: [],
  };
}

export interface NewMapFromSnapshotOptions {
  /** When the new map is made (ISO date-time): its createdAt and updatedAt. */
  readonly now: string;
  /** A fixed id for the new map; a fresh one otherwise. */
  readonly id?: MapId;
}

/**
 * A snapshot turned into a new map of its own: the state of snapshotState under a new id and a
 * title naming the snapshot, e.g. "Larkspur Green — Launch workshop (2025-03-15)". Overlays (the
 * area drawing) come along; records do not, since governance, survey and assessment records
 * belong to the living map and carry their own dates.
 */
export function snapshotAsNewMap(
  doc: CareMap,
  snapshot: Snapshot,
  options: NewMapFromSnapshotOptions,
): CareMap {
  const state = snapshotState(doc, snapshot);
  const title = `${doc.meta.title} — ${snapshot.label} (${snapshot.takenAt})`;
  const description = [
    `Made from the snapshot "${snapshot.label}" of "${doc.meta.title}", taken ${snapshot.takenAt}.`,
    snapshot.note,
  ]
    .filter((s): s is string => s !== undefined && s !== '')
    .join('\n\n');
  return {
    ...state,
    id: options.id ?? newMapId(),
    meta: {
      ...state.meta,
      title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
      description: description.slice(0, 20_000),
      createdAt: options.now,
      updatedAt: options.now,
    },
    records: [],
  };
}
