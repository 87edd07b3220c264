// The shape of "where support is thin": findings about one person's support network, each one
// plain sentence with its numbers and the nodes it names, so a panel can list them, a view can
// highlight who they are about, and `carewealth analyze` can print them.

import type { SentenceFinding } from '../finding';

export type SupportFindingKind =
  /** Who helps with one of the centre's care needs. */
  | 'need'
  /** A need nobody meets, that rests on one giver, or that only paid services meet. */
  | 'gap'
  /** A giver over capacity or carrying most of the hours; ties gone quiet. */
  | 'strain'
  /** The informal share of the care received, and the care the centre gives. */
  | 'balance'
  /** Someone who could join the centre's team. */
  | 'candidate';

export type SupportFindingType =
  | 'need-givers'
  | 'unmet-need'
  | 'need-one-giver'
  | 'need-only-paid'
  | 'over-capacity'
  | 'most-hours'
  | 'dormant-ties'
  | 'informal-share'
  | 'centre-gives'
  | 'team-candidate';

/**
 * A finding about the centre's support: its nodes leave the centre out; its hours are hours a
 * week and its shares 0–1.
 */
export interface SupportFinding extends SentenceFinding<SupportFindingKind> {
  readonly type: SupportFindingType;
  /** The care type a need finding is about. */
  readonly careType?: string;
}

export interface SupportThresholds {
  /** A giver is over capacity when the hours a week they give exceed capacity × this. Default 1. */
  readonly capacityRatio: number;
  /** A giver carries "most of the hours" above this share of the hours the centre receives. Default 0.5. */
  readonly mostHoursShare: number;
}

export const DEFAULT_SUPPORT_THRESHOLDS: SupportThresholds = { capacityRatio: 1, mostHoursShare: 0.5 };

export interface SupportReport {
  readonly centre: string;
  readonly label: string;
  /** Need by need (in the order the centre lists them), then strain, balance and candidates. */
  readonly findings: readonly SupportFinding[];
}
