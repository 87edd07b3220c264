// The one tabular assembler: the second half of every read of a foreign format (GEXF, GraphML,
// the plain CSV pair, Kumu JSON, the Kumu spreadsheets). Format readers only turn their syntax
// into drafts, one raw node or tie per element or row, each remembering where it came from; this
// module fills what other tools leave out (kinds, care types, a map around the nodes), applies
// the rules every format shares (a tie joining a node to itself is left out with a warning),
// runs the model's load pipeline, and gives every problem back the file, line and path of the
// row it came from. Native files do not come through here: they are the document itself.
import {
  type CareMap,
  CareMapSchema,
  CareNodeSchema,
  type CareTypeDef,
  capProblems,
  checkIntegrity,
  createMap,
  fail,
  FORBIDDEN_KEYS,
  ID_PATTERN,
  isRecord,
  loadCareMap,
  MAX_LABEL_LENGTH,
  ok,
  type Problem,
  problem,
  type Result,
  TieSchema,
  zodProblems,
} from '../../model';
import type { ReadOptions } from '../types';
import { columnPath, FIELD_PREFIX, type FieldValue, type FlatColumn, type FlatType, normaliseType, parseTyped, setColumn, TIE_COLUMNS } from './columns';
import { type At, plural, type ReadReport } from './report';
import { cleanLabel } from './text';

/** Where a value of a draft came from: the attribute, key or column name and its text. */
export interface Source {
  readonly name: string;
  readonly text: string;
  readonly declaredType: string | undefined;
}

