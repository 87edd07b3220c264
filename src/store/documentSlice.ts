// The document slice: the open care map, its revision and its undo history, and the named actions
// that change it, the only way to change the document. Each action goes through `change()`: it
// checks its input (ids exist, records valid), calls one pure model operation, refuses a change
// that changes nothing, stamps `meta.updatedAt`, checks the document's cross-record rules and
// records exactly one undo step (none for `placeNodes`, which only notes where a drawing put new
// nodes). Opening, closing, undo and redo replace the document whole, and so does `followDocument`
// in a tab that follows another tab's edits (files slice `editAccess`); while it follows, every
// edit, undo and redo is refused (`read-only`). `receive` takes a change from elsewhere (a phone
// in a live workshop) with the same checks, into the document and every undo snapshot, as no
// step of this tab's own; a following tab refuses it too, so only the editing tab is the live
// workshop's host. Selection is pruned whenever nodes or ties
// disappear, whatever the cause (delete, undo, redo, open). The support network's and guided
// mapping's actions (supportActions.ts, guidedActions.ts) receive the same `change()`.
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
import { type Change, nodeLabel, quote, Refusal, requireNodes } from './change';
import { isDeepEqual } from './equal';
import { createGuidedActions } from './guidedActions';
import {
  EMPTY_HISTORY,
  type History,
  HISTORY_CAP,
  pushStep,
  rebase,
  type Step,
  stepBack,
  stepForward,
} from './history';
import { OK, refuse } from './result';
import { createSupportActions } from './supportActions';
import { drawerFor } from './uiSlice';
import type {
  ActionResult,
  AppState,
  DocumentActions,
  DocumentSlice,
  GetState,
  GuidedActions,
  Selection,
  SetState,
  SupportActions,
  UiSlice,
} from './types';

export const INITIAL_DOCUMENT: DocumentSlice = {
  document: null,
  mapId: null,
  revision: 0,
  history: EMPTY_HISTORY,
};

// ---------------------------------------------------------------- helpers

/** A step name for something done to nodes: "Move “Ada”" for one, "Move 3 nodes" for several. */
function nodesStep(doc: CareMap, verb: string, ids: readonly string[]): string {
  return ids.length === 1 ? `${verb} ${quote(nodeLabel(doc, ids[0] ?? ''))}` : `${verb} ${ids.length} nodes`;
}

/** The same for ties, which have no label: "Delete tie", "Delete 3 ties". */
function tiesStep(verb: string, ids: readonly string[]): string {
  return ids.length === 1 ? `${verb} tie` : `${verb} ${ids.length} ties`;
}

