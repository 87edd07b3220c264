// The graph canvas: the open map drawn with cytoscape, with its toolbar (kind palette, tools,
// layouts, focus, search, filters, legend, workshop mode, picture export). Saved positions are
// used as they are; nodes without one are placed next to their neighbours (or, on a map nobody
// has arranged, by a first layout) and those places saved, so the picture never jumps on an edit.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';

import { firstLayoutAhead } from '../../analysis/layoutAhead';
import { type NodeId, shareMap } from '../../model';
import { selectDocument, selectLookFacts, useAppStore, useAppStoreApi, useShallow } from '../../store';
import { downloadPng, downloadSvg } from '../export/exportPicture';
import { Legend } from '../legend/Legend';
import { lookOf } from '../../look';
import { AddNodePopover, type AddNodeRequest } from './AddNodePopover';
import { latestMarks } from './latestMarks';
import { type Box, fitNodes } from './fit';
import { BIG_MAP_ELEMENTS, GraphCanvas } from './GraphCanvas';
import { setGraphCommands } from './graphCommands';
import { buildGraphStyle, plainTieInk } from './graphStyle';
import { useLabelDetail } from './useLabelDetail';
import { GraphToolbar } from './GraphToolbar';
import { firstLayout, needsFirstLayout } from './layouts';
import { tieDetail, viewChanged, type ViewWindow } from './levelOfDetail';
import { placeMissing, type Point } from './placement';
import { clearArea, newNodeSpot } from './newNodeSpot';
import { LAYOUT_LABELS, layoutPositions } from './runLayout';
import { TieDetailNote } from './TieDetailNote';
import { toElements } from './toElements';
import { startDrawTies, useCanvasEvents } from './useCanvasEvents';

import './graph.css';

export interface GraphViewProps {
  /** Called with the cytoscape instance once drawn (test builds expose it read-only). */
  readonly onReady?: (cy: Core) => void;
}

const FIT_PADDING = 40;

/** Wait this long after the last pan or zoom before choosing which labels and ties to draw (ms). */
const VIEW_SETTLE_MS = 150;

/** Whether two views are the same to within a hundredth of a pixel. */
function sameView(a: ViewWindow, b: ViewWindow): boolean {
  const e = 0.01 / Math.max(b.zoom, 1e-6);
  return (
    Math.abs(a.zoom - b.zoom) < 1e-9 &&
    Math.abs(a.x1 - b.x1) < e &&
    Math.abs(a.y1 - b.y1) < e &&
    Math.abs(a.x2 - b.x2) < e &&
    Math.abs(a.y2 - b.y2) < e
  );
}

/** The view assumed before the canvas reports one: zoomed right out. */
const ZOOMED_OUT: ViewWindow = { x1: 0, y1: 0, x2: 0, y2: 0, zoom: 0 };

export default function GraphView({ onReady }: GraphViewProps) {
  const doc = useAppStore(selectDocument);
  const mapId = useAppStore((s) => s.mapId);
  // A map being laid out ahead (layoutAhead.ts) is drawn once its positions are in.
  useSyncExternalStore(firstLayoutAhead.subscribe, () => firstLayoutAhead.version);
  if (doc === null) return null;
  const ahead = firstLayoutAhead.stateFor(doc);
  if (ahead.kind === 'running') return <Arranging nodes={ahead.nodes} />;
  // A new instance per map, and per size class (the WebGL choice is made at creation).
  const big = doc.nodes.length + doc.ties.length >= BIG_MAP_ELEMENTS;
  return <GraphScreen key={`${mapId ?? ''}:${big ? 'big' : 'small'}`} big={big} onReady={onReady} />;
}

/**
 * While the first layout is worked out ahead: the toolbar in its place (inert and dimmed: there is
 * nothing yet for it to act on), so the screen does not shift when the picture comes, and a note
 * where the picture will be.
 */
