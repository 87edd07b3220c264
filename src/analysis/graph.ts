// Document -> graphology graphs. The document stays the only source of truth; the graphs hold
// topology and the numbers path measures need, nothing else (node and tie data are looked up in
// the document by id). Two views are built:
//  - `structure`: an undirected *simple* graph for the structural measures (centralities,
//    clustering, cores, cut points, communities). Several ties between the same two nodes (a
//    neighbour who is both a paid worker and a friend) become one edge whose strength is
//    aggregated; direction is dropped, because "who holds the network together" does not depend
//    on which way care flows.
//  - `flows`: a directed multigraph of care flow, giver -> receiver, one edge per care tie and a
//    second, reverse edge for a mutual tie. It answers in/out questions (who gives, who receives).
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';

import type { CareMap, Strength, Tie, TieKind } from '../model';

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

export interface BuildGraphOptions {
  /** Tie kinds that join nodes in the structural graph; default all kinds. */
  readonly tieKinds?: readonly TieKind[];
  /** Leave out ties with these strength labels (e.g. ['inactive']); default none. */
  readonly excludeStrengths?: readonly Strength[];
  /** How tie strength becomes edge weight; default 'none'. */
  readonly weighting?: Weighting;
  /** Hours a week assumed for a tie without hours when weighting is 'hours'; default 1. */
  readonly defaultHours?: number;
  /** Build the care-flow multigraph too; default true (the analysis itself reads flows from care.ts). */
  readonly flows?: boolean;
}

/** Attributes of a structural edge. */
export interface StructureEdge {
  /** Aggregated strength (see Weighting); 1 when unweighted. */
  weight: number;
  /** Path length: 1 / weight. */
  distance: number;
  /** Ids of the ties this edge stands for, in document order. */
  ties: string[];
}

/** Attributes of a care-flow edge. */
export interface FlowEdge {
  /** The care tie this flow comes from. */
  tie: string;
  /** True for the receiver -> giver copy of a mutual tie. */
  reverse: boolean;
}

export interface CareGraphs {
  readonly structure: UndirectedGraph<Record<string, never>, StructureEdge>;
  readonly flows: MultiDirectedGraph<Record<string, never>, FlowEdge>;
}

const RING_WEIGHT = { inner: 3, middle: 2, outer: 1 } as const;

function tieWeight(tie: Tie, weighting: Weighting, defaultHours: number): number {
  if (weighting === 'hours') return tie.hoursPerWeek !== undefined && tie.hoursPerWeek > 0 ? tie.hoursPerWeek : defaultHours;
  if (weighting === 'closeness') return tie.closeness === undefined ? 1 : RING_WEIGHT[tie.closeness];
  return 1;
}

/**
 * Build both graph views of a document. Nodes appear in document order; every node is present
 * even when it has no tie. Ties to missing nodes and self-ties (which a loaded document never
 * has) are skipped rather than thrown on. The flow graph is a multigraph keyed by tie id
 * (`<id>~back` for the reverse copy of a mutual tie) and always holds every care tie, whatever
 * the structural options.
 */
export function buildGraph(doc: CareMap, options: BuildGraphOptions = {}): CareGraphs {
  const weighting = options.weighting ?? 'none';
  const defaultHours = options.defaultHours ?? 1;
  const kinds = options.tieKinds === undefined ? null : new Set(options.tieKinds);
  const excluded = new Set(options.excludeStrengths ?? []);
  const structure = new UndirectedGraph<Record<string, never>, StructureEdge>();
  const flows = new MultiDirectedGraph<Record<string, never>, FlowEdge>();
  const withFlows = options.flows ?? true;
  for (const node of doc.nodes) {
    if (structure.hasNode(node.id)) continue;
    structure.addNode(node.id);
    if (withFlows) flows.addNode(node.id);
  }
  // Aggregate each pair first: one graphology edge per pair, added once (much faster than
  // looking edges up and merging attributes tie by tie).
  const pairs = new Map<string, { source: string; target: string; attrs: StructureEdge }>();
  for (const tie of doc.ties) {
    if (tie.source === tie.target || !structure.hasNode(tie.source) || !structure.hasNode(tie.target)) continue;
    if (withFlows && tie.kind === 'care') {
      flows.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, { tie: tie.id, reverse: false });
      if (tie.mutual) flows.addDirectedEdgeWithKey(`${tie.id}~back`, tie.target, tie.source, { tie: tie.id, reverse: true });
    }
    if (kinds !== null && !kinds.has(tie.kind)) continue;
    if (excluded.has(tie.strength)) continue;
    const w = tieWeight(tie, weighting, defaultHours);
    const key = tie.source < tie.target ? `${tie.source}\u0000${tie.target}` : `${tie.target}\u0000${tie.source}`;
    const existing = pairs.get(key);
    if (existing === undefined) {
      pairs.set(key, { source: tie.source, target: tie.target, attrs: { weight: w, distance: 1 / w, ties: [tie.id] } });
    } else {
      const attrs = existing.attrs;
      attrs.weight = weighting === 'hours' ? attrs.weight + w : Math.max(attrs.weight, w);
      attrs.distance = 1 / attrs.weight;
      attrs.ties.push(tie.id);
    }
  }
  for (const { source, target, attrs } of pairs.values()) structure.addUndirectedEdge(source, target, attrs);
  return { structure, flows };
}
