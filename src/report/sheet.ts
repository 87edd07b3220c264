// Drawing on one PDF page with the page's top-left corner as the origin and y growing downward,
// as on screen and in the look's positions, so the code that lays a report out reads like the
// code that lays out the screen. Colours are '#rrggbb' (the look's), lengths in points.
import { LineCapStyle, type PDFPage, rgb } from 'pdf-lib';

import type { LineStyle, Point } from '../look';
import { type Face, type ReportFonts, textRuns, textWidth, type Weight } from './fonts';

export interface Sheet {
  readonly page: PDFPage;
  readonly width: number;
  readonly height: number;
  readonly fonts: ReportFonts;
}

/** A sheet over `page`, written in `fonts`. */
export function sheetOf(page: PDFPage, fonts: ReportFonts): Sheet {
  const { width, height } = page.getSize();
  return { page, width, height, fonts };
}

/** A '#rrggbb' colour as pdf-lib's RGB (black for anything else). */
export function colourOf(hex: string): ReturnType<typeof rgb> {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  const n = m === null ? 0 : Number.parseInt(m[1] as string, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Dash pattern of a line style at a line width (dots are round caps on near-zero dashes). */
function dashOf(line: LineStyle, width: number): { dashArray?: number[]; lineCap?: LineCapStyle } {
  if (line === 'dashed') return { dashArray: [4 + 2 * width, 3 + width] };
  if (line === 'dotted') return { dashArray: [0.01, 2 + 1.5 * width], lineCap: LineCapStyle.Round };
  return {};
}

export interface StrokeStyle {
  readonly colour: string;
  readonly width: number;
  readonly line?: LineStyle;
  readonly opacity?: number;
}

export function drawLine(sheet: Sheet, a: Point, b: Point, style: StrokeStyle): void {
  sheet.page.drawLine({
    start: { x: a.x, y: sheet.height - a.y },
    end: { x: b.x, y: sheet.height - b.y },
    thickness: style.width,
    color: colourOf(style.colour),
    opacity: style.opacity ?? 1,
    ...dashOf(style.line ?? 'solid', style.width),
  });
}

export interface FillStyle {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly line?: LineStyle;
  readonly opacity?: number;
}

function fillOptions(style: FillStyle) {
  return {
    ...(style.fill !== undefined ? { color: colourOf(style.fill) } : {}),
    ...(style.stroke !== undefined ? { borderColor: colourOf(style.stroke), borderWidth: style.strokeWidth ?? 1 } : {}),
    ...(style.stroke !== undefined && style.line !== undefined && style.line !== 'solid'
      ? { borderDashArray: dashOf(style.line, style.strokeWidth ?? 1).dashArray }
      : {}),
    opacity: style.opacity ?? 1,
    borderOpacity: style.opacity ?? 1,
  };
}

export function drawPolygon(sheet: Sheet, points: readonly Point[], style: FillStyle): void {
  if (points.length < 3) return;
  const d = `M ${points.map((p) => `${p.x} ${p.y}`).join(' L ')} Z`;
  sheet.page.drawSvgPath(d, { x: 0, y: sheet.height, ...fillOptions(style) });
}

export function drawCircle(sheet: Sheet, at: Point, radius: number, style: FillStyle): void {
  sheet.page.drawCircle({ x: at.x, y: sheet.height - at.y, size: radius, ...fillOptions(style) });
}

/** A rectangle by its top-left corner. */
export function drawRect(sheet: Sheet, at: Point, width: number, height: number, style: FillStyle): void {
  sheet.page.drawRectangle({ x: at.x, y: sheet.height - at.y - height, width, height, ...fillOptions(style) });
}

export interface TextStyle {
  readonly size: number;
  readonly weight?: Weight;
  readonly colour?: string;
  readonly align?: 'left' | 'centre' | 'right';
  readonly opacity?: number;
}

function faceOf(sheet: Sheet, style: TextStyle): Face {
  return sheet.fonts[style.weight ?? 'regular'];
}

/** Width of a line of text in a style. */
export function measureText(sheet: Sheet, text: string, style: TextStyle): number {
  return textWidth(faceOf(sheet, style), text, style.size);
}

/** One line of text with its baseline at `at.y`, aligned on `at.x`. Labels are drawn as text, never parsed. */
export function drawText(sheet: Sheet, text: string, at: Point, style: TextStyle): void {
  const face = faceOf(sheet, style);
  const width = textWidth(face, text, style.size);
  let x = style.align === 'centre' ? at.x - width / 2 : style.align === 'right' ? at.x - width : at.x;
  for (const run of textRuns(face, text)) {
    sheet.page.drawText(run.text, {
      x,
      y: sheet.height - at.y,
      size: style.size,
      font: run.font,
      color: colourOf(style.colour ?? '#1B1B1B'),
      opacity: style.opacity ?? 1,
    });
    x += run.font.widthOfTextAtSize(run.text, style.size);
  }
}
