// Graphs built independently of the analysis, for the tests that check it against references:
// a CSR read off any graphology graph (so the kernel can run on exactly the graph graphology-metrics
// runs on), a CSR from a bare edge list (hand-worked graphs), and the structural graph of a
// document built tie by tie with graphology (what buildStructure must agree with, slot for slot).
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';

import type { Csr, Weighting } from '../../src/analysis';
import type { CareMap } from '../../src/model';

/**
 * CSR view of an undirected simple graph. `lengthAttribute` names the edge attribute holding a
 * path *length* (a distance, already inverted from any strength); omit it for unweighted paths.
 * Throws if a length is not a positive finite number, because Brandes' algorithm is only correct
 * for positive lengths.
 */
export function csrFromGraph(graph: AbstractGraph<Attributes, Attributes>, lengthAttribute?: string): Csr {
  const ids = graph.nodes();
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  const edges: Array<[number, number]> = [];
  const lengths: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    edges.push([index.get(source) as number, index.get(target) as number]);
    if (lengthAttribute === undefined) return;
    const length = (attributes as Record<string, unknown>)[lengthAttribute];
    if (typeof length !== 'number' || !(length > 0) || !Number.isFinite(length)) {
      throw new Error(
        `csrFromGraph: edge ${source}-${target} has path length ${String(length)}; lengths must be positive and finite`,
      );
    }
    lengths.push(length);
  });
  return { ...csrFromEdges(ids.length, edges, lengthAttribute === undefined ? undefined : lengths), ids };
}

/**
 * CSR from an edge list over nodes 0..n-1, for hand-worked graphs where building a graphology
 * graph first would only add noise. Duplicate edges and self-loops must not be given.
 */
export function csrFromEdges(
  n: number,
  edges: ReadonlyArray<readonly [number, number]>,
  lengths?: readonly number[],
): Csr {
  const offsets = new Int32Array(n + 1);
  for (const [s, t] of edges) {
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    offsets[t + 1] = (offsets[t + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const out = lengths === undefined ? null : new Float64Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  edges.forEach(([s, t], e) => {
    const a = fill[s] as number;
    const b = fill[t] as number;
    targets[a] = t;
    targets[b] = s;
    fill[s] = a + 1;
    fill[t] = b + 1;
    if (out !== null) {
      out[a] = lengths?.[e] as number;
      out[b] = lengths?.[e] as number;
    }
  });
  return { n, ids: Array.from({ length: n }, (_, i) => String(i)), offsets, targets, lengths: out };
}

const RING = { inner: 3, middle: 2, outer: 1 } as const;

/**
 * The structural graph of a document, built with graphology one tie at a time: one edge per
 * connected pair, weight = hours a week (summed over the pair's ties, `defaultHours` when a tie
 * has none) or closeness ring (3/2/1, the pair's closest), `distance` = 1 / weight. Every node is
 * kept; self-ties and ties to missing nodes are skipped.
 */
export function referenceGraph(
  doc: CareMap,
  options: { weighting?: Weighting; defaultHours?: number } = {},
): UndirectedGraph<Record<string, never>, { weight: number; distance: number }> {
  const { weighting = 'none', defaultHours = 1 } = options;
  const g = new UndirectedGraph<Record<string, never>, { weight: number; distance: number }>();
  for (const node of doc.nodes) g.mergeNode(node.id);
  for (const tie of doc.ties) {
    if (tie.source === tie.target || !g.hasNode(tie.source) || !g.hasNode(tie.target)) continue;
    const w =
      weighting === 'hours'
        ? tie.hoursPerWeek !== undefined && tie.hoursPerWeek > 0
          ? tie.hoursPerWeek
          : defaultHours
        : weighting === 'closeness'
          ? RING[tie.closeness ?? 'outer']
          : 1;
    if (!g.hasEdge(tie.source, tie.target)) g.addEdge(tie.source, tie.target, { weight: w, distance: 1 / w });
    else {
      const old = g.getEdgeAttribute(tie.source, tie.target, 'weight');
      const weight = weighting === 'hours' ? old + w : Math.max(old, w);
      g.replaceEdgeAttributes(tie.source, tie.target, { weight, distance: 1 / weight });
    }
  }
  return g;
}