/** A node or tie as read from a file, before validation. */
export interface Draft {
  readonly value: Record<string, unknown>;
  fields?: Record<string, FieldValue>;
  /** 1-based line it starts on, when the format has lines. */
  readonly line: number | undefined;
  /** The file it came from, when a format reads several (a CSV pair); else the report's. */
  readonly file?: string;
  /**
   * Where it sits in the file as a path (`elements[3]`, or a sheet name), for formats that have
   * one; problems then name this path instead of the map's `nodes[i]`.
   */
  readonly path?: string;
  /** What set each column, by document path (`kind`, `location.lat`), so a value the model refuses can be kept as the field it was. */
  sources?: Map<string, Source>;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A free field name on the draft: `name`, or `name (2)`… when the draft already has that field. */
function freeFieldName(draft: Draft, name: string): string {
  let field = name;
  for (let k = 2; draft.fields !== undefined && Object.hasOwn(draft.fields, field); k++) field = `${name} (${k})`;
  return field;
}

/** Add a custom field to a draft under `name`, or `name (2)` when it already has one; returns the name used. */
export function addField(draft: Draft, name: string, value: FieldValue): string {
  const field = freeFieldName(draft, name);
  draft.fields ??= {};
  draft.fields[field] = value;
  return field;
}

/** Which kind of item a draft is, for messages. */
export type ItemKind = 'node' | 'tie';

/**
 * Keep a value the map cannot hold in its column as a custom field under the attribute's own
 * name, typed as the file declared it when it reads as that type, else as text. One warning per
 * attribute name and kind of item, with its count.
 */
export function keepAsField(report: ReadReport, draft: Draft, source: Source, item: ItemKind, at: string, line: number | At | undefined): void {
  const type = normaliseType(source.declaredType);
  const typed = type === 'list' || type === 'string' ? undefined : parseTyped(source.text, type);
  const field = addField(draft, source.name, typed?.ok === true ? (typed.value as FieldValue) : source.text);
  report.tally(`kept ${item} ${source.name}`, at, line, (n) =>
    n === 1
      ? `the "${source.name}" of 1 ${item} (${quote(source.text)}) is not a value Carewealth's own "${source.name}" can hold; it was kept as the custom field "${field}"`
      : `the "${source.name}" of ${plural(n, item, `${item}s`)} (the first: ${quote(source.text)}) is not a value Carewealth's own "${source.name}" can hold; they were kept as custom fields "${source.name}"`,
  );
}

/**
 * Store one value read from a file on a draft. `name` is the attribute, key or column name: a
 * known column is read with the column's own type (whatever type the file declared, so a number
 * written as text still counts), `field:NAME` and any other name become custom fields read with
 * the declared type. Empty text leaves numbers, booleans and lists absent. In the file of another
 * tool, a value that does not fit is kept as a custom field with a warning; in our own file it is
 * a problem naming the document path, e.g. `ties[3].hoursPerWeek`.
 */
export function applyValue(
  report: ReadReport,
  draft: Draft,
  columns: readonly FlatColumn[],
  name: string,
  declaredType: string | undefined,
  text: string,
  at: string,
  line: number | undefined,
): void {
  const column = name === 'label' ? LABEL : columns.find((c) => c.name === name);
  if (column !== undefined) {
    if (text.trim() === '' && column.type !== 'string') return;
    const parsed = parseTyped(text, column.type);
    const source: Source = { name, text, declaredType };
    if (parsed.ok) {
      setColumn(draft.value, column, parsed.value);
      (draft.sources ??= new Map()).set(columnPath(column), source);
    } else if (report.ownFile) report.error(`${at}.${columnPath(column)}`, `${parsed.message} (${column.name} must be ${describe(column.type)})`, line);
    else keepAsField(report, draft, source, columns === TIE_COLUMNS ? 'tie' : 'node', at, line);
    return;
  }
  const field = name.startsWith(FIELD_PREFIX) ? name.slice(FIELD_PREFIX.length) : name;
  if (field === '' || FORBIDDEN_KEYS.has(field)) {
    report.warn(at, `the attribute "${name}" cannot be kept as a field and was left out`, line);
    return;
  }
  let type = normaliseType(declaredType);
  if (type === 'list') type = 'string';
  if (text.trim() === '' && type !== 'string') return;
  const parsed = parseTyped(text, type);
  draft.fields ??= {};
  if (parsed.ok) draft.fields[field] = parsed.value as FieldValue;
  else if (report.ownFile) report.error(`${at}.fields.${field}`, `${parsed.message} (the file declares "${name}" as ${declaredType ?? 'string'})`, line);
  else {
    // GEXF and GraphML allow INF and NaN in a double; a map holds finite numbers only
    draft.fields[field] = text;
    report.tally(`text ${name}`, at, line, (n) =>
      `"${name}": ${n === 1 ? `1 value is not ${describe(type)} (${quote(text)}); it was` : `${plural(n, 'value', 'values')} are not ${describe(type)} (the first is ${quote(text)}); they were`} kept as text`,
    );
  }
}

const LABEL: FlatColumn = { name: 'label', type: 'string', path: ['label'] };

function describe(type: FlatType): string {
  switch (type) {
    case 'integer':
      return 'a whole number';
    case 'double':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'list':
      return 'a |-separated list';
    default:
      return 'text';
  }
}

/** The warnings every reader of nodes gives afterwards: labels tidied, ids renamed. */
export function warnNodeRepairs(report: ReadReport, relabelled: number, renamed: number): void {
  if (relabelled > 0) report.warn('nodes', `${relabelled} labels were empty, over ${MAX_LABEL_LENGTH} characters or on several lines, and were tidied`);
  if (renamed > 0) report.warn('nodes', `${renamed} node ids had spaces or other characters ids cannot hold and were renamed`);
}

// ---------------------------------------------------------------- placing problems

const ITEM_PATH = /^(nodes|ties)\[(\d+)\]\.?(.*)$/;

/**
 * Put model problems (path `nodes[3].label`) back on the draft they came from: its file and line,
 * and its own path when it has one (`elements[3].label`). Problems about the map as a whole go to
 * `fallbackLine` (where embedded map data sits).
 */
function placeProblems(problems: readonly Problem[], nodes: readonly Draft[], ties: readonly Draft[], file: string, fallbackLine: number | undefined): Problem[] {
  return problems.map((p) => {
    const m = ITEM_PATH.exec(p.path);
    const draft = m === null ? undefined : (m[1] === 'nodes' ? nodes : ties)[Number(m[2])];
    const line = draft === undefined ? fallbackLine : draft.line;
    let path = p.path;
    if (draft?.path !== undefined) {
      const rest = m?.[3] ?? '';
      path = draft.path === '' ? rest : rest === '' ? draft.path : `${draft.path}.${rest}`;
    }
    return { ...p, path, file: p.file ?? draft?.file ?? file, ...(line !== undefined && p.line === undefined ? { line } : {}) };
  });
}

// ---------------------------------------------------------------- assembling the map

export interface Assembly {
  readonly nodes: readonly Draft[];
  readonly ties: readonly Draft[];
  /** The map-level parts (meta, care types, overlays, records, snapshots) our own files carry; untrusted. */
  readonly embedded?: { readonly value: unknown; readonly line: number | undefined };
  /** Title for a map whose file carries none. */
  readonly title: string;
  readonly description?: string;
  /** The care types of a new map, when the reader resolved names to them (Kumu); else the defaults. */
  readonly careTypes?: readonly CareTypeDef[];
}


/** A new map around the drafts, with every care type id they mention added to its list. */
function newMapAround(a: Assembly, items: readonly Record<string, unknown>[], options: ReadOptions): Record<string, unknown> {
  const map = createMap({
    title: cleanLabel(a.title, 'Imported map').label,
    ...(a.description !== undefined && a.description.trim() !== '' ? { description: a.description } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  if (a.careTypes !== undefined) map.careTypes = a.careTypes.map((c) => ({ ...c }));
  const known = new Set(map.careTypes.map((c) => c.id));
  for (const item of items) {
    for (const key of ['careOffered', 'careNeeded', 'careTypes']) {
      const list = item[key];
      if (!Array.isArray(list)) continue;
      for (const id of list) {
        if (typeof id === 'string' && ID_PATTERN.test(id) && !known.has(id)) {
          known.add(id);
          map.careTypes.push({ id, label: id, leaning: 'either' });
        }
      }
    }
  }
  return map as unknown as Record<string, unknown>;
}

/**
 * Build and validate the map. Nodes without a kind become people and ties without a kind
 * become care ties (one warning each); ties joining a node to itself are dropped with a
 * warning (Gephi and Kumu allow them, the model does not). Without embedded map data, a new map
 * is made around the nodes and ties.
 */
export function assembleMap(report: ReadReport, a: Assembly, options: ReadOptions = {}): Result<CareMap> {
  if (report.problems.length > 0) return fail(capProblems(report.problems));
  const loops = a.ties.filter((d) => d.value.source === d.value.target);
  const tieDrafts = loops.length === 0 ? a.ties : a.ties.filter((d) => d.value.source !== d.value.target);

  let base: Record<string, unknown> | undefined;
  if (a.embedded !== undefined) {
    if (!isRecord(a.embedded.value)) {
      return fail([problem('', 'the embedded Carewealth map data is not a JSON object', { file: report.fileName, ...(a.embedded.line !== undefined ? { line: a.embedded.line } : {}) })]);
    }
    base = { ...a.embedded.value };
  }
  const load = () => {
    const items = rawItems(a.nodes, tieDrafts);
    return { items, loaded: loadCareMap({ ...(base ?? newMapAround(a, [...items.nodes, ...items.ties], options)), nodes: items.nodes, ties: items.ties }) };
  };
  let { items, loaded } = load();
  // a file from another tool that the model refuses: move what is not ours aside, then try again
  if (!loaded.ok && a.embedded === undefined && !report.ownFile) {
    fitForeignValues(report, a.nodes, tieDrafts, (nodes, ties) => newMapAround(a, [...nodes, ...ties], options));
    ({ items, loaded } = load());
  }
  if (items.untyped > 0) report.warn('nodes', `${items.untyped} of ${items.nodes.length} nodes have no kind; they were read as people`);
  if (loops.length > 0) {
    const first = loops[0] as Draft;
    const where = first.line !== undefined ? `line ${first.line}` : (first.path ?? '?');
    report.warn('ties', `${loops.length} ties joined a node to itself and were left out (the first is on ${where})`);
  }
  if (items.unkinded > 0) report.warn('ties', `${items.unkinded} of ${items.ties.length} ties have no kind; they were read as care ties`);
  const place = (ps: readonly Problem[]) => placeProblems(ps, a.nodes, tieDrafts, report.fileName, a.embedded?.line);
  if (!loaded.ok) return fail(capProblems(place(loaded.problems)));
  return ok(loaded.value, [...report.warnings, ...place(loaded.warnings)]);
}

/** Raw nodes and ties from the drafts, with the kinds files from other tools leave out filled in. */
function rawItems(nodeDrafts: readonly Draft[], tieDrafts: readonly Draft[]): { nodes: Record<string, unknown>[]; ties: Record<string, unknown>[]; untyped: number; unkinded: number } {
  const raw = (d: Draft): Record<string, unknown> => (d.fields !== undefined && Object.keys(d.fields).length > 0 ? { ...d.value, fields: d.fields } : { ...d.value });
  const nodes = nodeDrafts.map(raw);
  const ties = tieDrafts.map(raw);
  let untyped = 0;
  let unkinded = 0;
  for (const n of nodes) {
    if (n.kind !== undefined) continue;
    n.kind = 'person';
    untyped++;
  }
  for (const t of ties) {
    if (t.kind !== undefined) continue;
    t.kind = 'care';
    unkinded++;
  }
  return { nodes, ties, untyped, unkinded };
}

// ---------------------------------------------------------------- values that are not ours

/** Rounds of moving refused values aside; each round clears what the last one uncovered. */
const MAX_FIT_ROUNDS = 8;

/**
 * Every problem the model has with the items, uncapped: each node and tie against its schema,
 * then, once all pass, the document's cross-record rules (a tie kind joining the wrong kinds of
 * node, a field only another kind carries).
 */
function itemProblems(nodes: readonly Record<string, unknown>[], ties: readonly Record<string, unknown>[], base: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  nodes.forEach((n, i) => {
    const r = CareNodeSchema.safeParse(n);
    if (!r.success) out.push(...zodProblems(r.error, ['nodes', i]));
  });
  ties.forEach((t, i) => {
    const r = TieSchema.safeParse(t);
    if (!r.success) out.push(...zodProblems(r.error, ['ties', i]));
  });
  if (out.length > 0) return out;
  const doc = CareMapSchema.safeParse({ ...base, nodes, ties });
  if (!doc.success) return zodProblems(doc.error);
  return checkIntegrity(doc.data).filter((p) => p.severity === 'error');
}

/**
 * In the file of another tool, move every value the model refuses into a custom field under
 * the attribute's own name (its `kind` that is not one of ours, a `since` that is a year, a
 * `strength` that is a number), so one odd value does not refuse the whole file. Mutates the
 * drafts. What cannot be moved (ids, ends, labels) is left for the load to report.
 */
function fitForeignValues(report: ReadReport, nodes: readonly Draft[], ties: readonly Draft[], baseFor: (nodes: Record<string, unknown>[], ties: Record<string, unknown>[]) => Record<string, unknown>): void {
  for (let round = 0; round < MAX_FIT_ROUNDS; round++) {
    const items = rawItems(nodes, ties);
    const problems = itemProblems(items.nodes, items.ties, baseFor(items.nodes, items.ties));
    let moved = false;
    for (const p of problems) if (moveAside(report, p, nodes, ties)) moved = true;
    if (!moved) return;
  }
}

/** Remove the value at a document path such as `consent.at` from a raw item; an emptied object goes too. */
function removeAt(value: Record<string, unknown>, path: string): void {
  const [head, inner] = path.split('.') as [string, string | undefined];
  const obj = value[head];
  if (inner !== undefined && isRecord(obj)) {
    delete obj[inner];
    if (Object.keys(obj).length > 0) return;
  }
  delete value[head];
}

/** What a value the reader set itself (not from one attribute) looks like as a source. */
function sourceOf(name: string, v: unknown): Source {
  if (typeof v === 'number') return { name, text: String(v), declaredType: 'double' };
  if (typeof v === 'boolean') return { name, text: String(v), declaredType: 'boolean' };
  if (Array.isArray(v)) return { name, text: v.map(String).join('|'), declaredType: 'string' };
  return { name, text: typeof v === 'string' ? v : JSON.stringify(v), declaredType: 'string' };
}

/** Move the value one problem is about into a custom field. False when there is nothing to move. */
function moveAside(report: ReadReport, p: Problem, nodes: readonly Draft[], ties: readonly Draft[]): boolean {
  const m = ITEM_PATH.exec(p.path);
  const draft = m === null ? undefined : (m[1] === 'nodes' ? nodes : ties)[Number(m[2])];
  if (m === null || draft === undefined) return false;
  const rest = m[3] ?? '';
  let [head = '', inner] = rest.split(/[.[]/);
  // a tie kind that may not join these two nodes is the value that does not fit
  if ((head === 'source' || head === 'target') && rest === head) [head, inner] = ['kind', undefined];
  const at = draft.path ?? `${m[1] as string}[${m[2] as string}]`;
  const where = { ...(draft.file !== undefined ? { file: draft.file } : {}), ...(draft.line !== undefined ? { line: draft.line } : {}) };
  if (head === 'fields' && draft.fields !== undefined) {
    const name = rest.slice('fields.'.length);
    if (!Object.hasOwn(draft.fields, name)) return false;
    delete draft.fields[name];
    report.tally(`dropped field ${name}`, at, where, (n) => `the custom field "${name.slice(0, 80)}" cannot be kept (${p.message}); ${plural(n, 'value was', 'values were')} left out`);
    return true;
  }
  if (['', 'id', 'source', 'target', 'label', 'fields'].includes(head)) return false;
  const path = inner !== undefined && /^[A-Za-z]/.test(inner) ? `${head}.${inner}` : head;
  const exact = draft.sources?.get(path);
  const moving: [string, Source][] = exact !== undefined ? [[path, exact]] : [...(draft.sources ?? [])].filter(([k]) => k === head || k.startsWith(`${head}.`));
  if (moving.length === 0) {
    if (!Object.hasOwn(draft.value, head)) return false;
    moving.push([head, sourceOf(head, draft.value[head])]);
  }
  for (const [k, source] of moving) {
    removeAt(draft.value, k);
    draft.sources?.delete(k);
    keepAsField(report, draft, source, m[1] === 'ties' ? 'tie' : 'node', at, where);
  }
  return true;
}
