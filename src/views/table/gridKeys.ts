// Where the active cell goes for a key press in the table grid (the WAI-ARIA grid pattern): arrows
// move one cell, Home/End to the first or last column, Ctrl+Home/End to the first or last row,
// PageUp/PageDown by a screenful. Row -1 is the header row. Pure, so it is tested on its own.

export interface CellPos {
  /** -1 for the header row, else the row's index among the rows shown. */
  readonly row: number;
  readonly col: number;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
  /** Rows in one screenful, for PageUp/PageDown. */
  readonly page: number;
}

/** The cell a navigation key moves to, or null when the key is not a navigation key. */
export function moveCell(key: string, ctrl: boolean, at: CellPos, bounds: GridBounds): CellPos | null {
  const lastRow = bounds.rows - 1;
  const lastCol = Math.max(0, bounds.cols - 1);
  const row = (r: number) => Math.max(-1, Math.min(lastRow, r));
  switch (key) {
    case 'ArrowDown':
      return { row: row(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: row(at.row - 1), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: Math.min(lastCol, at.col + 1) };
    case 'ArrowLeft':
      return { row: at.row, col: Math.max(0, at.col - 1) };
    case 'Home':
      return ctrl ? { row: bounds.rows > 0 ? 0 : -1, col: at.col } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: at.col } : { row: at.row, col: lastCol };
    case 'PageDown':
      return { row: row(Math.max(at.row, 0) + bounds.page), col: at.col };
    case 'PageUp':
      return { row: Math.max(bounds.rows > 0 ? 0 : -1, at.row - bounds.page), col: at.col };
    default:
      return null;
  }
}

/** The ids from `anchor` to `to` (inclusive, either order) in row order: a Shift-selection range. */
export function rangeIds(ids: readonly string[], anchor: number, to: number): string[] {
  const from = Math.max(0, Math.min(anchor, to));
  const end = Math.min(ids.length - 1, Math.max(anchor, to));
  return ids.slice(from, end + 1);
}

/** The first row drawn and one past the last, for a fixed row height and some rows of overscan. */
export function windowRows(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 6,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
