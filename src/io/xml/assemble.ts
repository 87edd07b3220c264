// The second half of every GEXF, GraphML and CSV read: the format readers turn elements or rows
// into draft nodes and ties (raw objects plus the line they came from); this module fills what
// files from other tools leave out (kind, label, care types), renames ids the model would refuse,
// then runs the model's load pipeline and gives every problem back its file and line.
import {
  capProblems,
  type CareMap,
  createMap,
  fail,
  FORBIDDEN_KEYS,
  ID_PATTERN,
  isRecord,
  loadCareMap,
  ok,
  type Problem,
  problem,
  type Result,
  warning,
} from '../../model';
import type { ReadOptions } from '../types';
import { columnPath, FIELD_PREFIX, type FieldValue, type FlatColumn, type FlatType, normaliseType, parseTyped, setColumn } from './flat';

/** Collects the problems and warnings of one read, each tagged with the file. */
export class ReadContext {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(readonly fileName: string) {}

  private where(line: number | undefined): Partial<Problem> {
    return line === undefined ? { file: this.fileName } : { file: this.fileName, line };
  }

  error(path: string, message: string, line?: number): void {
    this.problems.push(problem(path, message, this.where(line)));
  }

  warn(path: string, message: string, line?: number): void {
    this.warnings.push(warning(path, message, this.where(line)));
  }
}

/** A node or tie as read from a file, before validation. */
export interface Draft {
  readonly value: Record<string, unknown>;
  fields?: Record<string, FieldValue>;
  readonly line: number | undefined;
  /** The file it came from, when a format reads several (the CSV pair); else the context's. */
  readonly file?: string;
}

/**
 * Store one value read from a file on a draft. `name` is the attribute, key or column name: a
 * known column is read with the column's own type (whatever type the file declared, so a number
 * written as text still counts), `field:NAME` and any other name become custom fields read with
 * the declared type. Empty text leaves numbers, booleans and lists absent. Problems name the
 * document path, e.g. `ties[3].hoursPerWeek`.
 */
