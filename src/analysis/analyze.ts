// analyzeMap: the whole analysis of one document as plain JSON with a documented, stable shape
// (ANALYSIS_FORMAT_VERSION), shared by the CLI's `analyze --json`, the worker and the app. Every
// node measure, the map-level figures of domain §3.5–3.6, the cut points and communities, the
// insights, and on a personal map where the centre's support is thin. Numbers are not rounded
// here; NaN (a measure undefined for a node, e.g. constraint of an isolated node) becomes null.
import { type CareMap, type NodeId, type NodeKind, personalCentre, type TieId } from '../model';
import {
  type Census,
  census,
  type CareTypeCount,
  careTypeFrequency,
  type CareWealth,
  careWealth,
  type DormantTie,
  dormantTies,
  type FormalInformalTies,
  formalInformalTies,
  type OfferingShare,
  offeringShare,
  type ReceiverCoverage,
  receiverCoverage,
  type Reciprocity,
  reciprocity,
  type StrengthMix,
  strengthMix,
  type TeamFigures,
  teamFigures,
} from './figures';
import { type Insight, INSIGHT_RULES, type InsightInput, orderInsights } from './insights';
import {
  computeNodeMeasures,
  MeasureContext,
  type MeasureContextOptions,
  NODE_MEASURES,
  type NodeMeasureId,
} from './metrics';
import type { PathEstimate } from './sampling';
import { type AnalysisSettings, DEFAULT_SETTINGS } from './settings';
import { degreeAt, edgeBetween, edgeCount } from './graph';
import { components } from './structure';
import { type SupportReport, supportReport } from './support';

/** Bumped whenever a field of AnalysisResult is renamed, removed or changes meaning. */
export const ANALYSIS_FORMAT_VERSION = 1;

/** One node's measures under plain names (see NODE_MEASURES for each definition). */
export type NodeResult = { id: NodeId; label: string; kind: NodeKind } & Record<NodeMeasureId, number | null>;

export interface AnalysisResult {
  readonly formatVersion: typeof ANALYSIS_FORMAT_VERSION;
  readonly map: {
    readonly id: string;
    readonly title: string;
    readonly nodes: number;
    readonly ties: number;
  };
  readonly settings: AnalysisSettings;
  /** Definitions of the node measures, in column order. */
  readonly measures: ReadonlyArray<{
    id: NodeMeasureId;
    label: string;
    description: string;
    normalised: boolean;
    weighted: boolean | 'setting';
    directed: boolean;
    matches: string;
  }>;
  readonly nodes: NodeResult[];
  /**
   * How betweenness and closeness were estimated from a sample of sources on a map too big for
   * the exact pass (how many sources, and the half-width of the widest 95% interval of each);
   * null when they are exact or were not computed. See src/analysis/sampling.ts.
   */
  readonly pathEstimate: PathEstimate | null;
  /** Ids of nodes whose loss splits the network. */
  readonly articulationPoints: NodeId[];
  /** Per articulation point: how many parts it leaves and who would be cut off. */
  readonly cutPoints: Array<{ node: NodeId; parts: number; cutOff: NodeId[] }>;
  /** Node pairs whose tie(s) are the only link between two parts; `cutOff` is the smaller side. */
  readonly bridgeTies: Array<{ source: NodeId; target: NodeId; ties: TieId[]; cutOff: NodeId[] }>;
  readonly communities: { count: number; modularity: number; members: NodeId[][] };
  readonly figures: {
    /** Undirected simple-graph density 2m / (n(n−1)). */
    readonly density: number;
    readonly components: { count: number; sizes: number[] };
    /** Mean local clustering over all nodes (networkx average_clustering). */
    readonly averageClustering: number;
    readonly isolates: NodeId[];
    readonly pendants: NodeId[];
    readonly census: Census;
    readonly offering: OfferingShare;
    readonly careTypes: CareTypeCount[];
    readonly strengthMix: StrengthMix;
    readonly teams: TeamFigures[];
    readonly reciprocity: Reciprocity;
    readonly receivers: ReceiverCoverage[];
    readonly dormantTies: DormantTie[];
    readonly formalInformalTies: FormalInformalTies;
    readonly careWealth: CareWealth;
  };
  readonly insights: Insight[];
  /** On a personal map with a centre: where the centre's support is thin (src/analysis/support); else null. */
  readonly support: SupportReport | null;
}

