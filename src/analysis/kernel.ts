// The fast path kernel: betweenness and closeness centrality in one pass of Brandes' algorithm
// (Brandes 2001, "A faster algorithm for betweenness centrality") over a CSR graph held in typed
// arrays. Breadth-first search for unweighted graphs, Dijkstra with a binary heap for weighted
// ones. graphology-metrics computes the same numbers about 3–10× slower and in two separate passes;
// this module exists only for speed, and the tests prove it equal to graphology-metrics and
// networkx. It knows nothing of care maps: ids, weights and meaning are the caller's business.
//
// The work splits by source node: `pathPass` over sources [from, to) returns raw sums that add up,
// so two workers can each take half of the sources and `finishPaths` merges their parts. A pass may
// also run over a chosen list of sources (a sample, see sampling.ts) and then keeps the extra sums
// an estimate and its error need; finishing an estimate is sampling.ts's business.
import type { Csr } from './csr';
import type { PathEstimate } from './sampling';

/** Raw, unnormalised sums from a range of source nodes; parts from disjoint ranges add up. */
export interface PathSums {
  /** Sum over ordered (source, target) pairs of the share of shortest paths through each node. */
  readonly betweenness: Float64Array;
  /** Sum of shortest-path lengths from each source to every node it reaches (only sources filled). */
  readonly distanceSum: Float64Array;
  /** Number of other nodes each source reaches (only sources filled). */
  readonly reached: Int32Array;
  /** Per-target sums for an estimate; present only when the pass ran with `sample: true`. */
  readonly sample?: SampleSums;
}

/**
 * What a pass over a sample of sources adds, per node v, so that sampling.ts can scale the sample
 * up and say how far the estimate may be off. Parts from disjoint source lists add up.
 */
export interface SampleSums {
  /** Σ over sampled sources s of δ_s(v)², v's squared dependency on s (0 when s = v). */
  readonly betweennessSquares: Float64Array;
  /** Σ over sampled sources s ≠ v that reach v of the distance d(s, v). */
  readonly distances: Float64Array;
  /** Σ of d(s, v)² over the same sources. */
  readonly distanceSquares: Float64Array;
  /** How many sampled sources s ≠ v reach v. */
  readonly hits: Int32Array;
}

export interface PathPassOptions {
  /** Node indices to use as sources, in order; default every node 0..n−1. */
  readonly sources?: Int32Array | null;
  /** First position in the source list (inclusive); default 0. */
  readonly from?: number;
  /** Last position in the source list (exclusive); default the list's length. */
  readonly to?: number;
  /** Keep the per-target sums an estimate needs (SampleSums); default false. */
  readonly sample?: boolean;
  /**
   * Share [from, to) with other threads as it goes: positions are taken a few at a time from
   * `claim[0]` (an Int32Array on a SharedArrayBuffer, starting at `from`) with Atomics.add, so
   * whichever thread is free takes the next ones. Without it this pass runs every position.
   */
  readonly claim?: Int32Array;
  /** Called every `progressEvery` sources, and after the last, with (sources done, sources in range). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /** Polled with the progress callback; returning true stops the pass early (result is partial). */
  readonly shouldStop?: () => boolean;
}

/**
 * Run Brandes' algorithm from each source at positions [from, to) of the source list (every node
 * by default). Uses path lengths from `csr.lengths` when present (Dijkstra), otherwise counts
 * steps (BFS). Paths are equal in length only when their floating-point sums are exactly equal, as
 * in networkx.
 */
export function pathPass(csr: Csr, options: PathPassOptions = {}): PathSums {
  const n = csr.n;
  const sources = options.sources ?? null;
  const count = sources === null ? n : sources.length;
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(count, options.to ?? count);
  const sums: PathSums = {
    betweenness: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
    ...(options.sample === true
      ? {
          sample: {
            betweennessSquares: new Float64Array(n),
            distances: new Float64Array(n),
            distanceSquares: new Float64Array(n),
            hits: new Int32Array(n),
          },
        }
      : {}),
  };
  const single = csr.lengths === null ? unweightedSource(csr, sums) : weightedSource(csr, sums);
  try {
    runPositions(single.run, sources, from, to, options);
  } finally {
    single.flush();
  }
  return sums;
}

