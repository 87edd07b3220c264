// The fixed vocabularies of the care map, taken from the domain brief (../shared/domain.md §3).
// Each catalogue is a list of `{ id, label }` entries: ids are stored in documents, labels are what
// people read. Care types are the exception: the document carries its own editable list, seeded
// from DEFAULT_CARE_TYPES, so a circle can rename or add kinds of care.

export interface CatalogueEntry<T extends string = string> {
  readonly id: T;
  readonly label: string;
  readonly hint?: string;
}

function ids<T extends string>(entries: readonly CatalogueEntry<T>[]): [T, ...T[]] {
  return entries.map((e) => e.id) as [T, ...T[]];
}

/** Label for an id in a catalogue, or the id itself when it is not listed. */
export function labelOf<T extends string>(catalogue: readonly CatalogueEntry<T>[], id: string): string {
  return catalogue.find((e) => e.id === id)?.label ?? id;
}

// ---------------------------------------------------------------- node kinds

export const NODE_KINDS = [
  { id: 'person', label: 'Person', hint: 'anyone giving or receiving care: neighbour, worker, family…' },
  { id: 'group', label: 'Group', hint: 'grassroots or mutual aid group, faith group, rota' },
  { id: 'organisation', label: 'Organisation', hint: 'charity, CIC, business, statutory or health service' },
  { id: 'space', label: 'Space', hint: 'a place where care happens: hall, library, garden, café' },
  { id: 'team', label: 'Team', hint: 'a self-managing care team around one Team Owner' },
  { id: 'circle', label: 'Circle', hint: 'a sociocratic circle, e.g. the Local Circle' },
] as const satisfies readonly CatalogueEntry[];
export type NodeKind = (typeof NODE_KINDS)[number]['id'];
export const NODE_KIND_IDS = ids(NODE_KINDS);

/** Kinds that are collective actors and carry a category and a formal/informal flag. */
export const COLLECTIVE_KINDS: readonly NodeKind[] = ['group', 'organisation', 'space', 'team', 'circle'];

// ---------------------------------------------------------------- person roles (§3.2.1)

export const PERSON_ROLES = [
  { id: 'team_owner', label: 'Care receiver / Team Owner' },
  { id: 'care_worker_employed', label: 'Care worker (employed)' },
  { id: 'care_worker_independent', label: 'Care worker (independent)' },
  { id: 'family', label: 'Family' },
  { id: 'friend', label: 'Friend' },
  { id: 'neighbour', label: 'Neighbour' },
  { id: 'volunteer', label: 'Volunteer' },
  { id: 'peer_supporter', label: 'Peer supporter' },
  { id: 'professional', label: 'Professional (GP, social worker, nurse…)' },
  { id: 'advocate', label: 'Advocate / representative' },
  { id: 'team_starter', label: 'Team Starter' },
  { id: 'coach', label: 'Coach' },
  { id: 'commons_organiser', label: 'Care Commons Organiser' },
  { id: 'peer_supervisor', label: 'Peer Supervisor' },
  { id: 'recruiter', label: 'Recruiter' },
  { id: 'circle_facilitator', label: 'Circle Facilitator' },
  { id: 'circle_secretary', label: 'Circle Secretary' },
  { id: 'circle_leader', label: 'Circle Leader' },
  { id: 'circle_delegate', label: 'Circle Delegate' },
] as const satisfies readonly CatalogueEntry[];
export type PersonRole = (typeof PERSON_ROLES)[number]['id'];
export const PERSON_ROLE_IDS = ids(PERSON_ROLES);

/** Roles whose holders are paid to give care: their care ties default to formal and paid. */
export const PAID_ROLES: readonly PersonRole[] = ['care_worker_employed', 'care_worker_independent', 'professional'];

// ---------------------------------------------------------------- actor categories (§3.2.2)

export const ACTOR_CATEGORIES = [
  { id: 'grassroots', label: 'Grassroots / mutual aid group' },
  { id: 'charity', label: 'Charity / CIC' },
  { id: 'social_enterprise', label: 'Social enterprise / ethical business' },
  { id: 'business', label: 'Business' },
  { id: 'community_hub', label: 'Community hub / voluntary organisation' },
  { id: 'statutory', label: 'Statutory service' },
  { id: 'health', label: 'Health care provider' },
  { id: 'regulated_care', label: 'Regulated social care provider' },
  { id: 'faith', label: 'Faith group' },
  { id: 'convening_partner', label: 'Convening partner' },
  { id: 'public_space', label: 'Public space' },
  { id: 'care_team', label: 'Care team' },
  { id: 'local_circle', label: 'Local Circle' },
  { id: 'other', label: 'Other' },
] as const satisfies readonly CatalogueEntry[];
export type ActorCategory = (typeof ACTOR_CATEGORIES)[number]['id'];
export const ACTOR_CATEGORY_IDS = ids(ACTOR_CATEGORIES);

/** Categories that are formal by nature (regulated or statutory); used as the default `formality`. */
export const FORMAL_CATEGORIES: readonly ActorCategory[] = ['statutory', 'health', 'regulated_care'];

