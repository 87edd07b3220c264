// A keyboard-first data grid (WAI-ARIA grid pattern) for the table view: one tab stop (roving
// tabindex), arrow keys between cells, Enter or F2 to edit a cell, Space and Shift+arrows to select
// rows, Ctrl+A to select all, Delete to delete, Enter or a click on a header to sort. Rows have a
// fixed height and only those in view are drawn, so 20,000 rows stay fast.
import { type KeyboardEvent, type MouseEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { CellEditor } from './CellEditor';
import type { Column } from './columns';
import { type CellPos, moveCell, rangeIds, windowRows } from './gridKeys';
import type { Sort } from './rows';

/** Row height in pixels (fixed, for windowing); matches `.grid-row` in table.css. */
export const ROW_HEIGHT = 36;
/** Height assumed before the grid has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT = 640;

export interface DataGridProps<R extends { id: string }, P> {
  readonly label: string;
  readonly rows: readonly R[];
  readonly columns: readonly Column<R, P>[];
  readonly sort: Sort | null;
  readonly onSort: (columnId: string) => void;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: string[]) => void;
  /** Store an edit; return the store's refusal, or null. */
  readonly onCommit: (row: R, patch: P, column: Column<R, P>) => string | null;
  readonly onDelete: (ids: string[]) => void;
  /** Ctrl+D on selected rows (nodes only). */
  readonly onDuplicate?: (ids: string[]) => void;
  /** Describe a row for screen readers and editor labels, e.g. the node's label. */
  readonly rowName: (row: R) => string;
  /** Move the active cell to this row (a row just added) and scroll it into view. */
  readonly revealId?: string | null;
  readonly testId: string;
  /** The data attribute naming the row's record, e.g. `data-node-id`. */
  readonly idAttribute: string;
}

