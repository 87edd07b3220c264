// Which node of one state is which node of the other, before anything can be compared. Nodes match
// by id first (a snapshot and its map share ids), then by label and kind (two files drawn apart
// rarely do). Matches that are not safe to make silently are listed for a person to confirm and
// never applied on their own: the same label on a different kind of node, one label shared by
// several candidates, labels that are merely similar ("Maud" and "Maud B."), and the same id on a
// node with both another label and another kind. `confirmMatches` applies the ones a person
// confirms. Ties are matched in diff.ts, once their ends are.
import type { CareMap, CareNode } from '../../model';

/** How a pair of nodes was matched. */
export type MatchHow = 'id' | 'label' | 'confirmed';

/** Why a possible match is left for a person to confirm. */
export type UncertainReason =
  'same-id-other-node' | 'several-candidates' | 'same-label-other-kind' | 'similar-label';

/** One thing named in both states: its id in state A and its id in state B. */
export interface MatchedIds {
  readonly a: string;
  readonly b: string;
}

/** A possible match, not applied until confirmed. Ids are each state's own. */
export interface MatchCandidate extends MatchedIds {
  readonly reason: UncertainReason;
  readonly aLabel: string;
  readonly bLabel: string;
  readonly aKind: string;
  readonly bKind: string;
}

export interface NodeMatching {
  /** Every match made: node id in state A -> node id in state B. */
  readonly aToB: ReadonlyMap<string, string>;
  /** The same matches the other way round. */
  readonly bToA: ReadonlyMap<string, string>;
  /** How each matched A node was matched. */
  readonly how: ReadonlyMap<string, MatchHow>;
  /** Possible matches for a person to confirm, in state A's node order. */
  readonly uncertain: readonly MatchCandidate[];
  /** True when the search stopped at MAX_UNCERTAIN possible matches, so more may exist. */
  readonly uncertainTruncated: boolean;
}

/** At most this many possible matches are listed. */
export const MAX_UNCERTAIN = 1000;
/** Largest group of same-label nodes whose every pairing is listed (larger groups list the first ones). */
const MAX_GROUP_SIDE = 10;
/** Similar labels are only looked for within buckets of same-kind labels up to this size (bounded cost on big maps). */
const MAX_BUCKET = 100;

/** A label as people mean it: Unicode-normalised, trimmed, spaces collapsed, lower case. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A looser key for "similar" labels: accents, punctuation and brackets dropped. */
function looseKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Whether two loose keys are similar: equal; one the other plus more words ("maud" and "maud b");
 * or a few letters apart (no typo allowed up to 4 letters, one up to 10, two beyond).
 */
function similar(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(`${short} `)) return true;
  const limit = short.length <= 4 ? 0 : short.length <= 10 ? 1 : 2;
  return limit > 0 && editDistance(x, y, limit) <= limit;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

class CandidateList {
  readonly list: MatchCandidate[] = [];
  /** Set once a candidate was turned away because the list is full. */
  truncated = false;
  private readonly seen = new Set<string>();

  get full(): boolean {
    return this.list.length >= MAX_UNCERTAIN;
  }

  add(a: CareNode, b: CareNode, reason: UncertainReason): void {
    const key = `${a.id}\u0000${b.id}`;
    if (this.seen.has(key)) return;
    if (this.full) {
      this.truncated = true;
      return;
    }
    this.seen.add(key);
    this.list.push({
      a: a.id,
      b: b.id,
      reason,
      aLabel: a.label,
      bLabel: b.label,
      aKind: a.kind,
      bKind: b.kind,
    });
  }
}

/**
 * Match the nodes of state A to those of state B: by id, then by label and kind among the nodes
 * still free (a label and kind held by exactly one free node on each side). Everything doubtful
 * goes to `uncertain` (see the module header). Linear in the number of nodes, apart from edit
 * distances, which are only worked out within small buckets of same-kind labels.
 */