/** Run the sources at positions [from, to), claimed and reported as `pathPass` describes. */
function runPositions(
  single: (s: number) => void,
  sources: Int32Array | null,
  from: number,
  to: number,
  options: PathPassOptions,
): void {
  const every = Math.max(1, options.progressEvery ?? 256);
  const claim = options.claim;
  let done = 0;
  let reported = 0;
  for (let next = from; ;) {
    const start = claim === undefined ? next : Atomics.add(claim, 0, CLAIM_STEP);
    if (start >= to) break;
    const end = claim === undefined ? to : Math.min(to, start + CLAIM_STEP);
    for (let k = start; k < end; k++) {
      single(sources === null ? k : (sources[k] as number));
      done++;
      // The last source always reports, so a share smaller than `every` still says it is done.
      if (done % every === 0 || k === to - 1) {
        options.onProgress?.(done, to - from);
        reported = done;
        if (options.shouldStop?.() === true) return;
      }
    }
    next = end;
  }
  // Sharing a claim, this thread may not have run the last position: say how far it got.
  if (reported !== done) options.onProgress?.(done, to - from);
}

/** Positions a thread takes at a time from a shared claim counter. */
const CLAIM_STEP = 4;

/** Sum the parts of several passes over disjoint source ranges (mutates and returns the first). */
export function mergePathSums(parts: readonly PathSums[]): PathSums {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('mergePathSums: no parts to merge');
  for (const part of rest) {
    addInto(first.betweenness, part.betweenness);
    addInto(first.distanceSum, part.distanceSum);
    addInto(first.reached, part.reached);
    if (first.sample !== undefined && part.sample !== undefined) {
      addInto(first.sample.betweennessSquares, part.sample.betweennessSquares);
      addInto(first.sample.distances, part.sample.distances);
      addInto(first.sample.distanceSquares, part.sample.distanceSquares);
      addInto(first.sample.hits, part.sample.hits);
    } else if (first.sample !== undefined || part.sample !== undefined) {
      throw new Error('mergePathSums: a sampled part cannot be merged with an exact one');
    }
  }
  return first;
}

function addInto<T extends Float64Array | Int32Array>(into: T, from: T): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

/** Final, normalised path centralities. */
export interface PathCentrality {
  /**
   * Betweenness normalised by (n−1)(n−2), the undirected pair count times two, so a value lies in
   * [0, 1]: networkx `betweenness_centrality(G, normalized=True)` and graphology-metrics'
   * default. 0 for every node when n ≤ 2.
   */
  readonly betweenness: Float64Array;
  /**
   * Closeness with the Wasserman–Faust correction for disconnected graphs: (r / D) × (r / (n−1))
   * where r is the number of nodes reached and D the sum of their distances; 0 for a node that
   * reaches nobody. networkx `closeness_centrality(G)` (wf_improved=True) and graphology-metrics
   * with `wassermanFaust: true`.
   */
  readonly closeness: Float64Array;
  /** Present when both were estimated from a sample of sources (see sampling.ts). */
  readonly estimate?: PathEstimate;
}

/** Turn complete raw sums (every source visited) into normalised betweenness and closeness. */
export function finishPaths(n: number, sums: PathSums): PathCentrality {
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) {
    betweenness[i] = (sums.betweenness[i] as number) * scale;
    const r = sums.reached[i] as number;
    const d = sums.distanceSum[i] as number;
    closeness[i] = d > 0 && n > 1 ? (r / d) * (r / (n - 1)) : 0;
  }
  return { betweenness, closeness };
}

