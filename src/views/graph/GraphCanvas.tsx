// The one component that owns the cytoscape instance: it creates it on mount (with the WebGL
// renderer and cheaper viewport drawing for big maps), patches elements and style when props
// change, and destroys it on unmount. Behaviour (events, selection, layouts) lives in hooks that
// receive the instance through `onReady`.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import { useEffect, useLayoutEffect, useRef } from 'react';

import { patchElements } from './patchElements';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
}

/** From this many elements (nodes + ties) on, draw with WebGL and simplify drawing while moving. */
export const BIG_MAP_ELEMENTS = 6000;

/**
 * Whether big maps draw with cytoscape's WebGL renderer: off unless the page address asks for it
 * (`?webgl=1`). Measured here (SwiftShader, no GPU) it was far slower than the canvas renderer,
 * because it first paints every node and label into texture atlases.
 */
function wantsWebgl(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('webgl') === '1';
}

export interface GraphCanvasProps {
  readonly elements: readonly ElementDefinition[];
  readonly stylesheet: StylesheetJson;
  /** Use the big-map settings; fixed for the life of the instance (re-key to change it). */
  readonly big: boolean;
  readonly ariaLabel: string;
  /** Called once, after the first elements are in. */
  readonly onReady: (cy: Core) => void;
  /** Called after each later patch, with what changed. */
  readonly onPatched?: (cy: Core) => void;
}

export function GraphCanvas({ elements, stylesheet, big, ariaLabel, onReady, onPatched }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const last = useRef<readonly ElementDefinition[] | null>(null);
  const ready = useRef(onReady);
  const patched = useRef(onPatched);
  useEffect(() => {
    ready.current = onReady;
    patched.current = onPatched;
  });

  useLayoutEffect(() => {
    registerExtensions();
    const cy = cytoscape({
      container: container.current,
      style: stylesheet,
      minZoom: 0.02,
      maxZoom: 5,
      boxSelectionEnabled: true,
      selectionType: 'single',
      hideEdgesOnViewport: big,
      textureOnViewport: big,
      motionBlur: false,
      // The WebGL renderer (cytoscape ≥ 3.31) draws tens of thousands of elements smoothly; it
      // hands back to the canvas renderer when zoomed in close.
      ...(big && wantsWebgl() ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096 } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    last.current = null;
    // cytoscape only notices window resizes; the panels beside the canvas change its size too.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    if (container.current !== null) observer?.observe(container.current);
    return () => {
      observer?.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
    // The instance is made once per mount; style and elements are patched below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [big]);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.style(stylesheet);
  }, [stylesheet]);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const first = last.current === null;
    patchElements(cy, last.current, elements);
    last.current = elements;
    if (first) ready.current(cy);
    else patched.current?.(cy);
  }, [elements]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label={ariaLabel} />;
}