export function DataGrid<R extends { id: string }, P>(props: DataGridProps<R, P>) {
  const { rows, columns, selected, onSelect, sort, testId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [active, setActive] = useState<{ id: string | null; index: number; col: number }>({ id: null, index: -1, col: 0 });
  const [editing, setEditing] = useState<{ initial?: string } | null>(null);
  const anchor = useRef(0);
  const wantFocus = useRef(false);

  const indexById = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const activeIndex =
    active.id === null ? -1 : (indexById.get(active.id) ?? Math.min(active.index, rows.length - 1));
  const at: CellPos = { row: activeIndex, col: Math.min(active.col, columns.length - 1) };
  const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 2);
  const { first, last } = windowRows(scrollTop, viewport, ROW_HEIGHT, rows.length);

  // A row just added becomes the active one (state from the previous render, React's documented
  // way to adjust state when a prop changes).
  const [revealed, setRevealed] = useState<string | null>(null);
  if (props.revealId && props.revealId !== revealed && indexById.has(props.revealId)) {
    setRevealed(props.revealId);
    setActive({ id: props.revealId, index: indexById.get(props.revealId) ?? 0, col: 0 });
  }

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || FALLBACK_VIEWPORT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view, then move focus to it when the keyboard moved it.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    if (at.row >= 0) {
      const top = at.row * ROW_HEIGHT;
      const height = (el.clientHeight || FALLBACK_VIEWPORT) - ROW_HEIGHT; // less the sticky header
      let next = el.scrollTop;
      if (top < next) next = top;
      else if (top + ROW_HEIGHT > next + height) next = top + ROW_HEIGHT - height;
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setScrollTop(next);
      }
    }
    if (wantFocus.current && editing === null) {
      const cell = el.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`);
      if (cell !== null) {
        wantFocus.current = false;
        cell.focus({ preventScroll: true });
      }
    }
  }, [at.row, at.col, editing, first, last, rows]);

  function go(pos: CellPos, focus = true) {
    const row = Math.max(-1, Math.min(rows.length - 1, pos.row));
    setActive({ id: row < 0 ? null : (ids[row] ?? null), index: row, col: pos.col });
    wantFocus.current = focus;
  }

  function selectRange(to: number) {
    onSelect(rangeIds(ids, anchor.current, to));
  }

  function toggleRow(index: number) {
    const id = ids[index];
    if (id === undefined) return;
    anchor.current = index;
    onSelect(selected.has(id) ? [...selected].filter((x) => x !== id) : [...selected, id]);
  }

  function targets(): string[] {
    const chosen = ids.filter((id) => selected.has(id));
    if (chosen.length > 0) return chosen;
    const id = ids[at.row];
    return id === undefined ? [] : [id];
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (editing !== null) return;
    const ctrl = event.ctrlKey || event.metaKey;
    // A key the grid uses is not also an app shortcut (Delete, Ctrl+A, Ctrl+D, letters).
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    const column = columns[at.col];
    const moved = moveCell(event.key, ctrl, at, { rows: rows.length, cols: columns.length, page });
    if (moved !== null) {
      handled();
      if (event.shiftKey && moved.row >= 0 && moved.row !== at.row) {
        if (at.row >= 0 && !selected.has(ids[at.row] ?? '')) anchor.current = at.row;
        selectRange(moved.row);
      }
      go(moved);
      return;
    }
    if (at.row < 0) {
      if ((event.key === 'Enter' || event.key === ' ') && column !== undefined) {
        handled();
        props.onSort(column.id);
        wantFocus.current = true;
      }
      return;
    }
    const row = rows[at.row];
    if (row === undefined || column === undefined) return;
    if ((event.key === 'Enter' || event.key === 'F2') && column.edit !== undefined) {
      handled();
      setEditing({});
    } else if (event.key === ' ') {
      handled();
      if (event.shiftKey) selectRange(at.row);
      else toggleRow(at.row);
    } else if (ctrl && event.key.toLowerCase() === 'a') {
      handled();
      onSelect([...ids]);
    } else if (ctrl && event.key.toLowerCase() === 'd' && props.onDuplicate) {
      handled();
      props.onDuplicate(targets());
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      handled();
      const gone = targets();
      if (gone.length > 0) props.onDelete(gone);
      wantFocus.current = true;
    } else if (event.key === 'Escape' && selected.size > 0) {
      handled();
      onSelect([]);
    } else if (event.key.length === 1 && !ctrl && !event.altKey && column.edit?.type === 'text') {
      // Typing on a text cell starts editing with that character, as in a spreadsheet.
      handled();
      setEditing({ initial: event.key });
    }
  }

  function handleCellMouseDown(event: MouseEvent, index: number, col: number) {
    if (editing !== null && index === at.row && col === at.col) return;
    setEditing(null);
    go({ row: index, col });
    if (event.shiftKey) selectRange(index);
    else if (event.ctrlKey || event.metaKey) toggleRow(index);
    else {
      anchor.current = index;
      onSelect([ids[index] ?? '']);
    }
  }

  const template = columns.map((c) => c.width).join(' ');
  const tabbable = at.row >= first && at.row < last ? at : { row: -1, col: at.col };
  const body = [];
  for (let index = first; index < last; index++) {
    const row = rows[index];
    if (row === undefined) continue;
    const isSelected = selected.has(row.id);
    body.push(
      <div
        key={row.id}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={isSelected}
        className={isSelected ? 'grid-row selected' : 'grid-row'}
        style={{ top: index * ROW_HEIGHT, gridTemplateColumns: template }}
        data-testid={`${testId}-row`}
        {...{ [props.idAttribute]: row.id }}
      >
        {columns.map((column, col) => {
          const isActive = index === at.row && col === at.col;
          const isEditing = isActive && editing !== null && column.edit !== undefined;
          return (
            <div
              key={column.id}
              role="gridcell"
              aria-colindex={col + 1}
              aria-readonly={column.edit === undefined}
              tabIndex={tabbable.row === index && tabbable.col === col ? 0 : -1}
              className={isActive ? 'grid-cell active' : 'grid-cell'}
              data-cell={`${index}:${col}`}
              data-col={column.id}
              onMouseDown={(e) => handleCellMouseDown(e, index, col)}
              onDoubleClick={() => column.edit !== undefined && setEditing({})}
            >
              {isEditing && column.edit !== undefined ? (
                <CellEditor
                  edit={column.edit}
                  row={row}
                  label={`${column.header} of ${props.rowName(row)}`}
                  initial={editing.initial}
                  onCommit={(patch) => props.onCommit(row, patch, column)}
                  onClose={() => {
                    setEditing(null);
                    wantFocus.current = true;
                  }}
                />
              ) : (
                <span className="cell-text">{column.text(row)}</span>
              )}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className="grid-scroll"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      data-testid={testId}
      onKeyDown={handleKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header" style={{ gridTemplateColumns: template }}>
          {columns.map((column, col) => {
            const direction = sort?.column === column.id ? sort.direction : 'none';
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={col + 1}
                aria-sort={direction}
                tabIndex={tabbable.row === -1 && tabbable.col === col ? 0 : -1}
                className={at.row === -1 && at.col === col ? 'grid-cell active' : 'grid-cell'}
                data-cell={`-1:${col}`}
                data-testid={`${testId}-header-${column.id}`}
                onClick={() => {
                  go({ row: -1, col });
                  props.onSort(column.id);
                }}
              >
                {column.header}
                <span aria-hidden="true" className="sort-mark">
                  {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: rows.length * ROW_HEIGHT }}>
        {body}
      </div>
    </div>
  );
}