/** Paths computed elsewhere (workers), a clock for the step timings, budgets (see MeasureContextOptions). */
export type AnalyzeOptions = MeasureContextOptions;

/**
 * The analysis of a prepared context. With `includePaths` false the path-based measures
 * (betweenness, closeness) are null and the insights that need them are left out: the quick
 * result the app shows first on a big map. Calling it again on the same context with
 * `includePaths` true reuses everything already computed (the worker does exactly this once the
 * path pass is done). The result's `settings.paths` says which it is.
 */
export function analyzeContext(
  ctx: MeasureContext,
  includePaths: boolean = ctx.settings.paths,
): AnalysisResult {
  const settings =
    ctx.settings.paths === includePaths ? ctx.settings : { ...ctx.settings, paths: includePaths };
  const values = computeNodeMeasures(ctx, includePaths);
  const at = (m: NodeMeasureId, i: number): number | null => {
    const v = values.get(m)?.[i];
    return v === undefined || Number.isNaN(v) ? null : v;
  };
  const nodes: NodeResult[] = ctx.ids.map((id, i) => {
    const node = ctx.care.byId.get(id);
    const row = { id, label: node?.label ?? id, kind: node?.kind ?? 'person' } as NodeResult;
    for (const m of NODE_MEASURES) row[m.id] = at(m.id, i);
    return row;
  });
  const { structure } = ctx;
  const figures = mapFigures(ctx, settings);
  const cuts = ctx.cutPoints();
  const communities = ctx.communities();
  const members: NodeId[][] = Array.from({ length: communities.count }, () => []);
  communities.community.forEach((c, i) => members[c]?.push(ctx.ids[i] as NodeId));
  const betweenness = values.get('betweenness');
  const insights = ctx.once(`insights:${includePaths ? 'paths' : 'quick'}`, () => {
    const input = insightInput(
      ctx,
      figures,
      betweenness === null || betweenness === undefined
        ? null
        : new Map(ctx.ids.map((id, i) => [id, betweenness[i] as number])),
    );
    return orderInsights(input, [...pathFreeInsights(ctx), ...PATH_RULES.flatMap((r) => r.run(input))]);
  });
  return {
    formatVersion: ANALYSIS_FORMAT_VERSION,
    map: {
      id: ctx.doc.id,
      title: ctx.doc.meta.title,
      nodes: ctx.doc.nodes.length,
      ties: ctx.doc.ties.length,
    },
    settings,
    measures: NODE_MEASURES.map(({ id, label, description, normalised, weighted, directed, matches }) => ({
      id,
      label,
      description,
      normalised,
      weighted,
      directed,
      matches,
    })),
    nodes,
    pathEstimate: includePaths ? (ctx.paths().estimate ?? null) : null,
    articulationPoints: cuts.nodes.map((c) => ctx.ids[c.node] as NodeId),
    cutPoints: cuts.nodes.map((c) => ({
      node: ctx.ids[c.node] as NodeId,
      parts: c.parts,
      cutOff: c.cutOff.map((i) => ctx.ids[i] as NodeId),
    })),
    bridgeTies: cuts.edges.map((e) => ({
      source: ctx.ids[e.a] as NodeId,
      target: ctx.ids[e.b] as NodeId,
      ties: [...(structure.edgeTies[edgeBetween(structure, e.a, e.b)] ?? [])],
      cutOff: e.cutOff.map((i) => ctx.ids[i] as NodeId),
    })),
    communities: { count: communities.count, modularity: communities.modularity, members },
    figures,
    insights,
    support: ctx.once('support', () => {
      const centre = personalCentre(ctx.doc);
      return centre === null ? null : supportReport(ctx.care, centre, { capacityRatio: settings.thresholds.capacityRatio });
    }),
  };
}

