// The shape of the app store: three slices of state (document, ui, files) and the named actions
// that change them. Only the document slice is saved and undoable; ui and files are per-tab state.
import type {
  CareMap,
  CareNode,
  CareTypeDef,
  FollowUpAnswer,
  GuidedPromptInput,
  LabelMode,
  Location,
  MapId,
  MapMeta,
  NameAnswer,
  NodeId,
  Position,
  Problem,
  SupportRing,
  ShareOptions,
  Tie,
  TieId,
} from '../model';
import type { EditAccess, SaveStatus, StorageKeep } from '../persistence';
import type { History } from './history';
import type { AnalysisActions, AnalysisSlice } from './analysisSlice';
import type { CanvasActions, CanvasSlice } from './canvasSlice';
import type { MapActions, MapSlice } from './mapSlice';
import type { SnapshotActions } from './snapshotSlice';

/**
 * Why an action was refused:
 * - no-map: no map is open;
 * - unchanged: the change would leave the map as it is (nothing to show a person);
 * - missing: a node, tie or record it names is not in the map;
 * - duplicate: a node or tie with that id already exists;
 * - invalid: the input, or the map it would make, breaks a rule of the model (the reason says which);
 * - no-step: nothing to undo or redo.
 */
/** `read-only`: another tab is editing the map (files slice `editAccess`). */
export type RefusalCode = 'no-map' | 'unchanged' | 'missing' | 'duplicate' | 'invalid' | 'no-step' | 'read-only';

/** What an action reports: applied, or refused with a code and a reason a person can read. */
export type ActionResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };

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
  /**
   * Give nodes that have no position the position they were first drawn at (unpinned, whole
   * units), so the next drawing puts them in the same place. Not an undo step: it never moves a
   * node that already had a place, and it is bookkeeping of a drawing rather than an edit; undoing
   * the edit that added a node removes it anyway. Positions for nodes that already have one, or
   * that do not exist, are ignored.
   */
  placeNodes(positions: ReadonlyMap<NodeId, { readonly x: number; readonly y: number }>): ActionResult;
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
   * The nodes and ties it adds get arrival marks (ui `arrivalMarks`) in the same update.
   */
  receive(label: string, produce: (doc: CareMap) => ReceivedChange): ActionResult;
  /**
   * Show the version of the open map that the tab editing it has saved (this tab follows it
   * read-only, see `editAccess`): no undo step, history cleared, selection kept where it still
   * exists. Refused for another map, or while this tab edits the map itself.
   */
  followDocument(doc: CareMap): ActionResult;
  /** Close the open map (e.g. after deleting it); history and selection are cleared. */
  closeDocument(): void;
  undo(): ActionResult;
  redo(): ActionResult;
}

/** The support network view's actions (src/store/supportActions.ts); each is one undo step. */
export interface SupportActions {
  /** Put a person at the centre of the map (`null` clears it). */
  setCentre(id: NodeId | null): ActionResult;
  /** Mark or unmark someone as able to join the centre's team. */
  setTeamCandidate(centre: NodeId, node: NodeId, candidate: boolean): ActionResult;
  /**
   * Someone dropped in the drawing of `centre`'s network: onto a ring (which sets the closeness of
   * their care ties with the centre, adding one if needed; 'beyond' keeps them) and at a place in
   * their sector (0–1), remembered for the next visit.
   */
  placeInSupportNetwork(centre: NodeId, node: NodeId, drop: { readonly ring: SupportRing; readonly along: number }): ActionResult;
  /** Remember where people sit in their sectors (0–1), e.g. to keep a layout as it is. */
  rememberSupportPlaces(centre: NodeId, places: ReadonlyMap<NodeId, number>, label?: string): ActionResult;
}

/** What starting guided mapping reports: the walk-through's id, or why not. */
export type GuidedStartResult =
  | { readonly ok: true; readonly session: string }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };

/** What naming someone reports: their node and the tie with the centre it made or added to, or why not. */
export type GuidedNameResult =
  | { readonly ok: true; readonly node: NodeId; readonly tie: TieId | null; readonly created: boolean }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };

