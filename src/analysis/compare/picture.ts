// The difference of two states drawn as one picture: state B's nodes and ties, plus what only
// state A had (removed nodes and ties, kept as "ghosts"), in one document, so a single layout
// serves the before, the after and the difference and nothing jumps when switching between
// them. Each element carries a change mark (added, lost, changed) and which state(s) it is in.
// Pure: it reads a comparison's core (DiffCore: matching and changes) and the two documents; how
// a mark looks is the look module's job (src/look/marks.ts), and laying the picture out is the
// layout's (./../layouts.ts).
import type { CareMap, CareNode, NodeId, Tie, TieId } from '../../model';
import type { DiffCore } from './diffMaps';

/** What a comparison says of one element of the picture (the look's MarkId values). */
export type ChangeMark = 'added' | 'lost' | 'changed';

/** Which state an element of the picture belongs to. */
export type PictureSide = 'a' | 'b' | 'both';

/** Which state to show: before (A), after (B), or both with the differences marked. */
export type PictureView = 'before' | 'after' | 'difference';

export interface DiffPicture {
  /** State B's map with state A's removed nodes and ties added after its own (ghosts). */
  readonly doc: CareMap;
  /** Marks by picture id; unchanged elements have none. */
  readonly marks: ReadonlyMap<string, ChangeMark>;
  /** Which state(s) each picture id is in. */
  readonly side: ReadonlyMap<string, PictureSide>;
  /** A node or tie id of state A -> its id in the picture (B's id when matched). */
  readonly fromA: ReadonlyMap<string, string>;
}

/** A ghost's id: its A id, unless state B uses that id for something else. */
function ghostId(aId: string, taken: ReadonlySet<string>): string {
  if (!taken.has(aId)) return aId;
  let k = 1;
  while (taken.has(`${aId}~before${k === 1 ? '' : k}`)) k += 1;
  return `${aId}~before${k === 1 ? '' : k}`;
}

/**
 * The picture of a comparison `result` of `a` (state A) and `b` (state B): B's nodes and ties in
 * B's order, then A's removed nodes and ties. Positions come from B, else (ghosts, or B nodes
 * not yet placed) from the matched node in A. Added elements are marked `added`, removed ones
 * `lost`, and nodes and ties with a changed field `changed`.
 */
export function diffPicture(a: CareMap, b: CareMap, result: DiffCore): DiffPicture {
  const changes = result.changes;
  const removedNodes = new Set(changes.nodes.removed);
  const removedTies = new Set(changes.ties.removed);
  const pairs = new Map(result.matching.pairs.map((p) => [p.a, p.b]));
  const taken = new Set<string>();
  for (const n of b.nodes) taken.add(n.id);
  for (const t of b.ties) taken.add(t.id);

  const fromA = new Map<string, string>();
  const bToA = new Map<string, string>();
  for (const n of a.nodes) {
    if (removedNodes.has(n.id)) continue;
    const other = pairs.get(n.id) ?? n.id;
    fromA.set(n.id, other);
    bToA.set(other, n.id);
  }
  const renamed = new Map(changes.ties.renamed.map((r) => [r.a, r.b]));
  for (const t of a.ties) if (!removedTies.has(t.id)) fromA.set(t.id, renamed.get(t.id) ?? t.id);

  const marks = new Map<string, ChangeMark>();
  const side = new Map<string, PictureSide>();
  const aNodes = new Map(a.nodes.map((n) => [n.id as string, n]));
  const nodes: CareNode[] = b.nodes.map((n) => {
    side.set(n.id, bToA.has(n.id) ? 'both' : 'b');
    const before = n.position === undefined ? aNodes.get(bToA.get(n.id) ?? '') : undefined;
    return before?.position !== undefined ? { ...n, position: before.position } : n;
  });
  for (const n of a.nodes) {
    if (!removedNodes.has(n.id)) continue;
    const id = ghostId(n.id, taken);
    taken.add(id);
    fromA.set(n.id, id);
    nodes.push(id === n.id ? n : { ...n, id: id as NodeId });
    side.set(id, 'a');
    marks.set(id, 'lost');
  }
  const ties: Tie[] = [...b.ties];
  for (const t of b.ties) side.set(t.id, 'both');
  for (const t of a.ties) {
    if (!removedTies.has(t.id)) continue;
    const id = ghostId(t.id, taken);
    taken.add(id);
    fromA.set(t.id, id);
    ties.push({
      ...t,
      id: id as TieId,
      source: (fromA.get(t.source) ?? t.source) as NodeId,
      target: (fromA.get(t.target) ?? t.target) as NodeId,
    });
    side.set(id, 'a');
    marks.set(id, 'lost');
  }
  for (const id of changes.nodes.added) {
    marks.set(id, 'added');
    side.set(id, 'b');
  }
  for (const id of changes.ties.added) {
    marks.set(id, 'added');
    side.set(id, 'b');
  }
  for (const c of changes.nodes.changed) marks.set(c.b, 'changed');
  for (const c of changes.ties.changed) marks.set(c.b, 'changed');
  return { doc: { ...b, nodes, ties, snapshots: [] }, marks, side, fromA };
}

/**
 * The picture as one state shows it: `before` keeps what state A had (ghosts and kept elements),
 * `after` what state B has, `difference` everything. The positions, ids and marks stay those of
 * the whole picture, so switching moves nothing.
 */
export function pictureState(picture: DiffPicture, view: PictureView): CareMap {
  if (view === 'difference') return picture.doc;
  const hide: PictureSide = view === 'before' ? 'b' : 'a';
  const shown = (id: string) => picture.side.get(id) !== hide;
  return {
    ...picture.doc,
    nodes: picture.doc.nodes.filter((n) => shown(n.id)),
    ties: picture.doc.ties.filter((t) => shown(t.id) && shown(t.source) && shown(t.target)),
  };
}

/** The ids a finding names (A or B ids, as in DiffResult) read as picture ids. */
export function pictureIds(picture: DiffPicture, ids: readonly string[]): string[] {
  return ids.map((id) => (picture.side.has(id) ? id : (picture.fromA.get(id) ?? id)));
}
