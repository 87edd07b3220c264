// The rows the table shows: the map's nodes or ties, narrowed by the store's shared map filter
// (through the model's applyFilter, so the table, graph and map agree on what is visible) and by the table's
// text box, then sorted by one column. Pure, so it can be tested without a browser.
import { applyFilter, type CareMap, foldText, type MapFilter } from '../../model';
import type { Choice, Column, NodeRow, TieRow } from './columns';

export interface Sort {
  readonly column: string;
  readonly direction: 'ascending' | 'descending';
}

/** Every word of `query` appears (case- and accent-insensitive) in one of `texts`. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = foldText(query.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(texts.join(' '));
  return words.every((w) => hay.includes(w));
}

function careLookup(doc: CareMap): { careLabel: (id: string) => string; careChoices: Choice[] } {
  const labels = new Map(doc.careTypes.map((c) => [c.id, c.label]));
  return {
    careLabel: (id) => labels.get(id) ?? id,
    careChoices: doc.careTypes.map((c) => ({ value: c.id, label: c.label })),
  };
}

/** Node rows passing the filter and matching the query (label and tags), in document order. */
export function buildNodeRows(doc: CareMap, filter: MapFilter, query: string): NodeRow[] {
  const visible = applyFilter(doc, filter);
  const ties = new Map<string, number>();
  for (const t of doc.ties) {
    ties.set(t.source, (ties.get(t.source) ?? 0) + 1);
    ties.set(t.target, (ties.get(t.target) ?? 0) + 1);
  }
  const care = careLookup(doc);
  const rows: NodeRow[] = [];
  for (const node of doc.nodes) {
    if (!visible.nodeIds.has(node.id) || !matchesQuery([node.label, ...node.tags], query)) continue;
    rows.push({ id: node.id, node, ties: ties.get(node.id) ?? 0, ...care });
  }
  return rows;
}

/** Tie rows passing the filter whose ends' labels (or the tie's label or notes) match the query. */
export function buildTieRows(doc: CareMap, filter: MapFilter, query: string): TieRow[] {
  const visible = applyFilter(doc, filter);
  const labels = new Map<string, string>();
  for (const n of doc.nodes) labels.set(n.id, n.label);
  const care = careLookup(doc);
  const rows: TieRow[] = [];
  for (const tie of doc.ties) {
    if (!visible.tieIds.has(tie.id)) continue;
    const sourceLabel = labels.get(tie.source) ?? tie.source;
    const targetLabel = labels.get(tie.target) ?? tie.target;
    if (!matchesQuery([sourceLabel, targetLabel, tie.label ?? '', tie.notes ?? ''], query)) continue;
    rows.push({ id: tie.id, tie, sourceLabel, targetLabel, ...care });
  }
  return rows;
}

const COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows sorted by a column (stable: equal keys keep document order); a new array. */
export function sortRows<R, P>(rows: readonly R[], columns: readonly Column<R, P>[], sort: Sort | null): R[] {
  const column = sort === null ? undefined : columns.find((c) => c.id === sort.column);
  if (column === undefined || sort === null) return [...rows];
  const key = column.sortKey ?? column.text;
  const keyed = rows.map((row, index) => ({ row, index, key: key(row) }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => {
    const d =
      typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : COLLATOR.compare(String(a.key), String(b.key));
    return d !== 0 ? sign * d : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}
