// Structural measures on an undirected simple graph in CSR form that graphology-metrics does not
// offer: local clustering, Burt's constraint and effective size, core numbers, connected
// components, and cut points (articulation points and bridges, with who each would cut off). All
// are unweighted and undirected; each function names the networkx function it matches.
import type { Csr } from './csr';

/**
 * Triangles through each node and the local clustering coefficient 2T / (d(d−1)) (0 when the
 * degree is below 2). Unweighted; networkx `triangles(G)` and `clustering(G)`.
 */
export function clustering(csr: Csr): { triangles: Float64Array; clustering: Float64Array } {
  const { n, offsets, targets } = csr;
  const mark = new Int32Array(n).fill(-1);
  const triangles = new Float64Array(n);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    for (let j = start; j < end; j++) mark[targets[j] as number] = u;
    let links = 0;
    for (let j = start; j < end; j++) {
      const v = targets[j] as number;
      const vEnd = offsets[v + 1] as number;
      for (let k = offsets[v] as number; k < vEnd; k++) if (mark[targets[k] as number] === u) links++;
    }
    // Each link among neighbours was seen from both ends.
    const t = links / 2;
    const d = end - start;
    triangles[u] = t;
    result[u] = d < 2 ? 0 : (2 * t) / (d * (d - 1));
  }
  return { triangles, clustering: result };
}

/**
 * Burt's constraint (Burt 1992), unweighted: c(u) = Σ_{v∈N(u)} (p_uv + Σ_{w∈N(u)} p_uw p_wv)²
 * with p_uv = 1 / deg(u). High constraint (up to about 1 and beyond for tight cliques) means all
 * of u's contacts know each other; a broker across structural holes scores low. NaN for an
 * isolated node. networkx `constraint(G)`.
 */
export function constraint(csr: Csr): Float64Array {
  const { n, offsets, targets } = csr;
  const mark = new Int32Array(n).fill(-1);
  const indirect = new Float64Array(n);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    const du = end - start;
    if (du === 0) {
      result[u] = NaN;
      continue;
    }
    for (let j = start; j < end; j++) {
      const v = targets[j] as number;
      mark[v] = u;
      indirect[v] = 0;
    }
    for (let j = start; j < end; j++) {
      const w = targets[j] as number;
      const dw = (offsets[w + 1] as number) - (offsets[w] as number);
      const share = 1 / (du * dw);
      const wEnd = offsets[w + 1] as number;
      for (let k = offsets[w] as number; k < wEnd; k++) {
        const v = targets[k] as number;
        if (mark[v] === u) indirect[v] = (indirect[v] as number) + share;
      }
    }
    let c = 0;
    for (let j = start; j < end; j++) {
      const local = 1 / du + (indirect[targets[j] as number] as number);
      c += local * local;
    }
    result[u] = c;
  }
  return result;
}

/**
 * Burt's effective size, unweighted undirected form (Borgatti 1997): n − 2t/n for a node with n
 * contacts and t ties among them, i.e. the number of contacts that are not redundant. NaN for an
 * isolated node. networkx `effective_size(G)`. Takes the triangle counts from `clustering`.
 */
export function effectiveSize(csr: Csr, triangles: Float64Array): Float64Array {
  const result = new Float64Array(csr.n);
  for (let u = 0; u < csr.n; u++) {
    const d = (csr.offsets[u + 1] as number) - (csr.offsets[u] as number);
    result[u] = d === 0 ? NaN : d - (2 * (triangles[u] as number)) / d;
  }
  return result;
}

/**
 * Core number of each node: the largest k such that the node belongs to the k-core (the maximal
 * subgraph where everyone has at least k ties). Batagelj–Zaversnik bucket algorithm, O(m).
 * networkx `core_number(G)`.
 */
export function coreNumbers(csr: Csr): Int32Array {
  const { n, offsets, targets } = csr;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const d = (offsets[v + 1] as number) - (offsets[v] as number);
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v] as number] = (bin[degree[v] as number] as number) + 1;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d] as number;
    bin[d] = start;
    start += count;
  }
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const d = degree[v] as number;
    pos[v] = bin[d] as number;
    vert[pos[v] as number] = v;
    bin[d] = (bin[d] as number) + 1;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1] as number;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i] as number;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      const u = targets[j] as number;
      const du = degree[u] as number;
      if (du > (degree[v] as number)) {
        // Move u to the front of its bucket, then shrink its degree by one.
        const pu = pos[u] as number;
        const pw = bin[du] as number;
        const w = vert[pw] as number;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du] = pw + 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

