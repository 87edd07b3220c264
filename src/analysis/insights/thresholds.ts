// The numbers that decide when an insight fires: each threshold's default beside what the
// settings panel shows for it (label, a one-sentence help, the range and step it accepts), in one
// table, so a new threshold is added in one place. Every insight says which of these fired it.

/** Thresholds for the insights (the rule files say where each is used). */
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

export type ThresholdName = keyof InsightThresholds;

/** One threshold: its default, and how the settings panel offers it. */
export interface ThresholdInfo {
  readonly name: ThresholdName;
  readonly default: number;
  readonly label: string;
  /** One plain sentence: what the number does. */
  readonly help: string;
  readonly min: number;
  readonly max?: number;
  readonly step: number;
}

/** Every threshold, keyed by name (the type makes sure none is missing), in the panel's order. */
const TABLE: { readonly [K in ThresholdName]: Omit<ThresholdInfo, 'name'> } = {
  capacityRatio: {
    default: 1,
    label: 'Hours over capacity (ratio)',
    help: 'Overstretched when hours given a week exceed declared capacity times this ratio.',
    min: 0,
    step: 0.1,
  },
  manyReceivers: {
    default: 5,
    label: 'Many receivers',
    help: 'With no declared receiver capacity, this many receivers relying on one node or more is overstretch.',
    min: 1,
    step: 1,
  },
  highBetweenness: {
    default: 0.2,
    label: 'High betweenness (0–1)',
    help: 'Share of shortest paths through a node counted as high for a broker.',
    min: 0,
    max: 1,
    step: 0.05,
  },
  lowCapacityHours: {
    default: 4,
    label: 'Low capacity (hours a week)',
    help: 'A high-betweenness broker with this capacity or less is flagged.',
    min: 0,
    step: 1,
  },
  manyRoles: {
    default: 3,
    label: 'Many roles',
    help: 'A person holding this many roles or more at once is flagged.',
    min: 1,
    step: 1,
  },
  soleSupportReceivers: {
    default: 2,
    label: 'Sole informal support of',
    help: 'A giver who is the only informal support of this many receivers or more is a bridge.',
    min: 1,
    step: 1,
  },
  minCutOff: {
    default: 2,
    label: 'Cut off at least',
    help: 'Single points of failure and bridge ties are shown when they would cut off this many nodes.',
    min: 1,
    step: 1,
  },
  fewFormalInformalTies: {
    default: 3,
    label: 'Few formal–informal ties',
    help: 'Fewer ties than this between formal care and the informal network is flagged.',
    min: 0,
    step: 1,
  },
  minCommunitySize: {
    default: 3,
    label: 'Smallest community checked',
    help: 'Communities smaller than this are not checked for missing formal or informal links.',
    min: 1,
    step: 1,
  },
  manyHats: {
    default: 3,
    label: 'Many hats',
    help: 'A person wearing this many team or circle hats or more is flagged as possibly overstretched.',
    min: 1,
    step: 1,
  },
  heavyCareTies: {
    default: 4,
    label: 'Heavy care load (ties)',
    help: 'A partner rated lowest on Stress & Wellbeing or Resources with this many care ties or more is flagged.',
    min: 1,
    step: 1,
  },
};

/** Every threshold, in the order the settings panel lists them. */
export const INSIGHT_THRESHOLDS: readonly ThresholdInfo[] = (Object.keys(TABLE) as ThresholdName[]).map(
  (name) => ({ name, ...TABLE[name] }),
);

export const DEFAULT_THRESHOLDS: InsightThresholds = Object.fromEntries(
  INSIGHT_THRESHOLDS.map((t) => [t.name, t.default]),
) as Record<ThresholdName, number>;

/** "Many receivers = 5", for the line saying which threshold fired an insight. */
export function describeThreshold(threshold: {
  readonly name: ThresholdName;
  readonly value: number;
}): string {
  return `${TABLE[threshold.name].label} = ${threshold.value}`;
}
