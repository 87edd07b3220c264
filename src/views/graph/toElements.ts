// The graph view's declarative input: the look of the care map (src/look) as cytoscape
// elements. Every visual decision is the look's (colour, size, shape, letter, caption, line,
// width, arrows, state, mark); this only copies it into flat scalar data, which the stylesheet
// maps to cytoscape properties, and which the canvas patches by comparing data shallowly, as
// react-cytoscapejs does. Pure, so it is tested without a renderer.
import type { ElementDefinition } from 'cytoscape';

import type { CareMap, Visible } from '../../model';
import { type Look, lookOf, type NodeShape } from '../../look';
import type { LabelSide } from './labelDetail';
import { overWhite, TIE_OPACITY } from './tint';

/** Cytoscape's alignment of a label on each side of its node, and which way its margin points. */
const SIDE_STYLE: Readonly<Record<LabelSide, { valign: string; halign: string; dx: number; dy: number }>> = {
  below: { valign: 'bottom', halign: 'center', dx: 0, dy: 1 },
  above: { valign: 'top', halign: 'center', dx: 0, dy: -1 },
  right: { valign: 'center', halign: 'right', dx: 1, dy: 0 },
  left: { valign: 'center', halign: 'left', dx: -1, dy: 0 },
};

/** How node labels are drawn (labelDetail.ts chooses them); sizes in model units. */
export interface NodeLabels {
  /** The nodes named and the side of each label; every node, below it, when undefined. */
  readonly shown: ReadonlyMap<string, LabelSide> | undefined;
  /** The name and roles (the look's caption), or the name alone (workshop mode). */
  readonly text: 'caption' | 'label';
  readonly fontSize: number;
  /** Wrap width. */
  readonly maxWidth: number;
  /** Space between the node and its label. */
  readonly margin: number;
  /** Padding of the label's white background. */
  readonly pad: number;
}

/** Every node named by its caption at the stylesheet's plain sizes (pictures, tests). */
export const ALL_LABELS: NodeLabels = { shown: undefined, text: 'caption', fontSize: 12, maxWidth: 150, margin: 4, pad: 2 };

export interface ToElementsOptions {
  /** Only these nodes and ties are drawn (the tie detail of big maps); every one not hidden when omitted. */
  readonly visible?: Visible | undefined;
  /** Where to draw nodes that have no saved position (see placement.ts). */
  readonly placed?: ReadonlyMap<string, { x: number; y: number }>;
  /** Which nodes are named, and how large (default ALL_LABELS). */
  readonly labels?: NodeLabels;
}

/** Cytoscape's name for each look shape ('ring' is an ellipse with a double border). */
export function cytoscapeShape(shape: NodeShape): string {
  return shape === 'ring' ? 'ellipse' : shape;
}

const letterImages = new Map<string, string>();

/**
 * A kind's letter in the given ink as an SVG data URI, so the node body shows it on canvas and in
 * PNGs. One string per letter and ink, so unchanged nodes keep equal data.
 */
export function letterImage(letter: string, ink: string): string {
  const key = `${letter}${ink}`;
  let uri = letterImages.get(key);
  if (uri === undefined) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">` +
      `<text x="20" y="21" text-anchor="middle" dominant-baseline="middle" font-family="Arial, Helvetica, sans-serif" ` +
      `font-weight="700" font-size="20" fill="${ink}">${letter}</text></svg>`;
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    letterImages.set(key, uri);
  }
  return uri;
}

/**
 * Nodes first, then ties, in document order, leaving out hidden ones (`look` defaults to the plain
 * look: every node in its kind's colour). A node gets `position` from
 * the document, else from `placed`, else none (a layout will place it). Node data: id, label,
 * caption, kind, anchor and pinned (1/0), shape (cytoscape's name), ring (1/0), colour, size,
 * image (the letter), state, mark ('' for none), and the label as drawn: labelText ('' when
 * not named), named (1/0), fontSize, labelWidth, labelValign, labelHalign, labelMarginX, labelMarginY, labelPad
 * (see NodeLabels). Tie data: id, source, target, kind, line, width,
 * colour, tint (the colour as a plain tie shows it on the white canvas: tint.ts), arrowTarget, arrowSource, faded (1/0), label, state, mark, and parallel (1 when another
 * drawn tie joins the same two nodes, either way round; the stylesheet curves only those apart).
 */
export function toElements(doc: CareMap, look: Look = lookOf(doc), options: ToElementsOptions = {}): ElementDefinition[] {
  const { visible, placed, labels = ALL_LABELS } = options;
  const out: ElementDefinition[] = [];
  for (const n of doc.nodes) {
    const l = look.nodes.get(n.id);
    if (l === undefined || l.state === 'hidden' || (visible !== undefined && !visible.nodeIds.has(n.id))) continue;
    // A node not named keeps fixed label sizes, so a zoom changes only the named nodes' data.
    const side = labels.shown === undefined ? 'below' : labels.shown.get(n.id);
    const named = side !== undefined;
    const size = named ? labels : ALL_LABELS;
    const align = SIDE_STYLE[side ?? 'below'];
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: n.id,
        label: l.label,
        caption: l.caption,
        kind: l.kind,
        anchor: l.anchor ? 1 : 0,
        pinned: n.position?.pinned === true ? 1 : 0,
        shape: cytoscapeShape(l.shape),
        ring: l.shape === 'ring' ? 1 : 0,
        colour: l.colour,
        size: l.size,
        image: letterImage(l.letter, l.ink),
        state: l.state,
        mark: l.mark ?? '',
        labelText: !named ? '' : labels.text === 'label' ? l.label : l.caption,
        named: named ? 1 : 0,
        fontSize: size.fontSize,
        labelWidth: size.maxWidth,
        labelValign: align.valign,
        labelHalign: align.halign,
        labelMarginX: align.dx * size.margin,
        labelMarginY: align.dy * size.margin,
        labelPad: size.pad,
      },
    };
    const at = n.position ?? placed?.get(n.id);
    if (at !== undefined) el.position = { x: at.x, y: at.y };
    out.push(el);
  }
  const drawnTies = doc.ties.filter((t) => {
    const l = look.ties.get(t.id);
    return l !== undefined && l.state !== 'hidden' && (visible === undefined || visible.tieIds.has(t.id));
  });
  const pairs = new Map<string, number>();
  for (const t of drawnTies) pairs.set(pairKey(t.source, t.target), (pairs.get(pairKey(t.source, t.target)) ?? 0) + 1);
  for (const t of drawnTies) {
    const l = look.ties.get(t.id)!;
    out.push({
      group: 'edges',
      data: {
        id: t.id,
        source: l.source,
        target: l.target,
        kind: l.kind,
        line: l.line,
        width: l.width,
        colour: l.colour,
        tint: overWhite(l.colour, TIE_OPACITY),
        arrowTarget: l.arrowTarget,
        arrowSource: l.arrowSource,
        faded: l.faded ? 1 : 0,
        label: l.label,
        state: l.state,
        mark: l.mark ?? '',
        parallel: pairs.get(pairKey(t.source, t.target))! > 1 ? 1 : 0,
      },
    });
  }
  return out;
}

/** The same key for a pair of nodes whichever way round they are given. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}
