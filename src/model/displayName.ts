// How a node is named where others can see the screen or the picture: by name, or pseudonymously
// (domain §9: "labels show initials or roles"; §3.2.1: the pilot drew care workers by a letter,
// not by name; statutory professionals appear as roles). One rule for the graph, the map, the
// pictures, the reports and the command line, so no view invents its own anonymisation.
// Collective actors (groups, organisations, spaces, teams, circles) keep their names: the
// published analysis named organisations.
import { PAID_ROLES, type PersonRole } from './catalogues';
import type { CareNode } from './schema';

export const LABEL_MODES = ['names', 'initials'] as const;
/** `names`: labels as written; `initials`: people by initials, paid staff by their role word. */
export type LabelMode = (typeof LABEL_MODES)[number];

/** Forms of address left out of initials when a name has more than one word ("Mrs A." → "A."). */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'revd', 'sir', 'dame']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A name as initials, each followed by a full stop: "Maud Ellis" → "M.E.", "R." → "R.",
 * "Anne-Marie Ng" → "A.M.N.", "J.R.R. Tolkien" → "J.R.R.T.", "Mrs A." → "A.". Words are split at
 * spaces, hyphens and full stops; each gives its first letter or digit, upper-cased (a word with
 * none, such as an emoji, gives nothing). A leading title (Mr, Mrs, Dr…) is dropped unless it is
 * the only word. '' when nothing is left.
 */
export function initialsOf(name: string): string {
  let words = name.normalize('NFC').split(/\s+/).filter((w) => w !== '');
  const untitled = words.filter((w) => !TITLES.has(w.replace(/\.$/, '').toLowerCase()));
  if (untitled.length > 0) words = untitled;
  const initials: string[] = [];
  for (const part of words.flatMap((w) => w.split(/[-‐–.]+/))) {
    const first = [...part].find((ch) => LETTER_OR_DIGIT.test(ch));
    if (first !== undefined) initials.push(`${first.toUpperCase()}.`);
  }
  return initials.join('');
}

/** The word for each paid role, as the pilot's map and a shared screen name paid staff. */
const PAID_ROLE_WORDS: Readonly<Partial<Record<PersonRole, string>>> = {
  care_worker_employed: 'Care worker',
  care_worker_independent: 'Care worker',
  professional: 'Professional',
};

/** Custom fields that hold a role an import could not match to the catalogue ("District nurse"). */
const ROLE_FIELDS: ReadonlySet<string> = new Set(['role', 'roles']);

/** Longest role word taken from a custom field; anything longer is free text, not a role. */
const MAX_ROLE_WORD = 60;

/** Whether the person holds a paid role (care worker, professional): paid staff are named by role. */
export function isPaidStaff(node: CareNode): boolean {
  return node.kind === 'person' && node.roles.some((r) => PAID_ROLES.includes(r));
}

/**
 * The role word for a member of paid staff: the first entry of a custom "Role" or "Roles" field
 * when an import kept one (e.g. "District nurse"), else the word for the first paid role held
 * ("Care worker", "Professional"); null for anyone else.
 */
export function roleWordOf(node: CareNode): string | null {
  if (!isPaidStaff(node)) return null;
  for (const [field, value] of Object.entries(node.fields ?? {})) {
    if (!ROLE_FIELDS.has(field.trim().toLowerCase()) || typeof value !== 'string') continue;
    const first = value.split(/[|,;]/)[0]?.trim() ?? '';
    if (first !== '' && first.length <= MAX_ROLE_WORD) return first;
  }
  const paid = node.roles.find((r) => PAID_ROLE_WORDS[r] !== undefined);
  return paid === undefined ? null : (PAID_ROLE_WORDS[paid] ?? null);
}

/**
 * The name drawn for a node. `names`: its label. `initials`: people by initials (or "Person" when
 * their name has no letter or digit), paid staff by their role word (roleWordOf), every other
 * kind by its label.
 */
export function displayName(node: CareNode, mode: LabelMode): string {
  if (mode === 'names' || node.kind !== 'person') return node.label;
  const role = roleWordOf(node);
  if (role !== null) return role;
  const initials = initialsOf(node.label);
  return initials === '' ? 'Person' : initials;
}
