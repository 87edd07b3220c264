// A small working graph view: the map drawn with cytoscape (colour by kind, saved positions when
// present, else a layout), click to select, drag to move (one undoable step per drag). The full
// graph editor replaces this later. The cytoscape instance is owned here and never read by others,
// except through `onReady` for the test hook.
import type { Core, EventObject, LayoutOptions } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

import { asNodeId, asTieId, type NodeId, type Position } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { GRAPH_STYLE } from './graphStyle';
import { chooseLayout, toElements } from './toElements';

export interface GraphViewProps {
  /** Called once with the cytoscape instance (test builds expose it read-only). */
  readonly onReady?: (cy: Core) => void;
}

export default function GraphView({ onReady }: GraphViewProps) {
  const doc = useAppStore(selectDocument);
  const mapId = useAppStore((s) => s.mapId);
  const selection = useAppStore((s) => s.selection);
  const store = useAppStoreApi();
  const cyRef = useRef<Core | null>(null);

  const elements = useMemo(() => (doc === null ? [] : toElements(doc)), [doc]);
  const layout = useMemo(() => (doc === null ? null : (chooseLayout(doc) as LayoutOptions)), [doc]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.batch(() => {
      cy.elements('.chosen').removeClass('chosen');
      for (const id of [...selection.nodeIds, ...selection.tieIds]) cy.getElementById(id).addClass('chosen');
    });
  }, [selection, elements]);

  function handleCy(cy: Core) {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) store.getState().clearSelection();
    });
    cy.on('tap', 'node', (event: EventObject) =>
      store.getState().select({ nodeIds: [asNodeId(String(event.target.id()))] }),
    );
    cy.on('tap', 'edge', (event: EventObject) =>
      store.getState().select({ tieIds: [asTieId(String(event.target.id()))] }),
    );
    cy.on('dragfree', 'node', (event: EventObject) => {
      const moved = new Map<NodeId, Position>();
      const { x, y } = event.target.position() as { x: number; y: number };
      moved.set(asNodeId(event.target.id() as string), { x: Math.round(x), y: Math.round(y), pinned: true });
      store.getState().setPositions(moved);
    });
    onReady?.(cy);
  }

  if (doc === null) return null;
  return (
    <div
      className="graph-view"
      data-testid="graph-view"
      role="img"
      aria-label={`Network graph of ${doc.nodes.length} nodes and ${doc.ties.length} ties`}
    >
      <CytoscapeComponent
        key={mapId ?? 'none'}
        elements={elements}
        layout={layout ?? undefined}
        stylesheet={GRAPH_STYLE}
        cy={handleCy}
        style={{ width: '100%', height: '100%' }}
        minZoom={0.05}
        maxZoom={4}
        autounselectify
      />
    </div>
  );
}
