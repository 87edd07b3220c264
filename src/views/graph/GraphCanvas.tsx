// The one component that owns the cytoscape instance: it creates it on mount (with the WebGL
// renderer and cheaper viewport drawing for big maps), patches elements and style when props
// change, and destroys it on unmount. A map with many plain ties has them painted for its first
// picture and handed to cytoscape just after (firstTies.ts). Behaviour (events, selection, layouts)
// lives in hooks that receive the instance through `onReady`.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { batchFirstStyling } from './firstStyling';
import { type PaintedTies, paintTies, splitFirstTies, whenReleased } from './firstTies';
import type { TieInk } from './graphStyle';
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
  /**
   * How the stylesheet draws a plain tie (graphStyle's plainTieInk, for these options): given, a
   * map with many plain ties paints them for its first picture (firstTies.ts).
   */
  readonly firstTieInk?: ((data: Readonly<Record<string, unknown>>) => TieInk | null) | undefined;
}

export function GraphCanvas({ elements, stylesheet, big, ariaLabel, onWarm, onReady, onPatched, firstTieInk }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const last = useRef<readonly ElementDefinition[] | null>(null);
  const warmed = useRef(onWarm);
  const ready = useRef(onReady);
  const patched = useRef(onPatched);
  // The instance once it has drawn one (empty) frame: see below.
  const [warm, setWarm] = useState<Core | null>(null);
  const webgl = useRef(false);
  // The latest elements, for handing painted ties to cytoscape outside a render.
  const latest = useRef(elements);
  // A first picture's painted ties, until cytoscape has them (firstTies.ts).
  const painted = useRef<PaintedTies | null>(null);
  const refs: CanvasRefs = { cy: cyRef, last, latest, painted, ready, patched };
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
      painted.current?.remove();
      painted.current = null;
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
    latest.current = elements;
    if (cy === null || warm !== cy) return;
    const first = last.current === null;
    if (first && firstTieInk !== undefined && !webgl.current && paintFirstTies(cy, elements, firstTieInk, refs)) return;
    // Painted ties waiting for cytoscape go in with this patch.
    const handing = painted.current;
    painted.current = null;
    patchElements(cy, last.current, elements);
    last.current = elements;
    handing?.removeOnNextFrame();
    if (first) ready.current(cy);
    else patched.current?.(cy);
    // After `ready` has framed the picture, so the textures are made at the zoom they are seen at.
    if (first && !webgl.current) warmTextures(cy);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- firstTieInk is read for the first picture only
  }, [elements, warm]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label={ariaLabel} />;
}

/** What paintFirstTies shares with the canvas. */
interface CanvasRefs {
  readonly cy: RefObject<Core | null>;
  /** The elements cytoscape was last given. */
  readonly last: RefObject<readonly ElementDefinition[] | null>;
  /** The latest elements the canvas was given. */
  readonly latest: RefObject<readonly ElementDefinition[]>;
  readonly painted: RefObject<PaintedTies | null>;
  readonly ready: RefObject<(cy: Core) => void>;
  readonly patched: RefObject<((cy: Core) => void) | undefined>;
}

/**
 * The first picture of a map with many plain ties: cytoscape gets the nodes (and the other ties),
 * the plain ties are painted under it, and they go to cytoscape once that picture is drawn.
 * False (nothing done) when the map has too few plain ties.
 */
function paintFirstTies(
  cy: Core,
  elements: readonly ElementDefinition[],
  inkOf: NonNullable<GraphCanvasProps['firstTieInk']>,
  refs: CanvasRefs,
): boolean {
  const split = splitFirstTies(elements, inkOf);
  if (split === null) return false;
  patchElements(cy, null, split.now);
  refs.ready.current(cy);
  const layer = paintTies(cy, split.later);
  if (layer === null) {
    // The renderer cannot paint them: the ties go in now, before anything is drawn.
    patchElements(cy, split.now, elements);
    refs.last.current = elements;
  } else {
    refs.last.current = split.now;
    refs.painted.current = layer;
    // Once the first picture is on screen, whatever elements are then the latest go in.
    cy.one('render', () => {
      setTimeout(() =>
        whenReleased(() => {
          if (refs.painted.current !== layer || refs.cy.current !== cy) return;
          refs.painted.current = null;
          patchElements(cy, refs.last.current, refs.latest.current);
          refs.last.current = refs.latest.current;
          layer.removeOnNextFrame();
          refs.patched.current?.(cy);
        }),
      );
    });
  }
  warmTextures(cy);
  return true;
}