/** Betweenness and closeness of every node in one call (single thread). */
export function pathCentrality(csr: Csr, options: Omit<PathPassOptions, 'from' | 'to'> = {}): PathCentrality {
  return finishPaths(csr.n, pathPass(csr, options));
}

// ---------------------------------------------------------------- single-source passes

function unweightedSource(csr: Csr, sums: PathSums): SourcePass {
  const { n, offsets, targets } = csr;
  // Distances are stored offset by a base that grows with every source, so a node is undiscovered
  // when its entry is below the base: no pass over every node to reset them after each source
  // (on a 200,000-node map that pass was a tenth of the time).
  const dist = new Int32Array(n).fill(-1);
  let base = 0;
  const sigma = new Float64Array(n);
  // (1 + delta[v]) / sigma[v] of each node once its dependency delta[v] is known; always written
  // for a node before a predecessor reads it, so never reset either.
  const factor = new Float64Array(n);
  // BFS order doubles as the queue and, read backwards, as Brandes' stack.
  const order = new Int32Array(n);
  // The shortest-path DAG: the successors of the node at BFS position i are
  // successors[first[i] .. first[i + 1]). Recording them on the way out means the way back reads
  // only DAG edges (at most one direction of each tie) instead of every neighbour again.
  const successors = new Int32Array(targets.length);
  const first = new Int32Array(n + 1);
  const bc = sums.betweenness;
  const sample = SampleBuffer.of(sums, n);
  const run = (s: number): void => {
    if (base > 0x7fffffff - 2 * (n + 1)) {
      dist.fill(-1);
      base = 0;
    }
    base += n + 1;
    dist[s] = base;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    let edges = 0;
    while (head < tail) {
      first[head] = edges;
      const v = order[head++] as number;
      const dv = dist[v] as number;
      total += dv - base;
      const sv = sigma[v] as number;
      const next = dv + 1;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = targets[j] as number;
        const dw = dist[w] as number;
        // Found now: its path count starts at v's. Found earlier at the next level: one more
        // predecessor. (Exactly the sums of counting from 0: sv + 0 is sv.)
        if (dw < base) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          successors[edges++] = w;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
          successors[edges++] = w;
        }
      }
    }
    first[tail] = edges;
    sums.distanceSum[s] = total;
    sums.reached[s] = tail - 1;
    // Accumulate dependencies in reverse BFS order, *pulling* from successors:
    // delta[v] = sigma[v] × Σ_w (1 + delta[w]) / sigma[w]. Each node's factor (1 + delta[w]) /
    // sigma[w] is final before any predecessor reads it, so it is stored once (one division per
    // node, not per edge) and the inner loop only reads.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i] as number;
      let pulled = 0;
      const end = first[i + 1] as number;
      for (let k = first[i] as number; k < end; k++) pulled += factor[successors[k] as number] as number;
      const sv = sigma[v] as number;
      const dv = sv * pulled;
      factor[v] = (1 + dv) / sv;
      bc[v] = (bc[v] as number) + dv;
      if (sample !== null) sample.add(v, dv, (dist[v] as number) - base);
    }
  };
  return { run, flush: () => sample?.flush() };
}

/** One pass's per-source step, and what writes its running totals into the pass's sums. */
interface SourcePass {
  readonly run: (s: number) => void;
  readonly flush: () => void;
}

/**
 * The sums an estimate needs (SampleSums), gathered in one array with the four sums of a node side
 * by side: each node's update then touches one cache line instead of four, which on a map too big
 * for the cache (where sampling happens) is a good part of the pass. `flush` adds them into the
 * pass's SampleSums.
 */
class SampleBuffer {
  private readonly sums: Float64Array;

  private constructor(
    private readonly into: SampleSums,
    n: number,
  ) {
    this.sums = new Float64Array(4 * n);
  }

  /** A buffer for the pass's sample sums, or null when the pass keeps none. */
  static of(pass: PathSums, n: number): SampleBuffer | null {
    return pass.sample === undefined ? null : new SampleBuffer(pass.sample, n);
  }

