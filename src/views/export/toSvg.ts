// A picture of the graph as SVG, for reports: the map title on top, the nodes and ties as the
// look draws them (shape, fill, letter, caption; line style, colour, width, arrows; dimmed,
// highlighted, marked), and the legend underneath. Pure: it takes the look (src/look), the
// positions the canvas drew nodes at, and returns text. Every label is escaped, since labels are
// data and may hold anything.
import { arrowHead, type Legend, type LegendCell, legendCells, HIGHLIGHT_COLOUR, type LineStyle, type Look, type MarkId, MARKS, type NodeLook, type NodeShape, polygonAt } from '../../look';

/** A point in model units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Sizes used in the picture (model units = SVG user units). */
export interface SvgStyle {
  /** Caption font size. */
  readonly fontSize: number;
  readonly titleSize: number;
  /** Space around the drawing. */
  readonly margin: number;
}

export const DEFAULT_SVG_STYLE: SvgStyle = { fontSize: 12, titleSize: 22, margin: 40 };

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
  const corners = polygonAt(shape, { x, y }, size);
  if (corners !== null)
    return `<polygon points="${corners.map((p) => `${n2(p.x)},${n2(p.y)}`).join(' ')}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
  switch (shape) {
    case 'ring':
      return (
        `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1.5"/>` +
        `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r * 0.78)}" fill="none" stroke="#1F1F1F" stroke-width="1.5"/>`
      );
    case 'round-rectangle':
      return `<rect x="${n2(x - r)}" y="${n2(y - r)}" width="${n2(size)}" height="${n2(size)}" rx="${n2(size / 6)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
    default:
      return `<circle cx="${n2(x)}" cy="${n2(y)}" r="${n2(r)}" fill="${fill}" stroke="#1F1F1F" stroke-width="1"/>`;
  }
}

const DASH: Readonly<Record<LineStyle, string>> = { solid: '', dashed: ' stroke-dasharray="7 5"', dotted: ' stroke-dasharray="1.5 3"' };

/** An arrowhead at `tip`, pointing from `from`, scaled to the line width. */
function arrow(from: Point, tip: Point, width: number, colour: string): string {
  const corners = arrowHead(from, tip, width);
  return `<polygon points="${corners.map((p) => `${n2(p.x)},${n2(p.y)}`).join(' ')}" fill="${colour}"/>`;
}

/** A small filled shape centred at `at` (a marked tie's middle), as SVG markup. */
function markerSvg(shape: 'circle' | 'square' | 'diamond', at: Point, r: number, colour: string): string {
  if (shape === 'circle') return `<circle cx="${n2(at.x)}" cy="${n2(at.y)}" r="${n2(r)}" fill="${colour}"/>`;
  if (shape === 'square') return `<rect x="${n2(at.x - r)}" y="${n2(at.y - r)}" width="${n2(2 * r)}" height="${n2(2 * r)}" fill="${colour}"/>`;
  return `<polygon points="${n2(at.x)},${n2(at.y - r)} ${n2(at.x + r)},${n2(at.y)} ${n2(at.x)},${n2(at.y + r)} ${n2(at.x - r)},${n2(at.y)}" fill="${colour}"/>`;
}

/** A mark's outline round a node of radius `r`: solid, dashed, or two rings. */
function markOutlineSvg(id: MarkId, p: Point, r: number): string {
  const mark = MARKS[id];
  const ring = (radius: number, width: number) =>
    `<circle cx="${n2(p.x)}" cy="${n2(p.y)}" r="${n2(radius)}" fill="none" stroke="${mark.colour}" stroke-width="${width}"${mark.outline === 'dashed' ? ' stroke-dasharray="5 3"' : ''}/>`;
  return mark.outline === 'double' ? ring(r + 4, 1.5) + ring(r + 7, 1.5) : ring(r + 5, 3);
}

const LEGEND_COLUMN = 300;
const LEGEND_ROW = 24;

function legendCellSvg(cell: LegendCell, ex: number, ey: number): string {
  switch (cell.type) {
    case 'node':
      return (
        shapeSvg(cell.shape, ex + 10, ey + 10, 18, cell.colour) +
        `<text x="${ex + 10}" y="${ey + 14}" text-anchor="middle" font-weight="700" font-size="10" fill="${cell.ink}">${escapeXml(cell.letter)}</text>`
      );
    case 'tie': {
      const parts = [`<line x1="${ex}" y1="${ey + 10}" x2="${ex + 32}" y2="${ey + 10}" stroke="${cell.colour}" stroke-width="${cell.width}"${DASH[cell.line]}/>`];
      if (cell.arrows !== 'none') parts.push(arrow({ x: ex, y: ey + 10 }, { x: ex + 38, y: ey + 10 }, 1, cell.colour));
      if (cell.arrows === 'both') parts.push(arrow({ x: ex + 38, y: ey + 10 }, { x: ex - 4, y: ey + 10 }, 1, cell.colour));
      return parts.join('');
    }
    case 'swatch':
      // Sized like the nodes on the scale (16–56 across), within the legend row.
      return `<circle cx="${ex + 10}" cy="${ey + 10}" r="${n2(Math.max(3, Math.min(10, cell.size / 5.6)))}" fill="${cell.colour}" stroke="#1F1F1F" stroke-width="1"/>`;
    case 'mark':
      return (
        `<circle cx="${ex + 10}" cy="${ey + 10}" r="7" fill="none" stroke="${cell.colour}" stroke-width="2.5"${cell.outline === 'dashed' ? ' stroke-dasharray="3 2"' : ''}/>` +
        (cell.outline === 'double' ? `<circle cx="${ex + 10}" cy="${ey + 10}" r="3.5" fill="none" stroke="${cell.colour}" stroke-width="1.5"/>` : '') +
        `<text x="${ex + 28}" y="${ey + 14}" text-anchor="middle" font-weight="700" fill="#1B1B1B">${escapeXml(cell.badge)}</text>`
      );
  }
}

/** The legend as an SVG group of `columns` columns, top-left at (x, y). */
export function legendSvg(legend: Legend, x: number, y: number, columns: number, style: SvgStyle = DEFAULT_SVG_STYLE): string {
  const parts = [`<g class="legend" font-size="${style.fontSize}">`];
  legendCells(legend).forEach((cell, i) => {
    const ex = x + (i % columns) * LEGEND_COLUMN;
    const ey = y + Math.floor(i / columns) * LEGEND_ROW;
    parts.push(legendCellSvg(cell, ex, ey));
    parts.push(`<text x="${ex + 46}" y="${ey + 14}" fill="#1B1B1B">${escapeXml(cell.label)}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

