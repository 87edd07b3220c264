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
import { careTotals, type CareTotals } from '../care';
import type { MatchedIds, NodeMatching } from './match';

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

/** A matched node: its ids in both states and its label in state B. */
export interface MatchedNode extends MatchedIds {
  readonly label: string;
}

export interface NodeChange extends MatchedNode {
  readonly fields: readonly FieldChange[];
}

export interface TieChange extends MatchedIds {
  /** The tie's ends in state B. */
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly fields: readonly FieldChange[];
}

/** A matched tie that moved up or down one scale. */
export interface TieMove extends MatchedIds {
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
export interface ReceiverCareChange extends MatchedNode {
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
export interface LoadChange extends MatchedNode {
  readonly kind: string;
  readonly before: LoadState;
  readonly after: LoadState;
}

export interface RoleChange extends MatchedNode {
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
    readonly renamed: readonly MatchedIds[];
  };
  readonly tieMoves: readonly TieMove[];
  readonly receivers: readonly ReceiverCareChange[];
  readonly loads: readonly LoadChange[];
  readonly roles: readonly RoleChange[];
}

// ---------------------------------------------------------------- care types across states

/** State A's care-type ids read in state B's list. */
export interface CareTypeMapping {
  readonly map: (id: string) => string;
  /** True when every id maps to itself (a snapshot and its map), so nothing needs mapping. */
  readonly identity: boolean;
}

/**
 * State A's care-type ids read in state B's list: the same id when B has it, else B's type with
 * the same label (ignoring case), else A's id unchanged. Two files drawn apart may name types
 * differently; a snapshot and its map share them.
 */
export function careTypeMapping(a: readonly CareTypeDef[], b: readonly CareTypeDef[]): CareTypeMapping {
  const bIds = new Set(b.map((c) => c.id));
  const bByLabel = new Map(b.map((c) => [c.label.trim().toLowerCase(), c.id]));
  const map = new Map<string, string>();
  let identity = true;
  for (const c of a) {
    const to = bIds.has(c.id) ? c.id : (bByLabel.get(c.label.trim().toLowerCase()) ?? c.id);
    map.set(c.id, to);
    if (to !== c.id) identity = false;
  }
  return { map: (id) => map.get(id) ?? id, identity };
}

// ---------------------------------------------------------------- field by field

/** Fields compared on nodes: everything but the id and the graph-view position (layout, not change). */
const NODE_SKIP = new Set(['id', 'position']);
/** Fields compared on ties: everything but the id and the ends (matched already). */
const TIE_SKIP = new Set(['id', 'source', 'target']);
const CARE_TYPE_LISTS = new Set(['careOffered', 'careNeeded', 'careTypes']);

function listDiff(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((x) => !b.has(x)), removed: before.filter((x) => !a.has(x)) };
}

/** Equal as stored values: primitives by value, lists and objects by content. */
function sameValue(x: unknown, y: unknown): boolean {
  return x === y || (typeof x === 'object' && typeof y === 'object' && isDeepEqual(x, y));
}

function fieldChange(key: string, before: unknown, after: unknown): FieldChange | null {
  if (Array.isArray(before) || Array.isArray(after)) {
    const { added, removed } = listDiff(
      (before as string[] | undefined) ?? [],
      (after as string[] | undefined) ?? [],
    );
    // Only the order changed: not a change anyone needs to read about.
    if (added.length === 0 && removed.length === 0) return null;
    return { field: key, before: before ?? null, after: after ?? null, added, removed };
  }
  return { field: key, before: before ?? null, after: after ?? null };
}

const NO_CHANGES: readonly FieldChange[] = [];

