// Kumu's vocabulary and ours, side by side: which attribute names (Kumu JSON keys, spreadsheet
// headers) mean which field of a node or tie, and which Kumu element and connection types mean
// which node and tie kinds (including the playbook's Service Map types). Shared by the Kumu JSON,
// XLSX and CSV formats; the conversions themselves live in toMap.ts and fromMap.ts.
import {
  type ActorCategory,
  type CatalogueEntry,
  type CommonsStatus,
  NODE_KINDS,
  type NodeKind,
  type PersonRole,
  TIE_KINDS,
  type TieKind,
} from '../../model';

/** Compare names loosely: case, spaces, `_` and `-` do not matter ("Element_Type" = "element type"). */
export function normaliseKey(s: string): string {
  // Most names and values read are already plain lower-case ASCII words ("care", "n-12" aside):
  // those come back as they are without a regular expression, since this runs for every cell.
  let plain = s.length > 0;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c > 32 && c < 127 && !(c >= 65 && c <= 90) && c !== 95 && c !== 45;
  }
  return plain ? s : s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** One known attribute: its Kumu JSON key (lower case), its spreadsheet header, other accepted names. */
export interface KeyDef {
  readonly key: string;
  readonly header: string;
  readonly aliases?: readonly string[];
}

function defs<const K extends string>(list: readonly (KeyDef & { key: K })[]): Record<K, KeyDef> {
  return Object.fromEntries(list.map((d) => [d.key, d])) as unknown as Record<K, KeyDef>;
}

/** Element attributes we understand; any other attribute becomes a custom field. */
export const ELEMENT_KEYS = defs([
  { key: 'id', header: 'ID', aliases: ['_id'] },
  { key: 'label', header: 'Label', aliases: ['name'] },
  { key: 'element type', header: 'Type', aliases: ['type'] },
  { key: 'kind', header: 'Kind' },
  { key: 'description', header: 'Description' },
  { key: 'tags', header: 'Tags', aliases: ['tag'] },
  { key: 'location', header: 'Location' },
  { key: 'latitude', header: 'Latitude', aliases: ['lat'] },
  { key: 'longitude', header: 'Longitude', aliases: ['lng', 'lon', 'long'] },
  { key: 'location privacy', header: 'Location Privacy' },
  { key: 'roles', header: 'Roles', aliases: ['role'] },
  { key: 'category', header: 'Category', aliases: ['sector'] },
  { key: 'formality', header: 'Formality', aliases: ['formal'] },
  { key: 'anchor', header: 'Anchor', aliases: ['is anchor'] },
  { key: 'care offered', header: 'Care Offered', aliases: ['care types', 'care type'] },
  { key: 'care needed', header: 'Care Needed' },
  { key: 'notes', header: 'Notes' },
  { key: 'capacity hours', header: 'Capacity Hours', aliases: ['hours per week'] },
  { key: 'max receivers', header: 'Max Receivers' },
  { key: 'capacity note', header: 'Capacity Note' },
  { key: 'consent', header: 'Consent', aliases: ['consent status'] },
  { key: 'consent by', header: 'Consent By' },
  { key: 'consent date', header: 'Consent Date' },
  { key: 'consent method', header: 'Consent Method' },
  { key: 'consent review', header: 'Consent Review' },
  { key: 'consent note', header: 'Consent Note' },
  { key: 'valid from', header: 'Valid From' },
  { key: 'valid to', header: 'Valid To' },
]);
export type ElementKey = keyof typeof ELEMENT_KEYS;

/** Connection attributes we understand; any other attribute becomes a custom field. */
export const CONNECTION_KEYS = defs([
  { key: 'id', header: 'ID', aliases: ['_id'] },
  { key: 'from', header: 'From', aliases: ['source'] },
  { key: 'to', header: 'To', aliases: ['target'] },
  { key: 'connection type', header: 'Type', aliases: ['type'] },
  { key: 'connection direction', header: 'Direction', aliases: ['direction'] },
  { key: 'strength', header: 'Strength' },
  { key: 'label', header: 'Label' },
  { key: 'description', header: 'Description', aliases: ['notes'] },
  { key: 'care types', header: 'Care Types', aliases: ['care type', 'care'] },
  { key: 'formality', header: 'Formality', aliases: ['formal'] },
  { key: 'payment', header: 'Payment' },
  { key: 'frequency', header: 'Frequency' },
  { key: 'hours per week', header: 'Hours Per Week', aliases: ['hours'] },
  { key: 'closeness', header: 'Closeness' },
  { key: 'in support plan', header: 'In Support Plan', aliases: ['support plan'] },
  { key: 'since', header: 'Since' },
  { key: 'until', header: 'Until' },
  { key: 'role', header: 'Role' },
  { key: 'participation', header: 'Participation' },
  { key: 'owner consented', header: 'Owner Consented' },
  { key: 'member consented', header: 'Member Consented' },
  { key: 'partnership status', header: 'Partnership Status' },
  { key: 'commons status', header: 'Commons Status' },
]);
export type ConnectionKey = keyof typeof CONNECTION_KEYS;

/** normalised name -> canonical key, for one key table. */
export function aliasIndex(table: Record<string, KeyDef>): Map<string, string> {
  const index = new Map<string, string>();
  for (const d of Object.values(table)) {
    for (const name of [d.key, d.header, ...(d.aliases ?? [])]) index.set(normaliseKey(name), d.key);
  }
  return index;
}

