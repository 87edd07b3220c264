// What each insight threshold means, for the settings panel and for the line under an insight
// that says which threshold fired it. Defaults come from the analysis layer (DEFAULT_THRESHOLDS).
import type { InsightThresholds } from '../../analysis';

export interface ThresholdInfo {
  readonly name: keyof InsightThresholds;
  readonly label: string;
  /** One plain sentence: what the number does. */
  readonly help: string;
  readonly min: number;
  readonly max?: number;
  readonly step: number;
}

/** Every threshold, in the order the settings panel lists them. */
export const THRESHOLDS: readonly ThresholdInfo[] = [
  {
    name: 'capacityRatio',
    label: 'Hours over capacity (ratio)',
    help: 'Overstretched when hours given a week exceed declared capacity times this ratio.',
    min: 0,
    step: 0.1,
  },
  {
    name: 'manyReceivers',
    label: 'Many receivers',
    help: 'With no declared receiver capacity, this many receivers relying on one node or more is overstretch.',
    min: 1,
    step: 1,
  },
  {
    name: 'highBetweenness',
    label: 'High betweenness (0–1)',
    help: 'Share of shortest paths through a node counted as high for a broker.',
    min: 0,
    max: 1,
    step: 0.05,
  },
  {
    name: 'lowCapacityHours',
    label: 'Low capacity (hours a week)',
    help: 'A high-betweenness broker with this capacity or less is flagged.',
    min: 0,
    step: 1,
  },
  {
    name: 'manyRoles',
    label: 'Many roles',
    help: 'A person holding this many roles or more at once is flagged.',
    min: 1,
    step: 1,
  },
  {
    name: 'soleSupportReceivers',
    label: 'Sole informal support of',
    help: 'A giver who is the only informal support of this many receivers or more is a bridge.',
    min: 1,
    step: 1,
  },
  {
    name: 'minCutOff',
    label: 'Cut off at least',
    help: 'Single points of failure and bridge ties are shown when they would cut off this many nodes.',
    min: 1,
    step: 1,
  },
  {
    name: 'fewFormalInformalTies',
    label: 'Few formal–informal ties',
    help: 'Fewer ties than this between formal care and the informal network is flagged.',
    min: 0,
    step: 1,
  },
  {
    name: 'minCommunitySize',
    label: 'Smallest community checked',
    help: 'Communities smaller than this are not checked for missing formal or informal links.',
    min: 1,
    step: 1,
  },
  {
    name: 'manyHats',
    label: 'Many hats',
    help: 'A person wearing this many team or circle hats or more is flagged as possibly overstretched.',
    min: 1,
    step: 1,
  },
  {
    name: 'heavyCareTies',
    label: 'Heavy care load (ties)',
    help: 'A partner rated lowest on Stress & Wellbeing or Resources with this many care ties or more is flagged.',
    min: 1,
    step: 1,
  },
];

/** "Many receivers = 5", for the line saying which threshold fired an insight. */
export function describeThreshold(threshold: { name: keyof InsightThresholds; value: number }): string {
  const info = THRESHOLDS.find((t) => t.name === threshold.name);
  return `${info?.label ?? threshold.name} = ${threshold.value}`;
}
