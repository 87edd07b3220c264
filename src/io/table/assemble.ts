// The one tabular assembler: the second half of every read of a foreign format (GEXF, GraphML,
// the plain CSV pair, Kumu JSON, the Kumu spreadsheets). Format readers only turn their syntax
// into drafts, one raw node or tie per element or row, each remembering where it came from; this
// module fills what other tools leave out (kinds, care types, a map around the nodes), applies
// the rules every format shares (a tie joining a node to itself is left out with a warning),
// runs the model's load pipeline, and gives every problem back the file, line and path of the
// row it came from. Native files do not come through here: they are the document itself.
import {
  type CareMap,
  type CareTypeDef,
  capProblems,
  createMap,
  fail,
  FORBIDDEN_KEYS,
  ID_PATTERN,
  loadCareMap,
  MAX_LABEL_LENGTH,
  ok,
  type Problem,
  problem,
  type Result,
} from '../../model';
import type { ReadOptions } from '../types';
import { columnPath, FIELD_PREFIX, type FieldValue, type FlatColumn, type FlatType, normaliseType, parseTyped, setColumn } from './columns';
import type { ReadReport } from './report';
import { cleanLabel } from './text';

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
}

/**
 * Store one value read from a file on a draft. `name` is the attribute, key or column name: a
 * known column is read with the column's own type (whatever type the file declared, so a number
 * written as text still counts), `field:NAME` and any other name become custom fields read with
 * the declared type. Empty text leaves numbers, booleans and lists absent. Problems name the
 * document path, e.g. `ties[3].hoursPerWeek`.
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
  const column = name === 'label' ? { name, type: 'string' as const, path: ['label'] as const } : columns.find((c) => c.name === name);
  if (column !== undefined) {
    if (text.trim() === '' && column.type !== 'string') return;
    const parsed = parseTyped(text, column.type);
    if (!parsed.ok) report.error(`${at}.${columnPath(column)}`, `${parsed.message} (${column.name} must be ${describe(column.type)})`, line);
    else setColumn(draft.value, column, parsed.value);
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
  if (!parsed.ok) {
    report.error(`${at}.fields.${field}`, `${parsed.message} (the file declares "${name}" as ${declaredType ?? 'string'})`, line);
    return;
  }
  draft.fields ??= {};
  draft.fields[field] = parsed.value as FieldValue;
}

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

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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
  const raw = (d: Draft): Record<string, unknown> => (d.fields !== undefined ? { ...d.value, fields: d.fields } : { ...d.value });
  const nodes = a.nodes.map(raw);
  const untyped = nodes.filter((n) => n.kind === undefined);
  for (const n of untyped) n.kind = 'person';
  if (untyped.length > 0) report.warn('nodes', `${untyped.length} of ${nodes.length} nodes have no kind; they were read as people`);

  const loops = a.ties.filter((d) => d.value.source === d.value.target);
  const tieDrafts = loops.length === 0 ? a.ties : a.ties.filter((d) => d.value.source !== d.value.target);
  if (loops.length > 0) {
    const first = loops[0] as Draft;
    const where = first.line !== undefined ? `line ${first.line}` : (first.path ?? '?');
    report.warn('ties', `${loops.length} ties joined a node to itself and were left out (the first is on ${where})`);
  }
  const ties = tieDrafts.map(raw);
  const unkinded = ties.filter((t) => t.kind === undefined);
  for (const t of unkinded) t.kind = 'care';
  if (unkinded.length > 0) report.warn('ties', `${unkinded.length} of ${ties.length} ties have no kind; they were read as care ties`);

  let base: Record<string, unknown>;
  if (a.embedded !== undefined) {
    if (!isRecord(a.embedded.value)) {
      return fail([problem('', 'the embedded Carewealth map data is not a JSON object', { file: report.fileName, ...(a.embedded.line !== undefined ? { line: a.embedded.line } : {}) })]);
    }
    base = { ...a.embedded.value };
  } else base = newMapAround(a, [...nodes, ...ties], options);
  const loaded = loadCareMap({ ...base, nodes, ties });
  const place = (ps: readonly Problem[]) => placeProblems(ps, a.nodes, tieDrafts, report.fileName, a.embedded?.line);
  if (!loaded.ok) return fail(capProblems(place(loaded.problems)));
  return ok(loaded.value, [...report.warnings, ...place(loaded.warnings)]);
}
