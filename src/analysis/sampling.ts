// Betweenness and closeness on maps too big for the exact pass. The exact pass runs Brandes'
// algorithm from every node, so its cost grows as n × (n + 2m): about 20 s on two cores at
// 20,000 nodes here, hours at 200,000. Above EXACT_PATH_BUDGET the pass runs from a random sample
// of sources instead and scales the sums up (pivot sampling: Brandes & Pich 2007, "Centrality
// estimation in large networks"; closeness by sampled distances as in Eppstein & Wang 2004).
// The sample is drawn per connected component in proportion to its size (a node only gathers
// betweenness from sources in its own component), small components are run whole, and every
// estimate carries the half-width of a 95% interval, from the spread of the sampled values.
//
// This module plans the sources and turns sampled sums into values; the pass itself is the
// kernel's (kernel.ts), and who runs which part is the worker core's (workerCore.ts).
import type { Csr } from './csr';
import { finishPaths, type PathCentrality, pathPass, type PathPassOptions, type PathSums } from './kernel';
import { seededRandom } from './settings';
import { components } from './structure';

/**
 * Work of an exact pass above which the path measures are estimated, in neighbour visits
 * (sources × (n + 2m), three times that on weighted maps, where Dijkstra's heap costs about three
 * BFS steps). Measured at about 9 ns a visit on one core of the reference machine, this is about
 * 20 s on two cores: 20,000 nodes with 60,000 ties are still exact, 30,000 are estimated.
 */
export const EXACT_PATH_BUDGET = 4e9;

/** Work of an estimate, in the same units: about half the exact budget. */
export const SAMPLE_PATH_BUDGET = 2e9;

/**
 * An estimate uses at least this many sources, however big the map. On generated maps of 5,000
 * nodes, 1,000 sources ranked betweenness with a Spearman correlation of 0.953 against the exact
 * values and 2,000 with 0.977 (closeness 0.998 and 0.9996).
 */
export const MIN_SAMPLE_SOURCES = 2000;

/** A component is sampled only when it has more nodes than this; smaller ones run whole. */
const MIN_SAMPLED_COMPONENT = 2;

/** z for a two-sided 95% interval. */
const Z95 = 1.959964;

/** How the path measures of a result were estimated (absent when they are exact). */
export interface PathEstimate {
  readonly method: 'source sampling (Brandes–Pich pivots), stratified by component';
  /** Sources the pass ran from. */
  readonly sources: number;
  /** Nodes in the map (the sources of an exact pass). */
  readonly of: number;
  /** Seed of the sample (the analysis seed), so the same map gives the same estimate. */
  readonly seed: number;
  /** Confidence of the intervals below. */
  readonly confidence: 0.95;
  /**
   * Half-width of the widest 95% interval of any node's normalised betweenness: every node's
   * estimate is within this of its exact value with 95% confidence (each on its own).
   */
  readonly betweenness: number;
  /** The same for closeness. */
  readonly closeness: number;
}

/** Which sources a pass runs from. */
export interface PathPlan {
  /** The sampled sources in increasing order, or null for every node (the exact pass). */
  readonly sources: Int32Array | null;
  readonly seed: number;
  /** Component of each node, and per component its size and how many of its nodes are sources. */
  readonly component: Int32Array;
  readonly sizes: readonly number[];
  readonly sampled: readonly number[];
}

/** Budgets that tests and the bench may lower to make a small map sample its sources. */
export interface PathBudget {
  /** Override EXACT_PATH_BUDGET (tests). */
  readonly exactBudget?: number;
  /** Override SAMPLE_PATH_BUDGET (tests). */
  readonly sampleBudget?: number;
  /** Override MIN_SAMPLE_SOURCES (tests). */
  readonly minSources?: number;
}

export interface PlanOptions extends PathBudget {
  /** Run every source whatever the cost (`--exact`, "Compute exactly"). */
  readonly exact: boolean;
  /** Seed of the sample. */
  readonly seed: number;
}

/** Neighbour visits of one source's pass over the whole graph (see EXACT_PATH_BUDGET). */
export function sourceWork(csr: Csr): number {
  return (csr.n + csr.targets.length) * (csr.lengths === null ? 1 : 3);
}

/** Neighbour visits of the exact pass over `csr`. */
export function exactWork(csr: Csr): number {
  return csr.n * sourceWork(csr);
}

/**
 * Choose the sources: every node when `exact` is asked or the exact pass fits the budget, else a
 * seeded sample of about SAMPLE_PATH_BUDGET's worth (at least MIN_SAMPLE_SOURCES), spread over
 * the components in proportion to their size.
 */
