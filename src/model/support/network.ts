// Who is in one person's support network, read from the ties: the people, groups and places tied
// to the centre directly (with the ring their closeness puts them on, their sector, and whether
// care flows to the centre, from it, or both), and those linked to the centre only through one of
// them. Nothing here is stored; the drawing (placement.ts) and the analyses read it.
import { CLOSENESS_IDS, type Closeness } from '../catalogues';
import type { NodeId } from '../ids';
import type { CareMap, CareNode, Tie } from '../schema';
import type { SupportRing, SupportSector } from './schema';
import { supportSector } from './sectors';

export interface SupportMember {
  readonly id: NodeId;
  readonly node: CareNode;
  /** Tied to the centre by at least one tie of any kind. */
  readonly direct: boolean;
  /** The closest closeness on a care tie with the centre; 'none' without one; 'beyond' when indirect. */
  readonly ring: SupportRing;
  readonly sector: SupportSector;
  /** Care flows from this member to the centre (a care tie towards the centre, or a mutual one). */
  readonly gives: boolean;
  /** Care flows from the centre to this member. */
  readonly receives: boolean;
  /** Ties between this member and the centre, any kind, in document order (empty when indirect). */
  readonly ties: readonly Tie[];
  /** For an indirect member: the direct members they are linked through, in document order. */
  readonly via: readonly NodeId[];
}

export interface SupportNetwork {
  readonly centre: CareNode;
  /** Direct members first, then indirect ones, each in document order. */
  readonly members: readonly SupportMember[];
  /** Nodes of the map neither tied to the centre nor to anyone who is. */
  readonly unlinked: readonly NodeId[];
}

/** The closest of the closeness values on `ties` (inner before middle before outer). */
export function closestCloseness(ties: readonly Tie[]): Closeness | undefined {
  let best: number | undefined;
  for (const t of ties) {
    if (t.kind !== 'care' || t.closeness === undefined) continue;
    const rank = CLOSENESS_IDS.indexOf(t.closeness);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : CLOSENESS_IDS[best];
}

/** Ties between `a` and `b`, any kind and direction, in document order. */
export function tiesBetween(doc: CareMap, a: string, b: string): Tie[] {
  return doc.ties.filter((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));
}

/**
 * Read the support network of `centreId`, or null when there is no such node. Indirect members
 * are nodes at exactly two steps from the centre, over ties of any kind (the neighbour's
 * befriending charity, the hall a congregation meets in); nodes further out are `unlinked`.
 */
export function readSupportNetwork(doc: CareMap, centreId: string): SupportNetwork | null {
  const centre = doc.nodes.find((n) => n.id === centreId);
  if (centre === undefined) return null;
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  const withCentre = new Map<string, Tie[]>();
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (set === undefined) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const t of doc.ties) {
    if (t.source === t.target || !byId.has(t.source) || !byId.has(t.target)) continue;
    link(t.source, t.target);
    link(t.target, t.source);
    const other = t.source === centreId ? t.target : t.target === centreId ? t.source : undefined;
    if (other === undefined) continue;
    const list = withCentre.get(other);
    if (list === undefined) withCentre.set(other, [t]);
    else list.push(t);
  }
  const direct: SupportMember[] = [];
  const indirect: SupportMember[] = [];
  const unlinked: NodeId[] = [];
  const order = new Map(doc.nodes.map((n, i) => [n.id as string, i]));
  for (const node of doc.nodes) {
    if (node.id === centreId) continue;
    const ties = withCentre.get(node.id);
    if (ties !== undefined) {
      const care = ties.filter((t) => t.kind === 'care');
      direct.push({
        id: node.id,
        node,
        direct: true,
        ring: closestCloseness(care) ?? 'none',
        sector: supportSector(node, ties),
        gives: care.some((t) => t.source === node.id || t.mutual),
        receives: care.some((t) => t.source === centreId || t.mutual),
        ties,
        via: [],
      });
      continue;
    }
    const via = [...(neighbours.get(node.id) ?? [])].filter((id) => withCentre.has(id));
    if (via.length === 0) {
      unlinked.push(node.id);
      continue;
    }
    via.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    indirect.push({
      id: node.id,
      node,
      direct: false,
      ring: 'beyond',
      sector: supportSector(node, []),
      gives: false,
      receives: false,
      ties: [],
      via: via as NodeId[],
    });
  }
  return { centre, members: [...direct, ...indirect], unlinked };
}
