// The metric registry (in the manner of gephi-lite's metrics collections): one declarative entry
// per node measure, saying what it is (normalised? weighted? directed? which networkx function it
// matches) and how to compute it from a shared, lazily filled context. The CLI, the app's
// size-and-colour pickers and the bench all iterate over NODE_MEASURES.
import type { CareMap, NodeId } from '../model';
import { type CareIndex, indexCare } from './care';
import type { Csr } from './csr';
import { buildStructure, degreeAt, distanceCsr, type Structure } from './graph';
import { type PathCentrality, pathPass, type PathSums } from './kernel';
import { louvainCommunities } from './louvain';
import { breadthFirstOrder, renumberSources, REORDER_FROM, restoreSums } from './reorder';
import { finishPlannedPaths, type PathBudget, type PathPlan, planPaths } from './sampling';
import { type AnalysisSettings, seededRandom } from './settings';
import { eigenvectorCsr, pagerankCsr } from './spectral';
import { clustering, constraint, coreNumbers, cutPoints, effectiveSize } from './structure';

export interface MeasureContextOptions {
  /** Betweenness and closeness computed elsewhere (workers), in `ids` order. */
  readonly paths?: PathCentrality;
  /**
   * Clock for the step timings, in milliseconds; default `performance.now` (wall time). The bench
   * passes a CPU-time clock so figures taken on a loaded machine stay comparable.
   */
  readonly clock?: () => number;
  /** Lower the path budgets so that a small map samples its sources (tests and bench only). */
  readonly pathBudget?: PathBudget;
}

/** Everything a measure may need, computed at most once per analysis. */
export class MeasureContext {
  /** The structural graph in compact form (nodes by index, edges merged per pair). */
  readonly structure: Structure;
  /** Unweighted CSR of the structural graph; node order = `ids`. */
  readonly csr: Csr;
  readonly ids: readonly NodeId[];
  readonly indexOf: ReadonlyMap<string, number>;
  private memo = new Map<string, unknown>();
  private careIndex: CareIndex | undefined;
  /** Time spent in each memoised step, in milliseconds (for the bench). */
  readonly timings: Record<string, number> = {};

  /** The clock step timings are read from (milliseconds); wall time unless the caller says. */
  private readonly clock: () => number;
  private readonly pathBudget: PathBudget;

  constructor(
    readonly doc: CareMap,
    readonly settings: AnalysisSettings,
    options: MeasureContextOptions = {},
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.pathBudget = options.pathBudget ?? {};
    this.structure = this.time('graph', () =>
      buildStructure(doc, {
        weighting: settings.weighting,
        defaultHours: settings.defaultHours,
        excludeStrengths: settings.excludeStrengths,
        ...(settings.tieKinds !== undefined ? { tieKinds: settings.tieKinds } : {}),
      }),
    );
    this.csr = this.structure.csr;
    this.ids = this.structure.ids;
    this.indexOf = this.structure.indexOf;
    if (options.paths !== undefined) this.setPaths(options.paths);
  }

  /**
   * The document's care flows and ties by node, indexed on first use: a context made only for the
   * path kernel's input (kernelInput) never needs it.
   */
  get care(): CareIndex {
    this.careIndex ??= this.time('careIndex', () => indexCare(this.doc));
    return this.careIndex;
  }

  /** Run `fn` once per key, remembering its value and its time. */
  once<T>(key: string, fn: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = this.time(key, fn);
    this.memo.set(key, value);
    return value;
  }

  /** Whether the step `key` has been computed (or supplied) already. */
  has(key: string): boolean {
    return this.memo.has(key);
  }

  /**
   * Supply betweenness and closeness computed elsewhere (workers), in `ids` order. Throws if their
   * length does not match the node count, since misaligned values would be silently wrong.
   */
  setPaths(paths: PathCentrality): void {
    if (paths.betweenness.length !== this.ids.length || paths.closeness.length !== this.ids.length) {
      throw new Error(
        `MeasureContext: path measures for ${paths.betweenness.length} nodes given to a map of ${this.ids.length}`,
      );
    }
    this.memo.set('paths', paths);
  }

  private time<T>(key: string, fn: () => T): T {
    const start = this.clock();
    const value = fn();
    this.timings[key] = (this.timings[key] ?? 0) + this.clock() - start;
    return value;
  }

  get weighted(): boolean {
    return this.settings.weighting !== 'none';
  }

  /** The CSR the path kernel walks: unweighted, or with lengths 1/weight when weighted. */
  pathCsr(): Csr {
    return this.weighted ? this.once('distanceCsr', () => distanceCsr(this.structure)) : this.csr;
  }

