// Every tunable number of the analysis in one object, with the defaults a workshop starts from.
// The settings panel edits a copy; every insight says which of its thresholds (insights/thresholds.ts)
// made it fire.
import type { Strength, TieKind } from '../model';
import type { Weighting } from './graph';
import { DEFAULT_THRESHOLDS, type InsightThresholds } from './insights/thresholds';

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
  readonly thresholds: InsightThresholds;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  weighting: 'none',
  defaultHours: 1,
  excludeStrengths: [],
  seed: 1,
  resolution: 1,
  offeringScope: 'auto',
  paths: true,
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
