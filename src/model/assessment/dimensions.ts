// The Co-Production Capacity Assessment's frame as data (domain brief §6.2–6.3): the ten
// dimensions, and the placeholder readiness ladder (4 levels) with descriptors for levels 1 and 4
// that were written for this app [D]. The playbook's own level names and cell texts are not in
// the brief, so a circle can replace them with a `capacityMatrix` record (schema.ts).

/** Node kinds a partner may be (§6.2: a prospective or existing partner "entity"). */
export const PARTNER_KINDS = ['group', 'organisation', 'space'] as const;

export const CAPACITY_DIMENSION_IDS = [
  'power_governance',
  'resources',
  'communication',
  'change_innovation',
  'trust_social_capital',
  'participation',
  'conflict_resolution',
  'stress_wellbeing',
  'accountability',
  'motivation',
] as const;
export type CapacityDimensionId = (typeof CAPACITY_DIMENSION_IDS)[number];

export interface CapacityDimension {
  readonly id: CapacityDimensionId;
  /** 1–10, the brief's order. */
  readonly number: number;
  readonly label: string;
  /** Short label for charts. */
  readonly short: string;
  readonly looksAt: string;
}

export const CAPACITY_DIMENSIONS: readonly CapacityDimension[] = [
  { id: 'power_governance', number: 1, label: 'Power Distribution and Governance Structures', short: 'Power & governance', looksAt: 'whether decision-making inside the partner is shared or centralised' },
  { id: 'resources', number: 2, label: 'Resources for Co-Production', short: 'Resources', looksAt: 'financial, human and material resources the partner can bring' },
  { id: 'communication', number: 3, label: 'Communication and Information Sharing', short: 'Communication', looksAt: 'how information moves inside the partner and across partnerships' },
  { id: 'change_innovation', number: 4, label: 'Capacity for Change or Innovation', short: 'Change / innovation', looksAt: 'flexibility and openness to new ideas and models' },
  { id: 'trust_social_capital', number: 5, label: 'Levels of Trust and Social Capital', short: 'Trust & social capital', looksAt: 'strength of relationships inside the partner and with its community' },
  { id: 'participation', number: 6, label: 'Participation Mechanisms', short: 'Participation', looksAt: 'how members or stakeholders are drawn into decisions' },
  { id: 'conflict_resolution', number: 7, label: 'Conflict Resolution', short: 'Conflict resolution', looksAt: 'how conflict is handled, informally or formally' },
  { id: 'stress_wellbeing', number: 8, label: 'Stress, Fatigue & Wellbeing Levels', short: 'Stress & wellbeing', looksAt: 'how stress and fatigue are managed' },
  { id: 'accountability', number: 9, label: 'Accountability Mechanisms', short: 'Accountability', looksAt: 'how members or stakeholders are held to account' },
  { id: 'motivation', number: 10, label: 'Motivations and Drivers (Internal/External Incentives)', short: 'Motivation', looksAt: 'what makes the partner want to co-produce' },
];

/** Placeholder level names (§6.3 [D]); level numbers are 1-based positions in this list. */
export const DEFAULT_CAPACITY_LEVELS: readonly string[] = ['Minimal', 'Emerging', 'Developing', 'Embedded'];

/** Placeholder descriptors for the lowest and highest level of the default ladder (§6.3 [D]). */
export const DEFAULT_CAPACITY_DESCRIPTORS: Readonly<Record<CapacityDimensionId, { readonly lowest: string; readonly highest: string }>> = {
  power_governance: { lowest: 'Decisions held by a few leaders; people served have no formal say.', highest: 'Decision power shared by design; people served sit in decision bodies.' },
  resources: { lowest: 'Nothing spare to contribute.', highest: 'Commits staff time, space, money or kit to joint work.' },
  communication: { lowest: 'Information stays inside; hard to reach.', highest: 'Open, timely two-way sharing with partners.' },
  change_innovation: { lowest: 'Resistant to new models.', highest: 'Actively experiments and adapts.' },
  trust_social_capital: { lowest: 'Few local relationships.', highest: 'Deep, trusted community ties.' },
  participation: { lowest: 'No routes for members to take part.', highest: 'Regular, accessible, influential participation.' },
  conflict_resolution: { lowest: 'Conflicts avoided or escalate.', highest: 'Agreed, fair, relational processes.' },
  stress_wellbeing: { lowest: 'Overstretched, signs of burnout.', highest: 'Workload and wellbeing actively managed.' },
  accountability: { lowest: 'Unclear who answers for what.', highest: 'Transparent, mutual accountability.' },
  motivation: { lowest: 'Only external pressure or funding.', highest: 'Intrinsic commitment to co-production.' },
};
