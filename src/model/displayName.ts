// The label a node is shown by on a screen others can see (domain §9, "pseudonymous mode"):
// everyone by name, or people by their initials, and paid care workers and professionals by
// their role, as the pilot's published maps did (§3.2.1). Groups, organisations, spaces, teams
// and circles keep their names. The result is plain text for text nodes, never markup.
import { labelOf, PAID_ROLES, PERSON_ROLES } from './catalogues';
import type { CareNode } from './schema';

/** How people are labelled on a shared screen. */
export type LabelMode = 'names' | 'initials';
export const LABEL_MODES: readonly LabelMode[] = ['names', 'initials'];

/**
 * Initials of a name: the first letter of each of its first three words, in capitals, each
 * followed by a full stop ("Maud Ellis" → "M.E."). Words that hold no letter are skipped; a name
 * with no letters at all gives "?".
 */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0])
    .filter((l): l is string => l !== undefined)
    .slice(0, 3);
  return letters.length === 0 ? '?' : letters.map((l) => `${l.toLocaleUpperCase()}.`).join('');
}

/** The label to show for `node` in `mode`. */
export function displayLabel(node: Pick<CareNode, 'kind' | 'label' | 'roles'>, mode: LabelMode): string {
  if (mode === 'names' || node.kind !== 'person') return node.label;
  const paid = node.roles.find((r) => PAID_ROLES.includes(r));
  return paid !== undefined ? labelOf(PERSON_ROLES, paid) : initialsOf(node.label);
}