  /** Weight of each CSR slot for weighted measures, or null when unweighted. */
  slotWeights(): Float64Array | null {
    if (!this.weighted) return null;
    return this.once('slotWeights', () =>
      Float64Array.from(this.structure.slotEdge, (e) => this.structure.edgeWeight[e] as number),
    );
  }

  /**
   * Which sources the path pass runs from: every node, or a seeded sample on a map too big for
   * the exact pass unless `settings.exactPaths` (see sampling.ts).
   */
  pathPlan(): PathPlan {
    return this.once('pathPlan', () =>
      planPaths(this.pathCsr(), {
        ...this.pathBudget,
        exact: this.settings.exactPaths,
        seed: this.settings.seed,
      }),
    );
  }

  /**
   * What the path kernel runs on: the path CSR (renumbered breadth-first on a big map, see
   * reorder.ts), the plan's sources in that numbering (null = every node), and `restore`, which
   * puts the sums of a pass over it back in `ids` order.
   */
  kernelInput(): KernelInput {
    return this.once('kernelInput', () => {
      const csr = this.pathCsr();
      const { sources } = this.pathPlan();
      if (csr.n < REORDER_FROM) return { csr, sources, restore: (sums) => sums };
      const order = breadthFirstOrder(csr);
      return {
        csr: order.csr,
        sources: sources === null ? null : renumberSources(order, sources),
        restore: (sums) => restoreSums(order, sums),
      };
    });
  }

  /**
   * Betweenness and closeness from the fast kernel, on path lengths 1/weight when weighted;
   * estimated (with `estimate` set) when the plan samples the sources.
   */
  paths(): PathCentrality {
    return this.once('paths', () => {
      const plan = this.pathPlan();
      const { csr, sources, restore } = this.kernelInput();
      const sums = pathPass(csr, sources === null ? {} : { sources, sample: true });
      return finishPlannedPaths(this.ids.length, restore(sums), plan);
    });
  }

  clustering() {
    return this.once('clustering', () => clustering(this.csr));
  }

  cutPoints() {
    return this.once('cutPoints', () => cutPoints(this.csr));
  }

  /** Louvain communities (seeded) with their modularity. */
  communities(): { community: Int32Array; count: number; modularity: number } {
    return this.once('communities', () => {
      const { edgeSource, edgeTarget, edgeWeight } = this.structure;
      const detailed = louvainCommunities(
        this.ids.length,
        edgeSource,
        edgeTarget,
        this.weighted ? edgeWeight : new Float64Array(edgeWeight.length).fill(1),
        { resolution: this.settings.resolution, rng: seededRandom(this.settings.seed) },
      );
      // Renumber communities by first appearance in node order, so ids read 0, 1, 2… down the list.
      const renumber = new Map<number, number>();
      const community = new Int32Array(this.ids.length);
      this.ids.forEach((_id, i) => {
        const raw = detailed.community[i] as number;
        if (!renumber.has(raw)) renumber.set(raw, renumber.size);
        community[i] = renumber.get(raw) as number;
      });
      return {
        community,
        count: renumber.size,
        modularity: this.structure.edgeTies.length === 0 ? 0 : detailed.modularity,
      };
    });
  }

  /** Per-node counts and hours over the care flows, in one pass (see the measures using them). */
  careCounts(): CareCounts {
    return this.once('careCounts', () => careCounts(this));
  }
}

/** The path kernel's graph and sources, and the way its sums go back to `ids` order. */
export interface KernelInput {
  readonly csr: Csr;
  readonly sources: Int32Array | null;
  readonly restore: (sums: PathSums) => PathSums;
}

/** Per-node tallies over care ties, each an array in `ids` order. */
export interface CareCounts {
  readonly formalTies: Float64Array;
  readonly informalTies: Float64Array;
  readonly weightedDegree: Float64Array;
  readonly hoursGiven: Float64Array;
  readonly hoursReceived: Float64Array;
}

function careCounts(ctx: MeasureContext): CareCounts {
  const n = ctx.ids.length;
  const out: CareCounts = {
    formalTies: new Float64Array(n),
    informalTies: new Float64Array(n),
    weightedDegree: new Float64Array(n),
    hoursGiven: new Float64Array(n),
    hoursReceived: new Float64Array(n),
  };
  for (const f of ctx.care.flows) {
    const g = ctx.indexOf.get(f.giver);
    const r = ctx.indexOf.get(f.receiver);
    if (g === undefined || r === undefined) continue;
    const h = f.tie.hoursPerWeek ?? 0;
    out.hoursGiven[g] = (out.hoursGiven[g] as number) + h;
    out.hoursReceived[r] = (out.hoursReceived[r] as number) + h;
    // A tie counts once per endpoint: a mutual tie's second flow (giver = tie target) is skipped,
    // and its side is the side read with the tie's source as giver.
    if (f.tie.mutual && f.giver !== f.tie.source) continue;
    const sides = f.side === 'formal' ? out.formalTies : out.informalTies;
    sides[g] = (sides[g] as number) + 1;
    sides[r] = (sides[r] as number) + 1;
    out.weightedDegree[g] = (out.weightedDegree[g] as number) + h;
    out.weightedDegree[r] = (out.weightedDegree[r] as number) + h;
  }
  return out;
}

