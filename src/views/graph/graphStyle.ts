// The cytoscape stylesheet of the graph view. It only maps element data (see toElements.ts, which
// copies the look) to cytoscape properties: shape, fill, size and the letter (drawn as a small SVG
// image, since a node has only one text label, which carries the name and role line); tie line
// style, colour, width and arrows; the state (dimmed, highlighted) and marks. Workshop mode swaps
// in larger nodes and labels, thicker outlines and full black-on-white contrast for a shared screen.
// plainTieInk states the same tie rules as values, for the ties a first picture paints itself.
import type { StylesheetJson } from 'cytoscape';

import { HIGHLIGHT_COLOUR, MARK_IDS, MARKS } from '../../look';
import { overWhite, TIE_OPACITY } from './tint';

/**
 * Labels on screen, in CSS pixels: the size they are drawn at, and the least size cytoscape may
 * draw one at (while a zoom settles, before labelDetail sizes them again). Workshop mode: at least
 * 18 px, legible from the back of a room.
 */
export const LABEL_PX = { plain: 13, plainMin: 12, workshop: 19, workshopMin: 18 } as const;

/** Node sizes in workshop mode are this many times their look's size. */
export const WORKSHOP_NODE_SCALE = 1.5;

export interface GraphStyleOptions {
  /** Large labels, heavier outlines, pure black text for a projector or touch table. */
  readonly workshop?: boolean;
  /** A big map: labels appear only when zoomed in enough to read them comfortably. */
  readonly big?: boolean;
}

export const LABEL_FONT = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Opacity of a faded tie, drawn in its own colour. */
const FADED_TIE_OPACITY = 0.45;
/** Dash and gap of a dashed tie, in model units. */
const TIE_DASH = [7, 5];
/** Arrowheads in workshop mode are this many times cytoscape's size. */
const WORKSHOP_ARROW_SCALE = 1.3;
/** The arrowheads plainTieInk describes (cytoscape's names). */
const PLAIN_ARROWS = new Set(['none', 'triangle', 'vee']);

/** How the stylesheet draws a plain tie (see plainTieInk); sizes in model units. */
export interface TieInk {
  /** Line and arrowheads, '#rrggbb'. */
  readonly colour: string;
  readonly opacity: number;
  readonly width: number;
  /** The dash pattern; [] for a solid line, [1, 1] (cytoscape's dots) for a dotted one. */
  readonly dash: readonly number[];
  readonly arrowScale: number;
  /** Cytoscape's arrow shape at each end: 'none', 'triangle' or 'vee'. */
  readonly arrowTarget: string;
  readonly arrowSource: string;
}

/**
 * How buildGraphStyle draws a tie with this data (toElements), when it is a plain one: straight
 * (not curved apart from a parallel tie), not dimmed, highlighted or marked, with plain arrowheads
 * at most, on a map that is not big. Null for any other tie. The same decisions as the edge rules
 * below, for firstTies.ts, which paints a first picture's plain ties itself;
 * test/views/graph/firstTies.test.ts checks them against cytoscape's own style of every tie.
 */
export function plainTieInk(data: Readonly<Record<string, unknown>>, options: GraphStyleOptions = {}): TieInk | null {
  const { arrowTarget, arrowSource, line } = data;
  if (options.big === true || data.parallel === 1 || data.state !== 'visible' || data.mark !== '') return null;
  if (typeof arrowTarget !== 'string' || !PLAIN_ARROWS.has(arrowTarget)) return null;
  if (typeof arrowSource !== 'string' || !PLAIN_ARROWS.has(arrowSource)) return null;
  if (line !== 'solid' && line !== 'dashed' && line !== 'dotted') return null;
  const faded = data.faded === 1;
  const workshop = options.workshop === true;
  return {
    colour: String(faded || workshop ? data.colour : data.tint),
    opacity: faded ? FADED_TIE_OPACITY : 1,
    width: Number(data.width),
    dash: line === 'dashed' ? TIE_DASH : line === 'dotted' ? [1, 1] : [],
    arrowScale: workshop ? WORKSHOP_ARROW_SCALE : 1,
    arrowTarget,
    arrowSource,
  };
}

