// What an insight is, the four groups the insights come in (declared once, in the order they are
// shown), and `defineRule`, which every rule is written with. A rule only finds things: for each
// it returns the subject, the nodes and ties concerned, its numbers, one sentence, its score and
// the name of the threshold that fired it; defineRule stamps on the rule's id (the insight's
// `type`, and the first part of its id) and kind, and the threshold's value from the settings.
import type { NodeId, TieId } from '../../model';
import type { CareIndex } from '../care';
import type { CareWealth, ReceiverCoverage, TeamFigures } from '../figures';
import type { MeasureContext } from '../metrics';
import type { InsightThresholds, ThresholdName } from './thresholds';

export type InsightKind = 'bridge' | 'gap' | 'overstretch' | 'summary';

/** The groups insights are shown in, in this order (runInsights sorts by it). */
export const INSIGHT_GROUPS: readonly {
  readonly kind: InsightKind;
  readonly title: string;
  readonly empty: string;
}[] = [
  { kind: 'bridge', title: 'Bridges', empty: 'No bridges or single points of failure found.' },
  { kind: 'gap', title: 'Gaps', empty: 'No gaps found.' },
  { kind: 'overstretch', title: 'Overstretched partners', empty: 'Nobody looks overstretched.' },
  { kind: 'summary', title: 'Care wealth summary', empty: 'No care ties yet.' },
];

/** The rules' ids: an insight's `type` says which rule produced it. */
export type InsightType =
  | 'articulation-point'
  | 'bridge-tie'
  | 'sole-informal-support'
  | 'formal-informal-connector'
  | 'few-formal-links'
  | 'community-link'
  | 'all-formal-support'
  | 'one-informal-person'
  | 'unmet-need'
  | 'no-team-tie'
  | 'community-missing-link'
  | 'unused-space'
  | 'isolated-team'
  | 'no-statutory'
  | 'over-capacity-hours'
  | 'many-receivers'
  | 'broker-low-capacity'
  | 'many-roles'
  | 'many-hats'
  | 'vacant-essential-hats'
  | 'overstretched-partner'
  | 'care-wealth-summary';

export interface Insight {
  /** Stable id: `<type>:<subject>`, e.g. `articulation-point:n-food-bank`. */
  readonly id: string;
  /** The rule that produced it (an INSIGHT_RULES id). */
  readonly type: InsightType;
  readonly kind: InsightKind;
  readonly nodes: NodeId[];
  readonly ties: TieId[];
  /** The numbers behind it; a figure that cannot be worked out is left out, never faked. */
  readonly numbers: Record<string, number>;
  readonly sentence: string;
  /** The threshold that fired it, or null for rules that need none. */
  readonly threshold: { readonly name: ThresholdName; readonly value: number } | null;
  /** Ranking within its kind: higher comes first. */
  readonly score: number;
}

/** What rules read: the measure context plus the figures already computed. */
export interface InsightInput {
  readonly ctx: MeasureContext;
  readonly care: CareIndex;
  readonly thresholds: InsightThresholds;
  readonly coverage: readonly ReceiverCoverage[];
  readonly teams: readonly TeamFigures[];
  /** The map's care wealth (figures.careWealth), read by the summary rather than worked out again. */
  readonly careWealth: CareWealth;
  /** Normalised betweenness by node id, or null when path measures were skipped. */
  readonly betweenness: ReadonlyMap<string, number> | null;
}

/** What a rule finds; defineRule makes an Insight of it. */
export interface Finding {
  /** What it is about, unique within the rule (a node or tie id, `map`, …): the insight's id is `<rule id>:<subject>`. */
  readonly subject: string;
  readonly nodes: readonly NodeId[];
  readonly ties?: readonly TieId[];
  readonly numbers: Record<string, number>;
  readonly sentence: string;
  /** The threshold that made it fire, or null when it fires whenever found. */
  readonly threshold: ThresholdName | null;
  readonly score: number;
}

export interface InsightRule {
  readonly id: InsightType;
  readonly kind: InsightKind;
  readonly label: string;
  readonly description: string;
  /**
   * Whether the rule reads `betweenness`. Only these run again once the path measures are in;
   * the others' findings are the same without them, so they are found once, before the path pass.
   */
  readonly readsPaths: boolean;
  readonly run: (input: InsightInput) => Insight[];
}

/** A rule from what it finds: each finding becomes an insight stamped with the rule's id and kind. */
export function defineRule(rule: {
  readonly id: InsightType;
  readonly kind: InsightKind;
  readonly label: string;
  readonly description: string;
  /** Default false: see InsightRule.readsPaths. */
  readonly readsPaths?: boolean;
  readonly find: (input: InsightInput) => readonly Finding[];
}): InsightRule {
  const { id, kind, label, description, find } = rule;
  return {
    id,
    kind,
    label,
    description,
    readsPaths: rule.readsPaths === true,
    run: (input) =>
      find(input).map((f) => ({
        id: `${id}:${f.subject}`,
        type: id,
        kind,
        nodes: [...f.nodes],
        ties: [...(f.ties ?? [])],
        numbers: f.numbers,
        sentence: f.sentence,
        threshold: f.threshold === null ? null : { name: f.threshold, value: input.thresholds[f.threshold] },
        score: f.score,
      })),
  };
}