function Arranging({ nodes }: { readonly nodes: number }) {
  const workshop = useAppStore((s) => s.workshop);
  return (
    <div className={`graph-view${workshop ? ' workshop' : ''}`}>
      <div className="graph-toolbar-waiting" inert>
        <GraphToolbar shown={nodes} total={nodes} />
      </div>
      <div className="graph-stage graph-arranging" data-testid="graph-arranging">
        <p role="status">Arranging {nodes.toLocaleString()} nodes…</p>
      </div>
    </div>
  );
}

function GraphScreen({ big, onReady }: { readonly big: boolean; readonly onReady?: (cy: Core) => void }) {
  const doc = useAppStore(selectDocument)!;
  const workshop = useAppStore((s) => s.workshop);
  const tool = useAppStore((s) => s.tool);
  const selection = useAppStore((s) => s.selection);
  const legendOpen = useAppStore((s) => s.legendOpen);
  // Opening or closing the side drawer changes where labels can be read.
  const drawer = useAppStore((s) => s.drawer);
  const store = useAppStoreApi();
  const [cy, setCy] = useState<Core | null>(null);
  const [adding, setAdding] = useState<AddNodeRequest | null>(null);
  const fitNext = useRef(false);
  const stage = useRef<HTMLDivElement>(null);
  // Fit to the nodes (or the points given), beside or above the legend when it is open.
  const fit = useCallback((instance: Core, points?: { x: number; y: number }[]) => {
    const legend = stage.current?.querySelector('.legend');
    const origin = stage.current?.getBoundingClientRect();
    let panel: Box | null = null;
    if (legend != null && origin !== undefined) {
      const r = legend.getBoundingClientRect();
      panel = { x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top };
    }
    fitNodes(instance, FIT_PADDING, panel, points);
  }, []);

  // Outside the focus is left out: the graph has no geography to keep.
  const facts = useAppStore(useShallow(selectLookFacts));
  const look = useMemo(() => lookOf(doc, { ...facts, marks: latestMarks(facts.marks), outOfFocus: 'hidden' }), [doc, facts]);
  const { visible } = look;
  const { focus, focusSteps } = facts;
  const visibleRef = useRef(visible);
  const lookRef = useRef(look);
  const fresh = needsFirstLayout(doc);
  const placed = useMemo(() => {
    if (!fresh) return placeMissing(doc);
    // Laid out ahead while the person read the import question, or here and now.
    const ahead = firstLayoutAhead.stateFor(doc);
    return ahead.kind === 'ready' ? ahead.positions : firstLayout(doc);
  }, [doc, fresh]);

  // Big maps draw ties by zoom (levelOfDetail.ts). Until the canvas reports its view, assume the
  // whole map is in it, zoomed out: the first picture then has every node and no tie to draw.
  const [view, setView] = useState<ViewWindow>(ZOOMED_OUT);
  // Labels depend on every pan and zoom (labelDetail.ts); nothing is named before the first view.
  const [labelView, setLabelView] = useState<ViewWindow>(ZOOMED_OUT);
  const [allTies, setAllTies] = useState(false);
  const selected = useMemo(() => new Set<string>([...selection.nodeIds, ...selection.tieIds]), [selection]);
  // Where each node is drawn, for choosing ties in view: only big maps need it, and a new
  // selection or view does not change it.
  const drawnAt = useMemo(() => {
    const at = new Map<string, { x: number; y: number }>();
    if (!big) return at;
    for (const n of doc.nodes) {
      const p = n.position ?? placed.get(n.id);
      if (p !== undefined) at.set(n.id, p);
    }
    return at;
  }, [big, doc, placed]);
  const detail = useMemo(
    () => tieDetail(doc, visible, view, { selected, positionOf: (id) => drawnAt.get(id), allTies }),
    [doc, visible, view, selected, drawnAt, allTies],
  );
  const drawn = detail.visible;
  const labels = useLabelDetail({ doc, look, drawn, placed, view: labelView, selected, workshop });
  const elements = useMemo(
    () => toElements(doc, look, { visible: drawn, placed, labels }),
    [doc, look, drawn, placed, labels],
  );
  const elementsRef = useRef(elements);
  const placedRef = useRef(placed);
  const thinnedRef = useRef(false);
  useEffect(() => {
    visibleRef.current = visible;
    lookRef.current = look;
    elementsRef.current = elements;
    placedRef.current = placed;
    thinnedRef.current = detail.hiddenTies > 0;
  }, [visible, look, elements, placed, detail]);
  const stylesheet = useMemo(() => buildGraphStyle({ workshop, big }), [workshop, big]);
  const firstTieInk = useMemo(
    () => (big ? undefined : (data: Readonly<Record<string, unknown>>) => plainTieInk(data, { workshop, big })),
    [workshop, big],
  );

  const handleReady = useCallback(
    (instance: Core) => {
      setCy(instance);
      onReady?.(instance);
      fit(instance);
    },
    [onReady, fit],
  );
  const handlePatched = useCallback(
    (instance: Core) => {
      // Ties may arrive after the first picture (firstTies.ts): select those that are selected.
      selectInCanvas(instance, store.getState().selection);
      if (!fitNext.current) return;
      fitNext.current = false;
      fit(instance);
    },
    [fit, store],
  );

  // Save where unplaced nodes were drawn, so the next drawing puts them in the same place.
  useEffect(() => {
    if (placed.size > 0) store.getState().placeNodes(placed as Map<NodeId, Point>);
  }, [placed, store]);

  // Store selection -> canvas (the table, search and inspector select too). Elements the canvas
  // adds later are selected by handlePatched, after each patch.
  useEffect(() => {
    if (cy !== null) selectInCanvas(cy, selection);
  }, [cy, selection]);

  // Focus mode: frame the focused neighbourhood.
  useEffect(() => {
    if (cy !== null && focus !== null) fit(cy);
  }, [cy, focus, focusSteps, fit]);

  const handleAddAt = useCallback((model: Point, rendered: Point) => {
    setAdding({ model, rendered, kind: 'person' });
  }, []);
  useCanvasEvents(cy, store, { onAddAt: handleAddAt });

  // The view the canvas shows, for the labels (and the tie detail of big maps).
  const reportView = useCallback(
    (instance: Core) => {
      const e = instance.extent();
      const zoom = instance.zoom();
      const next = { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2, zoom };
      if (big) setView((last) => (viewChanged(last, next) ? next : last));
      // Labels are placed only where they can be read: not under the drawer floating on the right.
      const clear = clearArea(instance, stage.current);
      const named = { ...next, x2: Math.min(e.x2, e.x1 + clear.x2 / zoom) };
      setLabelView((last) => (sameView(last, named) ? last : named));
    },
    [big],
  );
  // Before the first elements go in: frame where they will be and choose their labels for that
  // view, so they go in named (rather than drawn bare and named a frame later).
  const handleWarm = useCallback(
    (instance: Core) => {
      const points: { x: number; y: number }[] = [];
      for (const e of elementsRef.current) if (e.group === 'nodes' && e.position !== undefined) points.push(e.position);
      if (points.length === 0) return;
      fit(instance, points);
      reportView(instance);
    },
    [fit, reportView],
  );

  // Report the view once a move has settled.
  useEffect(() => {
    if (cy === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => reportView(cy);
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(update, VIEW_SETTLE_MS);
    };
    cy.on('viewport', onViewport);
    update();
    cy.on('resize', onViewport);
    return () => {
      cy.off('viewport', onViewport);
      cy.off('resize', onViewport);
      clearTimeout(timer);
    };
  }, [cy, reportView, drawer]);

  // Ties are drawn with edgehandles in draw mode; box mode turns panning off so a drag selects.
  const eh = useMemo(() => (cy === null ? null : startDrawTies(cy, store)), [cy, store]);
  useEffect(() => () => eh?.destroy(), [eh]);
  useEffect(() => {
    if (cy === null || eh === null) return;
    if (tool === 'draw') eh.enableDrawMode();
    else eh.disableDrawMode();
    cy.userPanningEnabled(tool !== 'box');
  }, [cy, eh, tool]);

  useEffect(() => {
    if (cy === null) return;
    setGraphCommands({
      fit: () => fit(cy),
      zoomBy: (factor) =>
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      addNode: (kind) => setAdding({ ...newNodeSpot(cy, stage.current), kind: kind ?? 'person' }),
      runLayout: () => {
        const state = store.getState();
        if (state.document === null) return;
        // Ties left out of the drawing still count for the force layout.
        const all = thinnedRef.current
          ? toElements(state.document, lookRef.current, { visible: visibleRef.current, placed: placedRef.current })
          : undefined;
        const positions = layoutPositions(cy, state.document, state.layout, visibleRef.current, all);
        fitNext.current = true;
        const result = state.setPositions(positions, `Lay out: ${LAYOUT_LABELS[state.layout].toLowerCase()}`);
        if (!result.ok) {
          fitNext.current = false;
          fit(cy);
        }
      },
      centreOn: (id) => {
        const node = cy.getElementById(id);
        if (node.empty()) return;
        const zoom = Math.max(cy.zoom(), 1);
        const p = node.position();
        // Jump rather than animate: on a busy shared laptop an animation can lag well behind.
        cy.viewport({ zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } });
      },
      exportPicture: async (format) => {
        const { document: doc, shareOptions } = store.getState();
        if (doc === null) return;
        // Pictures leave the device like a copy to share, so they show people the same way.
        const shared = shareMap(doc, shareOptions);
        if (format === 'svg') downloadSvg(cy, lookRef.current, shared);
        else await downloadPng(cy, lookRef.current, shared);
      },
    });
    return () => setGraphCommands(null);
  }, [cy, store, fit]);

  const shown = visible === undefined ? doc.nodes.length : visible.nodeIds.size;
  const shownTies = drawn === undefined ? doc.ties.length : drawn.tieIds.size;
  return (
    <div className={`graph-view${workshop ? ' workshop' : ''}${tool !== 'select' ? ` tool-${tool}` : ''}`} data-testid="graph-view">
      <GraphToolbar shown={shown} total={doc.nodes.length} />
      <div className="graph-stage" ref={stage}>
        <GraphCanvas
          elements={elements}
          stylesheet={stylesheet}
          big={big}
          onWarm={handleWarm}
          onReady={handleReady}
          onPatched={handlePatched}
          firstTieInk={firstTieInk}
          ariaLabel={`Care network drawing: ${shown} of ${doc.nodes.length} nodes and ${shownTies} of ${doc.ties.length} ties shown. The Table view lists the same nodes and ties.`}
        />
        {legendOpen && <Legend legend={look.legend} />}
        <TieDetailNote
          hidden={detail.hiddenTies}
          zoomedOut={detail.zoomedOut}
          capped={detail.capped}
          allTies={allTies}
          big={big}
          onAllTies={setAllTies}
        />
        {adding !== null && <AddNodePopover request={adding} onClose={() => setAdding(null)} />}
      </div>
    </div>
  );
}

/** Select in the canvas exactly what the store has selected. */
function selectInCanvas(cy: Core, selection: { readonly nodeIds: readonly string[]; readonly tieIds: readonly string[] }): void {
  const want = new Set<string>([...selection.nodeIds, ...selection.tieIds]);
  cy.batch(() => {
    cy.elements(':selected').forEach((e) => {
      if (!want.has(e.id())) e.unselect();
    });
    for (const id of want) {
      const e = cy.getElementById(id);
      if (e.nonempty() && !e.selected()) e.select();
    }
  });
}