/** Connected components: a component number per node (in order of first node) and their sizes. */
export function components(csr: Csr): { component: Int32Array; sizes: number[] } {
  const { n, offsets, targets } = csr;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if ((component[s] as number) >= 0) continue;
    const c = sizes.length;
    component[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = targets[j] as number;
        if ((component[w] as number) < 0) {
          component[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { component, sizes };
}

/** A node whose loss splits its component; `cutOff` are the nodes outside the largest remaining part. */
export interface CutNode {
  readonly node: number;
  /** Number of parts its component falls into without it. */
  readonly parts: number;
  readonly cutOff: number[];
}

/** A tie whose loss splits its component; `cutOff` is the smaller side. */
export interface CutEdge {
  readonly a: number;
  readonly b: number;
  readonly cutOff: number[];
}

/**
 * Articulation points and bridges (Hopcroft–Tarjan, iterative depth-first search), each with the
 * nodes it would cut off. networkx `articulation_points(G)` and `bridges(G)`. When a cut leaves
 * parts of equal size, the part holding the depth-first search's root side is kept.
 */
export function cutPoints(csr: Csr): { nodes: CutNode[]; edges: CutEdge[] } {
  const { n, offsets, targets } = csr;
  const pre = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const byPre = new Int32Array(n);
  const next = new Int32Array(n); // next neighbour slot to visit
  const stack = new Int32Array(n);
  const nodes: CutNode[] = [];
  const edges: CutEdge[] = [];
  let counter = 0;
  const range = (from: number, count: number): number[] => Array.from(byPre.subarray(from, from + count));
  for (let root = 0; root < n; root++) {
    if ((pre[root] as number) >= 0) continue;
    const rootPre = counter;
    let top = 0;
    stack[0] = root;
    pre[root] = counter;
    low[root] = counter;
    byPre[counter++] = root;
    next[root] = offsets[root] as number;
    while (top >= 0) {
      const v = stack[top] as number;
      const j = next[v] as number;
      if (j < (offsets[v + 1] as number)) {
        next[v] = j + 1;
        const w = targets[j] as number;
        if ((pre[w] as number) < 0) {
          parent[w] = v;
          pre[w] = counter;
          low[w] = counter;
          byPre[counter++] = w;
          next[w] = offsets[w] as number;
          stack[++top] = w;
        } else if (w !== parent[v] && (pre[w] as number) < (low[v] as number)) {
          low[v] = pre[w] as number;
        }
      } else {
        top--;
        size[v] = counter - (pre[v] as number);
        const p = parent[v] as number;
        if (p >= 0 && (low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
      }
    }
    const componentSize = counter - rootPre;
    // Second sweep over the finished tree of this component, in preorder.
    for (let i = rootPre; i < counter; i++) {
      const v = byPre[i] as number;
      const split: Array<[number, number]> = []; // [preorder start, size] of parts cut away below v
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const c = targets[j] as number;
        if (parent[c] !== v) continue;
        if (v === root || (low[c] as number) >= (pre[v] as number))
          split.push([pre[c] as number, size[c] as number]);
        if ((low[c] as number) > (pre[v] as number)) {
          const below = size[c] as number;
          const cutOff =
            below <= componentSize - below
              ? range(pre[c] as number, below)
              : complement(byPre, rootPre, componentSize, pre[c] as number, below);
          edges.push({ a: v, b: c, cutOff });
        }
      }
      const restSize = componentSize - 1 - split.reduce((s, [, k]) => s + k, 0);
      const parts = split.length + (restSize > 0 ? 1 : 0);
      if (parts < 2) continue;
      // Keep the largest part (the rest above v wins ties); everything else is cut off.
      let keep = -1;
      let best = restSize;
      split.forEach(([, k], idx) => {
        if (k > best) {
          best = k;
          keep = idx;
        }
      });
      const cutOff: number[] = [];
      split.forEach(([from, k], idx) => {
        if (idx !== keep) cutOff.push(...range(from, k));
      });
      if (keep >= 0 && restSize > 0) {
        const inSplit = new Set<number>();
        for (const [from, k] of split) for (let q = from; q < from + k; q++) inSplit.add(q);
        for (let q = rootPre; q < rootPre + componentSize; q++)
          if (q !== pre[v] && !inSplit.has(q)) cutOff.push(byPre[q] as number);
      }
      nodes.push({ node: v, parts, cutOff });
    }
  }
  return { nodes, edges };
}

function complement(
  byPre: Int32Array,
  rootPre: number,
  componentSize: number,
  from: number,
  count: number,
): number[] {
  const out: number[] = [];
  for (let q = rootPre; q < rootPre + componentSize; q++)
    if (q < from || q >= from + count) out.push(byPre[q] as number);
  return out;
}
