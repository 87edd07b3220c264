// How the host turns a phone's entry into a change of the care map, and how it takes one back.
// Each function is a pure producer from one document to the next, checked with the model's own
// schemas (CareNodeSchema, TieSchema) and the same rules as an edit on the host: ids must be new,
// both ends of a tie must exist, care types must be in the map's list, and no tie joins a node to
// itself. The store then runs the full integrity check on the result (store `receive`), and runs
// the same producer over its undo history, which is why each producer checks for itself what
// it could break.
//
// Who may do what (`checkPermission`) is decided before: a locked map refuses every entry; a map
// open for adding only lets a phone edit nodes and ties that phone added.
import {
  addNodes,
  addTies,
  type CareMap,
  CareNodeSchema,
  makeNode,
  makeTie,
  type NodeId,
  removeNodes,
  removeTies,
  type Tie,
  type TieId,
  TieSchema,
  updateNode,
  updateTie,
} from '../model';
import type { Before, Entry, Outcome } from './entries';

/** The result of a producer: the next document, or a reason it was refused. */
export type Produced = { readonly ok: true; readonly doc: CareMap } | { readonly ok: false; readonly reason: string };

const refused = (reason: string): Produced => ({ ok: false, reason });

/** What the host lets phones do, as it chose in the live-workshop panel. */
export interface WorkshopRules {
  /** `add`: phones add nodes and ties and edit only their own; `edit`: they may edit any. */
  readonly mode: 'add' | 'edit';
  /** A locked map takes nothing from phones. */
  readonly locked: boolean;
}

/** The nodes and ties one phone added (and the host applied): what it may edit in `add` mode. */
export interface Owned {
  readonly nodeIds: ReadonlySet<string>;
  readonly tieIds: ReadonlySet<string>;
}

/** Null when the entry may be applied under `rules`, else the reason it may not. */
export function checkPermission(entry: Entry, rules: WorkshopRules, owned: Owned): string | null {
  if (rules.locked) return 'The facilitator has locked the map.';
  if (rules.mode === 'edit') return null;
  if (entry.type === 'edit-node' && !owned.nodeIds.has(entry.nodeId)) return 'You can change only what you added.';
  if (entry.type === 'edit-tie' && !owned.tieIds.has(entry.tieId)) return 'You can change only what you added.';
  return null;
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const path = issue !== undefined && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${path}${issue?.message ?? 'is not valid'}`;
}

function careTypesKnown(doc: CareMap, careTypes: readonly string[]): string | null {
  const known = new Set(doc.careTypes.map((c) => c.id));
  const missing = careTypes.find((c) => !known.has(c));
  return missing === undefined ? null : `No care type "${missing}" in this map's list.`;
}

function tieEndsKnown(doc: CareMap, tie: Pick<Tie, 'source' | 'target'>): string | null {
  if (tie.source === tie.target) return 'A tie cannot join a node to itself.';
  const ids = new Set<string>(doc.nodes.map((n) => n.id));
  if (!ids.has(tie.source)) return `No node "${tie.source}" in this map.`;
  if (!ids.has(tie.target)) return `No node "${tie.target}" in this map.`;
  return null;
}

/** What an edit entry will replace in `doc` (kept with its outcome for a later retraction). */
export function beforeEdit(doc: CareMap, entry: Entry): Before | undefined {
  if (entry.type === 'edit-node') {
    const node = doc.nodes.find((n) => n.id === entry.nodeId);
    return node === undefined ? undefined : { label: node.label };
  }
  if (entry.type === 'edit-tie') {
    const tie = doc.ties.find((t) => t.id === entry.tieId);
    if (tie === undefined) return undefined;
    return { careTypes: [...tie.careTypes], ...(tie.frequency !== undefined ? { frequency: tie.frequency } : {}) };
  }
  return undefined;
}