export const FORMALITIES = [
  { id: 'formal', label: 'Formal' },
  { id: 'informal', label: 'Informal' },
  { id: 'mixed', label: 'Mixed' },
] as const satisfies readonly CatalogueEntry[];
export type Formality = (typeof FORMALITIES)[number]['id'];
export const FORMALITY_IDS = ids(FORMALITIES);

// ---------------------------------------------------------------- ties (§3.3)

export const TIE_KINDS = [
  { id: 'care', label: 'Care flow', hint: 'giver → receiver, or mutual' },
  { id: 'membership', label: 'Membership', hint: 'person → team or circle' },
  { id: 'partnership', label: 'Partnership', hint: 'circle ↔ organisation or hub' },
  { id: 'hosted_at', label: 'Hosted at', hint: 'group or activity → space' },
  { id: 'referral', label: 'Referral', hint: 'who referred whom to whom' },
  { id: 'commons_membership', label: 'Commons membership', hint: 'element → convening partner' },
  { id: 'double_link', label: 'Double link', hint: 'circle → parent circle' },
] as const satisfies readonly CatalogueEntry[];
export type TieKind = (typeof TIE_KINDS)[number]['id'];
export const TIE_KIND_IDS = ids(TIE_KINDS);

/** Relationship strength labels of the Clapton team analysis; keep exactly these four (§3.3.1). */
export const STRENGTHS = [
  { id: 'generative', label: 'Generative', hint: 'active, producing care flows' },
  { id: 'engaged', label: 'Engaged', hint: 'connected, not yet producing much' },
  { id: 'inactive', label: 'Inactive', hint: 'dormant link' },
  { id: 'unclassified', label: 'Unclassified', hint: 'not yet assessed' },
] as const satisfies readonly CatalogueEntry[];
export type Strength = (typeof STRENGTHS)[number]['id'];
export const STRENGTH_IDS = ids(STRENGTHS);

export const PAYMENTS = [
  { id: 'paid', label: 'Paid' },
  { id: 'gifted', label: 'Gifted' },
  { id: 'volunteered', label: 'Volunteered' },
] as const satisfies readonly CatalogueEntry[];
export type Payment = (typeof PAYMENTS)[number]['id'];
export const PAYMENT_IDS = ids(PAYMENTS);

export const TIE_FORMALITIES = [
  { id: 'formal', label: 'Formal' },
  { id: 'informal', label: 'Informal' },
] as const satisfies readonly CatalogueEntry[];
export type TieFormality = (typeof TIE_FORMALITIES)[number]['id'];
export const TIE_FORMALITY_IDS = ids(TIE_FORMALITIES);

export const FREQUENCIES = [
  { id: 'daily', label: 'Daily' },
  { id: 'several_weekly', label: 'Several times a week' },
  { id: 'weekly', label: 'Weekly' },
  { id: 'fortnightly', label: 'Fortnightly' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'occasional', label: 'Occasionally' },
  { id: 'one_off', label: 'One-off' },
] as const satisfies readonly CatalogueEntry[];
export type Frequency = (typeof FREQUENCIES)[number]['id'];
export const FREQUENCY_IDS = ids(FREQUENCIES);

export const CLOSENESS = [
  { id: 'inner', label: 'Inner ring (closest)' },
  { id: 'middle', label: 'Middle ring' },
  { id: 'outer', label: 'Outer ring' },
] as const satisfies readonly CatalogueEntry[];
export type Closeness = (typeof CLOSENESS)[number]['id'];
export const CLOSENESS_IDS = ids(CLOSENESS);

export const PARTNERSHIP_STATUSES = [
  { id: 'prospective', label: 'Prospective' },
  { id: 'active', label: 'Active' },
  { id: 'lapsed', label: 'Lapsed' },
] as const satisfies readonly CatalogueEntry[];
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number]['id'];
export const PARTNERSHIP_STATUS_IDS = ids(PARTNERSHIP_STATUSES);

export const COMMONS_STATUSES = [
  { id: 'active', label: 'Active' },
  { id: 'inactive', label: 'Inactive' },
] as const satisfies readonly CatalogueEntry[];
export type CommonsStatus = (typeof COMMONS_STATUSES)[number]['id'];
export const COMMONS_STATUS_IDS = ids(COMMONS_STATUSES);

/** Participation type of a circle membership (§4.2). */
export const PARTICIPATIONS = [
  { id: 'full', label: 'Full participant' },
  { id: 'learning', label: 'Learning participant' },
  { id: 'guest', label: 'Guest' },
] as const satisfies readonly CatalogueEntry[];
export type Participation = (typeof PARTICIPATIONS)[number]['id'];
export const PARTICIPATION_IDS = ids(PARTICIPATIONS);

// ---------------------------------------------------------------- places, consent, scope