export type NodeMeasureId =
  | 'degree'
  | 'ties'
  | 'inDegree'
  | 'outDegree'
  | 'formalTies'
  | 'informalTies'
  | 'weightedDegree'
  | 'hoursGiven'
  | 'hoursReceived'
  | 'betweenness'
  | 'closeness'
  | 'eigenvector'
  | 'pagerank'
  | 'clustering'
  | 'constraint'
  | 'effectiveSize'
  | 'coreNumber'
  | 'community';

export interface NodeMeasure {
  readonly id: NodeMeasureId;
  readonly label: string;
  /** One plain sentence for the legend and the README. */
  readonly description: string;
  readonly normalised: boolean;
  /** 'setting' = weighted when AnalysisSettings.weighting is not 'none'. */
  readonly weighted: boolean | 'setting';
  readonly directed: boolean;
  /** The standard definition it reproduces. */
  readonly matches: string;
  /** Needs all shortest paths (slow on big maps; runs in the worker). */
  readonly pathBased: boolean;
  /** Values in `ctx.ids` order; NaN where undefined (shown as null in JSON). */
  readonly compute: (ctx: MeasureContext) => ArrayLike<number>;
}

function perNode(ctx: MeasureContext, f: (id: string) => number): Float64Array {
  return Float64Array.from(ctx.ids, f);
}