export function applyValue(
  ctx: ReadContext,
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
    if (!parsed.ok) ctx.error(`${at}.${columnPath(column)}`, `${parsed.message} (${column.name} must be ${describe(column.type)})`, line);
    else setColumn(draft.value, column, parsed.value);
    return;
  }
  const field = name.startsWith(FIELD_PREFIX) ? name.slice(FIELD_PREFIX.length) : name;
  if (field === '' || FORBIDDEN_KEYS.has(field)) {
    ctx.warn(at, `the attribute "${name}" cannot be kept as a field and was left out`, line);
    return;
  }
  let type = normaliseType(declaredType);
  if (type === 'list') type = 'string';
  if (text.trim() === '' && type !== 'string') return;
  const parsed = parseTyped(text, type);
  if (!parsed.ok) {
    ctx.error(`${at}.fields.${field}`, `${parsed.message} (the file declares "${name}" as ${declaredType ?? 'string'})`, line);
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

// ---------------------------------------------------------------- ids and labels

/**
 * Keeps the ids of a file where the model accepts them and renames the others (networkx writes
 * labels such as "Ann Smith" as ids; the model allows no spaces). Renamed ids are readable
 * (`Ann_Smith`) and unique; the reader maps tie ends through the same mapper.
 */
export class IdMapper {
  private readonly byOriginal = new Map<string, string>();
  private readonly taken = new Set<string>();
  private counter = 0;
  renamed = 0;

  constructor(private readonly prefix: string) {}

  /** The id to use for `original`; the same original always gives the same id. */
  map(original: string): string {
    const known = this.byOriginal.get(original);
    if (known !== undefined) return known;
    let id = original;
    if (!ID_PATTERN.test(id) || this.taken.has(id)) {
      const base = original.replace(/[^A-Za-z0-9_.:~@#+=-]+/g, '_').slice(0, 120) || this.prefix;
      id = base;
      for (let k = 2; this.taken.has(id) || !ID_PATTERN.test(id); k++) id = `${base}-${k}`;
      this.renamed++;
    }
    this.byOriginal.set(original, id);
    this.taken.add(id);
    return id;
  }

  /** The id given to `original`, if it was seen. */
  get(original: string): string | undefined {
    return this.byOriginal.get(original);
  }

  /** A new id for an item the file gave none, e.g. `t-3`. */
  fresh(): string {
    let id: string;
    do id = `${this.prefix}-${++this.counter}`;
    while (this.taken.has(id));
    this.taken.add(id);
    return id;
  }
}

/** Longest label the model accepts. */
const MAX_LABEL = 200;

/**
 * A label the model accepts: line breaks become spaces, ends trimmed, cut to 200 characters,
 * the fallback (the id) when nothing is left. Labels the model already accepts pass unchanged.
 */
export function cleanLabel(text: string | undefined, fallback: string): { label: string; changed: boolean } {
  const raw = text ?? '';
  let label = raw.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (label.length > MAX_LABEL) label = `${label.slice(0, MAX_LABEL - 1)}…`;
  if (label === '') return { label: fallback, changed: text !== undefined };
  return { label, changed: label !== raw };
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
}

const ITEM_PATH = /^(nodes|ties)\[(\d+)\]/;

function withLines(problems: readonly Problem[], a: Assembly, file: string): Problem[] {
  return problems.map((p) => {
    const m = ITEM_PATH.exec(p.path);
    const draft = m === null ? undefined : (m[1] === 'nodes' ? a.nodes : a.ties)[Number(m[2])];
    const line = m === null ? a.embedded?.line : draft?.line;
    return { ...p, file: p.file ?? draft?.file ?? file, ...(line !== undefined && p.line === undefined ? { line } : {}) };
  });
}

/**
 * Build and validate the map. Nodes without a kind become people and ties without a kind
 * become care ties (one warning each); ties joining a node to itself are dropped with a
 * warning (Gephi allows them, the model does not). Without embedded map data, a new map is made
 * around the nodes and ties, with every care type they mention added to its list.
 */
export function assembleMap(ctx: ReadContext, a: Assembly, options: ReadOptions = {}): Result<CareMap> {
  if (ctx.problems.length > 0) return fail(capProblems(ctx.problems));
  const raw = (d: Draft): Record<string, unknown> => (d.fields !== undefined ? { ...d.value, fields: d.fields } : { ...d.value });
  const nodes = a.nodes.map(raw);
  const untyped = nodes.filter((n) => n.kind === undefined);
  for (const n of untyped) n.kind = 'person';
  if (untyped.length > 0) ctx.warn('nodes', `${untyped.length} of ${nodes.length} nodes have no kind; they were read as people`);

  const loops = a.ties.filter((d) => d.value.source === d.value.target);
  if (loops.length > 0) {
    ctx.warn('ties', `${loops.length} ties joined a node to itself and were left out (the first is on line ${loops[0]?.line ?? '?'})`);
    a = { ...a, ties: a.ties.filter((d) => d.value.source !== d.value.target) };
  }
  const ties = a.ties.map(raw);
  const unkinded = ties.filter((t) => t.kind === undefined);
  for (const t of unkinded) t.kind = 'care';
  if (unkinded.length > 0) ctx.warn('ties', `${unkinded.length} of ${ties.length} ties have no kind; they were read as care ties`);

  let base: Record<string, unknown>;
  if (a.embedded !== undefined) {
    if (!isRecord(a.embedded.value)) {
      return fail([problem('', 'the embedded Carewealth map data is not a JSON object', { file: ctx.fileName, ...(a.embedded.line !== undefined ? { line: a.embedded.line } : {}) })]);
    }
    base = { ...a.embedded.value };
  } else {
    const map = createMap({
      title: cleanLabel(a.title, 'Imported map').label,
      ...(a.description !== undefined && a.description.trim() !== '' ? { description: a.description } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    const known = new Set(map.careTypes.map((c) => c.id));
    for (const item of [...nodes, ...ties]) {
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
    base = map as unknown as Record<string, unknown>;
  }
  const loaded = loadCareMap({ ...base, nodes, ties });
  if (!loaded.ok) return fail(capProblems(withLines(loaded.problems, a, ctx.fileName)));
  return ok(loaded.value, [...ctx.warnings, ...withLines(loaded.warnings, a, ctx.fileName)]);
}

/** A title from a file name: `clapton-care.gexf` gives `clapton-care`. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base === '' ? 'Imported map' : base;
}

/** Attributes of one XML element, as both readers see them. */
interface EdgeElement {
  readonly attrs: ReadonlyMap<string, string>;
  readonly line: number | undefined;
}

/**
 * Reads the ends and id of one `<edge>` (GEXF and GraphML spell them alike) into a tie draft,
 * mapping the ends through the node ids. Reports an edge with a missing or unknown end, or a
 * repeated id (naming the line of the first); returns undefined for those. `seen` remembers the
 * line of each edge id across calls.
 */
export function startTieDraft(
  ctx: ReadContext,
  el: EdgeElement,
  at: string,
  nodeIds: IdMapper,
  tieIds: IdMapper,
  seen: Map<string, number | undefined>,
): Draft | undefined {
  const ends: string[] = [];
  for (const end of ['source', 'target'] as const) {
    const original = el.attrs.get(end);
    const id = original === undefined ? undefined : nodeIds.get(original);
    if (original === undefined) ctx.error(`${at}.${end}`, `an <edge> has no ${end}`, el.line);
    else if (id === undefined) ctx.error(`${at}.${end}`, `no node "${original}"`, el.line);
    else ends.push(id);
  }
  const originalId = el.attrs.get('id');
  if (originalId !== undefined && seen.has(originalId)) {
    ctx.error(`${at}.id`, `duplicate edge id "${originalId}" (first on line ${seen.get(originalId) ?? '?'})`, el.line);
    return undefined;
  }
  if (originalId !== undefined) seen.set(originalId, el.line);
  if (ends.length < 2) return undefined;
  const id = originalId === undefined ? tieIds.fresh() : tieIds.map(originalId);
  return { value: { id, source: ends[0], target: ends[1] }, line: el.line };
}

/** The warnings both XML readers give after reading nodes: labels tidied, ids renamed. */
export function warnNodeRepairs(ctx: ReadContext, relabelled: number, nodeIds: IdMapper): void {
  if (relabelled > 0) ctx.warn('nodes', `${relabelled} labels were empty, over 200 characters or on several lines, and were tidied`);
  if (nodeIds.renamed > 0) ctx.warn('nodes', `${nodeIds.renamed} node ids had spaces or other characters ids cannot hold and were renamed`);
}
