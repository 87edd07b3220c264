// Drawing a positioned network on a PDF page from the look's output (src/look): every tie as a
// line in its style, width and colour with its arrowheads, every node as its shape, colour and
// letter with its caption, dimmed and highlighted as the look says, plus an optional small badge
// per node. Positions are in model units; a Frame maps them onto the page, so the same drawing
// serves a support network, a whole map or a comparison in a report.
import { arrowHead, HIGHLIGHT_COLOUR, type Look, type NodeLook, type Point, polygonAt } from '../look';
import { drawCircle, drawLine, drawPolygon, drawRect, drawText, type FillStyle, type Sheet } from './sheet';

/** Model units to page points: page = model × scale + offset. */
export interface Frame {
  readonly scale: number;
  readonly offset: Point;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The frame that fits a model-space rectangle (centred) inside `box` on the page, never enlarging past `maxScale`. */
export function fitFrame(
  bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number },
  box: Box,
  maxScale = 1,
): Frame {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const scale = Math.min(maxScale, box.width / w, box.height / h);
  return {
    scale,
    offset: {
      x: box.x + (box.width - w * scale) / 2 - bounds.minX * scale,
      y: box.y + (box.height - h * scale) / 2 - bounds.minY * scale,
    },
  };
}

/** A model point on the page. */
export function onPage(frame: Frame, p: Point): Point {
  return { x: p.x * frame.scale + frame.offset.x, y: p.y * frame.scale + frame.offset.y };
}

export interface NetworkDrawing {
  readonly look: Look;
  /** Where each node is, in model units; nodes without one are left out, with their ties. */
  readonly positions: ReadonlyMap<string, Point>;
  /** Only these ties; every tie not hidden when omitted. */
  readonly tieIds?: ReadonlySet<string>;
  /** A short text in a small badge at a node's upper right (e.g. how many kinds of care it gives). */
  readonly badges?: ReadonlyMap<string, string>;
}

export interface NetworkStyle {
  /** Caption size in points (not scaled with the frame, so names stay readable). */
  readonly fontSize: number;
  /** Node diameters are the look's × frame scale × this. */
  readonly nodeScale?: number;
}

const DIM = 0.3;

function shapeAt(sheet: Sheet, node: NodeLook, at: Point, size: number, style: FillStyle): void {
  const corners = polygonAt(node.shape, at, size);
  if (corners !== null) drawPolygon(sheet, corners, style);
  else if (node.shape === 'round-rectangle') drawRect(sheet, { x: at.x - size / 2, y: at.y - size / 2 }, size, size, style);
  else {
    drawCircle(sheet, at, size / 2, style);
    if (node.shape === 'ring') drawCircle(sheet, at, size * 0.39, { stroke: style.stroke ?? '#1F1F1F', strokeWidth: 1, opacity: style.opacity ?? 1 });
  }
}

/** Draw the network inside the frame: ties first, then nodes with their letters, badges and captions. */
export function drawNetwork(sheet: Sheet, drawing: NetworkDrawing, frame: Frame, style: NetworkStyle): void {
  const { look, positions, tieIds, badges } = drawing;
  const k = frame.scale * (style.nodeScale ?? 1);
  const where = new Map<string, { at: Point; r: number }>();
  for (const node of look.nodes.values()) {
    const p = positions.get(node.id);
    if (node.state !== 'hidden' && p !== undefined) where.set(node.id, { at: onPage(frame, p), r: (node.size * k) / 2 });
  }
  for (const tie of look.ties.values()) {
    if (tie.state === 'hidden' || (tieIds !== undefined && !tieIds.has(tie.id))) continue;
    const s = where.get(tie.source);
    const t = where.get(tie.target);
    if (s === undefined || t === undefined) continue;
    const len = Math.hypot(t.at.x - s.at.x, t.at.y - s.at.y) || 1;
    const ux = (t.at.x - s.at.x) / len;
    const uy = (t.at.y - s.at.y) / len;
    const start = { x: s.at.x + ux * s.r, y: s.at.y + uy * s.r };
    const end = { x: t.at.x - ux * t.r, y: t.at.y - uy * t.r };
    const width = Math.max(0.6, tie.width * frame.scale);
    const opacity = tie.state === 'dimmed' ? DIM : tie.faded ? 0.45 : 1;
    if (tie.state === 'highlighted') drawLine(sheet, start, end, { colour: HIGHLIGHT_COLOUR, width: width + 6, opacity: 0.5 });
    drawLine(sheet, start, end, { colour: tie.colour, width, line: tie.line, opacity });
    if (tie.arrowTarget !== 'none') drawPolygon(sheet, arrowHead(start, end, width), { fill: tie.colour, opacity });
    if (tie.arrowSource !== 'none') drawPolygon(sheet, arrowHead(end, start, width), { fill: tie.colour, opacity });
  }
  for (const node of look.nodes.values()) {
    const w = where.get(node.id);
    if (w === undefined) continue;
    const opacity = node.state === 'dimmed' ? DIM : 1;
    const size = w.r * 2;
    if (node.state === 'highlighted') drawCircle(sheet, w.at, w.r + 5, { fill: HIGHLIGHT_COLOUR, opacity: 0.5 });
    shapeAt(sheet, node, w.at, size, { fill: node.colour, stroke: '#1F1F1F', strokeWidth: 0.75, opacity });
    if (node.anchor) drawCircle(sheet, w.at, w.r + 2, { stroke: '#000000', strokeWidth: 2, opacity });
    drawText(sheet, node.letter, { x: w.at.x, y: w.at.y + size * 0.17 }, { size: Math.max(5, size * 0.45), weight: 'bold', colour: node.ink, align: 'centre', opacity });
    const badge = badges?.get(node.id);
    if (badge !== undefined && badge !== '') {
      const b = { x: w.at.x + w.r * 0.8, y: w.at.y - w.r * 0.8 };
      const br = style.fontSize * 0.7;
      drawCircle(sheet, b, br, { fill: '#FFFFFF', stroke: '#1F1F1F', strokeWidth: 0.75, opacity });
      drawText(sheet, badge, { x: b.x, y: b.y + style.fontSize * 0.3 }, { size: style.fontSize * 0.8, weight: 'bold', align: 'centre', opacity });
    }
    node.caption.split('\n').forEach((line, i) => {
      drawText(sheet, line, { x: w.at.x, y: w.at.y + w.r + style.fontSize * (1 + i * 1.15) }, {
        size: i === 0 ? style.fontSize : style.fontSize * 0.85,
        colour: i === 0 ? '#1B1B1B' : '#4A4A4A',
        align: 'centre',
        opacity,
      });
    });
  }
}
