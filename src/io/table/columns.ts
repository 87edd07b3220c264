// The flat view of nodes and ties shared by the GEXF, GraphML and plain CSV formats: one named,
// typed column per field (nested objects such as location, capacity and consent spread over
// several columns), lists written as `|`-joined text, and custom `fields` as `field:NAME` columns
// that keep their scalar type. Formats decide how a column is spelt in their files (a GEXF
// attribute, a GraphML key, a CSV header); the names, types and paths live here, once.
import type { CareMap, CareNode, Tie } from '../../model';

/** How a column's values are written: text, whole number, decimal number, true/false or a list. */
export type FlatType = 'string' | 'integer' | 'double' | 'boolean' | 'list';

/** A value in a column: lists are lists of strings. */
export type FlatValue = string | number | boolean | readonly string[];

/** A custom field value, as the model keeps it. */
export type FieldValue = string | number | boolean;

export interface FlatColumn {
  /** Name in files, e.g. `capacityHours`. */
  readonly name: string;
  readonly type: FlatType;
  /** Where the value lives in the node or tie: one key, or an object key and a key inside it. */
  readonly path: readonly [string] | readonly [string, string];
}

/** Prefix of custom field columns: `field:ward` holds `fields.ward`. */
export const FIELD_PREFIX = 'field:';

const col = (name: string, type: FlatType, path?: readonly [string] | readonly [string, string]): FlatColumn => ({
  name,
  type,
  path: path ?? [name],
});

/** The label column (nodes and ties); GEXF writes it as the element's own `label` attribute. */
export const LABEL_COLUMN: FlatColumn = col('label', 'string');

/** Every node field except `id`, `label` and `fields`, in the order files list them. */
export const NODE_COLUMNS: readonly FlatColumn[] = [
  col('kind', 'string'),
  col('roles', 'list'),
  col('category', 'string'),
  col('formality', 'string'),
  col('isAnchor', 'boolean'),
  col('careOffered', 'list'),
  col('careNeeded', 'list'),
  col('tags', 'list'),
  col('description', 'string'),
  col('notes', 'string'),
  col('lat', 'double', ['location', 'lat']),
  col('lng', 'double', ['location', 'lng']),
  col('locationPrivacy', 'string', ['location', 'privacy']),
  col('capacityHours', 'double', ['capacity', 'hoursPerWeek']),
  col('capacityMaxReceivers', 'integer', ['capacity', 'maxReceivers']),
  col('capacityNote', 'string', ['capacity', 'note']),
  col('consentStatus', 'string', ['consent', 'status']),
  col('consentBy', 'string', ['consent', 'by']),
  col('consentAt', 'string', ['consent', 'at']),
  col('consentMethod', 'string', ['consent', 'method']),
  col('consentReviewAt', 'string', ['consent', 'reviewAt']),
  col('consentNote', 'string', ['consent', 'note']),
  col('validFrom', 'string'),
  col('validTo', 'string'),
  col('x', 'double', ['position', 'x']),
  col('y', 'double', ['position', 'y']),
  col('pinned', 'boolean', ['position', 'pinned']),
];

/** Every tie field except `id`, `source`, `target`, `label` and `fields`, in file order. */
export const TIE_COLUMNS: readonly FlatColumn[] = [
  col('kind', 'string'),
  col('mutual', 'boolean'),
  col('formality', 'string'),
  col('payment', 'string'),
  col('careTypes', 'list'),
  col('strength', 'string'),
  col('frequency', 'string'),
  col('hoursPerWeek', 'double'),
  col('closeness', 'string'),
  col('inSupportPlan', 'boolean'),
  col('since', 'string'),
  col('until', 'string'),
  col('notes', 'string'),
  col('role', 'string'),
  col('participation', 'string'),
  col('ownerConsented', 'boolean'),
  col('memberConsented', 'boolean'),
  col('partnershipStatus', 'string'),
  col('commonsStatus', 'string'),
];

/** The document path of a column as text, e.g. `capacity.hoursPerWeek`. */
export function columnPath(column: FlatColumn): string {
  return column.path.join('.');
}

/**
 * The value of `column` in a node or tie, or undefined when it is absent. Empty lists count as
 * absent: the schema fills them back in, so writing nothing keeps files small.
 */
export function getColumn(item: CareNode | Tie, column: FlatColumn): FlatValue | undefined {
  const [head, inner] = column.path;
  let value: unknown = (item as unknown as Record<string, unknown>)[head];
  if (inner !== undefined) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[inner] : undefined;
  }
  if (Array.isArray(value)) return value.length > 0 ? (value as string[]) : undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** Put `value` at the column's path in a raw (not yet validated) object, creating the inner object. */
