// Re-importing a file into an open map: match what the file holds against what the map already
// has, update the matches, add the rest. Nodes match by id, else by label and kind (ignoring case
// and surrounding spaces); ties match by id, else by their (remapped) ends and kind. Matched
// records keep the current ids, so positions, snapshots and links to them survive a re-import.
// Pure: no input is mutated. The caller validates the result (loadCareMap) before using it.
import { isDeepEqual } from './equal';
import type { NodeId, TieId } from './ids';
import type { CareMap, CareNode, CareTypeDef, Tie } from './schema';

/** How many records of each sort a merge touched. */
export interface MergeCounts {
  nodes: number;
  ties: number;
  careTypes: number;
}

export interface MergeResult {
  readonly doc: CareMap;
  /** New records appended to the map. */
  readonly added: MergeCounts;
  /** Matched records whose content changed. */
  readonly updated: MergeCounts;
  /** Matched records left exactly as they were. */
  readonly unchanged: MergeCounts;
}

function key(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Lay `incoming` over `current`: a defined incoming value replaces the current one, except that an
 * empty incoming list keeps the current list (a file without a Tags column does not wipe tags)
 * and custom fields are merged key by key. Values the file does not carry (positions, consent
 * notes typed in the app) therefore survive.
 */
function overlay<T extends object>(current: T, incoming: T): T {
  const out: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [k, v] of Object.entries(incoming)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && Array.isArray(out[k])) continue;
    if (k === 'fields' && typeof v === 'object' && v !== null) {
      out[k] = { ...(out[k] as Record<string, unknown> | undefined), ...(v as Record<string, unknown>) };
      continue;
    }
    out[k] = v;
  }
  return out as T;
}

/** Match incoming care types to current ones by id, else by label; unknown ones are appended. */
function mergeCareTypes(current: readonly CareTypeDef[], incoming: readonly CareTypeDef[]): { list: CareTypeDef[]; idMap: Map<string, string>; added: number; matched: number } {
  const list = [...current];
  const byId = new Set(current.map((c) => c.id));
  const byLabel = new Map(current.map((c) => [key(c.label), c.id]));
  const idMap = new Map<string, string>();
  let added = 0;
  let matched = 0;
  for (const c of incoming) {
    const same = byId.has(c.id) ? c.id : byLabel.get(key(c.label));
    if (same !== undefined) {
      idMap.set(c.id, same);
      matched++;
      continue;
    }
    list.push({ ...c });
    byId.add(c.id);
    byLabel.set(key(c.label), c.id);
    idMap.set(c.id, c.id);
    added++;
  }
  return { list, idMap, added, matched };
}

/**
 * Merge a re-imported map into the current one. Returns the merged document and counts of
 * added, updated and unchanged nodes, ties and care types. Map metadata, overlays, records and
 * snapshots are the current map's; matched nodes keep their current id.
 */
