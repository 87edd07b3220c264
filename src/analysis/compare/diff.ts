// What changed between two states of a map, once their nodes are matched (match.ts): nodes and
// ties added, removed and changed field by field; ties that moved up or down a scale (strength,
// frequency, closeness, hours); care types each receiver gained or lost; givers whose load
// against their capacity changed; people whose roles changed. Plain JSON out, so the CLI, the
// worker and the views read the same thing. Ids follow one rule: a thing in state B is named by
// its B id, a thing only in state A by its A id, and matched pairs carry both.
import {
  type CareMap,
  type CareNode,
  type CareTypeDef,
  isDeepEqual,
  levelMove,
  type Tie,
  TIE_SCALES,
  tieLevel,
  type TieScale,
} from '../../model';
import { type CareIndex, careLoad, careReceived, indexCare, receivers } from '../care';
import type { NodeMatching } from './match';

/** One field that differs. List fields also say which entries came and went. */
export interface FieldChange {
  readonly field: string;
  /** The value in state A (null when unset). */
  readonly before: unknown;
  /** The value in state B (null when unset). */
  readonly after: unknown;
  /** List fields: entries only in B. */
  readonly added?: readonly string[];
  /** List fields: entries only in A. */
  readonly removed?: readonly string[];
  /** Tie scales (strength, frequency, closeness, hours): which way it moved, when it did. */
  readonly direction?: 'up' | 'down';
}

export interface NodeChange {
  readonly a: string;
  readonly b: string;
  /** The label in state B. */
  readonly label: string;
  readonly fields: readonly FieldChange[];
}

export interface TieChange {
  readonly a: string;
  readonly b: string;
  /** The tie's ends in state B. */
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly fields: readonly FieldChange[];
}

/** A matched tie that moved up or down one scale. */
export interface TieMove {
  readonly a: string;
  readonly b: string;
  readonly source: string;
  readonly target: string;
  readonly scale: TieScale;
  /** Rank on the scale (see model/scales.ts) or hours a week. */
  readonly before: number;
  readonly after: number;
  /** The value as stored, e.g. 'engaged' -> 'generative' (hours as numbers). */
  readonly from: string | number;
  readonly to: string | number;
  readonly direction: 'up' | 'down';
}

/** Care types a receiver gets (as received, including care into a team they own) that came or went. */
export interface ReceiverCareChange {
  readonly a: string;
  readonly b: string;
  readonly label: string;
  /** Care type ids (state B's) received now and not before. */
  readonly gained: readonly string[];
  /** Care type ids (state B's where the type still exists) received before and not now. */
  readonly lost: readonly string[];
}

/** A giver's load and capacity in one state. */
export interface LoadState {
  readonly hoursGiven: number;
  readonly receivers: number;
  readonly capacityHours: number | null;
  readonly maxReceivers: number | null;
  /** Hours given exceed the declared hours (false when none is declared). */
  readonly overHours: boolean;
  /** Receivers exceed the declared maximum (false when none is declared). */
  readonly overReceivers: boolean;
}

/** A giver with a declared capacity whose load or capacity changed. */
export interface LoadChange {
  readonly a: string;
  readonly b: string;
  readonly label: string;
  readonly kind: string;
  readonly before: LoadState;
  readonly after: LoadState;
}

export interface RoleChange {
  readonly a: string;
  readonly b: string;
  readonly label: string;
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

export interface Comparison {
  readonly nodes: {
    /** B ids of nodes with no match in A. */
    readonly added: readonly string[];
    /** A ids of nodes with no match in B. */
    readonly removed: readonly string[];
    readonly changed: readonly NodeChange[];
    readonly unchanged: number;
  };
  readonly ties: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly TieChange[];
    readonly unchanged: number;
    /** Matched ties whose id differs between the states (matched by their ends and kind). */
    readonly renamed: ReadonlyArray<{ readonly a: string; readonly b: string }>;
  };
  readonly tieMoves: readonly TieMove[];
  readonly receivers: readonly ReceiverCareChange[];
  readonly loads: readonly LoadChange[];
  readonly roles: readonly RoleChange[];
}

