// The one component that owns the cytoscape instance: it creates it on mount (with the WebGL
// renderer and cheaper viewport drawing for big maps), patches elements and style when props
// change, and destroys it on unmount. Behaviour (events, selection, layouts) lives in hooks that
// receive the instance through `onReady`.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import { batchFirstStyling } from './firstStyling';
import { DETAIL_MIN_ELEMENTS } from './levelOfDetail';
import { patchElements } from './patchElements';
import { warmTextures } from './warmTextures';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
}

/**
 * From this many elements (nodes + ties) on, a map is big: simpler drawing while moving, ties by
 * zoom (the same threshold as levelOfDetail.ts), WebGL when asked for.
 */
export const BIG_MAP_ELEMENTS = DETAIL_MIN_ELEMENTS;

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
  /**
   * Called once, when the instance has drawn its first (empty) frame, just before the first
   * elements go in: the place to set the view they are first drawn at (and so choose the labels
   * they arrive with).
   */
  readonly onWarm?: (cy: Core) => void;
  /** Called once, after the first elements are in. */
  readonly onReady: (cy: Core) => void;
  /** Called after each later patch, with what changed. */
  readonly onPatched?: (cy: Core) => void;
}

export function GraphCanvas({ elements, stylesheet, big, ariaLabel, onWarm, onReady, onPatched }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const last = useRef<readonly ElementDefinition[] | null>(null);
  const warmed = useRef(onWarm);
  const ready = useRef(onReady);
  const patched = useRef(onPatched);
  // The instance once it has drawn one (empty) frame: see below.
  const [warm, setWarm] = useState<Core | null>(null);
  const webgl = useRef(false);
  useEffect(() => {
    warmed.current = onWarm;
    ready.current = onReady;
    patched.current = onPatched;
  });

  useLayoutEffect(() => {
    registerExtensions();
    webgl.current = big && wantsWebgl();
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
      ...(webgl.current ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096 } } : {}),
    } as cytoscape.CytoscapeOptions);
    // Elements' first styling runs cytoscape's change triggers once per element (firstStyling.ts).
    batchFirstStyling(cy);
    cyRef.current = cy;
    last.current = null;
    // The elements go in one animation frame after the instance is made. Cytoscape's canvas
    // renderer builds its layered texture cache (whole-graph bitmaps that make panning cheap)
    // synchronously on its first frame only, and lazily, between frames, ever after: letting
    // that first frame be an empty one draws the first picture of a map sooner, while panning
    // still gets its layers. The callback is queued after the renderer's own, so it runs once
    // that empty frame is drawn.
    cy.forceRender();
    const frame = requestAnimationFrame(() => {
      warmed.current?.(cy);
      setWarm(cy);
    });
    // The panels beside the canvas change its size too. A resize redraws everything, so only a
    // real change of size asks for one: the observer's first report is of the size the instance
    // was made at.
    const el = container.current;
    let observer: ResizeObserver | null = null;
    if (el !== null && typeof ResizeObserver !== 'undefined') {
      let size = { width: el.clientWidth, height: el.clientHeight };
      observer = new ResizeObserver(() => {
        if (el.clientWidth === size.width && el.clientHeight === size.height) return;
        size = { width: el.clientWidth, height: el.clientHeight };
        cy.resize();
      });
      observer.observe(el);
    }
    return () => {
      cancelAnimationFrame(frame);
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
    if (cy === null || warm !== cy) return;
    const first = last.current === null;
    patchElements(cy, last.current, elements);
    last.current = elements;
    if (first) ready.current(cy);
    else patched.current?.(cy);
    // After `ready` has framed the picture, so the textures are made at the zoom they are seen at.
    if (first && !webgl.current) warmTextures(cy);
  }, [elements, warm]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label={ariaLabel} />;
}