function requireTies(doc: CareMap, ids: readonly string[]): void {
  if (ids.length === 0) throw new Refusal('invalid', 'No ties given.');
  const known = new Set<string>(doc.ties.map((t) => t.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new Refusal('missing', `No tie "${missing}" in this map.`);
}

function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new Refusal('invalid', `${what}: ${path}${issue?.message ?? 'is not valid'}`);
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

/** `doc` with the nodes an in-place operation left in `edited`, each changed one validated; `doc` when none changed. */
function settleNodes(doc: CareMap, edited: CareMap): CareMap {
  const nodes = settleChanged(doc.nodes, edited.nodes, CareNodeSchema, 'Node');
  return nodes === doc.nodes ? doc : { ...doc, nodes: [...nodes] };
}

/** The same for ties. */
function settleTies(doc: CareMap, edited: CareMap): CareMap {
  const ties = settleChanged(doc.ties, edited.ties, TieSchema, 'Tie');
  return ties === doc.ties ? doc : { ...doc, ties: [...ties] };
}

/** Refuse patches that would change a record's id. */
function refuseIdChange(patches: Iterable<object>, what: 'node' | 'tie'): void {
  for (const p of patches) if ('id' in p) throw new Refusal('invalid', `A ${what}’s id cannot be changed.`);
}

/**
 * Drop selected, focused or hovered ids that no longer exist in `doc` (closing the drawer's
 * Details tab when nothing stays selected); keeps references when unchanged.
 */
function pruneUi(ui: UiSlice & Pick<AppState, 'drawer'>, doc: CareMap | null): Partial<AppState> {
  const { selection, focus, hover } = ui;
  if (selection.nodeIds.length === 0 && selection.tieIds.length === 0 && focus === null && hover === null)
    return {};
  const nodes = new Set<string>(doc?.nodes.map((n) => n.id) ?? []);
  const ties = new Set<string>(doc?.ties.map((t) => t.id) ?? []);
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const tieIds = selection.tieIds.filter((id) => ties.has(id));
  const out: {
    selection?: Selection;
    focus?: NodeId | null;
    hover?: UiSlice['hover'];
    drawer?: AppState['drawer'];
  } = {};
  if (nodeIds.length !== selection.nodeIds.length || tieIds.length !== selection.tieIds.length) {
    out.selection = { nodeIds, tieIds };
    out.drawer = drawerFor(ui.drawer, nodeIds.length + tieIds.length > 0);
  }
  if (focus !== null && !nodes.has(focus)) out.focus = null;
  if (hover !== null && !(hover.kind === 'node' ? nodes : ties).has(hover.id)) out.hover = null;
  return out;
}

/** Why this tab may not edit the open map now, or null when it may (see FilesSlice.editAccess). */
function readOnlyReason(state: AppState): string | null {
  switch (state.editAccess.state) {
    case 'following':
      return 'This map is being edited in another tab. Choose “Edit here” to edit it in this one.';
    case 'handing-over':
      return 'This map is being handed over to another tab.';
    default:
      return null;
  }
}

/** `marks` plus every node and tie that is in `next` and was not in `doc`; `marks` when none is new. */
function markArrivals(marks: ReadonlyMap<string, 'arrived'>, doc: CareMap, next: CareMap): ReadonlyMap<string, 'arrived'> {
  const known = new Set<string>();
  for (const n of doc.nodes) known.add(n.id);
  for (const t of doc.ties) known.add(t.id);
  let out: Map<string, 'arrived'> | null = null;
  for (const e of [...next.nodes, ...next.ties]) {
    if (known.has(e.id) || marks.has(e.id)) continue;
    out ??= new Map(marks);
    out.set(e.id, 'arrived');
  }
  return out ?? marks;
}

/** Keep a coordinate inside the schema's range (±1e7) and whole. */
function coordinate(v: number): number {
  return Math.round(Math.max(-1e7, Math.min(1e7, v)));
}

function firstIntegrityError(doc: CareMap): string | null {
  const error = checkIntegrity(doc).find((p) => p.severity === 'error');
  return error === undefined ? null : formatProblem(error);
}

// ---------------------------------------------------------------- the slice

export function createDocumentActions(
  set: SetState,
  get: GetState,
  now: () => string,
  historyCap = HISTORY_CAP,
): DocumentActions & SupportActions & GuidedActions {
  /**
   * The one path every edit takes. `produce` returns the next document (the same object when
   * nothing changed) or throws a Refusal; the result must pass the integrity check. `after` adds
   * ui state to the same update; `undoable: false` leaves the history as it is (bookkeeping such
   * as where a drawing first put a node, which is not an edit a person made).
   */
  const change: Change = (label, produce, options = {}) => {
    const { after, undoable = true } = options;
    const doc = get().document;
    if (doc === null) return refuse('no-map', 'No map is open.');
    const readOnly = readOnlyReason(get());
    if (readOnly !== null) return refuse('read-only', readOnly);
    let next: CareMap;
    try {
      next = produce(doc);
    } catch (e) {
      if (e instanceof Refusal) return refuse(e.code, e.reason);
      throw e;
    }
    if (next === doc) return refuse('unchanged', 'Nothing changed.');
    const error = firstIntegrityError(next);
    if (error !== null) return refuse('invalid', error);
    const stamped = touch(next, now());
    const stepLabel = typeof label === 'string' ? label : label(doc);
    set((s) => ({
      document: stamped,
      revision: s.revision + 1,
      history: undoable ? pushStep(s.history, doc, stepLabel, historyCap) : s.history,
      ...pruneUi(s, stamped),
      ...(after ? after(stamped) : {}),
    }));
    return OK;
  };

  /** Undo or redo: restore the document on the other side of one step (stamped, selection pruned). */
  function travel(step: (history: History, current: CareMap) => Step | null, nothing: string): ActionResult {
    const { document: doc, history } = get();
    if (doc === null) return refuse('no-map', 'No map is open.');
    const readOnly = readOnlyReason(get());
    if (readOnly !== null) return refuse('read-only', readOnly);
    const moved = step(history, doc);
    if (moved === null) return refuse('no-step', nothing);
    const restored = touch(moved.doc, now());
    set((s) => ({
      document: restored,
      revision: s.revision + 1,
      history: moved.history,
      ...pruneUi(s, restored),
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
        return nodesStep(
          doc,
          ids.length === 1 && keys.length === 1 && keys[0] === 'label' ? 'Rename' : 'Edit',
          ids,
        );
      },
      (doc) => {
        requireNodes(doc, ids);
        refuseIdChange([patch], 'node');
        return settleNodes(doc, updateNodesOp(doc, ids, patch));
      },
    );
  }

  function updateTies(
    ids: readonly TieId[],
    patch: Parameters<DocumentActions['updateTies']>[1],
    label?: string,
  ): ActionResult {
    return change(
      () => label ?? tiesStep('Edit', ids),
      (doc) => {
        requireTies(doc, ids);
        refuseIdChange([patch], 'tie');
        return settleTies(doc, updateTiesOp(doc, ids, patch));
      },
    );
  }

  /** Open a document already validated at its boundary (file reader or storage loader). */
  function open(doc: CareMap): ActionResult {
    const error = firstIntegrityError(doc);
    if (error !== null) return refuse('invalid', error);
    set((s) => ({
      document: doc,
      mapId: doc.id,
      revision: s.revision + 1,
      history: EMPTY_HISTORY,
      selection: { nodeIds: [], tieIds: [] },
      drawer: drawerFor(s.drawer, false),
      focus: null,
      hover: null,
      supportCentre: null,
    }));
    return OK;
  }

  function addNodes(nodes: readonly CareNode[], label?: string): ActionResult {
    return change(
      () =>
        label ?? (nodes.length === 1 ? `Add ${quote(nodes[0]?.label ?? '')}` : `Add ${nodes.length} nodes`),
      (doc) => {
        if (nodes.length === 0) throw new Refusal('invalid', 'No nodes given.');
        const ids = new Set<string>(doc.nodes.map((n) => n.id));
        const parsed = nodes.map((n) => {
          if (ids.has(n.id)) throw new Refusal('duplicate', `A node with id "${n.id}" already exists.`);
          ids.add(n.id);
          return parseOrRefuse(CareNodeSchema, n, `Node ${quote(n.label)}`);
        });
        return addNodesOp(doc, parsed);
      },
    );
  }

  return {
    ...createSupportActions(change),
    ...createGuidedActions(change),
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
        (doc) => label ?? nodesStep(doc, 'Edit', ids),
        (doc) => {
          requireNodes(doc, ids);
          refuseIdChange(patches.values(), 'node');
          return settleNodes(doc, patchNodesOp(doc, patches));
        },
      );
    },
    removeNodes(ids) {
      return change(
        (doc) => nodesStep(doc, 'Delete', ids),
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
            throw new Refusal('duplicate', `A tie with id "${tie.id}" already exists.`);
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
        () => label ?? tiesStep('Edit', ids),
        (doc) => {
          requireTies(doc, ids);
          refuseIdChange(patches.values(), 'tie');
          return settleTies(doc, patchTiesOp(doc, patches));
        },
      );
    },
    removeTies(ids) {
      return change(tiesStep('Delete', ids), (doc) => {
        requireTies(doc, ids);
        return removeTiesOp(doc, ids);
      });
    },
    removeItems(nodeIds, tieIds) {
      const count = nodeIds.length + tieIds.length;
      return change(
        (doc) =>
          nodeIds.length === 0
            ? tiesStep('Delete', tieIds)
            : tieIds.length === 0
              ? nodesStep(doc, 'Delete', nodeIds)
              : `Delete ${count} items`,
        (doc) => {
          if (count === 0) throw new Refusal('invalid', 'Nothing to delete.');
          if (nodeIds.length > 0) requireNodes(doc, nodeIds);
          if (tieIds.length > 0) requireTies(doc, tieIds);
          return removeNodesOp(removeTiesOp(doc, tieIds), nodeIds);
        },
      );
    },
    duplicate(ids) {
      let newIds: NodeId[] = [];
      return change(
        (doc) => nodesStep(doc, 'Duplicate', ids),
        (doc) => {
          requireNodes(doc, ids);
          const result = duplicateNodesOp(doc, ids);
          newIds = result.newIds;
          return result.doc;
        },
        { after: () => ({ selection: { nodeIds: newIds, tieIds: [] }, drawer: drawerFor(get().drawer, newIds.length > 0) }) },
      );
    },
    setPositions(positions, label) {
      const ids = [...positions.keys()];
      return change(
        (doc) => label ?? nodesStep(doc, 'Move', ids),
        (doc) => {
          requireNodes(doc, ids);
          return settleNodes(doc, setPositionsOp(doc, positions));
        },
      );
    },
    placeNodes(positions) {
      return change(
        'Place nodes',
        (doc) => {
          let placed = false;
          const nodes = doc.nodes.map((n) => {
            const p = positions.get(n.id);
            if (p === undefined || n.position !== undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y))
              return n;
            placed = true;
            return { ...n, position: { x: coordinate(p.x), y: coordinate(p.y), pinned: false } };
          });
          return placed ? { ...doc, nodes } : doc;
        },
        { undoable: false },
      );
    },
    setLocation(id, location) {
      return change(
        (doc) => `${location === undefined ? 'Remove location of' : 'Place'} ${quote(nodeLabel(doc, id))}`,
        (doc) => {
          requireNodes(doc, [id]);
          return settleNodes(doc, setLocationOp(doc, id, location));
        },
      );
    },
    updateMeta(patch) {
      const keys = Object.keys(patch);
      return change(keys.length === 1 && keys[0] === 'title' ? 'Rename map' : 'Edit map details', (doc) => {
        if ('createdAt' in patch || 'updatedAt' in patch)
          throw new Refusal('invalid', 'The map’s dates are kept by the app.');
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
          const id =
            record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
          return doc.records.some((r) => r.id === id) ? 'Edit record' : 'Add record';
        },
        (doc) => {
          const result = upsertRecordOp(doc, record);
          if (!result.ok) throw new Refusal('invalid', result.problems.map(formatProblem).join('; '));
          return isDeepEqual(result.value.records, doc.records) ? doc : result.value;
        },
      );
    },
    removeRecord(id, label) {
      return change(label ?? 'Remove record', (doc) => {
        if (!doc.records.some((r) => r.id === id))
          throw new Refusal('missing', `No record "${id}" in this map.`);
        return removeRecordOp(doc, id);
      });
    },
    receive(label, produce) {
      const doc = get().document;
      if (doc === null) return refuse('no-map', 'No map is open.');
      // A tab that follows another tab's edits is not the host: the editing tab applies what
      // phones send, and this tab shows it when that tab saves (never twice).
      const readOnly = readOnlyReason(get());
      if (readOnly !== null) return refuse('read-only', readOnly);
      const first = produce(doc);
      if (!first.ok) return refuse('invalid', first.reason);
      if (first.doc === doc) return refuse('unchanged', 'Nothing changed.');
      const error = firstIntegrityError(first.doc);
      if (error !== null) return refuse('invalid', `${label}: ${error}`);
      const stamped = touch(first.doc, now());
      // Snapshots a change cannot apply to (its node was deleted there) keep their old state.
      const history = rebase(get().history, (snapshot) => {
        const next = produce(snapshot);
        return next.ok ? next.doc : snapshot;
      });
      set((s) => ({
        document: stamped,
        revision: s.revision + 1,
        history,
        arrivalMarks: markArrivals(s.arrivalMarks, doc, stamped),
        ...pruneUi(s, stamped),
      }));
      return OK;
    },
    followDocument(next) {
      const { document: doc, editAccess } = get();
      if (doc === null || doc.id !== next.id) return refuse('missing', 'This is not the open map.');
      if (editAccess.state === 'editing') return refuse('invalid', 'This tab is editing the map itself.');
      if (isDeepEqual(next, doc)) return refuse('unchanged', 'Nothing changed.');
      const error = firstIntegrityError(next);
      if (error !== null) return refuse('invalid', error);
      set((s) => ({
        document: next,
        revision: s.revision + 1,
        history: EMPTY_HISTORY,
        ...pruneUi(s, next),
      }));
      return OK;
    },
    closeDocument() {
      set((s) => ({
        ...INITIAL_DOCUMENT,
        revision: s.revision + 1,
        selection: { nodeIds: [], tieIds: [] },
        drawer: drawerFor(s.drawer, false),
        focus: null,
        hover: null,
      }));
    },
    undo() {
      return travel(stepBack, 'Nothing to undo.');
    },
    redo() {
      return travel(stepForward, 'Nothing to redo.');
    },
  };
}
