// The document slice: the open care map, its revision and its undo history, and the named actions
// that change it. Each action checks its input (ids exist, records valid), calls one pure model
// operation, refuses a change that changes nothing, stamps `meta.updatedAt`, checks the document's
// cross-record rules and records exactly one undo step. Selection is pruned whenever nodes or ties
// disappear, whatever the cause (delete, undo, redo, open).
import type { z } from 'zod';

import {
  type CareMap,
  type CareNode,
  CareNodeSchema,
  CareTypeDefSchema,
  checkIntegrity,
  type NodeId,
  type TieId,
  TieSchema,
  MapMetaSchema,
  addNodes as addNodesOp,
  addTies as addTiesOp,
  duplicateNodes as duplicateNodesOp,
  formatProblem,
  mergeMaps,
  patchNodes as patchNodesOp,
  patchTies as patchTiesOp,
  removeNodes as removeNodesOp,
  removeRecord as removeRecordOp,
  removeTies as removeTiesOp,
  setCareTypes as setCareTypesOp,
  setLocation as setLocationOp,
  setPositions as setPositionsOp,
  touch,
  updateMeta as updateMetaOp,
  updateNodes as updateNodesOp,
  updateTies as updateTiesOp,
  upsertRecord as upsertRecordOp,
} from '../model';
import { isDeepEqual } from './equal';
import { EMPTY_HISTORY, HISTORY_CAP, pushStep, rebase, stepBack, stepForward } from './history';
import type { ActionResult, AppState, DocumentActions, DocumentSlice, Selection, UiSlice } from './types';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
type Get = () => AppState;

const OK: ActionResult = { ok: true };
const refuse = (reason: string): ActionResult => ({ ok: false, reason });

/** Thrown inside a producer to refuse a change; caught by `change`, never escapes an action. */
class Refusal {
  constructor(readonly reason: string) {}
}

export const INITIAL_DOCUMENT: DocumentSlice = {
  document: null,
  mapId: null,
  revision: 0,
  history: EMPTY_HISTORY,
};

// ---------------------------------------------------------------- helpers

