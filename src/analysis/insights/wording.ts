// The small pieces insight sentences are built from: a node's label, lists of names, counted
// nouns, and how a loss is said of a person or of an organisation. Labels go into sentences as
// plain text; rendering them safely is the UI's job (always as text). A sentence that ends with a
// label is closed with the model's closeSentence, so "Felix Y." never gives "..".
import type { CareNode } from '../../model';
import type { InsightInput } from './rule';

/** A node's label, or its id when the node is unknown. */
export function label(input: InsightInput, id: string): string {
  return input.care.byId.get(id)?.label ?? id;
}

/** "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more" (or "or" instead of "and"). */
export function nameList(names: readonly string[], max = 5, conjunction: 'and' | 'or' = 'and'): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${conjunction} ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

/** "1 node", "3 nodes" (or a given plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "closed" for a collective actor, "stepped back" for a person. */
export function loss(node: CareNode | undefined): string {
  return node?.kind === 'person' ? 'stepped back' : 'closed';
}