// ---------------------------------------------------------------- care types across states

/**
 * State A's care-type ids read in state B's list: the same id when B has it, else B's type with
 * the same label (ignoring case), else A's id unchanged. Two files drawn apart may name types
 * differently; a snapshot and its map share them.
 */
export function careTypeMapping(a: readonly CareTypeDef[], b: readonly CareTypeDef[]): (id: string) => string {
  const bIds = new Set(b.map((c) => c.id));
  const bByLabel = new Map(b.map((c) => [c.label.trim().toLowerCase(), c.id]));
  const map = new Map<string, string>();
  for (const c of a) map.set(c.id, bIds.has(c.id) ? c.id : (bByLabel.get(c.label.trim().toLowerCase()) ?? c.id));
  return (id) => map.get(id) ?? id;
}

// ---------------------------------------------------------------- field by field

/** Fields compared on nodes: everything but the id and the graph-view position (layout, not change). */
const NODE_SKIP = new Set(['id', 'position']);
/** Fields compared on ties: everything but the id and the ends (matched already). */
const TIE_SKIP = new Set(['id', 'source', 'target']);
const CARE_TYPE_LISTS = new Set(['careOffered', 'careNeeded', 'careTypes']);

function listDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((x) => !b.has(x)), removed: before.filter((x) => !a.has(x)) };
}

function fieldChanges(x: object, y: object, skip: ReadonlySet<string>, careType: (id: string) => string): FieldChange[] {
  const rx = x as Record<string, unknown>;
  const ry = y as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(rx), ...Object.keys(ry)])].filter((k) => !skip.has(k));
  const out: FieldChange[] = [];
  for (const key of keys) {
    let before = rx[key];
    const after = ry[key];
    if (CARE_TYPE_LISTS.has(key) && Array.isArray(before)) before = (before as string[]).map(careType);
    if (isDeepEqual(before, after)) continue;
    const change: { -readonly [K in keyof FieldChange]: FieldChange[K] } = { field: key, before: before ?? null, after: after ?? null };
    if (Array.isArray(before) || Array.isArray(after)) {
      const { added, removed } = listDiff((before as string[] | undefined) ?? [], (after as string[] | undefined) ?? []);
      change.added = added;
      change.removed = removed;
      // Only the order changed: not a change anyone needs to read about.
      if (added.length === 0 && removed.length === 0) continue;
    }
    out.push(change);
  }
  return out;
}

// ---------------------------------------------------------------- ties

export interface TieMatching {
  readonly aToB: ReadonlyMap<string, Tie>;
  /** B ties with no match in A. */
  readonly added: readonly Tie[];
  /** A ties with no match in B (including every tie of a removed node). */
  readonly removed: readonly Tie[];
}

function endsKey(source: string, target: string, kind: string): string {
  return `${source}\u0000${target}\u0000${kind}`;
}

/**
 * Match ties once their ends are matched: by id when the ends agree (either way round), then by
 * ends and kind (a mutual tie either way round), first unclaimed tie in document order.
 */