/** The stylesheet for the given options (a new array; memoise it on the options). */
export function buildGraphStyle(options: GraphStyleOptions = {}): StylesheetJson {
  const big = options.workshop === true;
  // Workshop mode draws nodes half as large again: size × 1.5 (sizes stay under 100).
  const size = big ? `mapData(size, 0, 100, 0, ${100 * WORKSHOP_NODE_SCALE})` : 'data(size)';
  const markRules: StylesheetJson = MARK_IDS.flatMap((id) => {
    const mark = MARKS[id];
    return [
      {
        selector: `node[mark = "${id}"]`,
        style: {
          'outline-color': mark.colour,
          'outline-style': mark.outline,
          'outline-width': big ? 7 : 5,
          'outline-offset': 2,
          ...(mark.faded ? { opacity: 0.5 } : {}),
        },
      },
      {
        selector: `edge[mark = "${id}"]`,
        style: {
          ...tieColour(mark.faded || big ? mark.colour : overWhite(mark.colour, TIE_OPACITY)),
          'mid-target-arrow-shape': mark.tieShape,
          'mid-target-arrow-color': mark.faded || big ? mark.colour : overWhite(mark.colour, TIE_OPACITY),
          'mid-target-arrow-fill': 'filled',
          ...(mark.faded ? { opacity: 0.5 } : {}),
        },
      },
      // A marked tie drawn at another opacity than TIE_OPACITY keeps the mark's own colour.
      ...(mark.faded || big
        ? []
        : [
            {
              selector: ['edge[faded = 1]', 'edge[state = "dimmed"]', 'edge[state = "highlighted"]'].map((s) => `${s}[mark = "${id}"]`).join(', '),
              style: { ...tieColour(mark.colour), 'mid-target-arrow-color': mark.colour },
            },
          ]),
    ];
  });
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as 'ellipse',
        'background-color': 'data(colour)',
        width: size,
        height: size,
        // The letter image costs a drawImage per node per frame: big maps, seen mostly zoomed
        // out, rely on shape and colour.
        ...(options.big === true
          ? {}
          : { 'background-image': 'data(image)', 'background-fit': 'contain' as const, 'background-clip': 'none' as const }),
        'border-width': big ? 2 : 1,
        'border-color': '#1F1F1F',
      },
    },
    // Which nodes are named and how large is labelDetail's choice for the zoom (toElements). Only
    // named nodes carry label properties at all: most nodes of a big picture are not named, and
    // cytoscape pays for every property it sets on every element, however plain (it checks what
    // each one changes, walking the element's ties), and for each value mapped from data again.
    // Named nodes are drawn over the others, so their labels lie on top of any node under them.
    {
      selector: 'node[named = 1]',
      style: {
        label: 'data(labelText)',
        color: big ? '#000000' : '#1B1B1B',
        // Plain labels are cytoscape's default weight (400).
        ...(big ? { 'font-weight': 700 } : {}),
        'font-family': LABEL_FONT,
        'font-size': 'data(fontSize)',
        'text-wrap': 'wrap',
        'text-valign': 'data(labelValign)' as 'bottom',
        'text-halign': 'data(labelHalign)' as 'center',
        'text-margin-x': 'data(labelMarginX)' as unknown as number,
        'text-margin-y': 'data(labelMarginY)' as unknown as number,
        'text-max-width': 'data(labelWidth)',
        'text-background-color': '#FFFFFF',
        // Half clear, so a node under a label (labelDetail's mayCover) still shows.
        'text-background-opacity': 0.8,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': 'data(labelPad)',
        // A label never shows smaller than this on screen, even mid-zoom.
        'min-zoomed-font-size': big ? LABEL_PX.workshopMin : LABEL_PX.plainMin,
        'z-index': 2,
      },
    },
    { selector: 'node[ring = 1]', style: { 'border-style': 'double', 'border-width': big ? 9 : 6, 'border-color': '#1F1F1F' } },
    { selector: 'node[anchor = 1]', style: { 'border-width': big ? 6 : 4, 'border-color': '#000000' } },
    // Like the label properties above, each tie property is set only where it shows: arrowheads
    // on ties that have them, the dash pattern on dashed ties, cytoscape's defaults left unset.
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-style': 'data(line)' as 'solid',
        // Workshop mode draws ties opaque; otherwise a tie is drawn as it shows at TIE_OPACITY on
        // the white canvas, in its tint, opaque (see tint.ts).
        ...tieColour(big ? 'data(colour)' : 'data(tint)'),
        ...(big ? { 'arrow-scale': WORKSHOP_ARROW_SCALE } : {}),
        // A lone tie is a straight line (as cytoscape draws a lone bezier tie, without the cost of
        // looking for ties parallel to it); ties sharing their two nodes curve apart.
        'curve-style': 'straight',
      },
    },
    { selector: 'edge[parallel = 1]', style: { 'curve-style': 'bezier' } },
    { selector: 'edge[line = "dashed"]', style: { 'line-dash-pattern': TIE_DASH } },
    { selector: 'edge[arrowTarget != "none"]', style: { 'target-arrow-shape': 'data(arrowTarget)' as 'triangle' } },
    { selector: 'edge[arrowSource != "none"]', style: { 'source-arrow-shape': 'data(arrowSource)' as 'triangle' } },
    // Big maps: straight "haystack" ties, far cheaper to draw (no arrowheads; the legend and the
    // inspector still tell direction, and line style still tells formal from informal).
    ...(options.big === true ? [{ selector: 'edge', style: { 'curve-style': 'haystack' as const, 'haystack-radius': 0 } }] : []),
    // Ties drawn at another opacity than TIE_OPACITY are drawn in their own colour at it.
    { selector: 'edge[faded = 1]', style: { opacity: FADED_TIE_OPACITY, ...tieColour('data(colour)') } },
    // An insight's nodes and ties picked out; everything else drawn fades back.
    { selector: '[state = "dimmed"]', style: { opacity: 0.3 } },
    {
      selector: '[state = "highlighted"]',
      style: { 'underlay-color': HIGHLIGHT_COLOUR, 'underlay-padding': 10, 'underlay-opacity': 0.55, opacity: 1 },
    },
    { selector: 'edge[state = "dimmed"], edge[state = "highlighted"]', style: tieColour('data(colour)') },
    ...markRules,
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#000000',
        'overlay-opacity': 0.18,
        'overlay-padding': big ? 10 : 6,
        'border-width': big ? 6 : 4,
        'border-color': '#000000',
      },
    },
    {
      selector: 'edge:selected',
      style: { 'overlay-color': '#000000', 'overlay-opacity': 0.2, 'overlay-padding': 4 },
    },
    // edgehandles' preview while a tie is being drawn
    { selector: '.eh-preview, .eh-ghost-edge', style: { 'line-color': '#000000', 'target-arrow-color': '#000000', 'target-arrow-shape': 'triangle', width: 3, 'line-style': 'solid' } },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
    { selector: '.eh-hover, .eh-source', style: { 'border-width': 5, 'border-color': '#000000' } },
  ];
}

/** A tie's line and arrowheads in one colour. */
function tieColour(colour: string) {
  return { 'line-color': colour, 'target-arrow-color': colour, 'source-arrow-color': colour };
}