/** Apply one entry to `doc`. Pure. */
export function applyEntry(doc: CareMap, entry: Entry): Produced {
  switch (entry.type) {
    case 'add-node': {
      if (doc.nodes.some((n) => n.id === entry.node.id)) return refused(`A node with id "${entry.node.id}" already exists.`);
      const parsed = CareNodeSchema.safeParse(makeNode(entry.node.kind, entry.node.label, { id: entry.node.id as NodeId }));
      if (!parsed.success) return refused(`Node: ${firstIssue(parsed.error)}`);
      return { ok: true, doc: addNodes(doc, [parsed.data]) };
    }
    case 'add-tie': {
      const t = entry.tie;
      if (doc.ties.some((x) => x.id === t.id)) return refused(`A tie with id "${t.id}" already exists.`);
      const parsed = TieSchema.safeParse(
        makeTie('care', t.source as NodeId, t.target as NodeId, {
          id: t.id as TieId,
          careTypes: t.careTypes,
          ...(t.frequency !== undefined ? { frequency: t.frequency } : {}),
        }),
      );
      if (!parsed.success) return refused(`Tie: ${firstIssue(parsed.error)}`);
      const problem = tieEndsKnown(doc, parsed.data) ?? careTypesKnown(doc, parsed.data.careTypes);
      if (problem !== null) return refused(problem);
      return { ok: true, doc: addTies(doc, [parsed.data]) };
    }
    case 'edit-node': {
      const node = doc.nodes.find((n) => n.id === entry.nodeId);
      if (node === undefined) return refused(`No node "${entry.nodeId}" in this map.`);
      const parsed = CareNodeSchema.safeParse({ ...node, label: entry.label });
      if (!parsed.success) return refused(`Node: ${firstIssue(parsed.error)}`);
      if (parsed.data.label === node.label) return { ok: true, doc };
      return { ok: true, doc: updateNode(doc, node.id, { label: parsed.data.label }) };
    }
    case 'edit-tie': {
      const tie = doc.ties.find((t) => t.id === entry.tieId);
      if (tie === undefined) return refused(`No tie "${entry.tieId}" in this map.`);
      const patch = {
        ...(entry.careTypes !== undefined ? { careTypes: entry.careTypes } : {}),
        ...(entry.frequency !== undefined ? { frequency: entry.frequency } : {}),
      };
      const parsed = TieSchema.safeParse({ ...tie, ...patch });
      if (!parsed.success) return refused(`Tie: ${firstIssue(parsed.error)}`);
      const problem = careTypesKnown(doc, parsed.data.careTypes);
      if (problem !== null) return refused(problem);
      return { ok: true, doc: updateTie(doc, tie.id, patch) };
    }
  }
}

/**
 * Undo an applied entry that its phone took back: an added node goes (with its ties), an added
 * tie goes, an edit is reverted to what it replaced, but only while the value is still the one
 * the edit set (a later change by someone else is kept). Pure; unchanged when nothing applies.
 */
export function retractEntry(doc: CareMap, entry: Entry, outcome: Outcome): CareMap {
  switch (entry.type) {
    case 'add-node':
      return doc.nodes.some((n) => n.id === entry.node.id) ? removeNodes(doc, [entry.node.id as NodeId]) : doc;
    case 'add-tie':
      return doc.ties.some((t) => t.id === entry.tie.id) ? removeTies(doc, [entry.tie.id as TieId]) : doc;
    case 'edit-node': {
      const node = doc.nodes.find((n) => n.id === entry.nodeId);
      const label = outcome.before?.label;
      if (node === undefined || label === undefined || node.label !== entry.label.trim()) return doc;
      return updateNode(doc, node.id, { label });
    }
    case 'edit-tie': {
      const tie = doc.ties.find((t) => t.id === entry.tieId);
      const before = outcome.before;
      if (tie === undefined || before === undefined) return doc;
      const unchanged =
        (entry.careTypes === undefined || JSON.stringify(tie.careTypes) === JSON.stringify(entry.careTypes)) &&
        (entry.frequency === undefined || tie.frequency === entry.frequency);
      if (!unchanged) return doc;
      return updateTie(doc, tie.id, {
        ...(entry.careTypes !== undefined ? { careTypes: before.careTypes ?? [] } : {}),
        ...(entry.frequency !== undefined ? { frequency: before.frequency } : {}),
      });
    }
  }
}