function fieldChanges(
  x: object,
  y: object,
  skip: ReadonlySet<string>,
  careType: CareTypeMapping,
): readonly FieldChange[] {
  const rx = x as Record<string, unknown>;
  const ry = y as Record<string, unknown>;
  // Most pairs do not differ at all: the list is only made once a change turns up.
  let out: FieldChange[] | null = null;
  for (const key in rx) {
    if (skip.has(key)) continue;
    let before = rx[key];
    const after = ry[key];
    if (!careType.identity && CARE_TYPE_LISTS.has(key) && Array.isArray(before))
      before = (before as string[]).map(careType.map);
    if (sameValue(before, after) || (before === undefined && after === undefined)) continue;
    const change = fieldChange(key, before, after);
    if (change !== null) (out ??= []).push(change);
  }
  for (const key in ry) {
    if (skip.has(key) || key in rx || ry[key] === undefined) continue;
    const change = fieldChange(key, undefined, ry[key]);
    if (change !== null) (out ??= []).push(change);
  }
  return out ?? NO_CHANGES;
}

// ---------------------------------------------------------------- ties

export interface TieMatching {
  /** Matched ties, in state A's order. */
  readonly pairs: ReadonlyArray<readonly [Tie, Tie]>;
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
  const bById = new Map<string, Tie>();
  for (const t of b.ties) bById.set(t.id, t);
  const claimed = new Set<Tie>();
  const match: (Tie | undefined)[] = new Array(a.ties.length);
  const left: Array<[number, string, string]> = [];
  a.ties.forEach((t, k) => {
    const s = nodes.aToB.get(t.source);
    const d = nodes.aToB.get(t.target);
    if (s === undefined || d === undefined) return;
    const m = bById.get(t.id);
    if (
      m !== undefined &&
      !claimed.has(m) &&
      ((m.source === s && m.target === d) || (m.source === d && m.target === s))
    ) {
      match[k] = m;
      claimed.add(m);
    } else left.push([k, s, d]);
  });
  if (left.length > 0) {
    // Only ties no id claimed can still match, so only they are indexed by their ends.
    const bByEnds = new Map<string, Tie[]>();
    for (const t of b.ties) {
      if (claimed.has(t)) continue;
      const key = endsKey(t.source, t.target, t.kind);
      const list = bByEnds.get(key);
      if (list === undefined) bByEnds.set(key, [t]);
      else list.push(t);
    }
    for (const [k, s, d] of left) {
      const t = a.ties[k] as Tie;
      const forward = bByEnds.get(endsKey(s, d, t.kind)) ?? [];
      const backward = (bByEnds.get(endsKey(d, s, t.kind)) ?? []).filter((m) => m.mutual || t.mutual);
      const m = [...forward, ...backward].find((x) => !claimed.has(x));
      if (m !== undefined) {
        match[k] = m;
        claimed.add(m);
      }
    }
  }
  const pairs: Array<readonly [Tie, Tie]> = [];
  const removed: Tie[] = [];
  a.ties.forEach((t, k) => {
    const m = match[k];
    if (m === undefined) removed.push(t);
    else pairs.push([t, m]);
  });
  return { pairs, added: b.ties.filter((t) => !claimed.has(t)), removed };
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
    out.push({
      a: x.id,
      b: y.id,
      source: y.source,
      target: y.target,
      scale,
      before,
      after,
      from: scaleValue(x, scale),
      to: scaleValue(y, scale),
      direction,
    });
  }
  return out;
}

// ---------------------------------------------------------------- receivers, loads, roles

function loadState(totals: CareTotals, i: number, node: CareNode): LoadState {
  const hoursGiven = totals.hoursGiven(i);
  const receivers = totals.receiverCount(i);
  const capacityHours = node.capacity?.hoursPerWeek ?? null;
  const maxReceivers = node.capacity?.maxReceivers ?? null;
  return {
    hoursGiven,
    receivers,
    capacityHours,
    maxReceivers,
    overHours: capacityHours !== null && hoursGiven > capacityHours,
    overReceivers: maxReceivers !== null && receivers > maxReceivers,
  };
}

const LOAD_KEYS = ['hoursGiven', 'receivers', 'capacityHours', 'maxReceivers'] as const;

// ---------------------------------------------------------------- the comparison

export interface CompareOptions {
  /** Tie matching already made (see matchTies). */
  readonly ties?: TieMatching;
}

/** Fields whose change moves a tie along a scale. */
const SCALE_FIELDS = new Set(['strength', 'frequency', 'closeness', 'hoursPerWeek']);

