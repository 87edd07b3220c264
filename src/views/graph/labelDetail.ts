// Level of detail for node labels: which nodes the graph names at the current zoom, and how large.
// Labels are drawn at one size on screen whatever the zoom (large enough to read from the back
// of a room in workshop mode), so zoomed out there is room for few of them: the most important
// nodes are named first (the selection, then anchors, then by a measure or by their number of
// ties), and a label is drawn only where it overlaps no other label and no other node. Zooming in
// spreads the nodes apart and names more of them. A label goes under its node if it fits there,
// else to its right, above or to its left. Pure, so it is tested without a renderer.
import type { ViewWindow } from './levelOfDetail';

/** A node that may be named. Positions and sizes are in model units. */
export interface LabelNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Diameter as the stylesheet draws it before `nodeScale`. */
  readonly size: number;
  /** The text as drawn: lines separated by '\n'. */
  readonly text: string;
  /** Higher is named first. */
  readonly importance: number;
  /** Named before every other node (the selection). */
  readonly first?: boolean;
  /**
   * How many unnamed nodes this node's label may lie over (they are still drawn, under its
   * half-clear background, and still take taps; they are not named themselves). Default 0.
   */
  readonly mayCover?: number;
}

export interface LabelDetailOptions {
  /** Font size on screen, in CSS pixels. */
  readonly fontPx: number;
  /** Lines wrap at this width on screen, in CSS pixels. */
  readonly maxWidthPx: number;
  /** Width of one line of text at `fontPx`, in CSS pixels. */
  readonly measure: (line: string) => number;
  /** The stylesheet's factor on node sizes (1.5 in workshop mode). Default 1. */
  readonly nodeScale?: number;
  /** Line height as a multiple of the font size. Default 1.25 (cytoscape's default is about 1.2). */
  readonly lineHeight?: number;
  /** Space between a node's edge and its label, in CSS pixels. Default 4. */
  readonly marginPx?: number;
  /** Padding drawn around the text (its white background), in CSS pixels. Default 2. */
  readonly padPx?: number;
  /** Least clear space between two labels, or a label and a node, in CSS pixels. Default 3. */
  readonly gapPx?: number;
}

/** Where a label sits against its node. */
export type LabelSide = 'below' | 'right' | 'above' | 'left';

/** The sides tried, in order. */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'right', 'above', 'left'];

export interface LabelChoice {
  /** The nodes to name, and on which side of each its label goes. */
  readonly shown: ReadonlyMap<string, LabelSide>;
  /** The font size in model units that draws at `fontPx` on screen at this zoom. */
  readonly fontSize: number;
  /** The wrap width in model units. */
  readonly maxWidth: number;
}

/** A rectangle on screen: left, top, right, bottom in CSS pixels. */
interface Rect {
  readonly l: number;
  readonly t: number;
  readonly r: number;
  readonly b: number;
}

/** Lines as cytoscape wraps them: each '\n' breaks, and words wrap at `maxWidth`. */
export function wrapLines(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(next) > maxWidth) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** The box of a `w` × `h` label on `side` of a node at (x, y), `off` from its centre. */
function labelBox(side: LabelSide, x: number, y: number, off: number, w: number, h: number): Rect {
  switch (side) {
    case 'below':
      return { l: x - w / 2, t: y + off, r: x + w / 2, b: y + off + h };
    case 'above':
      return { l: x - w / 2, t: y - off - h, r: x + w / 2, b: y - off };
    case 'right':
      return { l: x + off, t: y - h / 2, r: x + off + w, b: y + h / 2 };
    case 'left':
      return { l: x - off - w, t: y - h / 2, r: x - off, b: y + h / 2 };
  }
}

