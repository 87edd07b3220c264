// The columns a GEXF or GraphML file declares for a list of nodes or ties: each of our columns
// that some item uses, then each custom field under its own name, so an attribute that came from
// Gephi as "Modularity Class" goes back as "Modularity Class". Only a field whose name is one of
// our own columns (a foreign "kind", say) is written `field:NAME`, so it cannot be read back as
// ours. Fields a format writes in a place of its own (a GEXF viz:color, an edge weight) are left
// to the format through `inOwnPlace`.
import type { CareNode, Tie } from '../../model';
import { type FieldColumn, fieldColumns, FIELD_PREFIX, type FlatColumn, type FlatType, formatValue, getColumn, getField, LABEL_COLUMN } from './columns';

export interface WrittenColumn {
  /** The attribute title (GEXF) or key attr.name (GraphML). */
  readonly name: string;
  /** The column's type; custom whole numbers are `integer`, which formats may widen to long. */
  readonly type: FlatType;
  readonly custom: boolean;
  /** The value's text on one item, or undefined when it has none. */
  readonly get: (item: CareNode | Tie) => string | undefined;
}

/**
 * The name a custom field is written under: its own, or `field:NAME` where that would be read as
 * ours (one of our columns, or a name the format's reader gives a meaning, `reserved`).
 */
export function customFieldName(name: string, columns: readonly FlatColumn[], reserved: readonly string[] = []): string {
  const taken = name === 'id' || name === LABEL_COLUMN.name || name.startsWith(FIELD_PREFIX) || reserved.includes(name) || columns.some((c) => c.name === name);
  return taken ? `${FIELD_PREFIX}${name}` : name;
}

/**
 * Our columns any item uses (with `label` first when `withLabel`), then the custom fields in
 * first-seen order, one per name and type (columns.ts `fieldColumns`), except those a format
 * writes in its own place.
 */
export function writtenColumns(
  items: readonly (CareNode | Tie)[],
  columns: readonly FlatColumn[],
  options: { readonly withLabel?: boolean; readonly inOwnPlace?: (field: FieldColumn) => boolean; readonly reserved?: readonly string[] } = {},
): WrittenColumn[] {
  const ours = options.withLabel === true ? [LABEL_COLUMN, ...columns] : columns;
  const used = ours.filter((c) => items.some((item) => getColumn(item, c) !== undefined));
  const fields = fieldColumns(items).filter((f) => options.inOwnPlace?.(f) !== true);
  return [
    ...used.map((c) => ({
      name: c.name,
      type: c.type,
      custom: false,
      get: (item: CareNode | Tie) => {
        const v = getColumn(item, c);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
    ...fields.map((f) => ({
      name: customFieldName(f.name, columns, options.reserved),
      type: f.type,
      custom: true,
      get: (item: CareNode | Tie) => {
        const v = getField(item, f);
        return v === undefined ? undefined : formatValue(v);
      },
    })),
  ];
}

/** The `[index, text]` pairs of the columns an item has a value for. */
export function valuesOf(item: CareNode | Tie, columns: readonly WrittenColumn[]): (readonly [number, string])[] {
  const out: (readonly [number, string])[] = [];
  columns.forEach((c, i) => {
    const v = c.get(item);
    if (v !== undefined) out.push([i, v]);
  });
  return out;
}