/** Height of the legend block in `columns` columns. */
export function legendHeight(legend: Legend, columns: number): number {
  return Math.ceil(legendCells(legend).length / columns) * LEGEND_ROW;
}

/** What the picture holds: the look, where each node was drawn, and (optionally) which ties were. */
export interface SvgPicture {
  readonly look: Look;
  /** Where the canvas drew each node; nodes without a position are left out, with their ties. */
  readonly positions: ReadonlyMap<string, Point>;
  /** Only these ties (the ones the canvas drew); every tie not hidden when omitted. */
  readonly tieIds?: ReadonlySet<string>;
  readonly title: string;
}

const OPACITY = { visible: '', highlighted: '', hidden: '', dimmed: ' opacity="0.3"' } as const;

/**
 * The whole picture as an SVG document. Ties are straight lines ending at the node's edge, with
 * arrowheads as the look decided; an insight's nodes and ties get a halo in the highlight colour.
 */
export function toSvg(picture: SvgPicture, style: SvgStyle = DEFAULT_SVG_STYLE): string {
  const { look, positions, tieIds, title } = picture;
  const nodes: { look: NodeLook; at: Point }[] = [];
  const where = new Map<string, { at: Point; r: number }>();
  for (const node of look.nodes.values()) {
    const at = positions.get(node.id);
    if (node.state === 'hidden' || at === undefined) continue;
    nodes.push({ look: node, at });
    where.set(node.id, { at, r: node.size / 2 });
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { look: node, at } of nodes) {
    const r = node.size / 2;
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
  const height = legendTop + legendHeight(look.legend, columns) + m;
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
  for (const tie of look.ties.values()) {
    if (tie.state === 'hidden' || (tieIds !== undefined && !tieIds.has(tie.id))) continue;
    const s = where.get(tie.source);
    const t = where.get(tie.target);
    if (s === undefined || t === undefined) continue;
    const a = T(s.at);
    const b = T(t.at);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const start = { x: a.x + ux * s.r, y: a.y + uy * s.r };
    const end = { x: b.x - ux * t.r, y: b.y - uy * t.r };
    const mark = tie.mark === null ? null : MARKS[tie.mark];
    const colour = mark?.colour ?? tie.colour;
    const opacity = tie.state === 'dimmed' ? ' opacity="0.3"' : tie.faded || mark?.faded === true ? ' opacity="0.45"' : '';
    const line = (stroke: string, w: number, dash: string) =>
      `<line x1="${n2(start.x)}" y1="${n2(start.y)}" x2="${n2(end.x)}" y2="${n2(end.y)}" stroke="${stroke}" stroke-width="${n2(w)}"${dash}/>`;
    out.push(`<g${opacity}>`);
    if (tie.state === 'highlighted') out.push(line(HIGHLIGHT_COLOUR, tie.width + 12, ' stroke-opacity="0.55"'));
    out.push(line(colour, tie.width, DASH[tie.line]));
    if (tie.arrowTarget !== 'none') out.push(arrow(start, end, tie.width, colour));
    if (tie.arrowSource !== 'none') out.push(arrow(end, start, tie.width, colour));
    if (mark !== null) out.push(markerSvg(mark.tieShape, { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, 3 + tie.width, colour));
    out.push('</g>');
  }
  out.push('</g><g class="nodes">');
  for (const { look: node, at } of nodes) {
    const p = T(at);
    const r = node.size / 2;
    const opacity = node.mark !== null && MARKS[node.mark].faded ? ' opacity="0.5"' : OPACITY[node.state];
    out.push(`<g${opacity}>`);
    if (node.state === 'highlighted')
      out.push(`<circle cx="${n2(p.x)}" cy="${n2(p.y)}" r="${n2(r + 10)}" fill="${HIGHLIGHT_COLOUR}" fill-opacity="0.55"/>`);
    out.push(shapeSvg(node.shape, p.x, p.y, node.size, node.colour));
    if (node.anchor) out.push(`<circle cx="${n2(p.x)}" cy="${n2(p.y)}" r="${n2(r + 3)}" fill="none" stroke="#000000" stroke-width="3"/>`);
    if (node.mark !== null) out.push(markOutlineSvg(node.mark, p, r));
    out.push(`<text x="${n2(p.x)}" y="${n2(p.y + 5)}" text-anchor="middle" font-weight="700" font-size="14" fill="${node.ink}">${escapeXml(node.letter)}</text>`);
    const tspans = node.caption
      .split('\n')
      .map((line, i) => `<tspan x="${n2(p.x)}" dy="${i === 0 ? 0 : style.fontSize * 1.2}">${escapeXml(line)}</tspan>`)
      .join('');
    out.push(`<text x="${n2(p.x)}" y="${n2(p.y + r + style.fontSize + 2)}" text-anchor="middle" font-size="${style.fontSize}" fill="#1B1B1B">${tspans}</text>`);
    out.push('</g>');
  }
  out.push('</g>');
  out.push(legendSvg(look.legend, m, legendTop, columns, style));
  out.push('</svg>');
  return out.join('\n');
}
