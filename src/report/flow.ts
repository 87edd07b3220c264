// Text that flows down pages: headings, wrapped paragraphs, bullet lists and simple tables, each
// starting a new page when the current one is full. A small layer over sheet.ts for reports that
// are mostly words and figures (the evaluation report); pictures are drawn by the caller in a
// box the flow reserves with `space`.
import { type PDFDocument } from 'pdf-lib';

import type { Box } from './network';
import type { ReportFonts } from './fonts';
import { drawLine, drawRect, drawText, measureText, type Sheet, sheetOf, type TextStyle } from './sheet';
import { wrapText } from './wrap';

export interface FlowOptions {
  readonly width: number;
  readonly height: number;
  /** Page margin in points. */
  readonly margin: number;
  /** Body text size in points. */
  readonly fontSize: number;
}

export interface Flow {
  /** The page being written. */
  sheet(): Sheet;
  /** Start a new page. */
  newPage(): void;
  /** Reserve `height` points (a new page first when they do not fit); returns the box. */
  space(height: number): Box;
  heading(text: string, level?: 1 | 2): void;
  paragraph(text: string, style?: Partial<TextStyle>): void;
  bullets(items: readonly string[]): void;
  /** Rows of cells; the first row is the header. Column widths as shares of the text width. */
  table(rows: readonly (readonly string[])[], widths: readonly number[], align?: readonly ('left' | 'right')[]): void;
  /** A framed note: its text, or ruled lines to write on when there is none. */
  note(label: string, text: string | undefined): void;
}

/** A flow over `pdf`, written in `fonts`, starting on a fresh page. */
export function createFlow(pdf: PDFDocument, fonts: ReportFonts, options: FlowOptions): Flow {
  const { width, height, margin, fontSize } = options;
  const inner = width - 2 * margin;
  const lineHeight = fontSize * 1.4;
  let sheet = sheetOf(pdf.addPage([width, height]), fonts);
  let y = margin;

  const newPage = () => {
    sheet = sheetOf(pdf.addPage([width, height]), fonts);
    y = margin;
  };
  const ensure = (h: number) => {
    if (y + h > height - margin && y > margin) newPage();
  };
  const lines = (text: string, style: TextStyle, w = inner) => wrapText(text, w, (s) => measureText(sheet, s, style));

  const flow: Flow = {
    sheet: () => sheet,
    newPage,
    space(h) {
      ensure(h);
      const box = { x: margin, y, width: inner, height: h };
      y += h;
      return box;
    },
    heading(text, level = 2) {
      const size = level === 1 ? fontSize * 1.9 : fontSize * 1.3;
      ensure(size * 2.5);
      y += level === 1 ? 0 : size * 0.6;
      y += size;
      drawText(sheet, text, { x: margin, y }, { size, weight: 'bold' });
      y += size * 0.6;
    },
    paragraph(text, style = {}) {
      const st: TextStyle = { size: fontSize, ...style };
      for (const line of lines(text, st)) {
        ensure(lineHeight);
        y += lineHeight;
        drawText(sheet, line, { x: margin, y: y - lineHeight * 0.25 }, st);
      }
      y += fontSize * 0.4;
    },
    bullets(items) {
      const st: TextStyle = { size: fontSize };
      for (const item of items) {
        lines(item, st, inner - 12).forEach((line, i) => {
          ensure(lineHeight);
          y += lineHeight;
          if (i === 0) drawText(sheet, '•', { x: margin + 2, y: y - lineHeight * 0.25 }, st);
          drawText(sheet, line, { x: margin + 12, y: y - lineHeight * 0.25 }, st);
        });
      }
      y += fontSize * 0.4;
    },
    table(rows, widths, align = []) {
      const size = fontSize * 0.9;
      const xs = widths.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? margin) + w * inner], [margin]);
      rows.forEach((row, r) => {
        const st: TextStyle = { size, weight: r === 0 ? 'bold' : 'regular' };
        const cells = row.map((c, i) => lines(c, st, (widths[i] ?? 0.2) * inner - 6));
        const h = Math.max(1, ...cells.map((c) => c.length)) * size * 1.3 + 4;
        ensure(h);
        if (r === 0) drawRect(sheet, { x: margin, y }, inner, h, { fill: '#EEEEEE' });
        cells.forEach((cellLines, i) => {
          const right = align[i] === 'right';
          cellLines.forEach((line, k) => {
            const x = right ? (xs[i + 1] ?? margin + inner) - 3 : (xs[i] ?? margin) + 3;
            drawText(sheet, line, { x, y: y + size * 1.3 * (k + 1) - 1 }, { ...st, align: right ? 'right' : 'left' });
          });
        });
        y += h;
        drawLine(sheet, { x: margin, y }, { x: margin + inner, y }, { colour: '#BBBBBB', width: 0.5 });
      });
      y += fontSize * 0.6;
    },
    note(label, text) {
      const st: TextStyle = { size: fontSize * 0.95 };
      const body = text !== undefined && text.trim() !== '' ? lines(text, st, inner - 16) : [];
      const h = (body.length > 0 ? body.length + 1 : 4) * lineHeight + 8;
      ensure(h);
      drawRect(sheet, { x: margin, y }, inner, h, { stroke: '#888888', strokeWidth: 0.75, fill: '#FAFAF5' });
      drawText(sheet, label, { x: margin + 8, y: y + lineHeight }, { size: fontSize * 0.85, weight: 'bold', colour: '#4A4A4A' });
      if (body.length > 0) {
        body.forEach((line, i) => drawText(sheet, line, { x: margin + 8, y: y + lineHeight * (i + 2) }, st));
      } else {
        for (let i = 2; i <= 4; i += 1) {
          drawLine(sheet, { x: margin + 8, y: y + lineHeight * i }, { x: margin + inner - 8, y: y + lineHeight * i }, { colour: '#CCCCCC', width: 0.5 });
        }
      }
      y += h + fontSize * 0.6;
    },
  };
  return flow;
}
