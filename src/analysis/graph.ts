// Document -> the structural graph the analysis works on. The document stays the only source of
// truth; the graph holds topology and the numbers path measures need, nothing else (node and tie
// data are looked up in the document by id). It is undirected and *simple*: several ties between
// the same two nodes (a neighbour who is both a paid worker and a friend) become one edge whose
// strength is aggregated, and direction is dropped, because "who holds the network together" does
// not depend on which way care flows (care.ts answers who gives and who receives). It is built
// straight into typed arrays (CSR); metrics.ts makes a graphology copy only for Louvain.
import { type CareMap, closenessRank, type NodeId, type Strength, type Tie, type TieId, type TieKind } from '../model';
import type { Csr } from './csr';

/**
 * How a tie's strength is read for weighted measures. Strength is a *closeness*: more hours, or
 * an inner-ring relationship, means two people are nearer. Path-based measures need *lengths*,
 * so every path measure uses `distance = 1 / weight` (the classic trap is to feed hours to
 * Dijkstra as if they were distances, which makes the strongest ties the longest paths).
 * - `none`: every tie has weight 1 (paths count steps; networkx's default, unweighted).
 * - `hours`: weight = hours a week (care ties without hours, and other tie kinds, count
 *   `defaultHours`); several ties between one pair add up.
 * - `closeness`: weight = 3 for inner ring, 2 middle, 1 outer or unset; the pair takes its
 *   closest tie.
 */
export type Weighting = 'none' | 'hours' | 'closeness';

export interface StructureOptions {
  /** Tie kinds that join nodes in the structural graph; default all kinds. */
  readonly tieKinds?: readonly TieKind[];
  /** Leave out ties with these strength labels (e.g. ['inactive']); default none. */
  readonly excludeStrengths?: readonly Strength[];
  /** How tie strength becomes edge weight; default 'none'. */
  readonly weighting?: Weighting;
  /** Hours a week assumed for a tie without hours when weighting is 'hours'; default 1. */
  readonly defaultHours?: number;
}

function tieWeight(tie: Tie, weighting: Weighting, defaultHours: number): number {
  if (weighting === 'hours')
    return tie.hoursPerWeek !== undefined && tie.hoursPerWeek > 0 ? tie.hoursPerWeek : defaultHours;
  // The closeness ranks: outer ring 1, middle 2, inner 3 (model/scales.ts).
  if (weighting === 'closeness') return closenessRank(tie.closeness) ?? 1;
  return 1;
}

/**
 * The structural graph in the compact form the analysis works on: nodes by index (document
 * order), one edge per connected pair (ties merged: hours add up, closeness takes the closest
 * ring), and an unweighted CSR adjacency whose rows list each node's edges in the order the pairs
 * first appear among the ties. That is the order a graphology graph built tie by tie keeps too, so
 * every measure sees the same neighbour order whichever form it runs on.
 */
export interface Structure {
  readonly ids: readonly NodeId[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Unweighted CSR adjacency (every step has length 1). */
  readonly csr: Csr;
  /** Edge index of each CSR slot (same length as csr.targets). */
  readonly slotEdge: Int32Array;
  /** Per edge: the endpoint first named by its first tie. */
  readonly edgeSource: Int32Array;
  /** Per edge: the other endpoint. */
  readonly edgeTarget: Int32Array;
  /** Per edge: aggregated strength (see Weighting); 1 when unweighted. */
  readonly edgeWeight: Float64Array;
  /** Per edge: ids of the ties it stands for, in document order. */
  readonly edgeTies: readonly (readonly TieId[])[];
}

/**
 * Build the structural graph of a document without graphology (much faster on big maps). Every
 * node is present, in document order, even without a tie. Ties to missing nodes and self-ties
 * (which a loaded document never has) are skipped rather than thrown on.
 */
export function buildStructure(doc: CareMap, options: StructureOptions = {}): Structure {
  const weighting = options.weighting ?? 'none';
  const defaultHours = options.defaultHours ?? 1;
  const kinds = options.tieKinds === undefined ? null : new Set(options.tieKinds);
  const excluded = new Set(options.excludeStrengths ?? []);
  const ids: NodeId[] = [];
  const indexOf = new Map<string, number>();
  for (const node of doc.nodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, ids.length);
    ids.push(node.id);
  }
  const n = ids.length;
  // Pairs are keyed by a number (low index × n + high index), exact while n² < 2^53.
  const edgeOf = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const ties: TieId[][] = [];
  for (const tie of doc.ties) {
    if (kinds !== null && !kinds.has(tie.kind)) continue;
    if (excluded.has(tie.strength)) continue;
    const s = indexOf.get(tie.source);
    const t = indexOf.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    const w = tieWeight(tie, weighting, defaultHours);
    const key = s < t ? s * n + t : t * n + s;
    const e = edgeOf.get(key);
    if (e === undefined) {
      edgeOf.set(key, source.length);
      source.push(s);
      target.push(t);
      weight.push(w);
      ties.push([tie.id]);
    } else {
      weight[e] = weighting === 'hours' ? (weight[e] as number) + w : Math.max(weight[e] as number, w);
      ties[e]?.push(tie.id);
    }
  }
  const m = source.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[(source[e] as number) + 1] = (offsets[(source[e] as number) + 1] as number) + 1;
    offsets[(target[e] as number) + 1] = (offsets[(target[e] as number) + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(2 * m);
  const slotEdge = new Int32Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const s = source[e] as number;
    const t = target[e] as number;
    const a = fill[s] as number;
    const b = fill[t] as number;
    targets[a] = t;
    targets[b] = s;
    slotEdge[a] = e;
    slotEdge[b] = e;
    fill[s] = a + 1;
    fill[t] = b + 1;
  }
  return {
    ids,
    indexOf,
    csr: { n, ids, offsets, targets, lengths: null },
    slotEdge,
    edgeSource: Int32Array.from(source),
    edgeTarget: Int32Array.from(target),
    edgeWeight: Float64Array.from(weight),
    edgeTies: ties,
  };
}

/** Number of edges (connected pairs) of a structure. */
export function edgeCount(structure: Structure): number {
  return structure.edgeTies.length;
}

/** Number of distinct neighbours of node index `i`. */
export function degreeAt(structure: Structure, i: number): number {
  return (structure.csr.offsets[i + 1] as number) - (structure.csr.offsets[i] as number);
}

/** The edge joining node indices `a` and `b`, or -1 when they are not tied. */
export function edgeBetween(structure: Structure, a: number, b: number): number {
  const { offsets, targets } = structure.csr;
  const end = offsets[a + 1] as number;
  for (let j = offsets[a] as number; j < end; j++)
    if (targets[j] === b) return structure.slotEdge[j] as number;
  return -1;
}

/** The CSR with path lengths 1 / weight on every slot (strength inverted into distance). */
export function distanceCsr(structure: Structure): Csr {
  const lengths = new Float64Array(structure.slotEdge.length);
  for (let j = 0; j < lengths.length; j++)
    lengths[j] = 1 / (structure.edgeWeight[structure.slotEdge[j] as number] as number);
  return { ...structure.csr, lengths };
}
