// Quick add by name: suggestions from the people and places already on the map as someone types,
// and what a typed name means — someone already there (so a neighbour named in three prompts is
// one node, as with Network Canvas's roster), someone new, or a name several nodes share.
import type { NodeKind } from '../catalogues';
import type { NodeId } from '../ids';
import type { CareMap, CareNode } from '../schema';
import type { GuidedNames } from './schema';

/** The kind of node a new name becomes, by what the prompt asks for. */
export const KIND_FOR_NAMES: Readonly<Record<GuidedNames, NodeKind>> = {
  people: 'person',
  places: 'space',
  groups: 'group',
  services: 'organisation',
  anyone: 'person',
};

/** Kinds ranked first among suggestions, by what the prompt asks for. */
const PREFERRED: Readonly<Record<GuidedNames, readonly NodeKind[]>> = {
  people: ['person'],
  places: ['space'],
  groups: ['group', 'organisation', 'team', 'circle'],
  services: ['organisation', 'person'],
  anyone: [],
};

/** A name as compared: trimmed, inner spaces collapsed, lower case. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Nodes whose label matches what has been typed, best first: the whole label, then the start of
 * the label, then the start of a word, then anywhere; within each, the kinds the prompt asks for
 * first, then by label. The centre is never suggested.
 */
export function suggestNames(
  doc: CareMap,
  typed: string,
  options: { readonly centre?: string; readonly names?: GuidedNames; readonly limit?: number } = {},
): CareNode[] {
  const q = normaliseName(typed);
  if (q === '') return [];
  const preferred = PREFERRED[options.names ?? 'anyone'];
  const scored: { node: CareNode; rank: number; kind: number; label: string }[] = [];
  for (const node of doc.nodes) {
    if (node.id === options.centre) continue;
    const label = normaliseName(node.label);
    const at = label.indexOf(q);
    if (at < 0) continue;
    const rank = label === q ? 0 : at === 0 ? 1 : label.split(' ').some((w) => w.startsWith(q)) ? 2 : 3;
    const kind = preferred.length === 0 || preferred.includes(node.kind) ? 0 : 1;
    scored.push({ node, rank, kind, label });
  }
  scored.sort(
    (a, b) => a.rank - b.rank || a.kind - b.kind || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  return scored.slice(0, options.limit ?? 8).map((s) => s.node);
}

export type NameMeaning =
  | { readonly kind: 'existing'; readonly id: NodeId }
  | { readonly kind: 'new'; readonly label: string }
  | { readonly kind: 'ambiguous'; readonly ids: readonly NodeId[] }
  | { readonly kind: 'centre' }
  | { readonly kind: 'empty' };

/** What a typed name means: the one node with exactly that name (case and spacing aside), or someone new. */
export function resolveName(doc: CareMap, typed: string, centre: string): NameMeaning {
  const q = normaliseName(typed);
  if (q === '') return { kind: 'empty' };
  const same = doc.nodes.filter((n) => normaliseName(n.label) === q);
  const others = same.filter((n) => n.id !== centre);
  if (others.length === 0)
    return same.length > 0 ? { kind: 'centre' } : { kind: 'new', label: typed.trim().replace(/\s+/g, ' ') };
  if (others.length === 1) return { kind: 'existing', id: (others[0] as CareNode).id };
  return { kind: 'ambiguous', ids: others.map((n) => n.id) };
}