export function matchNodes(a: CareMap, b: CareMap): NodeMatching {
  const aToB = new Map<string, string>();
  const bToA = new Map<string, string>();
  const how = new Map<string, MatchHow>();
  const candidates = new CandidateList();
  const bById = new Map<string, CareNode>();
  for (const n of b.nodes) if (!bById.has(n.id)) bById.set(n.id, n);
  const pair = (x: CareNode, y: CareNode, by: MatchHow) => {
    aToB.set(x.id, y.id);
    bToA.set(y.id, x.id);
    how.set(x.id, by);
  };

  // 1. Same id. An id whose node has both another label and another kind is probably an id
  //    reused by an unrelated file (row numbers, Kumu ids), so it is only a candidate.
  const doubtful: [CareNode, CareNode][] = [];
  for (const n of a.nodes) {
    const m = bById.get(n.id);
    if (m === undefined || aToB.has(n.id) || bToA.has(m.id)) continue;
    if (m.kind !== n.kind && labelKey(m.label) !== labelKey(n.label)) doubtful.push([n, m]);
    else pair(n, m, 'id');
  }

  // 2. Same label and kind, among nodes still free.
  const freeA = a.nodes.filter((n) => !aToB.has(n.id));
  const freeB = b.nodes.filter((n) => !bToA.has(n.id));
  const groupsA = new Map<string, CareNode[]>();
  const groupsB = new Map<string, CareNode[]>();
  for (const n of freeA) push(groupsA, `${n.kind}\u0000${labelKey(n.label)}`, n);
  for (const n of freeB) push(groupsB, `${n.kind}\u0000${labelKey(n.label)}`, n);
  for (const [key, as] of groupsA) {
    const bs = groupsB.get(key);
    if (bs === undefined) continue;
    const [onlyA] = as;
    const [onlyB] = bs;
    if (as.length === 1 && bs.length === 1 && onlyA !== undefined && onlyB !== undefined)
      pair(onlyA, onlyB, 'label');
  }

  // 3. What is left is listed for a person to confirm, never matched here. The search stops once
  //    the list is full: a person cannot confirm thousands of pairs one by one anyway.
  for (const [n, m] of doubtful)
    if (!aToB.has(n.id) && !bToA.has(m.id)) candidates.add(n, m, 'same-id-other-node');
  for (const [key, as] of groupsA) {
    const bs = groupsB.get(key);
    if (bs === undefined || (as.length === 1 && bs.length === 1)) continue;
    for (const n of as.slice(0, MAX_GROUP_SIDE))
      for (const m of bs.slice(0, MAX_GROUP_SIDE)) candidates.add(n, m, 'several-candidates');
    if (candidates.full) break;
  }
  const stillA = freeA.filter((n) => !aToB.has(n.id));
  const stillB = freeB.filter((n) => !bToA.has(n.id));
  const byLabel = new Map<string, CareNode[]>();
  const byFirstWord = new Map<string, CareNode[]>();
  const byStart = new Map<string, CareNode[]>();
  const loose = new Map<CareNode, string>();
  if (!candidates.full) {
    for (const m of stillB) {
      const l = looseKey(m.label);
      loose.set(m, l);
      push(byLabel, labelKey(m.label), m);
      push(byFirstWord, `${m.kind}\u0000${l.split(' ')[0] ?? ''}`, m);
      push(byStart, `${m.kind}\u0000${l.slice(0, 3)}`, m);
    }
  }
  for (const n of stillA) {
    if (candidates.full) {
      candidates.truncated = true;
      break;
    }
    const key = labelKey(n.label);
    for (const m of byLabel.get(key) ?? [])
      if (m.kind !== n.kind) candidates.add(n, m, 'same-label-other-kind');
    const l = looseKey(n.label);
    const buckets = [
      byFirstWord.get(`${n.kind}\u0000${l.split(' ')[0] ?? ''}`) ?? [],
      byStart.get(`${n.kind}\u0000${l.slice(0, 3)}`) ?? [],
    ];
    for (const bucket of buckets) {
      if (bucket.length > MAX_BUCKET) continue;
      for (const m of bucket)
        if (labelKey(m.label) !== key && similar(l, loose.get(m) ?? ''))
          candidates.add(n, m, 'similar-label');
    }
  }
  const aOrder = new Map(a.nodes.map((n, i) => [n.id as string, i]));
  const bOrder = new Map(b.nodes.map((n, i) => [n.id as string, i]));
  const uncertain = [...candidates.list].sort(
    (x, y) =>
      (aOrder.get(x.a) ?? 0) - (aOrder.get(y.a) ?? 0) || (bOrder.get(x.b) ?? 0) - (bOrder.get(y.b) ?? 0),
  );
  return { aToB, bToA, how, uncertain, uncertainTruncated: candidates.truncated };
}

/** A pair a person confirmed: node `a` of state A is node `b` of state B. */
export interface ConfirmedMatch {
  readonly a: string;
  readonly b: string;
}

export interface ConfirmResult {
  readonly matching: NodeMatching;
  /** Pairs not applied, each with the reason. */
  readonly refused: ReadonlyArray<ConfirmedMatch & { readonly reason: string }>;
}

/**
 * Apply matches a person confirmed (usually picked from `uncertain`). A pair is refused when a
 * node does not exist or is already matched to another node; confirming a pair already matched
 * changes nothing. Candidates naming a node that is now matched leave the list.
 */
export function confirmMatches(
  a: CareMap,
  b: CareMap,
  matching: NodeMatching,
  confirmed: readonly ConfirmedMatch[],
): ConfirmResult {
  const aIds = new Set<string>(a.nodes.map((n) => n.id));
  const bIds = new Set<string>(b.nodes.map((n) => n.id));
  const aToB = new Map(matching.aToB);
  const bToA = new Map(matching.bToA);
  const how = new Map(matching.how);
  const refused: Array<ConfirmedMatch & { reason: string }> = [];
  for (const c of confirmed) {
    if (!aIds.has(c.a)) refused.push({ ...c, reason: `no node "${c.a}" in the first state` });
    else if (!bIds.has(c.b)) refused.push({ ...c, reason: `no node "${c.b}" in the second state` });
    else if (aToB.get(c.a) === c.b) continue;
    else if (aToB.has(c.a))
      refused.push({ ...c, reason: `"${c.a}" is already matched to "${aToB.get(c.a)}"` });
    else if (bToA.has(c.b))
      refused.push({ ...c, reason: `"${c.b}" is already matched to "${bToA.get(c.b)}"` });
    else {
      aToB.set(c.a, c.b);
      bToA.set(c.b, c.a);
      how.set(c.a, 'confirmed');
    }
  }
  const uncertain = matching.uncertain.filter((c) => !aToB.has(c.a) && !bToA.has(c.b));
  return {
    matching: { aToB, bToA, how, uncertain, uncertainTruncated: matching.uncertainTruncated },
    refused,
  };
}
