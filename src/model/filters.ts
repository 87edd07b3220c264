// Which nodes and ties a view shows: filters by kind, role, formal/informal, care type, tag and
// date, a text search over labels and tags, and focus on one node's neighbourhood to N steps.
// Shared by the graph, table and map views so all three always agree on what is visible.
import type { NodeKind, PersonRole, TieKind } from './catalogues';
import { tieSide } from './formality';
import type { CareMap, CareNode, Tie } from './schema';

export interface MapFilter {
  /** Show only these node kinds (empty = all). */
  readonly kinds: readonly NodeKind[];
  /** Show only people holding one of these roles; other kinds pass (empty = all). */
  readonly roles: readonly PersonRole[];
  /** Show only care ties of this formality, and nodes of this formality where set. */
  readonly formality: 'all' | 'formal' | 'informal';
  /** Show only ties carrying one of these care types, and nodes offering or needing one. */
  readonly careTypes: readonly string[];
  /** Show only nodes with one of these tags (empty = all). */
  readonly tags: readonly string[];
  /** Show only tie kinds in this list (empty = all). */
  readonly tieKinds: readonly TieKind[];
  /** Show the map as it was on this date (YYYY-MM-DD): nodes and ties valid then. */
  readonly asOf?: string;
}

export const EMPTY_FILTER: MapFilter = { kinds: [], roles: [], formality: 'all', careTypes: [], tags: [], tieKinds: [] };

/** True when the filter hides nothing. */
export function isFilterEmpty(f: MapFilter): boolean {
  return (
    f.kinds.length === 0 &&
    f.roles.length === 0 &&
    f.formality === 'all' &&
    f.careTypes.length === 0 &&
    f.tags.length === 0 &&
    f.tieKinds.length === 0 &&
    f.asOf === undefined
  );
}

function validOn(from: string | undefined, to: string | undefined, day: string): boolean {
  return (from === undefined || from <= day) && (to === undefined || to >= day);
}

function nodePasses(n: CareNode, f: MapFilter): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(n.kind)) return false;
  if (f.roles.length > 0 && n.kind === 'person' && !n.roles.some((r) => f.roles.includes(r))) return false;
  if (f.formality !== 'all' && n.formality !== undefined && n.formality !== 'mixed' && n.formality !== f.formality) return false;
  if (f.tags.length > 0 && !n.tags.some((t) => f.tags.includes(t))) return false;
  if (f.asOf !== undefined && !validOn(n.validFrom, n.validTo, f.asOf)) return false;
  return true;
}

function tiePasses(t: Tie, f: MapFilter, giver: CareNode | undefined): boolean {
  if (f.tieKinds.length > 0 && !f.tieKinds.includes(t.kind)) return false;
  // The same reading as the drawing (solid or dashed): the tie's own formality, else its payment,
  // else its giver's side.
  if (f.formality !== 'all' && t.kind === 'care' && tieSide(t, giver) !== f.formality) return false;
  if (f.careTypes.length > 0 && !t.careTypes.some((c) => f.careTypes.includes(c))) return false;
  if (f.asOf !== undefined && !validOn(t.since, t.until, f.asOf)) return false;
  return true;
}

export interface Visible {
  readonly nodeIds: ReadonlySet<string>;
  readonly tieIds: ReadonlySet<string>;
}

/**
 * The nodes and ties a filter lets through. A tie shows only when both its ends show. With a
 * care-type filter, nodes show when they offer or need that care, or sit at either end of a tie
 * that carries it, so "everything about meals" includes the people meals flow between.
 */
export function applyFilter(doc: CareMap, f: MapFilter): Visible {
  const nodeIds = new Set<string>();
  for (const n of doc.nodes) if (nodePasses(n, f)) nodeIds.add(n.id);
  const byId = new Map<string, CareNode>(doc.nodes.map((n) => [n.id, n]));
  const tieIds = new Set<string>();
  for (const t of doc.ties) {
    if (nodeIds.has(t.source) && nodeIds.has(t.target) && tiePasses(t, f, byId.get(t.source))) tieIds.add(t.id);
  }
  if (f.careTypes.length > 0) {
    const touched = new Set<string>();
    for (const t of doc.ties) if (tieIds.has(t.id)) { touched.add(t.source); touched.add(t.target); }
    for (const n of doc.nodes) {
      const offersOrNeeds = [...n.careOffered, ...n.careNeeded].some((c) => f.careTypes.includes(c));
      if (nodeIds.has(n.id) && !offersOrNeeds && !touched.has(n.id)) nodeIds.delete(n.id);
    }
  }
  return { nodeIds, tieIds };
}

/**
 * Nodes within `steps` ties of `centre` (ignoring direction), the centre included. Only ties in
 * `visible` (when given) are followed, so focus works on the filtered map.
 */
export function neighbourhood(doc: CareMap, centre: string, steps: number, visible?: Visible): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const t of doc.ties) {
    if (visible && !visible.tieIds.has(t.id)) continue;
    (adjacency.get(t.source) ?? adjacency.set(t.source, []).get(t.source)!).push(t.target);
    (adjacency.get(t.target) ?? adjacency.set(t.target, []).get(t.target)!).push(t.source);
  }
  const seen = new Set<string>([centre]);
  let frontier = [centre];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (!seen.has(other)) { seen.add(other); next.push(other); }
      }
    }
    frontier = next;
  }
  return seen;
}

/** Fold case and accents so "Zoë" matches "zoe". */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Nodes whose label or one of whose tags contains every word of the query (case- and
 * accent-insensitive), best matches first: label starts with the query, then label contains it,
 * then tag matches. An empty query matches nothing.
 */
export function searchNodes(doc: CareMap, query: string, limit = 50): CareNode[] {
  const q = foldText(query.trim());
  if (q === '') return [];
  const words = q.split(/\s+/);
  const scored: { node: CareNode; score: number; index: number }[] = [];
  doc.nodes.forEach((node, index) => {
    const label = foldText(node.label);
    const tags = node.tags.map(foldText).join(' ');
    const hay = `${label} ${tags}`;
    if (!words.every((w) => hay.includes(w))) return;
    const score = label.startsWith(q) ? 0 : label.includes(q) ? 1 : words.every((w) => label.includes(w)) ? 2 : 3;
    scored.push({ node, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.node);
}
