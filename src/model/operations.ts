// Pure document operations: each takes a document and some input and returns a new document,
// sharing every untouched node and tie with the old one (cheap undo snapshots). None of them
// mutates its input, reads the clock or touches the store. The store wraps each in one named,
// undoable action.
import type { NodeId, TieId } from './ids';
import { newNodeId, newTieId } from './ids';
import type { CareMap, CareNode, CareTypeDef, Location, MapMeta, Overlay, Position, Tie } from './schema';

// ---------------------------------------------------------------- nodes

/** Add nodes (ids must be new). */
export function addNodes(doc: CareMap, nodes: readonly CareNode[]): CareMap {
  return { ...doc, nodes: [...doc.nodes, ...nodes] };
}

/** Apply `patch` to one node. Keys set to `undefined` in the patch are removed from the node. */
export function updateNode(doc: CareMap, id: NodeId, patch: Partial<Omit<CareNode, 'id'>>): CareMap {
  return updateNodes(doc, [id], patch);
}

/** Apply the same patch to several nodes (bulk edit). */
export function updateNodes(doc: CareMap, ids: readonly NodeId[], patch: Partial<Omit<CareNode, 'id'>>): CareMap {
  const wanted = new Set<string>(ids);
  return { ...doc, nodes: doc.nodes.map((n) => (wanted.has(n.id) ? applyPatch(n, patch) : n)) };
}

/** Apply a different patch to each listed node, in one change (e.g. from a table paste). */
export function patchNodes(doc: CareMap, patches: ReadonlyMap<NodeId, Partial<Omit<CareNode, 'id'>>>): CareMap {
  return { ...doc, nodes: doc.nodes.map((n) => { const p = patches.get(n.id); return p ? applyPatch(n, p) : n; }) };
}

/** Remove nodes and every tie that touches them; clears the map's centre if it was removed. */
export function removeNodes(doc: CareMap, ids: readonly NodeId[]): CareMap {
  const gone = new Set<string>(ids);
  const meta = doc.meta.centreNodeId !== undefined && gone.has(doc.meta.centreNodeId) ? omit(doc.meta, 'centreNodeId') : doc.meta;
  return {
    ...doc,
    meta,
    nodes: doc.nodes.filter((n) => !gone.has(n.id)),
    ties: doc.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target)),
  };
}

/**
 * Copy nodes, and the ties that run between copied nodes, with fresh ids. Copies are labelled
 * "(copy)" and offset by `offset` in the graph view. Returns the new document and the new ids.
 */
export function duplicateNodes(
  doc: CareMap,
  ids: readonly NodeId[],
  offset = { x: 40, y: 40 },
): { doc: CareMap; newIds: NodeId[] } {
  const wanted = new Set<string>(ids);
  const idMap = new Map<string, NodeId>();
  const copies: CareNode[] = [];
  for (const n of doc.nodes) {
    if (!wanted.has(n.id)) continue;
    const id = newNodeId();
    idMap.set(n.id, id);
    const label = `${n.label} (copy)`.slice(0, 200);
    const copy: CareNode = { ...structuredClone(n), id, label };
    if (n.position) copy.position = { ...n.position, x: n.position.x + offset.x, y: n.position.y + offset.y };
    copies.push(copy);
  }
  const tieCopies: Tie[] = [];
  for (const t of doc.ties) {
    const s = idMap.get(t.source);
    const d = idMap.get(t.target);
    if (s !== undefined && d !== undefined) tieCopies.push({ ...structuredClone(t), id: newTieId(), source: s, target: d });
  }
  return { doc: { ...doc, nodes: [...doc.nodes, ...copies], ties: [...doc.ties, ...tieCopies] }, newIds: [...idMap.values()] };
}

/** Set or clear one node's location. */
export function setLocation(doc: CareMap, id: NodeId, location: Location | undefined): CareMap {
  return updateNode(doc, id, { location });
}

/** Pin graph-view positions (a drag, or a layout a person chose to keep). */
export function setPositions(doc: CareMap, positions: ReadonlyMap<NodeId, Position>): CareMap {
  return { ...doc, nodes: doc.nodes.map((n) => { const p = positions.get(n.id); return p ? { ...n, position: p } : n; }) };
}

/** Forget positions (all nodes when `ids` is omitted) so the next layout places them afresh. */
export function clearPositions(doc: CareMap, ids?: readonly NodeId[]): CareMap {
  const wanted = ids ? new Set<string>(ids) : undefined;
  return { ...doc, nodes: doc.nodes.map((n) => (n.position && (!wanted || wanted.has(n.id)) ? omit(n, 'position') : n)) };
}

// ---------------------------------------------------------------- ties

/** Add ties (ids must be new; endpoints must exist). */
export function addTies(doc: CareMap, ties: readonly Tie[]): CareMap {
  return { ...doc, ties: [...doc.ties, ...ties] };
}

export function updateTie(doc: CareMap, id: TieId, patch: Partial<Omit<Tie, 'id'>>): CareMap {
  return updateTies(doc, [id], patch);
}

export function updateTies(doc: CareMap, ids: readonly TieId[], patch: Partial<Omit<Tie, 'id'>>): CareMap {
  const wanted = new Set<string>(ids);
  return { ...doc, ties: doc.ties.map((t) => (wanted.has(t.id) ? applyPatch(t, patch) : t)) };
}

/** Apply a different patch to each listed tie, in one change (bulk edits of list fields). */
export function patchTies(doc: CareMap, patches: ReadonlyMap<TieId, Partial<Omit<Tie, 'id'>>>): CareMap {
  return { ...doc, ties: doc.ties.map((t) => { const p = patches.get(t.id); return p ? applyPatch(t, p) : t; }) };
}

export function removeTies(doc: CareMap, ids: readonly TieId[]): CareMap {
  const gone = new Set<string>(ids);
  return { ...doc, ties: doc.ties.filter((t) => !gone.has(t.id)) };
}

// ---------------------------------------------------------------- map-level

export function updateMeta(doc: CareMap, patch: Partial<MapMeta>): CareMap {
  return { ...doc, meta: applyPatch(doc.meta, patch) };
}

export function setCareTypes(doc: CareMap, careTypes: readonly CareTypeDef[]): CareMap {
  return { ...doc, careTypes: [...careTypes] };
}

export function setOverlays(doc: CareMap, overlays: readonly Overlay[]): CareMap {
  return { ...doc, overlays: [...overlays] };
}

/** Stamp `meta.updatedAt`; the store calls this after every change. */
export function touch(doc: CareMap, now: string): CareMap {
  return { ...doc, meta: { ...doc.meta, updatedAt: now } };
}

// ---------------------------------------------------------------- lookups

/** Ties touching a node, in either direction. */
export function tiesOf(doc: CareMap, id: string): Tie[] {
  return doc.ties.filter((t) => t.source === id || t.target === id);
}

// ---------------------------------------------------------------- helpers

/** Shallow-merge `patch` into `obj`; keys whose patch value is `undefined` are deleted. */
function applyPatch<T extends object, P extends object>(obj: T, patch: P): T {
  const out: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

function omit<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const { [key]: _drop, ...rest } = obj;
  return rest;
}