export function matchTies(a: CareMap, b: CareMap, nodes: NodeMatching): TieMatching {
  const bById = new Map(b.ties.map((t) => [t.id as string, t]));
  const bByEnds = new Map<string, Tie[]>();
  for (const t of b.ties) {
    const k = endsKey(t.source, t.target, t.kind);
    const list = bByEnds.get(k);
    if (list === undefined) bByEnds.set(k, [t]);
    else list.push(t);
  }
  const claimed = new Set<string>();
  const aToB = new Map<string, Tie>();
  const ends = (t: Tie): [string, string] | null => {
    const s = nodes.aToB.get(t.source);
    const d = nodes.aToB.get(t.target);
    return s === undefined || d === undefined ? null : [s, d];
  };
  for (const t of a.ties) {
    const e = ends(t);
    const m = bById.get(t.id);
    if (e === null || m === undefined || claimed.has(m.id)) continue;
    const same = m.source === e[0] && m.target === e[1];
    const reversed = m.source === e[1] && m.target === e[0];
    if (same || reversed) {
      aToB.set(t.id, m);
      claimed.add(m.id);
    }
  }
  for (const t of a.ties) {
    if (aToB.has(t.id)) continue;
    const e = ends(t);
    if (e === null) continue;
    const forward = bByEnds.get(endsKey(e[0], e[1], t.kind)) ?? [];
    const backward = (bByEnds.get(endsKey(e[1], e[0], t.kind)) ?? []).filter((m) => m.mutual || t.mutual);
    const m = [...forward, ...backward].find((x) => !claimed.has(x.id));
    if (m !== undefined) {
      aToB.set(t.id, m);
      claimed.add(m.id);
    }
  }
  return {
    aToB,
    added: b.ties.filter((t) => !claimed.has(t.id)),
    removed: a.ties.filter((t) => !aToB.has(t.id)),
  };
}

function scaleValue(tie: Tie, scale: TieScale): string | number {
  switch (scale) {
    case 'strength':
      return tie.strength;
    case 'frequency':
      return tie.frequency ?? '';
    case 'closeness':
      return tie.closeness ?? '';
    case 'hours':
      return tie.hoursPerWeek ?? 0;
  }
}

/** The scale moves of one matched tie pair. */
export function tieMoves(x: Tie, y: Tie): TieMove[] {
  const out: TieMove[] = [];
  for (const scale of TIE_SCALES) {
    const before = tieLevel(x, scale);
    const after = tieLevel(y, scale);
    const direction = levelMove(before, after);
    if (direction === null || before === null || after === null) continue;
    out.push({ a: x.id, b: y.id, source: y.source, target: y.target, scale, before, after, from: scaleValue(x, scale), to: scaleValue(y, scale), direction });
  }
  return out;
}

// ---------------------------------------------------------------- receivers, loads, roles

function careTypesReceived(index: CareIndex, id: string, map: (id: string) => string): Set<string> {
  const out = new Set<string>();
  for (const f of careReceived(index, id)) for (const c of f.tie.careTypes) out.add(map(c));
  return out;
}

function loadState(index: CareIndex, node: CareNode): LoadState {
  const load = careLoad(index, node.id);
  const capacityHours = node.capacity?.hoursPerWeek ?? null;
  const maxReceivers = node.capacity?.maxReceivers ?? null;
  return {
    hoursGiven: load.hoursGiven,
    receivers: load.receivers.length,
    capacityHours,
    maxReceivers,
    overHours: capacityHours !== null && load.hoursGiven > capacityHours,
    overReceivers: maxReceivers !== null && load.receivers.length > maxReceivers,
  };
}

const LOAD_KEYS = ['hoursGiven', 'receivers', 'capacityHours', 'maxReceivers'] as const;

// ---------------------------------------------------------------- the comparison

export interface CompareOptions {
  /** Care indexes already built for the two states (indicators share them). */
  readonly indexes?: { readonly a: CareIndex; readonly b: CareIndex };
  /** Tie matching already made (see matchTies). */
  readonly ties?: TieMatching;
}

/**
 * Everything that changed from state A to state B, given the node matching. Linear in the size
 * of the two maps (plus each receiver's incoming care), so two 20,000-node maps compare well
 * within a second.
 */