/** Find a catalogue entry by id or label, loosely ("Team Owner", "team_owner", "TEAM-OWNER"). */
export function matchCatalogue<T extends string>(catalogue: readonly CatalogueEntry<T>[], value: string): T | undefined {
  return catalogueIndex(catalogue).get(normaliseKey(value)) as T | undefined;
}

/** Each catalogue's ids and labels, normalised, to the first entry with that id or label. */
const CATALOGUE_INDEXES = new WeakMap<readonly CatalogueEntry<string>[], ReadonlyMap<string, string>>();

function catalogueIndex(catalogue: readonly CatalogueEntry<string>[]): ReadonlyMap<string, string> {
  let index = CATALOGUE_INDEXES.get(catalogue);
  if (index === undefined) {
    const built = new Map<string, string>();
    for (const e of catalogue) {
      for (const name of [normaliseKey(e.id), normaliseKey(e.label)]) if (!built.has(name)) built.set(name, e.id);
    }
    CATALOGUE_INDEXES.set(catalogue, built);
    index = built;
  }
  return index;
}

// ---------------------------------------------------------------- element types

export interface ElementTypeMeaning {
  readonly kind: NodeKind;
  readonly role?: PersonRole;
  readonly category?: ActorCategory;
}

/** Kumu element types (ours, common ones and the playbook's Service Map types), normalised. */
const ELEMENT_TYPES: Record<string, ElementTypeMeaning> = {
  person: { kind: 'person' },
  people: { kind: 'person' },
  individual: { kind: 'person' },
  'supported person': { kind: 'person', role: 'team_owner' },
  'team owner': { kind: 'person', role: 'team_owner' },
  'care receiver': { kind: 'person', role: 'team_owner' },
  organisation: { kind: 'organisation' },
  organization: { kind: 'organisation' },
  'convening partner': { kind: 'organisation', category: 'convening_partner' },
  'regulated social care provider': { kind: 'organisation', category: 'regulated_care' },
  'health care provider': { kind: 'organisation', category: 'health' },
  'healthcare provider': { kind: 'organisation', category: 'health' },
  business: { kind: 'organisation', category: 'business' },
  charity: { kind: 'organisation', category: 'charity' },
  'social enterprise': { kind: 'organisation', category: 'social_enterprise' },
  'statutory service': { kind: 'organisation', category: 'statutory' },
  'community hub': { kind: 'organisation', category: 'community_hub' },
  group: { kind: 'group' },
  'mutual aid group': { kind: 'group', category: 'grassroots' },
  'grassroots group': { kind: 'group', category: 'grassroots' },
  'faith group': { kind: 'group', category: 'faith' },
  space: { kind: 'space' },
  place: { kind: 'space' },
  venue: { kind: 'space' },
  team: { kind: 'team' },
  'care team': { kind: 'team', category: 'care_team' },
  circle: { kind: 'circle' },
  'local circle': { kind: 'circle', category: 'local_circle' },
};

/** What a Kumu element type means for us, or undefined when we do not know the type. */
export function meaningOfElementType(type: string): ElementTypeMeaning | undefined {
  return ELEMENT_TYPES[normaliseKey(type)];
}

/** The element type we write for a kind: its catalogue label ("Organisation"). */
export function elementTypeOf(kind: NodeKind): string {
  return NODE_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

// ---------------------------------------------------------------- connection types

export interface ConnectionTypeMeaning {
  readonly kind: TieKind;
  readonly inSupportPlan?: boolean;
  readonly commonsStatus?: CommonsStatus;
}

const CONNECTION_TYPES: Record<string, ConnectionTypeMeaning> = {
  care: { kind: 'care' },
  'care flow': { kind: 'care' },
  'gives care': { kind: 'care' },
  support: { kind: 'care' },
  membership: { kind: 'membership' },
  member: { kind: 'membership' },
  'member of': { kind: 'membership' },
  'team membership': { kind: 'membership' },
  'circle membership': { kind: 'membership' },
  partnership: { kind: 'partnership' },
  partner: { kind: 'partnership' },
  'hosted at': { kind: 'hosted_at' },
  referral: { kind: 'referral' },
  'referred to': { kind: 'referral' },
  'commons membership': { kind: 'commons_membership', commonsStatus: 'active' },
  'inactive commons membership': { kind: 'commons_membership', commonsStatus: 'inactive' },
  'double link': { kind: 'double_link' },
  // Service Map connection types 3 and 4 (domain §3.3.2): care ties to a Supported Person
  'participating in a shared support plan': { kind: 'care', inSupportPlan: true },
  'participating in a support plan': { kind: 'care', inSupportPlan: true },
  'not participating in a support plan': { kind: 'care', inSupportPlan: false },
  'not participating in a shared support plan': { kind: 'care', inSupportPlan: false },
};

/** What a Kumu connection type means for us, or undefined when we do not know the type. */
export function meaningOfConnectionType(type: string): ConnectionTypeMeaning | undefined {
  return CONNECTION_TYPES[normaliseKey(type)];
}

/** The connection type we write for a tie kind: its catalogue label ("Hosted at"). */
export function connectionTypeOf(kind: TieKind): string {
  return TIE_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/** The custom field that keeps a Kumu type we did not recognise, so it survives a round trip. */
export const KUMU_TYPE_FIELD = 'kumuType';
/** The custom field that keeps a Kumu strength that is not one of our four labels (e.g. "3"). */
export const KUMU_STRENGTH_FIELD = 'kumuStrength';