/** The registry of node measures, in the order the CLI and JSON list them. */
export const NODE_MEASURES: readonly NodeMeasure[] = [
  {
    id: 'degree',
    label: 'Degree',
    description: 'Number of distinct nodes this one is tied to, by any kind of tie.',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'networkx G.degree() on the undirected simple graph',
    pathBased: false,
    compute: (ctx) => Float64Array.from(ctx.ids, (_id, i) => degreeAt(ctx.structure, i)),
  },
  {
    id: 'ties',
    label: 'Ties',
    description: 'Number of ties touching this node, counting each tie between the same pair separately.',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'networkx MultiGraph.degree() over all ties',
    pathBased: false,
    compute: (ctx) => perNode(ctx, (id) => ctx.care.tiesOf.get(id)?.length ?? 0),
  },
  {
    id: 'inDegree',
    label: 'Care received (ties)',
    description: 'Care flows this node receives; a mutual care tie counts both ways.',
    normalised: false,
    weighted: false,
    directed: true,
    matches: 'networkx MultiDiGraph.in_degree() of the care-flow graph',
    pathBased: false,
    compute: (ctx) => perNode(ctx, (id) => ctx.care.flowsIn.get(id)?.length ?? 0),
  },
  {
    id: 'outDegree',
    label: 'Care given (ties)',
    description: 'Care flows this node gives; high values mark a heavily relied-on giver.',
    normalised: false,
    weighted: false,
    directed: true,
    matches: 'networkx MultiDiGraph.out_degree() of the care-flow graph',
    pathBased: false,
    compute: (ctx) => perNode(ctx, (id) => ctx.care.flowsOut.get(id)?.length ?? 0),
  },
  {
    id: 'formalTies',
    label: 'Formal care ties',
    description: 'Care ties touching this node that are formal (paid, regulated or statutory).',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'count of incident care ties with formality formal (care.ts tieSide)',
    pathBased: false,
    compute: (ctx) => ctx.careCounts().formalTies,
  },
  {
    id: 'informalTies',
    label: 'Informal care ties',
    description: 'Care ties touching this node that are informal or gifted.',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'count of incident care ties with formality informal (care.ts tieSide)',
    pathBased: false,
    compute: (ctx) => ctx.careCounts().informalTies,
  },
  {
    id: 'weightedDegree',
    label: 'Hours a week',
    description:
      'Hours a week of care on all care ties touching this node, given or received; ties without hours add 0.',
    normalised: false,
    weighted: true,
    directed: false,
    matches: "networkx MultiGraph.degree(weight='hoursPerWeek') over care ties, missing hours = 0",
    pathBased: false,
    compute: (ctx) => ctx.careCounts().weightedDegree,
  },
  {
    id: 'hoursGiven',
    label: 'Hours given a week',
    description: 'Hours a week of care this node gives (a mutual tie counts for both sides).',
    normalised: false,
    weighted: true,
    directed: true,
    matches: "networkx MultiDiGraph.out_degree(weight='hoursPerWeek') of the care-flow graph",
    pathBased: false,
    compute: (ctx) => ctx.careCounts().hoursGiven,
  },
  {
    id: 'hoursReceived',
    label: 'Hours received a week',
    description: 'Hours a week of care this node receives (a mutual tie counts for both sides).',
    normalised: false,
    weighted: true,
    directed: true,
    matches: "networkx MultiDiGraph.in_degree(weight='hoursPerWeek') of the care-flow graph",
    pathBased: false,
    compute: (ctx) => ctx.careCounts().hoursReceived,
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    description:
      'Share of shortest paths between other pairs that pass through this node (0–1): a bridge or broker.',
    normalised: true,
    weighted: 'setting',
    directed: false,
    matches:
      "networkx betweenness_centrality(G, normalized=True, weight='distance' when weighted), distance = 1/strength",
    pathBased: true,
    compute: (ctx) => ctx.paths().betweenness,
  },
  {
    id: 'closeness',
    label: 'Closeness',
    description: 'How near this node is to everyone it can reach (0–1), corrected for disconnected maps.',
    normalised: true,
    weighted: 'setting',
    directed: false,
    matches: "networkx closeness_centrality(G, distance='distance' when weighted) with wf_improved=True",
    pathBased: true,
    compute: (ctx) => ctx.paths().closeness,
  },
  {
    id: 'eigenvector',
    label: 'Eigenvector',
    description:
      'Being tied to well-tied nodes (unit-length vector); NaN if the power iteration fails to converge.',
    normalised: true,
    weighted: 'setting',
    directed: false,
    matches: "networkx eigenvector_centrality(G, weight='weight' when weighted), Euclidean norm 1",
    pathBased: false,
    compute: (ctx) =>
      ctx.once(
        'eigenvector',
        () =>
          eigenvectorCsr(ctx.csr, { weights: ctx.slotWeights(), maxIterations: 1000, tolerance: 1e-9 }) ??
          perNode(ctx, () => NaN),
      ),
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'Share of time a random walker along ties spends here (sums to 1), damping 0.85.',
    normalised: true,
    weighted: 'setting',
    directed: false,
    matches: "networkx pagerank(G, alpha=0.85, weight='weight' when weighted) on the undirected graph",
    pathBased: false,
    compute: (ctx) =>
      ctx.once(
        'pagerank',
        () =>
          pagerankCsr(ctx.csr, 0.85, { weights: ctx.slotWeights(), maxIterations: 1000, tolerance: 1e-10 }) ??
          perNode(ctx, () => NaN),
      ),
  },
  {
    id: 'clustering',
    label: 'Clustering',
    description: "Share of pairs of this node's contacts who are tied to each other (0–1).",
    normalised: true,
    weighted: false,
    directed: false,
    matches: 'networkx clustering(G)',
    pathBased: false,
    compute: (ctx) => ctx.clustering().clustering,
  },
  {
    id: 'constraint',
    label: "Burt's constraint",
    description:
      'How much all of this node’s contacts know each other; low constraint = broker across structural holes.',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'networkx constraint(G)',
    pathBased: false,
    compute: (ctx) => ctx.once('constraint', () => constraint(ctx.csr)),
  },
  {
    id: 'effectiveSize',
    label: 'Effective size',
    description: 'Number of non-redundant contacts (contacts minus their ties to each other, Burt).',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'networkx effective_size(G)',
    pathBased: false,
    compute: (ctx) => ctx.once('effectiveSize', () => effectiveSize(ctx.csr, ctx.clustering().triangles)),
  },
  {
    id: 'coreNumber',
    label: 'k-core',
    description: 'The largest k such that this node sits in a group where everyone has at least k ties.',
    normalised: false,
    weighted: false,
    directed: false,
    matches: 'networkx core_number(G)',
    pathBased: false,
    compute: (ctx) => ctx.once('coreNumber', () => coreNumbers(ctx.csr)),
  },
  {
    id: 'community',
    label: 'Community',
    description: 'Louvain community number (seeded, so the same map gives the same communities).',
    normalised: false,
    weighted: 'setting',
    directed: false,
    matches: 'Louvain (graphology-communities-louvain); compare networkx community.louvain_communities',
    pathBased: false,
    compute: (ctx) => ctx.communities().community,
  },
];

/** Compute every registered measure (path-based ones only when `includePaths`, default `settings.paths`). */
export function computeNodeMeasures(
  ctx: MeasureContext,
  includePaths: boolean = ctx.settings.paths,
): Map<NodeMeasureId, ArrayLike<number> | null> {
  const out = new Map<NodeMeasureId, ArrayLike<number> | null>();
  for (const m of NODE_MEASURES) {
    out.set(m.id, m.pathBased && !includePaths ? null : ctx.once(`measure:${m.id}`, () => m.compute(ctx)));
  }
  return out;
}
