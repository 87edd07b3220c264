// Node order for the path kernel on big maps. Brandes' pass reads each node's distance and path
// count at random as it walks the ties; on a map whose arrays outgrow the processor's cache (a
// 200,000-node map) nearly every such read misses. Numbering the nodes in breadth-first order
// puts the neighbours of a node close together in memory, so the same pass runs about a third
// faster. The kernel walks the renumbered CSR; its sums are put back in the map's order before
// anything reads them, so results are the same up to the order floating-point sums are added in.
import type { Csr } from './csr';
import type { PathSums } from './kernel';

/** Maps with at least this many nodes are renumbered (below it the arrays stay in cache). */
export const REORDER_FROM = 20_000;

/** A CSR renumbered for locality, with the way back to the original numbering. */
export interface Reordered {
  /** The renumbered graph: node `i` here is node `original[i]` of the map. */
  readonly csr: Csr;
  /** original[i] = the map's index of renumbered node i. */
  readonly original: Int32Array;
  /** renumbered[v] = the renumbered index of the map's node v. */
  readonly renumbered: Int32Array;
}

/**
 * Breadth-first numbering: from the node with most ties, then from the first node not yet
 * reached, and so on for every component. Each node's neighbours keep their relative order.
 * `ids` of the result is empty (the kernel never reads ids).
 */
export function breadthFirstOrder(csr: Csr): Reordered {
  const { n, offsets, targets } = csr;
  const original = new Int32Array(n);
  const renumbered = new Int32Array(n).fill(-1);
  let hub = 0;
  for (let v = 1; v < n; v++) {
    if ((offsets[v + 1] as number) - (offsets[v] as number) > (offsets[hub + 1] as number) - (offsets[hub] as number))
      hub = v;
  }
  let tail = 0;
  let nextRoot = 0;
  for (let root = hub; n > 0 && root < n; ) {
    renumbered[root] = tail;
    original[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = original[head] as number;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = targets[j] as number;
        if ((renumbered[w] as number) < 0) {
          renumbered[w] = tail;
          original[tail++] = w;
        }
      }
    }
    while (nextRoot < n && (renumbered[nextRoot] as number) >= 0) nextRoot++;
    root = nextRoot;
  }
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(targets.length);
  const lengths = csr.lengths;
  const newLengths = lengths === null ? null : new Float64Array(lengths.length);
  for (let i = 0; i < n; i++) {
    const v = original[i] as number;
    let at = newOffsets[i] as number;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      newTargets[at] = renumbered[targets[j] as number] as number;
      if (newLengths !== null) newLengths[at] = (lengths as Float64Array)[j] as number;
      at++;
    }
    newOffsets[i + 1] = at;
  }
  return {
    csr: { n, ids: [], offsets: newOffsets, targets: newTargets, lengths: newLengths },
    original,
    renumbered,
  };
}

/** Sources (the map's indices) in the renumbered graph's indices. */
export function renumberSources(order: Reordered, sources: Int32Array): Int32Array {
  return sources.map((s) => order.renumbered[s] as number);
}

/** Sums of a pass over the renumbered graph, back in the map's node order. */
export function restoreSums(order: Reordered, sums: PathSums): PathSums {
  const back = <T extends Float64Array | Int32Array>(values: T): T => {
    const out = values.slice() as T;
    for (let i = 0; i < values.length; i++) out[order.original[i] as number] = values[i] as number;
    return out;
  };
  const { sample } = sums;
  return {
    betweenness: back(sums.betweenness),
    distanceSum: back(sums.distanceSum),
    reached: back(sums.reached),
    ...(sample === undefined
      ? {}
      : {
          sample: {
            betweennessSquares: back(sample.betweennessSquares),
            distances: back(sample.distances),
            distanceSquares: back(sample.distanceSquares),
            hits: back(sample.hits),
          },
        }),
  };
}