/**
 * Everything that changed from state A to state B, given the node matching. Linear in the size
 * of the two maps, with every node's care worked out in one pass per map (careTotals), so two
 * 20,000-node maps compare within a second (see the compare bench).
 */
export function compareStates(
  a: CareMap,
  b: CareMap,
  matching: NodeMatching,
  options: CompareOptions = {},
): Comparison {
  const careType = careTypeMapping(a.careTypes, b.careTypes);
  const ta = careTotals(a);
  const tb = careTotals(b);

  // Nodes: each matched pair field by field, then what it receives and, with a capacity, gives.
  const nodeChanges: NodeChange[] = [];
  const roles: RoleChange[] = [];
  const receiverChanges: ReceiverCareChange[] = [];
  const loads: LoadChange[] = [];
  let nodesUnchanged = 0;
  a.nodes.forEach((x, i) => {
    const bid = matching.aToB.get(x.id);
    const j = bid === undefined ? undefined : tb.indexOf.get(bid);
    const y = j === undefined ? undefined : b.nodes[j];
    if (j === undefined || y === undefined) return;
    const fields = x === y ? NO_CHANGES : fieldChanges(x, y, NODE_SKIP, careType);
    if (fields.length === 0) nodesUnchanged += 1;
    else {
      nodeChanges.push({ a: x.id, b: y.id, label: y.label, fields });
      const r = fields.find((f) => f.field === 'roles');
      if (r !== undefined)
        roles.push({ a: x.id, b: y.id, label: y.label, gained: r.added ?? [], lost: r.removed ?? [] });
    }
    if (ta.isReceiver(i) || tb.isReceiver(j)) {
      const was = careType.identity
        ? ta.receivedTypes(i)
        : [...new Set(ta.receivedTypes(i).map(careType.map))].sort();
      const now = tb.receivedTypes(j);
      // Both lists are sorted and without repeats: equal lists mean nothing came or went.
      if (was.length !== now.length || was.some((c, k) => c !== now[k])) {
        const gained = now.filter((c) => !was.includes(c));
        const lost = was.filter((c) => !now.includes(c));
        if (gained.length > 0 || lost.length > 0)
          receiverChanges.push({ a: x.id, b: y.id, label: y.label, gained, lost });
      }
    }
    if (x.capacity === undefined && y.capacity === undefined) return;
    const before = loadState(ta, i, x);
    const after = loadState(tb, j, y);
    if (LOAD_KEYS.some((k) => before[k] !== after[k]))
      loads.push({ a: x.id, b: y.id, label: y.label, kind: y.kind, before, after });
  });

  // Ties: each matched pair field by field, with the scale moves.
  const ties = options.ties ?? matchTies(a, b, matching);
  const tieChanges: TieChange[] = [];
  const moves: TieMove[] = [];
  const renamed: { a: string; b: string }[] = [];
  let tiesUnchanged = 0;
  for (const [x, y] of ties.pairs) {
    if (x.id !== y.id) renamed.push({ a: x.id, b: y.id });
    if (x === y) {
      tiesUnchanged += 1;
      continue;
    }
    let fields = fieldChanges(x, y, TIE_SKIP, careType);
    // Ends matched the other way round: the direction of care turned (meaningless when mutual).
    if (matching.aToB.get(x.source) !== y.source && !(x.mutual && y.mutual)) {
      fields = [{ field: 'direction', before: [x.source, x.target], after: [y.source, y.target] }, ...fields];
    }
    if (fields.some((f) => SCALE_FIELDS.has(f.field))) {
      for (const m of tieMoves(x, y)) {
        moves.push(m);
        const f = fields.find((c) => c.field === (m.scale === 'hours' ? 'hoursPerWeek' : m.scale));
        if (f !== undefined) Object.assign(f, { direction: m.direction });
      }
    }
    if (fields.length === 0) tiesUnchanged += 1;
    else tieChanges.push({ a: x.id, b: y.id, source: y.source, target: y.target, kind: y.kind, fields });
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