type Figures = AnalysisResult['figures'];

/** The insight rules that read the path measures: the only ones run again once they are in. */
const PATH_RULES = INSIGHT_RULES.filter((r) => r.readsPaths);

function insightInput(
  ctx: MeasureContext,
  figures: Figures,
  betweenness: InsightInput['betweenness'],
): InsightInput {
  return {
    ctx,
    care: ctx.care,
    thresholds: ctx.settings.thresholds,
    coverage: figures.receivers,
    teams: figures.teams,
    careWealth: figures.careWealth,
    betweenness,
  };
}

/**
 * The findings of every rule that does not read the path measures, unordered, found once per
 * context: the quick result and the complete one share them, and a worker finds them before its
 * share of the path pass, so only the path rules remain once the pass is done.
 */
function pathFreeInsights(ctx: MeasureContext): Insight[] {
  return ctx.once('insights:pathFree', () => {
    const input = insightInput(ctx, mapFigures(ctx, ctx.settings), null);
    return INSIGHT_RULES.filter((r) => !r.readsPaths).flatMap((r) => r.run(input));
  });
}

/** The map-level figures (domain §3.5–3.6), computed once per context. */
function mapFigures(ctx: MeasureContext, settings: AnalysisSettings): Figures {
  const { structure } = ctx;
  return ctx.once('figures', () => {
    const n = ctx.ids.length;
    const m = edgeCount(structure);
    const sizes = ctx.once('components', () => components(ctx.csr).sizes);
    const cl = ctx.clustering().clustering;
    return {
      density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
      components: { count: sizes.length, sizes: [...sizes].sort((a, b) => b - a) },
      averageClustering: n === 0 ? 0 : cl.reduce((s, x) => s + x, 0) / n,
      isolates: ctx.ids.filter((_id, i) => degreeAt(structure, i) === 0),
      pendants: ctx.ids.filter((_id, i) => degreeAt(structure, i) === 1),
      census: census(ctx.care),
      offering: offeringShare(ctx.care, settings.offeringScope),
      careTypes: careTypeFrequency(ctx.care),
      strengthMix: strengthMix(ctx.care),
      teams: teamFigures(ctx.care),
      reciprocity: reciprocity(ctx.care),
      receivers: receiverCoverage(ctx.care),
      dormantTies: dormantTies(ctx.care),
      formalInformalTies: formalInformalTies(ctx.care),
      careWealth: careWealth(ctx.care),
    };
  });
}

/**
 * Compute, into the context, everything of the analysis that does not need the path measures
 * (node measures, figures, cut points, communities, the insights that do not read betweenness),
 * without assembling a result: what a primary worker does before its share of the path pass when
 * nobody waits for a quick result, so that afterwards only the path insights and the assembly
 * remain.
 */
export function prepareContext(ctx: MeasureContext): void {
  computeNodeMeasures(ctx, false);
  mapFigures(ctx, ctx.settings);
  ctx.cutPoints();
  ctx.communities();
  pathFreeInsights(ctx);
}

/** The analysis and the time each step took (milliseconds), for the bench. */
export function analyzeMapTimed(
  doc: CareMap,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  options: AnalyzeOptions = {},
): { result: AnalysisResult; timings: Record<string, number> } {
  const ctx = new MeasureContext(doc, settings, options);
  return { result: analyzeContext(ctx), timings: ctx.timings };
}

/** The whole analysis of a map (see AnalysisResult for the shape). Never throws on a valid document. */
export function analyzeMap(
  doc: CareMap,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  options: AnalyzeOptions = {},
): AnalysisResult {
  return analyzeMapTimed(doc, settings, options).result;
}