/** Guided mapping's actions (src/store/guidedActions.ts); every answer is one undo step. */
export interface GuidedActions {
  /** Start guided mapping with a person, or pick up the walk-through with them under way. */
  startGuidedMapping(centre: NodeId): GuidedStartResult;
  /** Someone named at a step (model answerName). Naming someone already named there changes nothing and is no refusal. */
  answerGuidedName(session: string, answer: NameAnswer): GuidedNameResult;
  answerGuidedFollowUp(session: string, answer: FollowUpAnswer): ActionResult;
  /** A "who knows whom" step: the people among those asked about who know each other. */
  answerGuidedKnows(session: string, step: string, knows: readonly NodeId[]): ActionResult;
  /** Stop for now, remembering the step to come back to. */
  pauseGuidedMapping(session: string, at?: string): ActionResult;
  finishGuidedMapping(session: string): ActionResult;
  /** Replace the map's prompts (reworded, reordered, added or dropped). */
  setGuidedPrompts(prompts: readonly GuidedPromptInput[]): ActionResult;
}

// ---------------------------------------------------------------- ui slice

export type ViewId = 'graph' | 'table' | 'map' | 'split' | 'support' | 'governance' | 'survey' | 'partners' | 'over-time';

export interface Selection {
  readonly nodeIds: readonly NodeId[];
  readonly tieIds: readonly TieId[];
}

/** The table's search box (what every view shows is the canvas slice's `mapFilter`). */
export interface Filters {
  /** Case-insensitive text matched against labels and tags; empty shows everything. */
  readonly text: string;
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
  /** How people are named on the graph, the map and in pictures (model `displayName`). */
  readonly labelMode: LabelMode;
  /** The person whose support network the support view shows; null: the personal map's centre. */
  readonly supportCentre: NodeId | null;
  /** The support view draws people linked to the centre only through someone else. */
  readonly supportIndirect: boolean;
  /**
   * Nodes and ties that arrived from phones in a live workshop (`receive`) since the marks were
   * last cleared: drawn with the look's `arrived` mark so the facilitator sees what came in.
   */
  readonly arrivalMarks: ReadonlyMap<string, 'arrived'>;
}

export interface UiActions {
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
  setActiveView(view: ViewId): void;
  setFilters(patch: Partial<Filters>): void;
  setFocus(id: NodeId | null): void;
  setHover(hover: Hover | null): void;
  setLabelMode(mode: LabelMode): void;
  /** Show this person's support network in the support view (and switch to it). */
  showSupportNetwork(id: NodeId): void;
  setSupportIndirect(show: boolean): void;
  /** Take the arrival marks off (the facilitator has seen them, or the workshop ended). */
  clearArrivalMarks(): void;
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
  /**
   * Whether this tab may edit the open map. While another tab edits it, every edit here is refused
   * and the map follows that tab's saves.
   */
  readonly editAccess: EditAccess;
  /** Whether the browser keeps this site's storage (else it may clear it when space runs low). */
  readonly storageKeep: StorageKeep;
  /** How a copy to share, and every picture, shows people (per tab; see model `shareMap`). */
  readonly shareOptions: ShareOptions;
  /** When a full backup of a map was last downloaded from this browser, as far as this tab knows. */
  readonly lastBackup: { readonly mapId: string; readonly at: string } | null;
}

export interface FilesActions {
  setImportStatus(status: ImportStatus): void;
  showProblems(report: ProblemReport): void;
  dismissProblems(): void;
  setPersistence(status: PersistenceStatus): void;
  setEditAccess(access: EditAccess): void;
  setStorageKeep(keep: StorageKeep): void;
  setShareOptions(patch: Partial<ShareOptions>): void;
  setLastBackup(backup: { readonly mapId: string; readonly at: string } | null): void;
}

export type AppState = DocumentSlice &
  DocumentActions &
  SupportActions &
  GuidedActions &
  UiSlice &
  UiActions &
  FilesSlice &
  FilesActions &
  MapSlice &
  MapActions &
  CanvasSlice &
  CanvasActions &
  AnalysisSlice &
  AnalysisActions &
  SnapshotActions;

/** zustand's `set`, as each slice's action factory receives it. */
export type SetState = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
/** zustand's `get`. */
export type GetState = () => AppState;

export interface AppStoreDeps {
  /** The clock used for `meta.updatedAt` (ISO date-time); injectable for tests. */
  readonly now?: () => string;
  /** Undo steps kept (default HISTORY_CAP). */
  readonly historyCap?: number;
}