/** Rectangles bucketed on a grid, for "does this rectangle hit any stored one?". */
class RectIndex {
  private readonly cells = new Map<number, Rect[]>();
  constructor(private readonly cell: number) {}
  private *keys(r: Rect): Generator<number> {
    const c = this.cell;
    for (let i = Math.floor(r.l / c); i <= Math.floor(r.r / c); i++)
      for (let j = Math.floor(r.t / c); j <= Math.floor(r.b / c); j++) yield i * 100_003 + j;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list === undefined) this.cells.set(k, [r]);
      else list.push(r);
    }
  }
  /** Whether `r` comes within `gap` of a stored rectangle other than `except`. */
  hits(r: Rect, gap: number, except?: Rect): boolean {
    return this.within(r, gap, except).length > 0;
  }
  /** The stored rectangles other than `except` that `r` comes within `gap` of. */
  within(r: Rect, gap: number, except?: Rect): Rect[] {
    const found = new Set<Rect>();
    for (const k of this.keys(r))
      for (const q of this.cells.get(k) ?? [])
        if (q !== except && r.l < q.r + gap && q.l < r.r + gap && r.t < q.b + gap && q.t < r.b + gap) found.add(q);
    return [...found];
  }
}

/**
 * The labels to draw for `view` (model-unit extent and zoom, as cytoscape reports them). Nodes
 * are taken in order (first, then importance, then id); a node is named when it is on screen and
 * its label box (wrapped at `maxWidthPx`; below the node, else right, above or left of it) lies
 * inside the screen and keeps `gapPx` clear of every label already placed, of every named node,
 * and of all but the node's `mayCover` unnamed ones (which then stay unnamed).
 */
export function chooseLabels(nodes: readonly LabelNode[], view: ViewWindow, options: LabelDetailOptions): LabelChoice {
  const { fontPx, maxWidthPx, measure } = options;
  const scale = options.nodeScale ?? 1;
  const lineHeight = options.lineHeight ?? 1.25;
  const margin = options.marginPx ?? 4;
  const pad = options.padPx ?? 2;
  const gap = options.gapPx ?? 3;
  const zoom = view.zoom;
  const shown = new Map<string, LabelSide>();
  if (!(zoom > 0)) return { shown, fontSize: fontPx, maxWidth: maxWidthPx };
  const width = (view.x2 - view.x1) * zoom;
  const height = (view.y2 - view.y1) * zoom;

  const onScreen = nodes
    .map((n) => ({ n, x: (n.x - view.x1) * zoom, y: (n.y - view.y1) * zoom, r: (n.size * scale * zoom) / 2 }))
    .filter((p) => p.x + p.r >= 0 && p.x - p.r <= width && p.y + p.r >= 0 && p.y - p.r <= height);
  const bodies = new RectIndex(64);
  const bodyOf = new Map<string, Rect>();
  const idOf = new Map<Rect, string>();
  for (const p of onScreen) {
    const body = { l: p.x - p.r, t: p.y - p.r, r: p.x + p.r, b: p.y + p.r };
    bodies.add(body);
    bodyOf.set(p.n.id, body);
    idOf.set(body, p.n.id);
  }
  // Nodes lying under a label, which are not named themselves.
  const covered = new Set<string>();

  const ordered = [...onScreen].sort(
    (a, b) =>
      Number(b.n.first === true) - Number(a.n.first === true) ||
      b.n.importance - a.n.importance ||
      (a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0),
  );
  const labels = new RectIndex(64);
  for (const p of ordered) {
    if (p.n.text === '' || covered.has(p.n.id)) continue;
    const lines = wrapLines(p.n.text, maxWidthPx, measure);
    const w = Math.max(...lines.map(measure)) + 2 * pad;
    const h = lines.length * fontPx * lineHeight + 2 * pad;
    const own = bodyOf.get(p.n.id);
    for (const side of LABEL_SIDES) {
      const box = labelBox(side, p.x, p.y, p.r + margin - pad, w, h);
      if (box.l < 0 || box.t < 0 || box.r > width || box.b > height) continue;
      if (labels.hits(box, gap)) continue;
      const under = bodies.within(box, gap, own).map((r) => idOf.get(r)!);
      if (under.length > (p.n.mayCover ?? 0) || under.some((id) => shown.has(id))) continue;
      for (const id of under) covered.add(id);
      labels.add(box);
      shown.set(p.n.id, side);
      break;
    }
  }
  return { shown, fontSize: fontPx / zoom, maxWidth: maxWidthPx / zoom };
}
