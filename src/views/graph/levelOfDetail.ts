// Level of detail for big maps: which ties the canvas draws. With thousands of nodes on screen a
// tie is a hairline a fraction of a pixel long and the whole map reads as a grey haze, yet every
// tie costs the renderer as much as a node, on every full redraw. So on a big map, zoomed out,
// the canvas draws the nodes and only the ties of the selected nodes; zoomed in far enough to
// tell ties apart, it draws the ties that touch what is on screen (and a margin around it). The
// graph view says so on screen and offers to draw every tie anyway. Small maps always draw
// everything. Pure, so it is tested without a renderer.
import type { CareMap, Visible } from '../../model';

/** From this many drawn elements (nodes + ties) on, ties are thinned by zoom. */
export const DETAIL_MIN_ELEMENTS = 6000;

/**
 * Zoom (screen px per model unit) from which ties in view are drawn: a node (30–46 units) is then
 * at least 9 px across, and a typical tie (about 120 units) 36 px long.
 */
export const TIE_DETAIL_ZOOM = 0.3;

/** Never more than this many ties on the canvas at once while thinning. */
export const MAX_DETAIL_TIES = 12000;

/** What the canvas shows: model-unit rectangle of the viewport and the zoom. */
export interface ViewWindow {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly zoom: number;
}

export interface TieDetail {
  /** The nodes and ties to draw (the input's nodes, its ties thinned); undefined for everything. */
  readonly visible: Visible | undefined;
  /** Ties left out because of the zoom (0 when nothing is thinned). */
  readonly hiddenTies: number;
  /** True when the zoom is too low for ties in view (only the selection's ties are drawn). */
  readonly zoomedOut: boolean;
  /** True when zoomed in but more ties were in view than the cap allows. */
  readonly capped: boolean;
}

export interface TieDetailOptions {
  /** These ties, and the ties of these nodes, are always drawn (the selection). */
  readonly selected: ReadonlySet<string>;
  /** A node's drawn position; undefined when it has none (its ties count as in view). */
  readonly positionOf: (id: string) => { readonly x: number; readonly y: number } | undefined;
  /** Draw every tie whatever the zoom (the person asked for it). */
  readonly allTies?: boolean;
  /** Defaults to DETAIL_MIN_ELEMENTS. */
  readonly minElements?: number;
  /** Defaults to MAX_DETAIL_TIES. */
  readonly maxTies?: number;
}

/**
 * The ties to draw on `doc` (restricted to `visible` when given) for the view `view`. Below
 * `minElements` drawn elements, or with `allTies`, or before the first view is known (null),
 * everything visible is drawn. Otherwise: ties in `selected` or with an end in it always; below
 * TIE_DETAIL_ZOOM nothing else; from it on, ties with at least one end inside the view grown by
 * half its size on each side, those whose nearer end is closest to the view's centre first, up
 * to `maxTies` in all.
 */
export function tieDetail(
  doc: CareMap,
  visible: Visible | undefined,
  view: ViewWindow | null,
  options: TieDetailOptions,
): TieDetail {
  const {
    selected,
    positionOf,
    allTies = false,
    minElements = DETAIL_MIN_ELEMENTS,
    maxTies = MAX_DETAIL_TIES,
  } = options;
  const nodeCount = visible?.nodeIds.size ?? doc.nodes.length;
  const candidates = visible === undefined ? doc.ties : doc.ties.filter((t) => visible.tieIds.has(t.id));
  if (allTies || view === null || nodeCount + candidates.length < minElements) {
    return { visible, hiddenTies: 0, zoomedOut: false, capped: false };
  }
  const nodeIds = visible?.nodeIds ?? new Set(doc.nodes.map((n) => n.id));

  const tieIds = new Set<string>();
  for (const t of candidates)
    if (selected.has(t.id) || selected.has(t.source) || selected.has(t.target)) tieIds.add(t.id);
  const zoomedOut = view.zoom < TIE_DETAIL_ZOOM;
  let capped = false;
  if (!zoomedOut) {
    const w = view.x2 - view.x1;
    const h = view.y2 - view.y1;
    const x1 = view.x1 - w / 2;
    const x2 = view.x2 + w / 2;
    const y1 = view.y1 - h / 2;
    const y2 = view.y2 + h / 2;
    const cx = (view.x1 + view.x2) / 2;
    const cy = (view.y1 + view.y2) / 2;
    const inside = (p: { x: number; y: number } | undefined) =>
      p === undefined || (p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2);
    const near: { id: string; d: number }[] = [];
    for (const t of candidates) {
      if (tieIds.has(t.id)) continue;
      const a = positionOf(t.source);
      const b = positionOf(t.target);
      if (!inside(a) && !inside(b)) continue;
      // Distance of the tie's nearer end from the centre, for keeping the middle when capped.
      const da = a === undefined ? 0 : Math.hypot(a.x - cx, a.y - cy);
      const db = b === undefined ? 0 : Math.hypot(b.x - cx, b.y - cy);
      near.push({ id: t.id, d: Math.min(da, db) });
    }
    const room = Math.max(0, maxTies - tieIds.size);
    capped = near.length > room;
    if (capped) near.sort((p, q) => p.d - q.d || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    for (const { id } of near.slice(0, room)) tieIds.add(id);
  }
  return { visible: { nodeIds, tieIds }, hiddenTies: candidates.length - tieIds.size, zoomedOut, capped };
}

/**
 * Whether the view moved enough to choose ties again: the first view; crossing TIE_DETAIL_ZOOM
 * either way; or, zoomed in, part of the new view lying outside the last one grown by half its
 * size each way (the margin tieDetail draws ties for).
 */
export function viewChanged(last: ViewWindow | null, next: ViewWindow): boolean {
  if (last === null) return true;
  const lastOut = last.zoom < TIE_DETAIL_ZOOM;
  const nextOut = next.zoom < TIE_DETAIL_ZOOM;
  if (lastOut !== nextOut) return true;
  if (nextOut) return false;
  const w = last.x2 - last.x1;
  const h = last.y2 - last.y1;
  return (
    next.x1 < last.x1 - w / 2 ||
    next.x2 > last.x2 + w / 2 ||
    next.y1 < last.y1 - h / 2 ||
    next.y2 > last.y2 + h / 2
  );
}
