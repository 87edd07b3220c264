// The canvas's pointer behaviour, registered once per cytoscape instance: selection (tap,
// shift-click, box select) mirrored into the store, drags saved as pinned positions (one undo
// step per drag, however many nodes moved), double-tap or long-press on the background to add a
// node there, long-press on a node to add it to the selection, and ties drawn with edgehandles
// in draw mode.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { EdgeHandlesInstance, EdgeHandlesOptions } from 'cytoscape-edgehandles';
import { useEffect } from 'react';

import { asNodeId, asTieId, makeTie, type NodeId, type NodeKind, type Position } from '../../model';
import type { AppStore } from '../../store';
import type { Point } from './placement';
import { defaultTieKind } from './tieDefaults';

export interface CanvasEventHandlers {
  /** A request to add a node at a model position, shown at a rendered (screen) position. */
  readonly onAddAt: (model: Point, rendered: Point) => void;
}

/** True for a touch gesture (TouchEvent is missing in some desktop browsers). */
function isTouch(event: Event | undefined): boolean {
  return typeof TouchEvent !== 'undefined' && event instanceof TouchEvent;
}

/** The same ids in any order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

export function useCanvasEvents(cy: Core | null, store: AppStore, handlers: CanvasEventHandlers): void {
  const { onAddAt } = handlers;
  useEffect(() => {
    if (cy === null) return;
    // Box selection fires one event per element: gather them and tell the store once.
    let selectionQueued = false;
    const pushSelection = () => {
      selectionQueued = false;
      if (cy.destroyed()) return;
      const nodeIds = cy.nodes(':selected').map((n) => asNodeId(n.id()));
      const tieIds = cy.edges(':selected').map((e) => asTieId(e.id()));
      const current = store.getState().selection;
      if (sameIds(current.nodeIds, nodeIds) && sameIds(current.tieIds, tieIds)) return;
      store.getState().select({ nodeIds, tieIds });
    };
    const onSelect = () => {
      if (selectionQueued) return;
      selectionQueued = true;
      queueMicrotask(pushSelection);
    };

    const moved = new Map<NodeId, Position>();
    let moveQueued = false;
    const pushMoves = () => {
      moveQueued = false;
      if (moved.size === 0) return;
      const batch = new Map(moved);
      moved.clear();
      store.getState().setPositions(batch);
    };
    const onDragFree = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const { x, y } = node.position();
      moved.set(asNodeId(node.id()), { x: Math.round(x), y: Math.round(y), pinned: true });
      if (!moveQueued) {
        moveQueued = true;
        queueMicrotask(pushMoves);
      }
    };

    const onBackground = (event: EventObject) => {
      if (event.target !== cy) return;
      // Long-press adds a node on touch screens only: with a mouse, a slow box-select drag can
      // read as a long press.
      if (event.type === 'taphold' && !isTouch(event.originalEvent)) return;
      onAddAt(event.position, event.renderedPosition);
    };
    const onHoldNode = (event: EventObject) => {
      (event.target as NodeSingular).select();
    };
    // A tap emitted by code (tests, other views) has no pointer event behind it, so cytoscape's
    // renderer does not select; select as a real tap would.
    const onCodeTap = (event: EventObject) => {
      if (event.originalEvent !== undefined) return;
      cy.elements(':selected').unselect();
      (event.target as NodeSingular).select();
    };

    cy.on('select unselect', onSelect);
    cy.on('dragfree', 'node', onDragFree);
    cy.on('dbltap taphold', onBackground);
    cy.on('taphold', 'node', onHoldNode);
    cy.on('tap', 'node, edge', onCodeTap);
    return () => {
      cy.off('tap', 'node, edge', onCodeTap);
      cy.off('select unselect', onSelect);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('dbltap taphold', onBackground);
      cy.off('taphold', 'node', onHoldNode);
    };
  }, [cy, store, onAddAt]);
}

/** Start edgehandles on `cy`: each completed drag adds a tie through the store and selects it. */
export function startDrawTies(cy: Core, store: AppStore): EdgeHandlesInstance {
  const options: EdgeHandlesOptions = {
    canConnect: (source, target) => !source.same(target) && !target.isEdge(),
    edgeParams: () => ({ data: {} }),
    hoverDelay: 50,
    snap: true,
    snapThreshold: 30,
    noEdgeEventsInDraw: true,
    disableBrowserGestures: true,
  };
  const eh = (cy as unknown as { edgehandles(o: EdgeHandlesOptions): EdgeHandlesInstance }).edgehandles(options);
  cy.on('ehcomplete', (_event: EventObject, ...extra: unknown[]) => {
    const [source, target, added] = extra as [NodeSingular, NodeSingular, { remove(): void }];
    // The preview edge is cytoscape's own; the real tie arrives through the document.
    added.remove();
    const kind = defaultTieKind(source.data('kind') as NodeKind, target.data('kind') as NodeKind);
    const tie = makeTie(kind, asNodeId(source.id()), asNodeId(target.id()));
    const result = store.getState().addTie(tie);
    if (result.ok) store.getState().select({ tieIds: [tie.id] });
  });
  return eh;
}