export function compareStates(a: CareMap, b: CareMap, matching: NodeMatching, options: CompareOptions = {}): Comparison {
  const careType = careTypeMapping(a.careTypes, b.careTypes);
  const bNodes = new Map(b.nodes.map((n) => [n.id as string, n]));
  const nodeChanges: NodeChange[] = [];
  const roles: RoleChange[] = [];
  let nodesUnchanged = 0;
  const pairs: [CareNode, CareNode][] = [];
  for (const x of a.nodes) {
    const bid = matching.aToB.get(x.id);
    const y = bid === undefined ? undefined : bNodes.get(bid);
    if (y === undefined) continue;
    pairs.push([x, y]);
    const fields = x === y ? [] : fieldChanges(x, y, NODE_SKIP, careType);
    if (fields.length === 0) {
      nodesUnchanged += 1;
      continue;
    }
    nodeChanges.push({ a: x.id, b: y.id, label: y.label, fields });
    const r = fields.find((f) => f.field === 'roles');
    if (r !== undefined) roles.push({ a: x.id, b: y.id, label: y.label, gained: r.added ?? [], lost: r.removed ?? [] });
  }

  const ties = options.ties ?? matchTies(a, b, matching);
  const tieChanges: TieChange[] = [];
  const moves: TieMove[] = [];
  const renamed: { a: string; b: string }[] = [];
  let tiesUnchanged = 0;
  for (const x of a.ties) {
    const y = ties.aToB.get(x.id);
    if (y === undefined) continue;
    if (x.id !== y.id) renamed.push({ a: x.id, b: y.id });
    if (x === y) {
      tiesUnchanged += 1;
      continue;
    }
    const fields = fieldChanges(x, y, TIE_SKIP, careType);
    const source = matching.aToB.get(x.source);
    if (source !== undefined && source !== y.source && !(x.mutual && y.mutual)) fields.unshift({ field: 'direction', before: [x.source, x.target], after: [y.source, y.target] });
    for (const m of tieMoves(x, y)) {
      moves.push(m);
      const f = fields.find((c) => c.field === (m.scale === 'hours' ? 'hoursPerWeek' : m.scale));
      if (f !== undefined) Object.assign(f, { direction: m.direction });
    }
    if (fields.length === 0) tiesUnchanged += 1;
    else tieChanges.push({ a: x.id, b: y.id, source: y.source, target: y.target, kind: y.kind, fields });
  }

  const ia = options.indexes?.a ?? indexCare(a);
  const ib = options.indexes?.b ?? indexCare(b);
  const receiverIds = new Set<string>([...receivers(ib).map((n) => n.id as string), ...receivers(ia).flatMap((n) => matching.aToB.get(n.id) ?? [])]);
  const receiverChanges: ReceiverCareChange[] = [];
  const loads: LoadChange[] = [];
  for (const [x, y] of pairs) {
    if (receiverIds.has(y.id)) {
      const before = careTypesReceived(ia, x.id, careType);
      const after = careTypesReceived(ib, y.id, (id) => id);
      const gained = [...after].filter((c) => !before.has(c)).sort();
      const lost = [...before].filter((c) => !after.has(c)).sort();
      if (gained.length > 0 || lost.length > 0) receiverChanges.push({ a: x.id, b: y.id, label: y.label, gained, lost });
    }
    if (x.capacity === undefined && y.capacity === undefined) continue;
    const before = loadState(ia, x);
    const after = loadState(ib, y);
    if (LOAD_KEYS.some((k) => before[k] !== after[k])) loads.push({ a: x.id, b: y.id, label: y.label, kind: y.kind, before, after });
  }

  return {
    nodes: {
      added: b.nodes.filter((n) => !matching.bToA.has(n.id)).map((n) => n.id as string),
      removed: a.nodes.filter((n) => !matching.aToB.has(n.id)).map((n) => n.id as string),
      changed: nodeChanges,
      unchanged: nodesUnchanged,
    },
    ties: {
      added: ties.added.map((t) => t.id as string),
      removed: ties.removed.map((t) => t.id as string),
      changed: tieChanges,
      unchanged: tiesUnchanged,
      renamed,
    },
    tieMoves: moves,
    receivers: receiverChanges,
    loads,
    roles,
  };
}
