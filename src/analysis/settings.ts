// Every tunable number of the analysis in one object, with the defaults a workshop starts from.
// The settings panel edits a copy; every insight says which of these thresholds made it fire.
import type { Strength, TieKind } from '../model';
import type { Weighting } from './graph';

/** Thresholds for the insights (see insights.ts for where each is used). */
export interface InsightThresholds {
  /** Overstretched when hours given a week exceed declared capacity × this ratio. Default 1 (any excess). */
  readonly capacityRatio: number;
  /** With no declared receiver capacity: overstretched when this many receivers or more rely on a node. Default 5. */
  readonly manyReceivers: number;
  /** Normalised betweenness (0–1) counted as "high" for a broker. Default 0.2. */
  readonly highBetweenness: number;
  /** Declared capacity (hours a week) at or below which a high-betweenness broker is flagged. Default 4. */
  readonly lowCapacityHours: number;
  /** A person holding this many roles or more at once is flagged. Default 3. */
  readonly manyRoles: number;
  /** A giver who is the only informal support of this many receivers or more is a bridge insight. Default 2. */
  readonly soleSupportReceivers: number;
  /** Articulation points and bridge ties are reported when they would cut off at least this many nodes. Default 2 (a lone pendant is covered by the receiver gaps). */
  readonly minCutOff: number;
  /** Fewer formal–informal ties than this (and at least one formal node) fires the "few bridges" insight. Default 3. */
  readonly fewFormalInformalTies: number;
  /** Communities smaller than this are not checked for missing formal or informal links. Default 3. */
  readonly minCommunitySize: number;
  /** A person wearing this many hats or more (governance records) is flagged. Default 3. */
  readonly manyHats: number;
  /** A partner rated lowest on Stress & Wellbeing or Resources touching this many care ties or more is flagged. Default 4. */
  readonly heavyCareTies: number;
}

export interface AnalysisSettings {
  /** How tie strength becomes edge weight for weighted measures (see graph.ts). Default 'none'. */
  readonly weighting: Weighting;
  /** Hours a week assumed for a tie without hours when weighting is 'hours'. Default 1. */
  readonly defaultHours: number;
  /** Tie kinds in the structural graph; undefined means all. */
  readonly tieKinds?: readonly TieKind[];
  /** Strength labels left out of the structural graph. Default none. */
  readonly excludeStrengths: readonly Strength[];
  /** Seed of the Louvain random number generator, so communities are reproducible. Default 1. */
  readonly seed: number;
  /** Louvain resolution (1 = classic modularity). Default 1. */
  readonly resolution: number;
  /**
   * Which receivers count for the offering share (domain §3.5.3): 'circle-or-team' counts care
   * into a circle, a team or a team member; 'anyone' counts care to anyone; 'auto' (default) is
   * 'circle-or-team' when the map holds a team or circle, else 'anyone'.
   */
  readonly offeringScope: 'auto' | 'circle-or-team' | 'anyone';
  /** Compute betweenness and closeness (the slow, path-based measures). Default true. */
  readonly paths: boolean;
  /**
   * Compute betweenness and closeness exactly even on a map where they would be estimated from a
   * sample of sources (see sampling.ts: maps whose exact pass would take more than about 20 s).
   * Default false.
   */
  readonly exactPaths: boolean;
  readonly thresholds: InsightThresholds;
}

export const DEFAULT_THRESHOLDS: InsightThresholds = {
  capacityRatio: 1,
  manyReceivers: 5,
  highBetweenness: 0.2,
  lowCapacityHours: 4,
  manyRoles: 3,
  soleSupportReceivers: 2,
  minCutOff: 2,
  fewFormalInformalTies: 3,
  minCommunitySize: 3,
  manyHats: 3,
  heavyCareTies: 4,
};

export const DEFAULT_SETTINGS: AnalysisSettings = {
  weighting: 'none',
  defaultHours: 1,
  excludeStrengths: [],
  seed: 1,
  resolution: 1,
  offeringScope: 'auto',
  paths: true,
  exactPaths: false,
  thresholds: DEFAULT_THRESHOLDS,
};

/** Defaults overlaid with a partial settings object (thresholds merged field by field). */
export function resolveSettings(
  partial: Partial<Omit<AnalysisSettings, 'thresholds'>> & { thresholds?: Partial<InsightThresholds> } = {},
): AnalysisSettings {
  return { ...DEFAULT_SETTINGS, ...partial, thresholds: { ...DEFAULT_THRESHOLDS, ...partial.thresholds } };
}

/** The model's seeded generator, for Louvain. */
export { seededRandom } from '../model';