export function setColumn(target: Record<string, unknown>, column: FlatColumn, value: FlatValue): void {
  const [head, inner] = column.path;
  if (inner === undefined) {
    target[head] = value;
    return;
  }
  const existing = target[head];
  const obj = typeof existing === 'object' && existing !== null ? (existing as Record<string, unknown>) : {};
  obj[inner] = value;
  target[head] = obj;
}

// ---------------------------------------------------------------- lists

/**
 * Lists are written `a|b|c`. A `|` or `\` inside an entry is escaped with a backslash, so a tag
 * such as `before|after` survives; files from other tools rarely contain either character, so
 * they read the way people expect.
 */
export function encodeList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

/** Split a `|`-joined list, undoing `\|` and `\\`; blank entries are dropped, entries are kept as written. */
export function decodeList(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i++;
    } else if (c === '|') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.filter((s) => s.trim() !== '');
}

// ---------------------------------------------------------------- typed text

/** The column type a format's declared type name stands for (GEXF, GraphML and Java names). */
export function normaliseType(declared: string | undefined): FlatType {
  switch ((declared ?? 'string').toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return 'integer';
    case 'double':
    case 'float':
    case 'bigdecimal':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'liststring':
      return 'list';
    default:
      return 'string';
  }
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

export type Parsed = { readonly ok: true; readonly value: FlatValue } | { readonly ok: false; readonly message: string };

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Read the text of a value as `type`. Numbers accept the usual decimal and exponent forms
 * (Java's `1.0E-7`, Python's `1e-07`); booleans accept true/false/1/0 in any case; strings come
 * back unchanged. Returns a message instead of throwing when the text does not fit.
 */
export function parseTyped(text: string, type: FlatType): Parsed {
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'list':
      return { ok: true, value: decodeList(text) };
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return { ok: true, value: true };
      if (t === 'false' || t === '0') return { ok: true, value: false };
      return { ok: false, message: `${quote(text)} is not true or false` };
    }
    case 'integer':
    case 'double': {
      const t = text.trim();
      if (!(type === 'integer' ? INTEGER : DECIMAL).test(t)) {
        return { ok: false, message: `${quote(text)} is not ${type === 'integer' ? 'a whole number' : 'a number'}` };
      }
      const n = Number(t);
      if (!Number.isFinite(n)) return { ok: false, message: `${quote(text)} is too large a number` };
      return { ok: true, value: n };
    }
  }
}

/** Text for a value of a column or field: numbers in JavaScript's shortest exact form. */
export function formatValue(value: FlatValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return encodeList(value);
}

// ---------------------------------------------------------------- custom fields

/** One declared custom field column: a name and the type its values share. */
export interface FieldColumn {
  readonly name: string;
  readonly type: Exclude<FlatType, 'list'>;
}

function fieldKind(v: FieldValue): 'string' | 'number' | 'boolean' {
  return typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'boolean';
}

/**
 * The custom field columns a list of nodes or ties needs, in first-seen order. A field whose
 * values are all whole numbers becomes `integer`, any fraction makes it `double`. A field that
 * holds text on one node and a number on another gets one column per type, so no value changes
 * type on the way through a file.
 */
export function fieldColumns(items: readonly (CareNode | Tie)[]): FieldColumn[] {
  const kinds = new Map<string, Map<'string' | 'number' | 'boolean', boolean>>();
  for (const item of items) {
    for (const [name, v] of Object.entries(item.fields ?? {})) {
      const byKind = kinds.get(name) ?? new Map<'string' | 'number' | 'boolean', boolean>();
      const kind = fieldKind(v);
      const whole = kind === 'number' ? Number.isInteger(v) : true;
      byKind.set(kind, (byKind.get(kind) ?? true) && whole);
      kinds.set(name, byKind);
    }
  }
  const out: FieldColumn[] = [];
  for (const [name, byKind] of kinds) {
    for (const [kind, whole] of byKind) {
      out.push({ name, type: kind === 'number' ? (whole ? 'integer' : 'double') : kind });
    }
  }
  return out;
}

/** The value of a field column on one item, when the item's value has that column's type. */
export function getField(item: CareNode | Tie, column: FieldColumn): FieldValue | undefined {
  const fields = item.fields;
  if (fields === undefined || !Object.hasOwn(fields, column.name)) return undefined;
  const v = fields[column.name] as FieldValue;
  const kind = fieldKind(v);
  const matches = kind === 'number' ? column.type === 'integer' || column.type === 'double' : kind === column.type;
  return matches ? v : undefined;
}

// ---------------------------------------------------------------- the map itself

/**
 * The map without its nodes and ties: id, meta, care types, overlays, records and snapshots.
 * GEXF and GraphML carry it as one JSON text so nothing outside the node and tie tables is lost.
 */
export function mapLevelParts(doc: CareMap): Omit<CareMap, 'nodes' | 'ties'> {
  const { nodes: _nodes, ties: _ties, ...rest } = doc;
  return rest;
}