export const LOCATION_PRIVACIES = [
  { id: 'exact', label: 'Exact', hint: 'organisations and public spaces' },
  { id: 'approximate', label: 'Approximate', hint: 'drawn snapped to a coarse grid; the default for people' },
  { id: 'hidden', label: 'Hidden', hint: 'never drawn or exported' },
] as const satisfies readonly CatalogueEntry[];
export type LocationPrivacy = (typeof LOCATION_PRIVACIES)[number]['id'];
export const LOCATION_PRIVACY_IDS = ids(LOCATION_PRIVACIES);

export const CONSENT_STATUSES = [
  { id: 'given', label: 'Consent given' },
  { id: 'pending', label: 'Not yet asked' },
  { id: 'refused', label: 'Refused' },
  { id: 'withdrawn', label: 'Withdrawn' },
  { id: 'not_needed', label: 'Not needed (public body)' },
] as const satisfies readonly CatalogueEntry[];
export const CONSENT_STATUS_IDS = ids(CONSENT_STATUSES);

export const CONSENT_METHODS = [
  { id: 'verbal', label: 'Verbal' },
  { id: 'written', label: 'Written' },
  { id: 'representative', label: 'By a representative' },
] as const satisfies readonly CatalogueEntry[];
export const CONSENT_METHOD_IDS = ids(CONSENT_METHODS);

export const MAP_SCOPES = [
  { id: 'personal', label: 'Personal care map', hint: 'one Team Owner and the people and places around them' },
  { id: 'community', label: 'Community network map', hint: 'a neighbourhood around one Local Circle' },
  { id: 'service', label: 'Service map', hint: 'a commissioned Care Commons Service' },
] as const satisfies readonly CatalogueEntry[];
export type MapScope = (typeof MAP_SCOPES)[number]['id'];
export const MAP_SCOPE_IDS = ids(MAP_SCOPES);

// ---------------------------------------------------------------- snapshots (§7.4)

/** What a snapshot records, so that like is compared with like (a workshop with a workshop). */
export const SNAPSHOT_EVENTS = [
  { id: 'workshop', label: 'Workshop', hint: 'drawn together at a mapping workshop' },
  { id: 'review', label: 'Review', hint: 'a planned review, e.g. at six or eighteen months' },
  { id: 'other', label: 'Other', hint: 'any other moment worth keeping' },
] as const satisfies readonly CatalogueEntry[];
export type SnapshotEvent = (typeof SNAPSHOT_EVENTS)[number]['id'];
export const SNAPSHOT_EVENT_IDS = ids(SNAPSHOT_EVENTS);

// ---------------------------------------------------------------- care types (§3.4)

export const CARE_TYPE_LEANINGS = ['formal', 'informal', 'either'] as const;
export type CareTypeLeaning = (typeof CARE_TYPE_LEANINGS)[number];

/**
 * The starter list of care types. The first five keep the playbook's labels verbatim so its
 * Clapton counts (30 / 24 / 10 / 10 / 5) can be reproduced; the rest follow the brief's starter
 * taxonomy. A document carries its own copy, which people may edit.
 */
export const DEFAULT_CARE_TYPES: readonly { id: string; label: string; leaning: CareTypeLeaning }[] = [
  { id: 'emotional', label: 'Wellness, Emotional & Mental Health Support', leaning: 'either' },
  { id: 'social', label: 'Social Connection & Engagement', leaning: 'informal' },
  { id: 'recreation', label: 'Recreational & Leisure Activities', leaning: 'informal' },
  { id: 'education', label: 'Education, Training & Skills Development', leaning: 'either' },
  { id: 'advocacy', label: 'Advocacy', leaning: 'either' },
  { id: 'meals', label: 'Meals & food', leaning: 'informal' },
  { id: 'transport', label: 'Transport & lifts', leaning: 'informal' },
  { id: 'practical', label: 'Practical help (shopping, errands, housework, gardening)', leaning: 'either' },
  { id: 'personal_care', label: 'Personal care (regulated)', leaning: 'formal' },
  { id: 'medication', label: 'Medication support (regulated)', leaning: 'formal' },
  { id: 'companionship', label: 'Companionship & befriending', leaning: 'informal' },
  { id: 'peer_support', label: 'Peer support', leaning: 'informal' },
  { id: 'information', label: 'Information & signposting', leaning: 'either' },
  { id: 'life_admin', label: 'Life admin (letters, appointments)', leaning: 'either' },
  { id: 'family_support', label: 'Childcare & family support', leaning: 'informal' },
  { id: 'cultural_faith', label: 'Cultural & faith activity', leaning: 'informal' },
  { id: 'gift_space', label: 'Gift of space', leaning: 'informal' },
  { id: 'gift_skills', label: 'Gift of skills', leaning: 'informal' },
  { id: 'gift_time', label: 'Gift of time', leaning: 'informal' },
  { id: 'gift_objects', label: 'Gift of objects & resources', leaning: 'informal' },
  { id: 'paid_domiciliary', label: 'Paid domiciliary care', leaning: 'formal' },
  { id: 'health', label: 'Health care', leaning: 'formal' },
];