export function planPaths(csr: Csr, options: PlanOptions): PathPlan {
  const { component, sizes } = components(csr);
  const exact: PathPlan = { sources: null, seed: options.seed, component, sizes, sampled: sizes };
  if (options.exact || exactWork(csr) <= (options.exactBudget ?? EXACT_PATH_BUDGET)) return exact;
  const n = csr.n;
  const wanted = Math.max(
    options.minSources ?? MIN_SAMPLE_SOURCES,
    Math.floor((options.sampleBudget ?? SAMPLE_PATH_BUDGET) / sourceWork(csr)),
  );
  if (wanted >= n) return exact;
  const share = wanted / n;
  const sampled = sizes.map((size) =>
    size <= MIN_SAMPLED_COMPONENT
      ? size
      : Math.min(size, Math.max(MIN_SAMPLED_COMPONENT, Math.round(share * size))),
  );
  // Members of each component, then a seeded partial Fisher–Yates shuffle picks its sources.
  const start = new Int32Array(sizes.length + 1);
  sizes.forEach((size, c) => (start[c + 1] = (start[c] as number) + size));
  const members = new Int32Array(n);
  const fill = start.slice(0, sizes.length);
  for (let v = 0; v < n; v++) {
    const c = component[v] as number;
    members[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }
  const random = seededRandom(options.seed);
  const picked: number[] = [];
  sizes.forEach((size, c) => {
    const base = start[c] as number;
    const take = sampled[c] as number;
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (size - i));
      const chosen = members[base + j] as number;
      members[base + j] = members[base + i] as number;
      members[base + i] = chosen;
      picked.push(chosen);
    }
  });
  if (picked.length >= n) return exact;
  const sources = Int32Array.from(picked).sort();
  return { sources, seed: options.seed, component, sizes, sampled };
}

/** Options for a pass that follows a plan (the range is positions in the plan's source list). */
export function planPassOptions(plan: PathPlan): Pick<PathPassOptions, 'sources' | 'sample'> {
  return plan.sources === null ? {} : { sources: plan.sources, sample: true };
}

/** How many sources a plan runs. */
export function planSize(plan: PathPlan, n: number): number {
  return plan.sources === null ? n : plan.sources.length;
}

/**
 * Final path centralities from the summed parts of a pass that followed `plan`: exact values for
 * an exact plan (finishPaths), estimates with their `estimate` for a sample. Throws if the sums
 * lack the sample's extra sums, since the estimate would be silently wrong.
 */
export function finishPlannedPaths(n: number, sums: PathSums, plan: PathPlan): PathCentrality {
  if (plan.sources === null) return finishPaths(n, sums);
  const sample = sums.sample;
  if (sample === undefined)
    throw new Error('finishPlannedPaths: a sampled plan needs sums from a sampled pass');
  const isSource = new Uint8Array(n);
  for (const s of plan.sources) isSource[s] = 1;
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  let widestB = 0;
  let widestC = 0;
  for (let v = 0; v < n; v++) {
    const c = plan.component[v] as number;
    const size = plan.sizes[c] as number;
    const k = plan.sampled[c] as number;
    // Betweenness: the mean dependency over the component's k sampled sources, times its size.
    const sum = sums.betweenness[v] as number;
    betweenness[v] = (size / k) * sum * norm;
    if (k < size && k > 1) {
      const variance = Math.max(0, ((sample.betweennessSquares[v] as number) - (sum * sum) / k) / (k - 1));
      const se = size * norm * Math.sqrt(((1 - k / size) * variance) / k);
      widestB = Math.max(widestB, Z95 * se);
    }
    // Closeness: exact for a sampled source (its own pass saw every distance); otherwise the
    // mean distance from the sampled sources that reach it, times the r nodes it reaches.
    const r = size - 1;
    if (r === 0 || n < 2) continue;
    if (isSource[v] === 1) {
      const d = sums.distanceSum[v] as number;
      closeness[v] = d > 0 ? (r / d) * (r / (n - 1)) : 0;
      continue;
    }
    const hits = sample.hits[v] as number;
    if (hits === 0) continue;
    const mean = (sample.distances[v] as number) / hits;
    closeness[v] = r / ((n - 1) * mean);
    if (hits < r && hits > 1) {
      const variance = Math.max(0, ((sample.distanceSquares[v] as number) - hits * mean * mean) / (hits - 1));
      const seMean = Math.sqrt(((1 - hits / r) * variance) / hits);
      widestC = Math.max(widestC, Z95 * (closeness[v] as number) * (seMean / mean));
    }
  }
  return {
    betweenness,
    closeness,
    estimate: {
      method: 'source sampling (Brandes–Pich pivots), stratified by component',
      sources: plan.sources.length,
      of: n,
      seed: plan.seed,
      confidence: 0.95,
      betweenness: widestB,
      closeness: widestC,
    },
  };
}

/** Plan and run the path pass in this thread (the CLI's and tests' single-thread path). */
export function plannedPathCentrality(csr: Csr, options: PlanOptions): PathCentrality {
  const plan = planPaths(csr, options);
  return finishPlannedPaths(csr.n, pathPass(csr, planPassOptions(plan)), plan);
}

/**
 * The estimate in words, as the command line and the app say it: "estimated from 2,000 of
 * 200,000 sources, ± 0.0024 (betweenness) and ± 0.0018 (closeness) at 95%".
 */
export function describeEstimate(e: PathEstimate): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const pm = (x: number) => `± ${x.toPrecision(2)}`;
  return `estimated from ${n(e.sources)} of ${n(e.of)} sources, ${pm(e.betweenness)} (betweenness) and ${pm(e.closeness)} (closeness) at 95%`;
}
