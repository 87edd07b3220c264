// A picture of the graph as SVG, for reports: the map title on top, the nodes and ties as drawn
// (shape, colour, letter, caption; line style, width, arrows), and the legend underneath. Pure:
// it takes the elements toElements made, the positions the canvas drew them at, and returns
// text. Every label is escaped, since labels are data and may hold anything.
import type { ElementDefinition } from 'cytoscape';

import type { NodeKind } from '../../model';
import { KIND_LOOKS, type KindLook, type NodeShape } from '../look';
import type { Point } from '../graph/placement';
import type { LegendEntry } from '../legend/legendEntries';

/** Sizes used in the picture (model units = SVG user units). */
export interface SvgStyle {
  readonly kinds: Readonly<Record<NodeKind, KindLook>>;
  /** Caption font size. */
  readonly fontSize: number;
  readonly titleSize: number;
  /** Space around the drawing. */
  readonly margin: number;
}

export const DEFAULT_SVG_STYLE: SvgStyle = { kinds: KIND_LOOKS, fontSize: 12, titleSize: 22, margin: 40 };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text made safe inside an SVG/XML element or attribute: & < > " ' escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n2 = (v: number) => String(Math.round(v * 100) / 100);

/** The outline of a node shape of diameter `size` centred at (x, y), as SVG markup. */
export function shapeSvg(shape: NodeShape, x: number, y: number, size: number, fill: string): string {
  const r = size / 2;
  const poly = (pts: readonly [number, number][]) =>
    `<polygon points="${pts.map(([px, py]) => `${n2(x + px * r)},${n2(y + py * r)}`).join(' ')}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
    case 'ring':
      return (
        `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1.5"/>` +
        `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r * 0.78)}" fill="none" stroke="#1F1F1F" stroke-width="1.5"/>`
      );
    case 'round-triangle':
      return poly([[0, -1], [1, 0.8], [-1, 0.8]]);
    case 'hexagon':
      return poly([[-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0]]);
    case 'round-rectangle':
      return `<rect x="${n2(x - r)}" y="${n2(y - r)}" width="${n2(size)}" height="${n2(size)}" rx="${n2(size / 6)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
    case 'round-diamond':
      return poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
  }
}

const DASH: Record<string, string> = { solid: '', dashed: ' stroke-dasharray="7 5"', dotted: ' stroke-dasharray="1.5 3"' };

/** An arrowhead at `tip`, pointing from `from`, scaled to the line width. */
function arrow(from: Point, tip: Point, width: number, colour: string): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 6 + width * 1.5;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const px = -uy * size * 0.5;
  const py = ux * size * 0.5;
  return `<polygon points="${n2(tip.x)},${n2(tip.y)} ${n2(bx + px)},${n2(by + py)} ${n2(bx - px)},${n2(by - py)}" fill="${colour}"/>`;
}

const LEGEND_COLUMN = 300;
const LEGEND_ROW = 24;

/** The legend as an SVG group of `columns` columns, top-left at (x, y). */
export function legendSvg(legend: readonly LegendEntry[], x: number, y: number, columns: number, style: SvgStyle = DEFAULT_SVG_STYLE): string {
  const parts = [`<g class="legend" font-size="${style.fontSize}">`];
  legend.forEach((entry, i) => {
    const ex = x + (i % columns) * LEGEND_COLUMN;
    const ey = y + Math.floor(i / columns) * LEGEND_ROW;
    if (entry.type === 'node') {
      const look = style.kinds[entry.kind];
      parts.push(shapeSvg(look.shape, ex + 10, ey + 10, 18, look.colour));
      parts.push(`<text x="${ex + 10}" y="${ey + 14}" text-anchor="middle" font-weight="700" font-size="10" fill="${look.ink}">${escapeXml(look.letter)}</text>`);
    } else {
      parts.push(`<line x1="${ex}" y1="${ey + 10}" x2="${ex + 32}" y2="${ey + 10}" stroke="${entry.colour}" stroke-width="${entry.width}"${DASH[entry.line]}/>`);
      if (entry.arrows !== 'none') parts.push(arrow({ x: ex, y: ey + 10 }, { x: ex + 38, y: ey + 10 }, 1, entry.colour));
      if (entry.arrows === 'both') parts.push(arrow({ x: ex + 38, y: ey + 10 }, { x: ex - 4, y: ey + 10 }, 1, entry.colour));
    }
    parts.push(`<text x="${ex + 46}" y="${ey + 14}" fill="#1B1B1B">${escapeXml(entry.label)}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

/** Height of the legend block for `count` entries in `columns` columns. */
export function legendHeight(count: number, columns: number): number {
  return Math.ceil(count / columns) * LEGEND_ROW;
}

