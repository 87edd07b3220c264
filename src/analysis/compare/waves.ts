// Comparing two waves of a network the way social network analysts do (the R packages `sna` and
// `manynet`): ties kept, gained and lost, the Jaccard index of ties, the Hamming distance, and the
// stability of the centrality rankings as Spearman rank correlations of degree and betweenness.
// "Ties" here are the connected pairs of the structural graph (undirected, any tie kind, several
// ties between one pair counted once): the graph density and components are read from, so the
// figures agree with each other. Nodes are compared through the node matching; a node only in one
// state has no ties in the other.
import type { CareMap } from '../../model';
import { buildStructure, degreeAt, type Structure } from '../graph';
import { pathCentrality } from '../kernel';
import type { NodeMatching } from './match';

/** Maps bigger than this skip betweenness unless asked (it takes about a minute at 20,000 nodes). */
export const WAVE_PATHS_LIMIT = 5000;

export interface WaveMeasures {
  /** Nodes matched in both states, only in B, only in A. */
  readonly nodes: { readonly kept: number; readonly gained: number; readonly lost: number };
  /** Connected pairs in both states, only in B, only in A. */
  readonly ties: { readonly kept: number; readonly gained: number; readonly lost: number };
  /** kept / (kept + gained + lost); null when neither state has a tie. */
  readonly jaccard: number | null;
  /** Pairs tied in one state and not the other (gained + lost), over the union of the nodes. */
  readonly hamming: number;
  /** Spearman's rho of degree over the matched nodes; null with fewer than 2 or no variation. */
  readonly degreeSpearman: number | null;
  /** Spearman's rho of normalised betweenness over the matched nodes; null when skipped or undefined. */
  readonly betweennessSpearman: number | null;
  /** Why betweenness was not compared, or null when it was. */
  readonly betweennessSkipped: string | null;
}

export interface WaveOptions {
  /**
   * Betweenness: 'auto' (default) computes it when both maps have at most WAVE_PATHS_LIMIT nodes;
   * 'always' and 'never' force it; or give it, normalised, in each map's node order.
   */
  readonly betweenness?:
    'auto' | 'always' | 'never' | { readonly a: ArrayLike<number>; readonly b: ArrayLike<number> };
}

/** Ranks 1..n with ties given their average rank (as scipy.stats.rankdata's default). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (values[i] as number) - (values[j] as number),
  );
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (scipy.stats.spearmanr). Null
 * with fewer than two pairs or when either side does not vary (scipy gives nan).
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n !== y.length) throw new Error(`spearman: ${n} values against ${y.length}`);
  if (n < 2) return null;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function pairKeys(s: Structure): Set<number> {
  const n = s.ids.length;
  const out = new Set<number>();
  for (let e = 0; e < s.edgeSource.length; e++) {
    const x = s.edgeSource[e] as number;
    const y = s.edgeTarget[e] as number;
    out.add(x < y ? x * n + y : y * n + x);
  }
  return out;
}

/** The wave measures of two states (see the module header for what counts as a tie). */
export function waveMeasures(
  a: CareMap,
  b: CareMap,
  matching: NodeMatching,
  options: WaveOptions = {},
): WaveMeasures {
  const sa = buildStructure(a);
  const sb = buildStructure(b);
  const nb = sb.ids.length;
  // Node index in B of each node index in A (-1 when unmatched).
  const toB = new Int32Array(sa.ids.length).fill(-1);
  sa.ids.forEach((id, i) => {
    const j = sb.indexOf.get(matching.aToB.get(id) ?? '');
    if (j !== undefined) toB[i] = j;
  });
  const inB = pairKeys(sb);
  let kept = 0;
  let lost = 0;
  for (let e = 0; e < sa.edgeSource.length; e++) {
    const x = toB[sa.edgeSource[e] as number] as number;
    const y = toB[sa.edgeTarget[e] as number] as number;
    if (x >= 0 && y >= 0 && inB.has(x < y ? x * nb + y : y * nb + x)) kept += 1;
    else lost += 1;
  }
  const gained = inB.size - kept;

  const common: [number, number][] = [];
  toB.forEach((j, i) => {
    if (j >= 0) common.push([i, j]);
  });
  const degreeSpearman = spearman(
    common.map(([i]) => degreeAt(sa, i)),
    common.map(([, j]) => degreeAt(sb, j)),
  );

  const mode = options.betweenness ?? 'auto';
  let betweennessSpearman: number | null = null;
  let betweennessSkipped: string | null = null;
  if (mode === 'never') betweennessSkipped = 'not asked for';
  else if (mode === 'auto' && Math.max(sa.ids.length, nb) > WAVE_PATHS_LIMIT) {
    betweennessSkipped = `a map has more than ${WAVE_PATHS_LIMIT.toLocaleString('en-GB')} nodes`;
  } else {
    const ba = typeof mode === 'object' ? mode.a : pathCentrality(sa.csr).betweenness;
    const bb = typeof mode === 'object' ? mode.b : pathCentrality(sb.csr).betweenness;
    // Rounded to 12 decimals first, so nodes equal in theory but apart by a rounding error in the
    // last bit share a rank, as they do in networkx.
    const round = (v: number) => Math.round(v * 1e12) / 1e12;
    betweennessSpearman = spearman(
      common.map(([i]) => round(ba[i] as number)),
      common.map(([, j]) => round(bb[j] as number)),
    );
  }
  const union = kept + gained + lost;
  return {
    nodes: { kept: common.length, gained: nb - common.length, lost: sa.ids.length - common.length },
    ties: { kept, gained, lost },
    jaccard: union === 0 ? null : kept / union,
    hamming: gained + lost,
    degreeSpearman,
    betweennessSpearman,
    betweennessSkipped,
  };
}
