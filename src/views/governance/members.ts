// Who belongs to a team or circle, for the governance panels: people with a membership tie to it
// (either direction) and people wearing a hat there, in map order. Pure; memoise in components.
import { type CareMap, type CareNode, getRecords } from '../../model';

export interface Member {
  readonly node: CareNode;
  /** Membership tie ids linking them (empty when they only wear a hat there). */
  readonly ties: readonly string[];
}

export function membersOf(doc: CareMap, context: string): Member[] {
  const ties = new Map<string, string[]>();
  for (const t of doc.ties) {
    if (t.kind !== 'membership') continue;
    const other = t.target === context ? t.source : t.source === context ? t.target : null;
    if (other !== null) ties.set(other, [...(ties.get(other) ?? []), t.id]);
  }
  const wearers = new Set<string>();
  for (const a of getRecords(doc, 'hatAssignment')) if (a.context === context) for (const h of a.holders) wearers.add(h);
  return doc.nodes
    .filter((n) => n.kind === 'person' && (ties.has(n.id) || wearers.has(n.id)))
    .map((node) => ({ node, ties: ties.get(node.id) ?? [] }));
}

/** Label of a node by id, or the id itself when the node is gone. */
export function nodeName(doc: CareMap, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? `(missing ${id})`;
}