export function mergeMaps(current: CareMap, incoming: CareMap): MergeResult {
  const careTypes = mergeCareTypes(current.careTypes, incoming.careTypes);
  const ct = (ids: readonly string[]) => [...new Set(ids.map((id) => careTypes.idMap.get(id) ?? id))];

  // nodes: first every id match, then label + kind among the nodes still free
  const currentById = new Map(current.nodes.map((n) => [n.id as string, n]));
  const claimed = new Set<string>();
  const matchOf = new Map<CareNode, CareNode>();
  for (const n of incoming.nodes) {
    const m = currentById.get(n.id);
    if (m !== undefined && !claimed.has(m.id)) {
      matchOf.set(n, m);
      claimed.add(m.id);
    }
  }
  const byLabelKind = new Map<string, CareNode[]>();
  for (const n of current.nodes) {
    const k = `${n.kind}\u0000${key(n.label)}`;
    byLabelKind.set(k, [...(byLabelKind.get(k) ?? []), n]);
  }
  for (const n of incoming.nodes) {
    if (matchOf.has(n)) continue;
    const m = byLabelKind.get(`${n.kind}\u0000${key(n.label)}`)?.find((c) => !claimed.has(c.id));
    if (m !== undefined) {
      matchOf.set(n, m);
      claimed.add(m.id);
    }
  }

  const idMap = new Map<string, NodeId>();
  const replaced = new Map<string, CareNode>();
  const newNodes: CareNode[] = [];
  const counts = { added: { nodes: 0, ties: 0, careTypes: careTypes.added }, updated: { nodes: 0, ties: 0, careTypes: 0 }, unchanged: { nodes: 0, ties: 0, careTypes: careTypes.matched } };
  const takenNodeIds = new Set(current.nodes.map((n) => n.id as string));
  for (const n of incoming.nodes) {
    const remapped: CareNode = { ...n, careOffered: ct(n.careOffered), careNeeded: ct(n.careNeeded) };
    const m = matchOf.get(n);
    if (m === undefined) {
      // an incoming id can only clash with a current node that another incoming node claimed
      let id = n.id;
      for (let k = 2; takenNodeIds.has(id); k++) id = `${n.id}-${k}` as NodeId;
      takenNodeIds.add(id);
      idMap.set(n.id, id);
      newNodes.push({ ...remapped, id });
      counts.added.nodes++;
      continue;
    }
    idMap.set(n.id, m.id);
    const merged = overlay(m, { ...remapped, id: m.id });
    if (isDeepEqual(merged, m)) counts.unchanged.nodes++;
    else {
      replaced.set(m.id, merged);
      counts.updated.nodes++;
    }
  }

  // ties: ends remapped first, then id matches, then (source, target, kind); mutual ties either way round
  const tieKey = (s: string, t: string, kind: string) => `${s}\u0000${t}\u0000${kind}`;
  const currentTieById = new Map(current.ties.map((t) => [t.id as string, t]));
  const currentByEnds = new Map<string, Tie[]>();
  for (const t of current.ties) {
    const k = tieKey(t.source, t.target, t.kind);
    currentByEnds.set(k, [...(currentByEnds.get(k) ?? []), t]);
  }
  const incomingTies = incoming.ties.map((t) => ({
    ...t,
    source: idMap.get(t.source) ?? t.source,
    target: idMap.get(t.target) ?? t.target,
    careTypes: ct(t.careTypes),
  }));
  const tieClaimed = new Set<string>();
  const tieMatch = new Map<Tie, Tie>();
  for (const t of incomingTies) {
    const m = currentTieById.get(t.id);
    if (m !== undefined && !tieClaimed.has(m.id)) {
      tieMatch.set(t, m);
      tieClaimed.add(m.id);
    }
  }
  for (const t of incomingTies) {
    if (tieMatch.has(t)) continue;
    const candidates = [
      ...(currentByEnds.get(tieKey(t.source, t.target, t.kind)) ?? []),
      ...(t.mutual ? (currentByEnds.get(tieKey(t.target, t.source, t.kind)) ?? []).filter((c) => c.mutual) : []),
    ];
    const m = candidates.find((c) => !tieClaimed.has(c.id));
    if (m !== undefined) {
      tieMatch.set(t, m);
      tieClaimed.add(m.id);
    }
  }
  const replacedTies = new Map<string, Tie>();
  const newTies: Tie[] = [];
  const takenTieIds = new Set(current.ties.map((t) => t.id as string));
  for (const t of incomingTies) {
    const m = tieMatch.get(t);
    if (m === undefined) {
      let id = t.id;
      for (let k = 2; takenTieIds.has(id); k++) id = `${t.id}-${k}` as TieId;
      takenTieIds.add(id);
      newTies.push({ ...t, id });
      counts.added.ties++;
      continue;
    }
    // a mutual tie matched the other way round keeps the current orientation
    const merged = overlay(m, { ...t, id: m.id, source: m.source, target: m.target });
    if (isDeepEqual(merged, m)) counts.unchanged.ties++;
    else {
      replacedTies.set(m.id, merged);
      counts.updated.ties++;
    }
  }

  const doc: CareMap = {
    ...current,
    careTypes: careTypes.list,
    nodes: [...current.nodes.map((n) => replaced.get(n.id) ?? n), ...newNodes],
    ties: [...current.ties.map((t) => replacedTies.get(t.id) ?? t), ...newTies],
  };
  return { doc, ...counts };
}