  /** Add one sampled source's dependency and distance for target v (v ≠ the source). */
  add(v: number, dependency: number, distance: number): void {
    const sums = this.sums;
    const at = 4 * v;
    sums[at] = (sums[at] as number) + dependency * dependency;
    sums[at + 1] = (sums[at + 1] as number) + distance;
    sums[at + 2] = (sums[at + 2] as number) + distance * distance;
    sums[at + 3] = (sums[at + 3] as number) + 1;
  }

  flush(): void {
    const { sums, into } = this;
    for (let v = 0; v < into.hits.length; v++) {
      const at = 4 * v;
      into.betweennessSquares[v] = (into.betweennessSquares[v] as number) + (sums[at] as number);
      into.distances[v] = (into.distances[v] as number) + (sums[at + 1] as number);
      into.distanceSquares[v] = (into.distanceSquares[v] as number) + (sums[at + 2] as number);
      into.hits[v] = (into.hits[v] as number) + (sums[at + 3] as number);
    }
    sums.fill(0);
  }
}

function weightedSource(csr: Csr, sums: PathSums): SourcePass {
  const { n, offsets, targets } = csr;
  const lengths = csr.lengths as Float64Array;
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const factor = new Float64Array(n);
  // Settling rank; -1 while unsettled. Predecessors must settle before their successors.
  const rank = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const heap = new MinHeap(targets.length + 1);
  const bc = sums.betweenness;
  const sample = SampleBuffer.of(sums, n);
  const run = (s: number): void => {
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(s, 0);
    let settled = 0;
    let total = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if ((rank[v] as number) >= 0) continue; // a stale entry: v settled earlier at a shorter distance
      rank[v] = settled;
      order[settled++] = v;
      const dv = dist[v] as number;
      total += dv;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = targets[j] as number;
        if ((rank[w] as number) >= 0) continue;
        const candidate = dv + (lengths[j] as number);
        const dw = dist[w] as number;
        if (candidate < dw) {
          dist[w] = candidate;
          sigma[w] = sv;
          heap.push(w, candidate);
        } else if (candidate === dw) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    sums.distanceSum[s] = total;
    sums.reached[s] = settled - 1;
    // Pull dependencies from successors, as in the unweighted pass: w follows v on a shortest path
    // when it settled later and dist[v] + length === dist[w] (the same sum of the same operands as
    // in the forward pass, so the comparison is exact).
    for (let i = settled - 1; i > 0; i--) {
      const v = order[i] as number;
      const dv = dist[v] as number;
      const rv = rank[v] as number;
      let pulled = 0;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = targets[j] as number;
        if ((rank[w] as number) > rv && dv + (lengths[j] as number) === dist[w])
          pulled += factor[w] as number;
      }
      const delta = (sigma[v] as number) * pulled;
      factor[v] = (1 + delta) / (sigma[v] as number);
      bc[v] = (bc[v] as number) + delta;
      if (sample !== null) sample.add(v, delta, dv);
    }
    for (let i = 0; i < settled; i++) {
      const v = order[i] as number;
      dist[v] = Infinity;
      sigma[v] = 0;
      factor[v] = 0;
      rank[v] = -1;
    }
  };
  return { run, flush: () => sample?.flush() };
}

/** Binary min-heap of (node, key) pairs in typed arrays; stale entries are skipped by the caller. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  push(item: number, key: number): void {
    const keys = this.keys;
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      items[i] = items[parent] as number;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  pop(): number {
    const keys = this.keys;
    const items = this.items;
    const top = items[0] as number;
    const last = --this.size;
    if (last > 0) {
      const key = keys[last] as number;
      const item = items[last] as number;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (keys[right] as number) < (keys[child] as number)) child = right;
        if ((keys[child] as number) >= key) break;
        keys[i] = keys[child] as number;
        items[i] = items[child] as number;
        i = child;
      }
      keys[i] = key;
      items[i] = item;
    }
    return top;
  }
}
