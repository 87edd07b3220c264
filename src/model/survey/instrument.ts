// The Social Climate Survey's fixed frame as data (domain brief §5.2–5.3): its three outcome
// domains and their factors, the stakeholder versions and the response scale. The items
// themselves are editable data (itemBank.ts); these lists are what the items point at.
import type { CatalogueEntry } from '../catalogues';

export interface SurveyFactor {
  readonly id: string;
  readonly label: string;
  /** One line on what the factor is about (our paraphrase of §5.3). */
  readonly about: string;
}

export interface SurveyDomain {
  readonly id: SurveyDomainId;
  readonly label: string;
  readonly short: string;
  readonly factors: readonly SurveyFactor[];
}

export const SURVEY_DOMAIN_IDS = ['growth', 'wrb', 'smc'] as const;
export type SurveyDomainId = (typeof SURVEY_DOMAIN_IDS)[number];

/** The three outcome domains with exactly the brief's factors: Growth 5, WRB 4, SMC 4. */
export const SURVEY_DOMAINS: readonly SurveyDomain[] = [
  {
    id: 'growth',
    label: 'Growth',
    short: 'Growth',
    factors: [
      { id: 'individual_development', label: 'Individual Development', about: 'access to valued learning and personal growth' },
      { id: 'individual_change_agency', label: 'Individual Change Agency', about: 'power to influence decisions about one’s care and future' },
      { id: 'independence_autonomy', label: 'Independence & Autonomy', about: 'self-reliance in managing care and daily life' },
      { id: 'inclusion_participation', label: 'Inclusion & Participation', about: 'being included and having a voice' },
      { id: 'learning_skills', label: 'Learning & Skills Development', about: 'development open to all, whatever their status' },
    ],
  },
  {
    id: 'wrb',
    label: 'Well-being, Relationships & Belonging',
    short: 'WRB',
    factors: [
      { id: 'wellbeing_levels', label: 'Well-being Levels', about: 'mood, optimism, clear thinking, stress' },
      { id: 'caregiving_relationships', label: 'Caregiving Relationships', about: 'support, empathy and mutual empowerment between carers and receivers' },
      { id: 'group_unity', label: 'Group Unity & Cohesion', about: 'inclusive practice and belonging within teams and circles' },
      { id: 'community_connection', label: 'Community Connection & Belonging', about: 'ties to wider networks and social support' },
    ],
  },
  {
    id: 'smc',
    label: 'Systems Maintenance & Co-production',
    short: 'SMC',
    factors: [
      { id: 'decision_planning', label: 'Decision-making & Planning', about: 'inclusive decision-making and planning, consent actually practised' },
      { id: 'task_management', label: 'Effective Task Management', about: 'tasks organised clearly and fairly' },
      { id: 'accountability', label: 'Accountability', about: 'people answer for what they took on' },
      { id: 'change_innovation', label: 'Change & Innovation', about: 'openness to change and new ideas' },
    ],
  },
];

/** Domain of each factor id. */
export const FACTOR_DOMAIN: ReadonlyMap<string, SurveyDomainId> = new Map(
  SURVEY_DOMAINS.flatMap((d) => d.factors.map((f) => [f.id, d.id] as const)),
);

/**
 * Respondent groups: the playbook's four survey versions plus care receivers, whom the
 * interpretation pages quote (§5.2 [D]).
 */
export const STAKEHOLDER_GROUPS = [
  { id: 'family', label: 'Family members' },
  { id: 'care_worker', label: 'Care workers' },
  { id: 'member', label: 'Circle / team members' },
  { id: 'volunteer', label: 'Volunteers' },
  { id: 'care_receiver', label: 'Care receivers', hint: 'added by us; not one of the playbook’s four versions' },
] as const satisfies readonly CatalogueEntry[];
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number]['id'];
export const STAKEHOLDER_IDS = STAKEHOLDER_GROUPS.map((g) => g.id) as [StakeholderGroup, ...StakeholderGroup[]];

/** The 5-point agreement scale (§5.5 [D]): the stored value is the number. */
export const RESPONSE_SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
