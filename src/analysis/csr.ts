// Compressed sparse row (CSR) adjacency over typed arrays: the compact form the path kernel walks.
// Node i's neighbours are targets[offsets[i] .. offsets[i+1]), with the matching path lengths in
// `lengths` when the graph is weighted; results map back to ids by index. The analysis builds its
// CSR from a document in graph.ts (buildStructure). Worker messages can carry a Csr as it is: it
// holds only plain arrays.

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
