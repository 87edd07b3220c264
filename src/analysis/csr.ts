// Compressed sparse row (CSR) adjacency over typed arrays: the compact form the path kernel walks.
// Node i's neighbours are targets[offsets[i] .. offsets[i+1]), with the matching path lengths in
// `lengths` when the graph is weighted. Building it from a graphology graph fixes the node order
// (graph.nodes() order), so results map back to ids by index. Worker messages can carry a Csr as it
// is: it holds only plain arrays.
import type { AbstractGraph, Attributes } from 'graphology-types';

/** An undirected graph in CSR form; each undirected edge appears once in each endpoint's row. */
export interface Csr {
  /** Number of nodes. */
  readonly n: number;
  /** Node ids in index order. */
  readonly ids: readonly string[];
  /** Row starts, length n + 1. */
  readonly offsets: Int32Array;
  /** Neighbour indices, length 2 × edges. */
  readonly targets: Int32Array;
  /** Path length of each slot (> 0 and finite), or null for an unweighted graph (every step 1). */
  readonly lengths: Float64Array | null;
}

/**
 * CSR view of an undirected simple graph. `lengthAttribute` names the edge attribute holding a
 * path *length* (a distance, already inverted from any strength); omit it for unweighted paths.
 * Throws if a length is not a positive finite number, because Brandes' algorithm is only correct
 * for positive lengths and buildGraph never produces others.
 */
export function csrFromGraph(graph: AbstractGraph<Attributes, Attributes>, lengthAttribute?: string): Csr {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + graph.degree(ids[i] as string);
  const total = offsets[n] as number;
  const targets = new Int32Array(total);
  const lengths = lengthAttribute === undefined ? null : new Float64Array(total);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const a = fill[s] as number;
    const b = fill[t] as number;
    targets[a] = t;
    targets[b] = s;
    fill[s] = a + 1;
    fill[t] = b + 1;
    if (lengths !== null) {
      const length = (attributes as Record<string, unknown>)[lengthAttribute as string];
      if (typeof length !== 'number' || !(length > 0) || !Number.isFinite(length)) {
        throw new Error(
          `csrFromGraph: edge ${source}-${target} has path length ${String(length)}; lengths must be positive and finite`,
        );
      }
      lengths[a] = length;
      lengths[b] = length;
    }
  });
  return { n, ids, offsets, targets, lengths };
}

/**
 * CSR from an edge list over nodes 0..n-1 (used by the bench and kernel tests, where building a
 * graphology graph first would only add noise). Duplicate edges and self-loops must not be given.
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
