// PageRank and eigenvector centrality by power iteration straight over the CSR adjacency. They
// follow networkx's (and graphology-metrics') iteration step for step — the same start vector,
// update, stopping rule and normalisation — so results agree to rounding; running them on typed
// arrays avoids building a second graph index (about 10× faster on a 20,000-node map). Tests
// compare them with graphology-metrics and with networkx fixtures.
import type { Csr } from './csr';

export interface PowerIterationOptions {
  /** Weight of each CSR slot (both slots of an edge carry the edge's weight); null = all 1. */
  readonly weights: Float64Array | null;
  /** Stop when Σ|x − x_last| < n × tolerance. */
  readonly tolerance: number;
  readonly maxIterations: number;
}

function slotWeight(weights: Float64Array | null, j: number): number {
  return weights === null ? 1 : (weights[j] as number);
}

/**
 * PageRank of an undirected graph read as directed both ways (networkx `pagerank(G, alpha)` with a
 * uniform teleport): each step x'[v] = α Σ_{u~v} x[u] w_uv / W_u + (α × dangling mass + 1 − α) / n,
 * where W_u is u's weighted degree and a node with no ties (dangling) spreads its mass evenly.
 * Values sum to 1. Returns null when it does not converge within `maxIterations`.
 */
export function pagerankCsr(csr: Csr, alpha: number, options: PowerIterationOptions): Float64Array | null {
  const { n, offsets, targets } = csr;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  // Share of u's mass each slot passes on: w_uv / W_u.
  const share = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let total = 0;
    for (let j = start; j < end; j++) total += slotWeight(options.weights, j);
    if (total === 0) dangling.push(u);
    for (let j = start; j < end; j++) share[j] = slotWeight(options.weights, j) / total;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const u of dangling) dangleSum += x[u] as number;
    const base = alpha * dangleSum * p + (1 - alpha) * p;
    for (let u = 0; u < n; u++) {
      const mass = alpha * (x[u] as number);
      const end = offsets[u + 1] as number;
      for (let j = offsets[u] as number; j < end; j++) {
        const v = targets[j] as number;
        next[v] = (next[v] as number) + mass * (share[j] as number);
      }
      next[u] = (next[u] as number) + base;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (error < n * options.tolerance) return x;
  }
  return null;
}

/**
 * Eigenvector centrality (networkx `eigenvector_centrality`): power iteration on A + I (the
 * identity shift keeps bipartite graphs from oscillating) from the uniform vector, normalised to
 * Euclidean length 1 after each step. Returns null when it does not converge.
 */
export function eigenvectorCsr(csr: Csr, options: PowerIterationOptions): Float64Array | null {
  const { n, offsets, targets } = csr;
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    next.set(x);
    for (let u = 0; u < n; u++) {
      const xu = x[u] as number;
      const end = offsets[u + 1] as number;
      for (let j = offsets[u] as number; j < end; j++) {
        const v = targets[j] as number;
        next[v] = (next[v] as number) + xu * slotWeight(options.weights, j);
      }
    }
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (next[i] as number) * (next[i] as number);
    const norm = Math.sqrt(squares);
    if (!(norm > 0) || !Number.isFinite(norm)) return null;
    let error = 0;
    for (let i = 0; i < n; i++) {
      const value = (next[i] as number) / norm;
      next[i] = value;
      error += Math.abs(value - (x[i] as number));
    }
    [x, next] = [next, x];
    if (error < n * options.tolerance) return x;
  }
  return null;
}
