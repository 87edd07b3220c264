// The cytoscape stylesheet of the graph view. It only maps element data (see toElements.ts) and
// the palette to cytoscape properties: kind -> shape, colour and a letter (drawn as a small SVG
// image, since a node has only one text label, which carries the name and role line), tie line
// style, width and arrows. Workshop mode swaps in larger labels, thicker outlines and full
// black-on-white contrast for a shared screen.
import type { StylesheetJson } from 'cytoscape';

import { NODE_KIND_IDS, type NodeKind } from '../../model';
import { KIND_LOOKS, type NodeShape, OKABE_ITO } from '../look';

export interface GraphStyleOptions {
  /** Large labels, heavier outlines, pure black text for a projector or touch table. */
  readonly workshop?: boolean;
  /** A big map: labels appear only when zoomed in enough to read them comfortably. */
  readonly big?: boolean;
}

/** Cytoscape's name for each palette shape ('ring' is an ellipse with a double border). */
export function cytoscapeShape(shape: NodeShape): string {
  return shape === 'ring' ? 'ellipse' : shape;
}

/** The letter of a kind as an SVG data URI, so the node body shows it on canvas and in PNGs. */
export function letterImage(kind: NodeKind): string {
  const look = KIND_LOOKS[kind];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">` +
    `<text x="20" y="21" text-anchor="middle" dominant-baseline="middle" font-family="Arial, Helvetica, sans-serif" ` +
    `font-weight="700" font-size="20" fill="${look.ink}">${look.letter}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

const FONT = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The stylesheet for the given options (a new array; memoise it on the options). */
export function buildGraphStyle(options: GraphStyleOptions = {}): StylesheetJson {
  const big = options.workshop === true;
  const kindRules: StylesheetJson = NODE_KIND_IDS.map((kind) => {
    const look = KIND_LOOKS[kind];
    const size = big ? Math.round(look.size * 1.5) : look.size;
    return {
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: cytoscapeShape(look.shape) as 'ellipse',
        'background-color': look.colour,
        // The letter image costs a drawImage per node per frame: big maps, seen mostly zoomed
        // out, rely on shape and colour.
        ...(options.big === true
          ? {}
          : { 'background-image': letterImage(kind), 'background-fit': 'contain' as const, 'background-clip': 'none' as const }),
        width: size,
        height: size,
        ...(look.shape === 'ring'
          ? { 'border-style': 'double', 'border-width': big ? 9 : 6, 'border-color': '#1F1F1F' }
          : {}),
      },
    };
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        color: big ? '#000000' : '#1B1B1B',
        'font-size': big ? 22 : 12,
        'font-weight': big ? 700 : 400,
        'font-family': FONT,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': big ? '240px' : '150px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': big ? 1 : 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Labels vanish when they would be unreadably small (on screen, in px): big maps stay
        // fast when zoomed out.
        'min-zoomed-font-size': options.big === true ? 9 : 4,
        'border-width': big ? 2 : 1,
        'border-color': '#1F1F1F',
      },
    },
    ...kindRules,
    { selector: 'node[anchor = 1]', style: { 'border-width': big ? 6 : 4, 'border-color': '#000000' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-style': 'data(line)' as 'solid',
        'line-dash-pattern': [7, 5],
        'line-color': '#3D3D3D',
        'target-arrow-color': '#3D3D3D',
        'source-arrow-color': '#3D3D3D',
        'target-arrow-shape': 'data(arrowTarget)' as 'triangle',
        'source-arrow-shape': 'data(arrowSource)' as 'triangle',
        'arrow-scale': big ? 1.3 : 1,
        'curve-style': 'bezier',
        opacity: big ? 1 : 0.9,
      },
    },
    { selector: 'edge[kind != "care"]', style: { 'line-color': '#7A7A7A', 'target-arrow-color': '#7A7A7A' } },
    // Big maps: straight "haystack" ties, far cheaper to draw (no arrowheads; the legend and the
    // inspector still tell direction, and line style still tells formal from informal).
    ...(options.big === true ? [{ selector: 'edge', style: { 'curve-style': 'haystack' as const, 'haystack-radius': 0 } }] : []),
    { selector: 'edge[faded = 1]', style: { opacity: 0.45 } },
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
    { selector: '.search-hit', style: { 'underlay-color': OKABE_ITO.yellow, 'underlay-opacity': 0.9, 'underlay-padding': 10 } },
    // edgehandles' preview while a tie is being drawn
    { selector: '.eh-preview, .eh-ghost-edge', style: { 'line-color': '#000000', 'target-arrow-color': '#000000', 'target-arrow-shape': 'triangle', width: 3, 'line-style': 'solid' } },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
    { selector: '.eh-hover, .eh-source', style: { 'border-width': 5, 'border-color': '#000000' } },
  ];
}