/** A label quoted for a step name, shortened so buttons stay readable. */
function quote(label: string): string {
  return `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
}

function nodeLabel(doc: CareMap, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? id;
}

function requireNodes(doc: CareMap, ids: readonly string[]): void {
  if (ids.length === 0) throw new Refusal('No nodes given.');
  const known = new Set<string>(doc.nodes.map((n) => n.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new Refusal(`No node "${missing}" in this map.`);
}

function requireTies(doc: CareMap, ids: readonly string[]): void {
  if (ids.length === 0) throw new Refusal('No ties given.');
  const known = new Set<string>(doc.ties.map((t) => t.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new Refusal(`No tie "${missing}" in this map.`);
}

function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new Refusal(`${what}: ${path}${issue?.message ?? 'is not valid'}`);
}

/**
 * After an operation that maps a list in place (same order, same length), validate the records
 * that changed and put back the old object where a "change" left the record equal. Returns the
 * old list itself when nothing changed, so the caller sees a no-op.
 */
function settleChanged<T extends { id: string; label?: string | undefined }>(
  before: readonly T[],
  after: readonly T[],
  schema: z.ZodType<T, unknown>,
  what: string,
): readonly T[] {
  let changed = false;
  const out = after.map((item, i) => {
    const old = before[i];
    if (old === undefined || item === old) return item;
    const parsed = parseOrRefuse(schema, item, `${what} ${quote(old.label ?? old.id)}`);
    if (isDeepEqual(parsed, old)) return old;
    changed = true;
    return parsed;
  });
  return changed ? out : before;
}

/** Drop selected, focused or hovered ids that no longer exist in `doc`; keeps references when unchanged. */
function pruneUi(ui: UiSlice, doc: CareMap | null): Partial<UiSlice> {
  const { selection, focus, hover } = ui;
  if (selection.nodeIds.length === 0 && selection.tieIds.length === 0 && focus === null && hover === null)
    return {};
  const nodes = new Set<string>(doc?.nodes.map((n) => n.id) ?? []);
  const ties = new Set<string>(doc?.ties.map((t) => t.id) ?? []);
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const tieIds = selection.tieIds.filter((id) => ties.has(id));
  const out: { selection?: Selection; focus?: NodeId | null; hover?: UiSlice['hover'] } = {};
  if (nodeIds.length !== selection.nodeIds.length || tieIds.length !== selection.tieIds.length) {
    out.selection = { nodeIds, tieIds };
  }
  if (focus !== null && !nodes.has(focus)) out.focus = null;
  if (hover !== null && !(hover.kind === 'node' ? nodes : ties).has(hover.id)) out.hover = null;
  return out;
}

function firstIntegrityError(doc: CareMap): string | null {
  const error = checkIntegrity(doc).find((p) => p.severity === 'error');
  return error === undefined ? null : formatProblem(error);
}

// ---------------------------------------------------------------- the slice

export function createDocumentActions(
  set: Set,
  get: Get,
  now: () => string,
  historyCap = HISTORY_CAP,
): DocumentActions {
  /**
   * The one path every edit takes. `produce` returns the next document (the same object when
   * nothing changed) or throws a Refusal; the result must pass the integrity check.
   */
  function change(
    label: string | ((doc: CareMap) => string),
    produce: (doc: CareMap) => CareMap,
    after?: (next: CareMap) => Partial<AppState>,
  ): ActionResult {
    const doc = get().document;
    if (doc === null) return refuse('No map is open.');
    let next: CareMap;
    try {
      next = produce(doc);
    } catch (e) {
      if (e instanceof Refusal) return refuse(e.reason);
      throw e;
    }
    if (next === doc) return refuse('Nothing changed.');
    const error = firstIntegrityError(next);
    if (error !== null) return refuse(error);
    const stamped = touch(next, now());
    const stepLabel = typeof label === 'string' ? label : label(doc);
    set((s) => ({
      document: stamped,
      revision: s.revision + 1,
      history: pushStep(s.history, doc, stepLabel, historyCap),
      ...pruneUi(s, stamped),
      ...(after ? after(stamped) : {}),
    }));
    return OK;
  }

  function updateNodes(
    ids: readonly NodeId[],
    patch: Parameters<DocumentActions['updateNodes']>[1],
    label?: string,
  ): ActionResult {
    return change(
      (doc) => {
        if (label !== undefined) return label;
        const keys = Object.keys(patch);
        const first = ids[0] ?? '';
        if (ids.length === 1 && keys.length === 1 && keys[0] === 'label')
          return `Rename ${quote(nodeLabel(doc, first))}`;
        return ids.length === 1 ? `Edit ${quote(nodeLabel(doc, first))}` : `Edit ${ids.length} nodes`;
      },
      (doc) => {
        requireNodes(doc, ids);
        if ('id' in patch) throw new Refusal('A node’s id cannot be changed.');
        const nodes = settleChanged(doc.nodes, updateNodesOp(doc, ids, patch).nodes, CareNodeSchema, 'Node');
        return nodes === doc.nodes ? doc : { ...doc, nodes: [...nodes] };
      },
    );
  }

  function updateTies(
    ids: readonly TieId[],
    patch: Parameters<DocumentActions['updateTies']>[1],
    label?: string,
  ): ActionResult {
    return change(
      () => label ?? (ids.length === 1 ? 'Edit tie' : `Edit ${ids.length} ties`),
      (doc) => {
        requireTies(doc, ids);
        if ('id' in patch) throw new Refusal('A tie’s id cannot be changed.');
        const ties = settleChanged(doc.ties, updateTiesOp(doc, ids, patch).ties, TieSchema, 'Tie');
        return ties === doc.ties ? doc : { ...doc, ties: [...ties] };
      },
    );
  }

  /** Open a document already validated at its boundary (file reader or storage loader). */
  function open(doc: CareMap): ActionResult {
    const error = firstIntegrityError(doc);
    if (error !== null) return refuse(error);
    set((s) => ({
      document: doc,
      mapId: doc.id,
      revision: s.revision + 1,
      history: EMPTY_HISTORY,
      selection: { nodeIds: [], tieIds: [] },
      focus: null,
      hover: null,
    }));
    return OK;
  }

  function addNodes(nodes: readonly CareNode[], label?: string): ActionResult {
    return change(
      () =>
        label ?? (nodes.length === 1 ? `Add ${quote(nodes[0]?.label ?? '')}` : `Add ${nodes.length} nodes`),
      (doc) => {
        if (nodes.length === 0) throw new Refusal('No nodes given.');
        const ids = new Set<string>(doc.nodes.map((n) => n.id));
        const parsed = nodes.map((n) => {
          if (ids.has(n.id)) throw new Refusal(`A node with id "${n.id}" already exists.`);
          ids.add(n.id);
          return parseOrRefuse(CareNodeSchema, n, `Node ${quote(n.label)}`);
        });
        return addNodesOp(doc, parsed);
      },
    );
  }

  return {
    addNodes,
    addNode(node) {
      return addNodes([node]);
    },
    updateNodes,
    updateNode(id, patch) {
      return updateNodes([id], patch);
    },
    patchNodes(patches, label) {
      const ids = [...patches.keys()];
      return change(
        (doc) => label ?? (ids.length === 1 ? `Edit ${quote(nodeLabel(doc, ids[0] ?? ''))}` : `Edit ${ids.length} nodes`),
        (doc) => {
          requireNodes(doc, ids);
          if ([...patches.values()].some((p) => 'id' in p)) throw new Refusal('A node’s id cannot be changed.');
          const nodes = settleChanged(doc.nodes, patchNodesOp(doc, patches).nodes, CareNodeSchema, 'Node');
          return nodes === doc.nodes ? doc : { ...doc, nodes: [...nodes] };
        },
      );
    },
    removeNodes(ids) {
      return change(
        (doc) =>
          ids.length === 1 ? `Delete ${quote(nodeLabel(doc, ids[0] ?? ''))}` : `Delete ${ids.length} nodes`,
        (doc) => {
          requireNodes(doc, ids);
          return removeNodesOp(doc, ids);
        },
      );
    },
    addTie(tie) {
      return change(
        (doc) => `Add tie ${quote(nodeLabel(doc, tie.source))} → ${quote(nodeLabel(doc, tie.target))}`,
        (doc) => {
          if (doc.ties.some((t) => t.id === tie.id))
            throw new Refusal(`A tie with id "${tie.id}" already exists.`);
          requireNodes(doc, [tie.source, tie.target]);
          return addTiesOp(doc, [parseOrRefuse(TieSchema, tie, 'Tie')]);
        },
      );
    },
    updateTies,
    updateTie(id, patch) {
      return updateTies([id], patch);
    },
    patchTies(patches, label) {
      const ids = [...patches.keys()];
      return change(
        () => label ?? (ids.length === 1 ? 'Edit tie' : `Edit ${ids.length} ties`),
        (doc) => {
          requireTies(doc, ids);
          if ([...patches.values()].some((p) => 'id' in p)) throw new Refusal('A tie’s id cannot be changed.');
          const ties = settleChanged(doc.ties, patchTiesOp(doc, patches).ties, TieSchema, 'Tie');
          return ties === doc.ties ? doc : { ...doc, ties: [...ties] };
        },
      );
    },
    removeTies(ids) {
      return change(ids.length === 1 ? 'Delete tie' : `Delete ${ids.length} ties`, (doc) => {
        requireTies(doc, ids);
        return removeTiesOp(doc, ids);
      });
    },
    removeItems(nodeIds, tieIds) {
      const count = nodeIds.length + tieIds.length;
      return change(
        (doc) =>
          nodeIds.length === 0
            ? `Delete ${tieIds.length === 1 ? 'tie' : `${tieIds.length} ties`}`
            : tieIds.length === 0
              ? nodeIds.length === 1
                ? `Delete ${quote(nodeLabel(doc, nodeIds[0] ?? ''))}`
                : `Delete ${nodeIds.length} nodes`
              : `Delete ${count} items`,
        (doc) => {
          if (count === 0) throw new Refusal('Nothing to delete.');
          if (nodeIds.length > 0) requireNodes(doc, nodeIds);
          if (tieIds.length > 0) requireTies(doc, tieIds);
          return removeNodesOp(removeTiesOp(doc, tieIds), nodeIds);
        },
      );
    },
    duplicate(ids) {
      let newIds: NodeId[] = [];
      return change(
        (doc) =>
          ids.length === 1
            ? `Duplicate ${quote(nodeLabel(doc, ids[0] ?? ''))}`
            : `Duplicate ${ids.length} nodes`,
        (doc) => {
          requireNodes(doc, ids);
          const result = duplicateNodesOp(doc, ids);
          newIds = result.newIds;
          return result.doc;
        },
        () => ({ selection: { nodeIds: newIds, tieIds: [] } }),
      );
    },
    setPositions(positions, label) {
      const ids = [...positions.keys()];
      return change(
        (doc) =>
          label ??
          (ids.length === 1 ? `Move ${quote(nodeLabel(doc, ids[0] ?? ''))}` : `Move ${ids.length} nodes`),
        (doc) => {
          requireNodes(doc, ids);
          const nodes = settleChanged(
            doc.nodes,
            setPositionsOp(doc, positions).nodes,
            CareNodeSchema,
            'Node',
          );
          return nodes === doc.nodes ? doc : { ...doc, nodes: [...nodes] };
        },
      );
    },
    setLocation(id, location) {
      return change(
        (doc) => `${location === undefined ? 'Remove location of' : 'Place'} ${quote(nodeLabel(doc, id))}`,
        (doc) => {
          requireNodes(doc, [id]);
          const nodes = settleChanged(
            doc.nodes,
            setLocationOp(doc, id, location).nodes,
            CareNodeSchema,
            'Node',
          );
          return nodes === doc.nodes ? doc : { ...doc, nodes: [...nodes] };
        },
      );
    },
    updateMeta(patch) {
      const keys = Object.keys(patch);
      return change(keys.length === 1 && keys[0] === 'title' ? 'Rename map' : 'Edit map details', (doc) => {
        if ('createdAt' in patch || 'updatedAt' in patch)
          throw new Refusal('The map’s dates are kept by the app.');
        const meta = parseOrRefuse(MapMetaSchema, updateMetaOp(doc, patch).meta, 'Map');
        return isDeepEqual(meta, doc.meta) ? doc : { ...doc, meta };
      });
    },
    setCareTypes(careTypes) {
      return change('Edit care types', (doc) => {
        const parsed = careTypes.map((c) =>
          parseOrRefuse(CareTypeDefSchema, c, `Care type ${quote(c.label)}`),
        );
        return isDeepEqual(parsed, doc.careTypes) ? doc : setCareTypesOp(doc, parsed);
      });
    },
    replaceDocument(next, label = 'Replace map') {
      const current = get().document;
      if (current === null || current.id !== next.id) return open(next);
      return change(label, (doc) => (isDeepEqual(next, doc) ? doc : next));
    },
    mergeImport(incoming, label = 'Update from file') {
      return change(label, (doc) => {
        const merged = mergeMaps(doc, incoming).doc;
        return isDeepEqual(merged, doc) ? doc : merged;
      });
    },
    upsertRecord(record, label) {
      return change(
        (doc) => {
          if (label !== undefined) return label;
          const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
          return doc.records.some((r) => r.id === id) ? 'Edit record' : 'Add record';
        },
        (doc) => {
          const result = upsertRecordOp(doc, record);
          if (!result.ok) throw new Refusal(result.problems.map(formatProblem).join('; '));
          return isDeepEqual(result.value.records, doc.records) ? doc : result.value;
        },
      );
    },
    removeRecord(id, label) {
      return change(label ?? 'Remove record', (doc) => {
        if (!doc.records.some((r) => r.id === id)) throw new Refusal(`No record "${id}" in this map.`);
        return removeRecordOp(doc, id);
      });
    },
    receive(label, produce) {
      const doc = get().document;
      if (doc === null) return refuse('No map is open.');
      const first = produce(doc);
      if (!first.ok) return refuse(first.reason);
      if (first.doc === doc) return OK;
      const error = firstIntegrityError(first.doc);
      if (error !== null) return refuse(`${label}: ${error}`);
      const stamped = touch(first.doc, now());
      // Snapshots a change cannot apply to (its node was deleted there) keep their old state.
      const history = rebase(get().history, (snapshot) => {
        const next = produce(snapshot);
        return next.ok ? next.doc : snapshot;
      });
      set((s) => ({ document: stamped, revision: s.revision + 1, history, ...pruneUi(s, stamped) }));
      return OK;
    },
    closeDocument() {
      set((s) => ({
        ...INITIAL_DOCUMENT,
        revision: s.revision + 1,
        selection: { nodeIds: [], tieIds: [] },
        focus: null,
        hover: null,
      }));
    },
    undo() {
      const { document: doc, history } = get();
      if (doc === null) return refuse('No map is open.');
      const step = stepBack(history, doc);
      if (step === null) return refuse('Nothing to undo.');
      const restored = touch(step.doc, now());
      set((s) => ({
        document: restored,
        revision: s.revision + 1,
        history: step.history,
        ...pruneUi(s, restored),
      }));
      return OK;
    },
    redo() {
      const { document: doc, history } = get();
      if (doc === null) return refuse('No map is open.');
      const step = stepForward(history, doc);
      if (step === null) return refuse('Nothing to redo.');
      const restored = touch(step.doc, now());
      set((s) => ({
        document: restored,
        revision: s.revision + 1,
        history: step.history,
        ...pruneUi(s, restored),
      }));
      return OK;
    },
  };
}
