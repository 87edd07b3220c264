// The look's legend (src/look legendCells) drawn on a PDF page in columns: each node kind as its
// shape, colour and letter, each way a tie is drawn as a short line with its arrows, and any
// measure swatches and marks. Returns the height it took, so a report can place what follows.
import { arrowHead, legendCells, type Legend, type LegendCell, polygonAt } from '../look';
import { type Box } from './network';
import { drawCircle, drawLine, drawPolygon, drawRect, drawText, measureText, type Sheet } from './sheet';
import { clampLines, wrapText } from './wrap';

export interface LegendStyle {
  readonly columns: number;
  readonly fontSize: number;
}

function sample(sheet: Sheet, cell: LegendCell, x: number, y: number): void {
  const mid = { x: x + 8, y };
  switch (cell.type) {
    case 'node': {
      const corners = polygonAt(cell.shape, mid, 12);
      if (corners !== null) drawPolygon(sheet, corners, { fill: cell.colour, stroke: '#1F1F1F', strokeWidth: 0.5 });
      else if (cell.shape === 'round-rectangle') drawRect(sheet, { x: mid.x - 6, y: mid.y - 6 }, 12, 12, { fill: cell.colour, stroke: '#1F1F1F', strokeWidth: 0.5 });
      else drawCircle(sheet, mid, 6, { fill: cell.colour, stroke: '#1F1F1F', strokeWidth: 0.5 });
      drawText(sheet, cell.letter, { x: mid.x, y: mid.y + 2.5 }, { size: 7, weight: 'bold', colour: cell.ink, align: 'centre' });
      return;
    }
    case 'tie': {
      const a = { x, y };
      const b = { x: x + 22, y };
      const width = Math.min(4, cell.width * 0.6);
      drawLine(sheet, a, b, { colour: cell.colour, width, line: cell.line });
      if (cell.arrows !== 'none') drawPolygon(sheet, arrowHead(a, { x: b.x + 3, y }, 0.6), { fill: cell.colour });
      if (cell.arrows === 'both') drawPolygon(sheet, arrowHead(b, { x: x - 3, y }, 0.6), { fill: cell.colour });
      return;
    }
    case 'swatch':
      drawCircle(sheet, mid, 5, { fill: cell.colour, stroke: '#1F1F1F', strokeWidth: 0.5 });
      return;
    case 'mark':
      drawCircle(sheet, mid, 5, { stroke: cell.colour, strokeWidth: 1.5, line: cell.outline === 'dashed' ? 'dashed' : 'solid' });
      return;
  }
}

/** Draw the legend in `box` (its height is ignored); returns the height used. */
export function drawLegend(sheet: Sheet, legend: Legend, box: Box, style: LegendStyle): number {
  const cells = legendCells(legend);
  const columnWidth = box.width / style.columns;
  const textWidth = columnWidth - 34;
  const line = style.fontSize * 1.2;
  const measure = (s: string) => measureText(sheet, s, { size: style.fontSize });
  let y = box.y;
  for (let i = 0; i < cells.length; i += style.columns) {
    const row = cells.slice(i, i + style.columns);
    const labels = row.map((c) => clampLines(wrapText(c.label, textWidth, measure), 2, textWidth, measure));
    const height = Math.max(...labels.map((l) => l.length)) * line + 4;
    row.forEach((cell, j) => {
      const x = box.x + j * columnWidth;
      sample(sheet, cell, x, y + line * 0.6);
      (labels[j] ?? []).forEach((text, k) => drawText(sheet, text, { x: x + 30, y: y + line * (k + 0.9) }, { size: style.fontSize }));
    });
    y += height;
  }
  return y - box.y;
}