/**
 * The whole picture as an SVG document. Nodes are drawn where `positions` says (falling back to
 * the element's own position; nodes with neither are left out, with their ties). Ties are straight
 * lines ending at the node's edge, with arrowheads as toElements decided.
 */
export function toSvg(
  elements: readonly ElementDefinition[],
  positions: ReadonlyMap<string, Point>,
  style: SvgStyle,
  legend: readonly LegendEntry[],
  title: string,
): string {
  const nodes: { id: string; at: Point; kind: NodeKind; caption: string; anchor: boolean }[] = [];
  const where = new Map<string, { at: Point; r: number }>();
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const id = String(e.data.id);
    const at = positions.get(id) ?? e.position;
    if (at === undefined) continue;
    const kind = e.data.kind as NodeKind;
    nodes.push({ id, at, kind, caption: String(e.data.caption ?? e.data.label ?? ''), anchor: e.data.anchor === 1 });
    where.set(id, { at, r: style.kinds[kind].size / 2 });
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { at, kind } of nodes) {
    const r = style.kinds[kind].size / 2;
    minX = Math.min(minX, at.x - Math.max(r, 75));
    maxX = Math.max(maxX, at.x + Math.max(r, 75));
    minY = Math.min(minY, at.y - r);
    maxY = Math.max(maxY, at.y + r + style.fontSize * 3);
  }
  if (nodes.length === 0) {
    minX = 0;
    minY = 0;
    maxX = 400;
    maxY = 100;
  }
  const m = style.margin;
  const columns = 3;
  const titleBand = style.titleSize * 2;
  const drawingWidth = maxX - minX;
  const width = Math.max(drawingWidth, columns * LEGEND_COLUMN) + 2 * m;
  const legendTop = titleBand + (maxY - minY) + 2 * m;
  const height = legendTop + legendHeight(legend.length, columns) + m;
  const ox = m - minX + (width - 2 * m - drawingWidth) / 2;
  const oy = titleBand + m - minY;
  const T = (p: Point): Point => ({ x: p.x + ox, y: p.y + oy });

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(width)}" height="${n2(height)}" viewBox="0 0 ${n2(width)} ${n2(height)}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<text x="${m}" y="${m + style.titleSize / 2}" font-size="${style.titleSize}" font-weight="700" fill="#000000">${escapeXml(title)}</text>`,
    '<g class="ties">',
  ];
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = where.get(String(e.data.source));
    const t = where.get(String(e.data.target));
    if (s === undefined || t === undefined) continue;
    const a = T(s.at);
    const b = T(t.at);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const start = { x: a.x + ux * s.r, y: a.y + uy * s.r };
    const end = { x: b.x - ux * t.r, y: b.y - uy * t.r };
    const colour = e.data.kind === 'care' ? '#3D3D3D' : '#7A7A7A';
    const width = Number(e.data.width ?? 2);
    const opacity = e.data.faded === 1 ? ' opacity="0.45"' : '';
    out.push(`<g${opacity}>`);
    out.push(`<line x1="${n2(start.x)}" y1="${n2(start.y)}" x2="${n2(end.x)}" y2="${n2(end.y)}" stroke="${colour}" stroke-width="${n2(width)}"${DASH[String(e.data.line)] ?? ''}/>`);
    if (e.data.arrowTarget !== 'none' && e.data.arrowTarget !== undefined) out.push(arrow(start, end, width, colour));
    if (e.data.arrowSource !== 'none' && e.data.arrowSource !== undefined) out.push(arrow(end, start, width, colour));
    out.push('</g>');
  }
  out.push('</g><g class="nodes">');
  for (const node of nodes) {
    const look = style.kinds[node.kind];
    const p = T(node.at);
    out.push(shapeSvg(look.shape, p.x, p.y, look.size, look.colour));
    if (node.anchor) out.push(`<circle cx="${n2(p.x)}" cy="${n2(p.y)}" r="${n2(look.size / 2 + 3)}" fill="none" stroke="#000000" stroke-width="3"/>`);
    out.push(`<text x="${n2(p.x)}" y="${n2(p.y + 5)}" text-anchor="middle" font-weight="700" font-size="14" fill="${look.ink}">${escapeXml(look.letter)}</text>`);
    const lines = node.caption.split('\n');
    const tspans = lines
      .map((line, i) => `<tspan x="${n2(p.x)}" dy="${i === 0 ? 0 : style.fontSize * 1.2}">${escapeXml(line)}</tspan>`)
      .join('');
    out.push(`<text x="${n2(p.x)}" y="${n2(p.y + look.size / 2 + style.fontSize + 2)}" text-anchor="middle" font-size="${style.fontSize}" fill="#1B1B1B">${tspans}</text>`);
  }
  out.push('</g>');
  out.push(legendSvg(legend, m, legendTop, columns, style));
  out.push('</svg>');
  return out.join('\n');
}
