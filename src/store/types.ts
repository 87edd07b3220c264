// The shape of the app store: three slices of state (document, ui, files) and the named actions
// that change them. Only the document slice is saved and undoable; ui and files are per-tab state.
import type {
  CareMap,
  CareNode,
  CareTypeDef,
  Location,
  MapId,
  MapMeta,
  NodeId,
  NodeKind,
  Position,
  Problem,
  Tie,
  TieId,
  TieKind,
} from '../model';
import type { SaveStatus } from '../persistence';
import type { History } from './history';
import type { AnalysisActions, AnalysisSlice } from './analysisSlice';
import type { CanvasActions, CanvasSlice } from './canvasSlice';
import type { MapActions, MapSlice } from './mapSlice';

/** What an action reports: applied, or refused with a reason a person can read. */
export type ActionResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** What a producer of a received change returns: the next document, or why it was refused. */
export type ReceivedChange = { readonly ok: true; readonly doc: CareMap } | { readonly ok: false; readonly reason: string };

export type NodePatch = Partial<Omit<CareNode, 'id'>>;
export type TiePatch = Partial<Omit<Tie, 'id'>>;

// ---------------------------------------------------------------- document slice

export interface DocumentSlice {
  /** The open map, or null before one is opened. */
  readonly document: CareMap | null;
  /** The id under which the open map is stored (the document's own id). */
  readonly mapId: MapId | null;
  /** Goes up by one on every change to `document` (edits, undo, redo, open); analysis keys on it. */
  readonly revision: number;
  readonly history: History;
}

export interface DocumentActions {
  addNodes(nodes: readonly CareNode[], label?: string): ActionResult;
  addNode(node: CareNode): ActionResult;
  updateNodes(ids: readonly NodeId[], patch: NodePatch, label?: string): ActionResult;
  updateNode(id: NodeId, patch: NodePatch): ActionResult;
  /** A different patch per node (bulk edits of nested fields, tags added to all), as one step. */
  patchNodes(patches: ReadonlyMap<NodeId, NodePatch>, label?: string): ActionResult;
  removeNodes(ids: readonly NodeId[]): ActionResult;
  addTie(tie: Tie): ActionResult;
  updateTies(ids: readonly TieId[], patch: TiePatch, label?: string): ActionResult;
  updateTie(id: TieId, patch: TiePatch): ActionResult;
  /** A different patch per tie (a care type added to all, swaps), as one step. */
  patchTies(patches: ReadonlyMap<TieId, TiePatch>, label?: string): ActionResult;
  removeTies(ids: readonly TieId[]): ActionResult;
  /** Delete nodes (with their ties) and ties together, as one undoable step. */
  removeItems(nodeIds: readonly NodeId[], tieIds: readonly TieId[]): ActionResult;
  /** Copy nodes and the ties among them; the copies become the selection. */
  duplicate(ids: readonly NodeId[]): ActionResult;
  /** Move nodes as one step; `label` names the step (e.g. "Lay out by team"), default "Move …". */
  setPositions(positions: ReadonlyMap<NodeId, Position>, label?: string): ActionResult;
  setLocation(id: NodeId, location: Location | undefined): ActionResult;
  updateMeta(patch: Partial<Omit<MapMeta, 'createdAt' | 'updatedAt'>>): ActionResult;
  setCareTypes(careTypes: readonly CareTypeDef[]): ActionResult;
  /**
   * Put a whole document in place. A different map (another id, or none open) is *opened*: history
   * and selection start afresh. The same map (same id) is replaced as one undoable step.
   */
  replaceDocument(doc: CareMap, label?: string): ActionResult;
  /**
   * Merge a re-imported map into the open one (model `mergeMaps`: matched nodes and ties are
   * updated, the rest added), as one undoable step.
   */
  mergeImport(incoming: CareMap, label?: string): ActionResult;
  /**
   * Add a governance, survey or assessment record, or replace the one with the same id (model
   * `upsertRecord`: validated against its schema and the document), as one undoable step.
   */
  upsertRecord(record: unknown, label?: string): ActionResult;
  /** Remove a record by id, as one undoable step. */
  removeRecord(id: string, label?: string): ActionResult;
  /**
   * A change that arrived from elsewhere (a phone in a live workshop), produced by `produce`. It
   * is checked like any edit (the producer's own checks, then the integrity rules) but is not an
   * undo step of this screen: every undo and redo snapshot gets the same change where it applies,
   * so Undo takes back only this screen's own edits. `produce` runs on the open document first.
   */
  receive(label: string, produce: (doc: CareMap) => ReceivedChange): ActionResult;
  /** Close the open map (e.g. after deleting it); history and selection are cleared. */
  closeDocument(): void;
  undo(): ActionResult;
  redo(): ActionResult;
}

// ---------------------------------------------------------------- ui slice

export type ViewId = 'graph' | 'table' | 'map' | 'split' | 'governance' | 'survey' | 'partners';

export interface Selection {
  readonly nodeIds: readonly NodeId[];
  readonly tieIds: readonly TieId[];
}

export interface Filters {
  /** Case-insensitive text matched against labels and tags; empty shows everything. */
  readonly text: string;
  /** Kinds shown; empty means all kinds. */
  readonly nodeKinds: readonly NodeKind[];
  readonly tieKinds: readonly TieKind[];
}

export type Hover =
  { readonly kind: 'node'; readonly id: NodeId } | { readonly kind: 'tie'; readonly id: TieId };

export interface UiSlice {
  readonly selection: Selection;
  readonly activeView: ViewId;
  readonly filters: Filters;
  /** The node the views centre on (ego view, zoom-to), if any. */
  readonly focus: NodeId | null;
  readonly hover: Hover | null;
}

export interface UiActions {
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  setActiveView(view: ViewId): void;
  setFilters(patch: Partial<Filters>): void;
  setFocus(id: NodeId | null): void;
  setHover(hover: Hover | null): void;
}

// ---------------------------------------------------------------- files slice

export type ImportStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'reading'; readonly fileNames: readonly string[] }
  | { readonly state: 'failed'; readonly fileNames: readonly string[] }
  | { readonly state: 'done'; readonly fileNames: readonly string[] };

/** Whether the open map is saved; the same shape autosave reports. */
export type PersistenceStatus = SaveStatus;
export interface ProblemReport {
  /** A heading such as "Could not open elements.csv". */
  readonly title: string;
  readonly problems: readonly Problem[];
}

export interface FilesSlice {
  readonly importStatus: ImportStatus;
  /** The last problems to show in the error panel, or null when there are none to show. */
  readonly report: ProblemReport | null;
  readonly persistence: PersistenceStatus;
}

export interface FilesActions {
  setImportStatus(status: ImportStatus): void;
  showProblems(report: ProblemReport): void;
  dismissProblems(): void;
  setPersistence(status: PersistenceStatus): void;
}

export type AppState = DocumentSlice &
  DocumentActions &
  UiSlice &
  UiActions &
  FilesSlice &
  FilesActions &
  MapSlice &
  MapActions &
  CanvasSlice &
  CanvasActions &
  AnalysisSlice &
  AnalysisActions;

export interface AppStoreDeps {
  /** The clock used for `meta.updatedAt` (ISO date-time); injectable for tests. */
  readonly now?: () => string;
  /** Undo steps kept (default HISTORY_CAP). */
  readonly historyCap?: number;
}
