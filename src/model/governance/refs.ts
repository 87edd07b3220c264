// Shared helper for the cross-record checks of governance, survey and assessment records: a
// reference to a node that is missing or of the wrong kind. These are warnings (see records.ts
// for why), with the record's path, e.g. `records[4].holders[2]: no node "n-9"`.
import type { NodeKind } from '../catalogues';
import { type Problem, warning } from '../problems';
import type { CareNode } from '../schema';

/**
 * Problem for a node reference, or null when `id` names a node of one of `kinds`.
 * `role` completes the sentence "… must be a team or circle" (e.g. "a hat's context").
 */
export function checkNodeRef(nodes: ReadonlyMap<string, CareNode>, id: string, path: string, kinds: readonly NodeKind[], role: string): Problem | null {
  const node = nodes.get(id);
  if (node === undefined) return warning(path, `no node "${id}"`);
  if (!kinds.includes(node.kind)) {
    const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
    return warning(path, `"${node.label}" is ${article(node.kind)} ${node.kind}; ${role} must be ${article(kinds[0] ?? '')} ${list}`);
  }
  return null;
}

/** Problem for the `centre` of records[index] (a support network, a guided mapping), which must be a person. */
export function checkCentrePerson(nodes: ReadonlyMap<string, CareNode>, index: number, centre: string, role: string): Problem | null {
  return checkNodeRef(nodes, centre, `records[${index}].centre`, ['person'], role);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

export function pushIf(out: Problem[], p: Problem | null): void {
  if (p !== null) out.push(p);
}
