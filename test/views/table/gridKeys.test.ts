import { describe, expect, it } from 'vitest';

import { moveCell, rangeIds, windowRows } from '../../../src/views/table/gridKeys';

const bounds = { rows: 10, cols: 4, page: 3 };

describe('moveCell', () => {
  it('moves one cell with the arrows and stops at the edges (row -1 is the header)', () => {
    expect(moveCell('ArrowDown', false, { row: 2, col: 1 }, bounds)).toEqual({ row: 3, col: 1 });
    expect(moveCell('ArrowDown', false, { row: 9, col: 1 }, bounds)).toEqual({ row: 9, col: 1 });
    expect(moveCell('ArrowUp', false, { row: 0, col: 1 }, bounds)).toEqual({ row: -1, col: 1 });
    expect(moveCell('ArrowUp', false, { row: -1, col: 1 }, bounds)).toEqual({ row: -1, col: 1 });
    expect(moveCell('ArrowRight', false, { row: 0, col: 3 }, bounds)).toEqual({ row: 0, col: 3 });
    expect(moveCell('ArrowLeft', false, { row: 0, col: 0 }, bounds)).toEqual({ row: 0, col: 0 });
  });

  it('Home/End go along the row; with Ctrl to the first or last row', () => {
    expect(moveCell('Home', false, { row: 4, col: 2 }, bounds)).toEqual({ row: 4, col: 0 });
    expect(moveCell('End', false, { row: 4, col: 0 }, bounds)).toEqual({ row: 4, col: 3 });
    expect(moveCell('Home', true, { row: 4, col: 2 }, bounds)).toEqual({ row: 0, col: 2 });
    expect(moveCell('End', true, { row: 4, col: 2 }, bounds)).toEqual({ row: 9, col: 2 });
  });

  it('PageDown/PageUp move a screenful, clamped', () => {
    expect(moveCell('PageDown', false, { row: 2, col: 0 }, bounds)).toEqual({ row: 5, col: 0 });
    expect(moveCell('PageDown', false, { row: 8, col: 0 }, bounds)).toEqual({ row: 9, col: 0 });
    expect(moveCell('PageDown', false, { row: -1, col: 0 }, bounds)).toEqual({ row: 3, col: 0 });
    expect(moveCell('PageUp', false, { row: 2, col: 0 }, bounds)).toEqual({ row: 0, col: 0 });
  });

  it('ignores other keys, and an empty grid keeps to the header', () => {
    expect(moveCell('Enter', false, { row: 2, col: 0 }, bounds)).toBeNull();
    expect(moveCell('ArrowDown', false, { row: -1, col: 0 }, { rows: 0, cols: 2, page: 3 })).toEqual({ row: -1, col: 0 });
    expect(moveCell('Home', true, { row: -1, col: 0 }, { rows: 0, cols: 2, page: 3 })).toEqual({ row: -1, col: 0 });
  });
});

describe('rangeIds and windowRows', () => {
  it('gives the ids between anchor and target in row order, either direction', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(rangeIds(ids, 1, 3)).toEqual(['b', 'c', 'd']);
    expect(rangeIds(ids, 3, 1)).toEqual(['b', 'c', 'd']);
    expect(rangeIds(ids, 4, 4)).toEqual(['e']);
  });

  it('draws the rows in view plus the overscan', () => {
    // 36 px rows, 360 px viewport scrolled to 3600 px: rows 100..110 in view, 6 either side.
    expect(windowRows(3600, 360, 36, 20_000)).toEqual({ first: 94, last: 116 });
    expect(windowRows(0, 360, 36, 5)).toEqual({ first: 0, last: 5 });
    expect(windowRows(0, 360, 36, 0)).toEqual({ first: 0, last: 0 });
  });
});
