// Turn Kumu-shaped rows (from a Kumu JSON blueprint, an XLSX workbook or a CSV pair) into a care
// map. Each reader only flattens its syntax into rows of named cells; this module decides what the
// names and values mean (Kumu's vocabulary, vocabulary.ts), resolves connections to elements by ID
// or Label and keeps every attribute it does not understand as a custom field. The nodes and ties
// it makes then go through the one tabular assembler (../table/assemble.ts), like every other
// foreign format, so the result is a valid CareMap or problems naming the file, the line (or JSON
// path) and the value.
import {
  ACTOR_CATEGORIES,
  CLOSENESS,
  COLLECTIVE_KINDS,
  COMMONS_STATUSES,
  CONSENT_METHODS,
  CONSENT_STATUSES,
  type CareMap,
  type CareNode,
  type CareTypeDef,
  type CatalogueEntry,
  type Consent,
  DEFAULT_CARE_TYPES,
  FORBIDDEN_KEYS,
  FORMALITIES,
  FREQUENCIES,
  ID_PATTERN,
  LOCATION_PRIVACIES,
  type Location,
  type Position,
  NODE_KINDS,
  type NodeId,
  type NodeKind,
  PARTICIPATIONS,
  PARTNERSHIP_STATUSES,
  PAYMENTS,
  PERSON_ROLES,
  type PersonRole,
  type Result,
  STRENGTHS,
  TIE_FORMALITIES,
  type Tie,
  type TieId,
  MAX_LABEL_LENGTH,
  newNodeId,
  makeTie,
} from '../../model';
import { assembleMap, type Draft, warnNodeRepairs } from '../table/assemble';
import { plural, ReadReport } from '../table/report';
import { cleanLabel, readBoolean } from '../table/text';
import {
  aliasIndex,
  CONNECTION_KEYS,
  ELEMENT_KEYS,
  KUMU_STRENGTH_FIELD,
  KUMU_TYPE_FIELD,
  matchCatalogue,
  meaningOfConnectionType,
  meaningOfElementType,
  normaliseKey,
} from './vocabulary';

/** One named value of a row: a spreadsheet cell or a JSON attribute. */
export interface KumuCell {
  /** The name as written in the file (shown in messages, used as the custom field name). */
  readonly header: string;
  readonly value: unknown;
  /** JSON path of this value, e.g. `elements[3].attributes.location`; absent for spreadsheets. */
  readonly path?: string;
}

/** One element or connection as a reader found it. */
export interface KumuRow {
  readonly cells: readonly KumuCell[];
  readonly file: string;
  /** 1-based line (spreadsheet row, header included) when the format has lines. */
  readonly line?: number;
  /** JSON path of the whole row, e.g. `elements[3]`; empty for spreadsheets. */
  readonly path: string;
}

export interface KumuInput {
  readonly elements: readonly KumuRow[];
  readonly connections: readonly KumuRow[];
  /** Cells hold only text (CSV): numbers and true/false in custom fields are typed on reading. */
  readonly textCells?: boolean;
  /** Spreadsheets may have an ID column and no Label column: then the ID is the label. */
  readonly labelFromId?: boolean;
  /** Title of the new map. */
  readonly title: string;
  readonly description?: string;
  /** Graph positions by the file's element id (a Kumu backup's map). */
  readonly positions?: ReadonlyMap<string, Position>;
  /** ISO date-time for createdAt/updatedAt. */
  readonly now?: string;
}

type Fields = Record<string, string | number | boolean>;

const ELEMENT_INDEX = aliasIndex(ELEMENT_KEYS);
const CONNECTION_INDEX = aliasIndex(CONNECTION_KEYS);

// ---------------------------------------------------------------- reading one value

/** Problems and warnings placed at a row, and at the cell's JSON path when it has one. */
class Report extends ReadReport {
  private at(row: KumuRow) {
    return { file: row.file, ...(row.line !== undefined ? { line: row.line } : {}) };
  }

  rowError(row: KumuRow, cell: KumuCell | undefined, message: string): void {
    this.error(cell?.path ?? row.path, message, this.at(row));
  }

  rowWarn(row: KumuRow, cell: KumuCell | undefined, message: string): void {
    this.warn(cell?.path ?? row.path, message, this.at(row));
  }

  /** A warning said once per `key`, at the first row, with the count of rows it applies to. */
  rowTally(key: string, row: KumuRow, cell: KumuCell | undefined, message: (count: number) => string): void {
    this.tally(key, cell?.path ?? row.path, this.at(row), message);
  }
}

function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isBlank);
  return false;
}

/** A value as one line of text for messages (short, JSON-quoted when not a plain string). */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(textOf).filter((s) => s !== '').join(' | ');
  return JSON.stringify(v) ?? '';
}

/** Free text (descriptions, notes) is kept as written, surrounding spaces included. */
function freeTextOf(v: unknown): string {
  return typeof v === 'string' ? v : textOf(v);
}

/** A list written as a JSON array or as one text split by `|` (Kumu's convention). */
function listOf(v: unknown): string[] {
  const items = Array.isArray(v) ? v.flatMap((x) => (typeof x === 'string' ? [x] : [textOf(x)])) : textOf(v).split('|');
  return [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];
}

function boolOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  return readBoolean(textOf(v));
}

function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** Days from 1899-12-30 to 1970-01-01: spreadsheet serial dates count from 1899-12-30. */
const SERIAL_EPOCH_DAYS = 25569;

function dateOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2958466) {
    return new Date((v - SERIAL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = textOf(v);
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(s);
  return m ? m[1] : undefined;
}

function locationOf(v: unknown): { lat: number; lng: number } | undefined {
  let lat: number | undefined;
  let lng: number | undefined;
  if (Array.isArray(v) && v.length === 2) [lat, lng] = [numberOf(v[0]), numberOf(v[1])];
  else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    lat = numberOf(o.lat ?? o.latitude);
    lng = numberOf(o.lng ?? o.lon ?? o.longitude);
  } else {
    const parts = textOf(v).split(',');
    if (parts.length === 2) [lat, lng] = [numberOf(parts[0]), numberOf(parts[1])];
  }
  return lat === undefined || lng === undefined ? undefined : { lat, lng };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

/** Care types named in a file (by id or label) resolved against the map's list; new ones added. */
class CareTypes {
  readonly list: CareTypeDef[];
  private readonly byKey = new Map<string, string>();

  constructor(initial: readonly CareTypeDef[]) {
    this.list = initial.map((c) => ({ ...c }));
    for (const c of this.list) this.remember(c);
  }

  private remember(c: CareTypeDef): void {
    this.byKey.set(normaliseKey(c.id), c.id);
    if (!this.byKey.has(normaliseKey(c.label))) this.byKey.set(normaliseKey(c.label), c.id);
  }

  resolve(name: string): string {
    const known = this.byKey.get(normaliseKey(name));
    if (known !== undefined) return known;
    const taken = new Set(this.list.map((c) => c.id));
    const base = slug(name) || 'care';
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
    const def: CareTypeDef = { id, label: name.trim().slice(0, MAX_LABEL_LENGTH), leaning: 'either' };
    this.list.push(def);
    this.remember(def);
    return id;
  }
}

// ---------------------------------------------------------------- one row

/** A row's cells split into the attributes we know (first occurrence wins) and custom ones. */
class RowReader {
  readonly known = new Map<string, KumuCell>();
  readonly custom: KumuCell[] = [];
  readonly fields: Fields = {};

  constructor(
    readonly row: KumuRow,
    index: ReadonlyMap<string, string>,
    private readonly report: Report,
    private readonly textCells: boolean,
  ) {
    for (const cell of row.cells) {
      if (isBlank(cell.value)) continue;
      const key = index.get(normaliseKey(cell.header));
      if (key !== undefined && !this.known.has(key)) this.known.set(key, cell);
      else this.custom.push(cell);
    }
  }

  get isEmpty(): boolean {
    return this.known.size === 0 && this.custom.length === 0;
  }

  cell(key: string): KumuCell | undefined {
    return this.known.get(key);
  }

  text(key: string): string | undefined {
    const c = this.known.get(key);
    if (c === undefined) return undefined;
    const t = textOf(c.value);
    return t === '' ? undefined : t;
  }

  freeText(key: string): string | undefined {
    const c = this.known.get(key);
    return c === undefined ? undefined : freeTextOf(c.value);
  }

  list(key: string): string[] {
    const c = this.known.get(key);
    return c === undefined ? [] : listOf(c.value);
  }

  /** A known attribute read with `read`; a value it cannot read is kept as a custom field, with a warning. */
  private typed<T>(key: string, read: (v: unknown) => T | undefined, what: string | (() => string)): T | undefined {
    const c = this.known.get(key);
    if (c === undefined) return undefined;
    const value = read(c.value);
    if (value === undefined) this.notOurs(c, `is not ${typeof what === 'string' ? what : what()}`);
    return value;
  }

  bool(key: string): boolean | undefined {
    return this.typed(key, boolOf, 'yes or no');
  }

  number(key: string): number | undefined {
    return this.typed(key, numberOf, 'a number');
  }

  date(key: string): string | undefined {
    return this.typed(key, dateOf, 'a date written YYYY-MM-DD');
  }

  /** A catalogue value; one we do not know is kept as a custom field, with a warning. */
  choice<T extends string>(key: string, catalogue: readonly CatalogueEntry<T>[]): T | undefined {
    // the list of ids is worded only for a value that is not in it: this runs for every cell
    const c = this.known.get(key);
    if (c === undefined) return undefined;
    return this.typed(key, (v) => matchCatalogue(catalogue, textOf(v)), () => `one of ${catalogue.map((e) => e.id).join(', ')}`);
  }

  /**
   * A value that is not one Carewealth can hold where its name says: kept as a custom field (with
   * `alsoKeep`, the cells that belong with it), and one warning per attribute and reason with the
   * count of rows.
   */
  notOurs(c: KumuCell, reason: string, alsoKeep: readonly (KumuCell | undefined)[] = []): void {
    for (const k of [c, ...alsoKeep]) this.keep(k);
    this.report.rowTally(`not ours ${normaliseKey(c.header)} ${reason}`, this.row, c, (n) => {
      const more = n > 1 ? ` (and ${plural(n - 1, 'more row', 'more rows')} like it)` : '';
      return `${c.header} "${shown(c.value)}" ${reason}${more}; kept as a custom field`;
    });
  }

  /** Keep a known attribute that does not apply here (e.g. Payment on a membership) as a field. */
  keep(c: KumuCell | undefined): void {
    if (c !== undefined) this.setField(c.header.trim(), this.scalar(c.value), c);
  }

  keepAll(keys: readonly string[]): void {
    for (const k of keys) this.keep(this.known.get(k));
  }

  private scalar(v: unknown): string | number | boolean {
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      if (this.textCells) {
        const t = v.trim();
        if (t === 'true' || t === 'false') return t === 'true';
        // only canonical numerals, so "007" or "1e3" stay text and round-trip unchanged
        const n = Number(t);
        if (t !== '' && Number.isFinite(n) && String(n) === t) return n;
      }
      return v;
    }
    if (Array.isArray(v)) return listOf(v).join('|');
    return JSON.stringify(v) ?? '';
  }

  setField(name: string, value: string | number | boolean, cell?: KumuCell): void {
    // eslint-disable-next-line no-control-regex
    if (FORBIDDEN_KEYS.has(name) || name === '' || name.length > 80 || /[\u0000-\u001F\u007F]/.test(name)) {
      this.report.rowWarn(this.row, cell, `the attribute name "${shown(name)}" cannot be kept; its value was dropped`);
      return;
    }
    this.fields[name] = value;
  }

  readCustom(): void {
    for (const c of this.custom) this.keep(c);
  }
}

// ---------------------------------------------------------------- elements

interface TypeTally {
  count: number;
  row: KumuRow;
  cell: KumuCell | undefined;
}

function tally(map: Map<string, TypeTally>, type: string, row: KumuRow, cell: KumuCell | undefined): void {
  const t = map.get(type);
  if (t) t.count++;
  else map.set(type, { count: 1, row, cell });
}

/**
 * Note the row that first used an ID; a second use is a problem naming the first (false, and
 * the row is skipped). Rows without an ID always pass.
 */
function claimId(usedIds: Map<string, KumuRow>, rawId: string | undefined, r: RowReader, report: Report, what: 'elements' | 'connections'): boolean {
  if (rawId === undefined) return true;
  const first = usedIds.get(rawId);
  if (first === undefined) {
    usedIds.set(rawId, r.row);
    return true;
  }
  const firstAt = first.line !== undefined ? `line ${first.line}` : first.path;
  report.rowError(r.row, r.cell('id'), `ID "${shown(rawId)}" is used by two ${what} (first at ${firstAt})`);
  return false;
}

interface ElementIndex {
  readonly byRawId: Map<string, NodeId>;
  readonly byLabel: Map<string, { id: NodeId; row: KumuRow }[]>;
}

function readElements(input: KumuInput, report: Report, careTypes: CareTypes): { nodes: CareNode[]; rows: KumuRow[]; index: ElementIndex } {
  const nodes: CareNode[] = [];
  const rows: KumuRow[] = [];
  const index: ElementIndex = { byRawId: new Map(), byLabel: new Map() };
  const usedIds = new Map<string, KumuRow>();
  const unknownTypes = new Map<string, TypeTally>();
  let untyped: TypeTally | undefined;
  let relabelled = 0;

  for (const row of input.elements) {
    const r = new RowReader(row, ELEMENT_INDEX, report, input.textCells === true);
    if (r.isEmpty) continue;
    const label = r.text('label') ?? (input.labelFromId === true ? r.text('id') : undefined);
    if (label === undefined) {
      report.rowError(row, undefined, 'this element has no Label');
      continue;
    }

    // kind: our own Kind attribute, else what the Kumu type means, else a guess (organisation)
    const kindCell = r.cell('kind');
    const kindOverride = kindCell ? matchCatalogue(NODE_KINDS, textOf(kindCell.value)) : undefined;
    if (kindCell && kindOverride === undefined) r.keep(kindCell);
    const typeCell = r.cell('element type');
    const type = r.text('element type');
    const meaning = type !== undefined ? meaningOfElementType(type) : undefined;
    if (type !== undefined && meaning === undefined) {
      r.setField(KUMU_TYPE_FIELD, type, typeCell);
      if (kindOverride === undefined) tally(unknownTypes, type, row, typeCell);
    }
    if (type === undefined && kindOverride === undefined) {
      if (untyped) untyped.count++;
      else untyped = { count: 1, row, cell: undefined };
    }
    const kind: NodeKind = kindOverride ?? meaning?.kind ?? 'organisation';
    const tidied = cleanLabel(label, label);
    if (tidied.changed) relabelled++;
    const node: CareNode = { id: '' as NodeId, kind, label: tidied.label, roles: [], careOffered: [], careNeeded: [], tags: [] };

    // id: the file's own when it is usable, so re-imports match; a fresh one otherwise
    const rawId = r.text('id');
    if (!claimId(usedIds, rawId, r, report, 'elements')) continue;
    node.id = (rawId !== undefined && ID_PATTERN.test(rawId) ? rawId : newNodeId()) as NodeId;
    if (rawId !== undefined) index.byRawId.set(rawId, node.id);
    const position = rawId === undefined ? undefined : input.positions?.get(rawId);
    if (position !== undefined) node.position = position;
    const labelKey = normaliseKey(label);
    index.byLabel.set(labelKey, [...(index.byLabel.get(labelKey) ?? []), { id: node.id, row }]);

    // people carry roles, collective actors a category and the anchor flag
    if (kind === 'person') {
      const roles = new Set<PersonRole>(meaning?.role ? [meaning.role] : []);
      const roleCell = r.cell('roles');
      const unknown: string[] = [];
      for (const name of r.list('roles')) {
        const role = matchCatalogue(PERSON_ROLES, name);
        if (role) roles.add(role);
        else unknown.push(name);
      }
      if (roleCell && unknown.length > 0) {
        report.rowWarn(row, roleCell, `${roleCell.header} "${shown(unknown.join('|'))}" ${unknown.length === 1 ? 'is not a role' : 'are not roles'} Carewealth knows; kept as a custom field`);
        r.setField(roleCell.header.trim(), unknown.join('|'), roleCell);
      }
      node.roles = [...roles];
      r.keepAll(['category', 'anchor']);
    } else {
      r.keep(r.cell('roles'));
      const category = r.cell('category') ? r.choice('category', ACTOR_CATEGORIES) : meaning?.category;
      if (category !== undefined) node.category = category;
      if (COLLECTIVE_KINDS.includes(kind)) {
        const anchor = r.bool('anchor');
        if (anchor !== undefined) node.isAnchor = anchor;
      } else r.keep(r.cell('anchor'));
    }

    const formalityCell = r.cell('formality');
    if (formalityCell) {
      const asBool = typeof formalityCell.value === 'boolean' ? formalityCell.value : undefined;
      const formality = asBool !== undefined ? (asBool ? 'formal' : 'informal') : r.choice('formality', FORMALITIES);
      if (formality !== undefined) node.formality = formality;
    }
    node.careOffered = r.list('care offered').map((n) => careTypes.resolve(n));
    node.careNeeded = r.list('care needed').map((n) => careTypes.resolve(n));
    node.careOffered = [...new Set(node.careOffered)];
    node.careNeeded = [...new Set(node.careNeeded)];
    const description = r.freeText('description');
    if (description !== undefined) node.description = description;
    const notes = r.freeText('notes');
    if (notes !== undefined) node.notes = notes;
    node.tags = r.list('tags');

    const location = readLocation(r, kind);
    if (location) node.location = location;
    const hours = r.number('capacity hours');
    const maxReceivers = r.number('max receivers');
    const capacityNote = r.freeText('capacity note');
    if (hours !== undefined || maxReceivers !== undefined || capacityNote !== undefined) {
      node.capacity = {
        ...(hours !== undefined ? { hoursPerWeek: hours } : {}),
        ...(maxReceivers !== undefined ? { maxReceivers } : {}),
        ...(capacityNote !== undefined ? { note: capacityNote } : {}),
      };
    }
    const consent = readConsent(r);
    if (consent) node.consent = consent;
    const validFrom = r.date('valid from');
    if (validFrom !== undefined) node.validFrom = validFrom;
    const validTo = r.date('valid to');
    if (validTo !== undefined) node.validTo = validTo;

    r.readCustom();
    if (Object.keys(r.fields).length > 0) node.fields = r.fields;
    nodes.push(node);
    rows.push(row);
  }

  warnNodeRepairs(report, relabelled, 0);
  for (const [type, t] of unknownTypes) {
    report.rowWarn(t.row, t.cell, `Type "${shown(type)}" (${plural(t.count, 'element', 'elements')}) is not a kind Carewealth knows; read as organisation, the type is kept in the field "${KUMU_TYPE_FIELD}"`);
  }
  if (untyped) report.rowWarn(untyped.row, undefined, `${plural(untyped.count, 'element has', 'elements have')} no Type; read as organisation`);
  return { nodes, rows, index };
}

function readLocation(r: RowReader, kind: NodeKind): Location | undefined {
  const cell = r.cell('location');
  const latCell = r.cell('latitude');
  const lngCell = r.cell('longitude');
  const privacyCell = r.cell('location privacy');
  const given = cell ?? latCell ?? lngCell;
  if (given === undefined) {
    r.keep(privacyCell);
    return undefined;
  }
  let point: { lat: number; lng: number } | undefined;
  let why: string | undefined;
  if (cell !== undefined) {
    point = locationOf(cell.value);
    if (point === undefined) why = 'is not "lat, lng"';
  } else if (latCell === undefined || lngCell === undefined) why = 'is only half a location: it needs both Latitude and Longitude';
  else {
    const lat = numberOf(latCell.value);
    const lng = numberOf(lngCell.value);
    if (lat === undefined || lng === undefined) why = `and ${lngCell.header} "${shown(lngCell.value)}" are not a pair of numbers`;
    else point = { lat, lng };
  }
  if (point !== undefined && Math.abs(point.lat) > 90) why = `has latitude ${point.lat}, not between -90 and 90 (is the order "lat, lng"?)`;
  else if (point !== undefined && Math.abs(point.lng) > 180) why = `has longitude ${point.lng}, not between -180 and 180`;
  if (why !== undefined || point === undefined) {
    r.notOurs(given, why ?? 'is not a location', [cell, latCell, lngCell, privacyCell].filter((c) => c !== given));
    return undefined;
  }
  // people's homes are sensitive: unless the file says otherwise, their points are approximate
  const privacy = r.choice('location privacy', LOCATION_PRIVACIES) ?? (kind === 'person' ? 'approximate' : 'exact');
  return { lat: point.lat, lng: point.lng, privacy };
}

function readConsent(r: RowReader): Consent | undefined {
  const parts = ['consent by', 'consent date', 'consent method', 'consent review', 'consent note'];
  if (!r.cell('consent')) {
    const stray = parts.map((p) => r.cell(p)).filter((c) => c !== undefined);
    if (stray[0] !== undefined) r.notOurs(stray[0], 'is given but Consent (the status) is empty', stray.slice(1));
    return undefined;
  }
  const status = r.choice('consent', CONSENT_STATUSES);
  if (status === undefined) {
    r.keepAll(parts);
    return undefined;
  }
  const consent: Consent = { status };
  const by = r.text('consent by');
  if (by !== undefined) consent.by = by;
  const at = r.date('consent date');
  if (at !== undefined) consent.at = at;
  const method = r.choice('consent method', CONSENT_METHODS);
  if (method !== undefined) consent.method = method;
  const reviewAt = r.date('consent review');
  if (reviewAt !== undefined) consent.reviewAt = reviewAt;
  const note = r.freeText('consent note');
  if (note !== undefined) consent.note = note;
  return consent;
}

// ---------------------------------------------------------------- connections

const MUTUAL = new Set(['undirected', 'mutual', 'bidirectional', 'both', 'two way']);
const CARE_ONLY = ['formality', 'payment', 'frequency', 'hours per week', 'closeness', 'in support plan'];
const MEMBERSHIP_ONLY = ['participation', 'owner consented', 'member consented'];

function resolveEnd(r: RowReader, report: Report, key: 'from' | 'to', index: ElementIndex): NodeId | undefined {
  const cell = r.cell(key);
  const name = r.text(key);
  if (cell === undefined || name === undefined) {
    report.rowError(r.row, undefined, `this connection has no ${key === 'from' ? 'From' : 'To'}`);
    return undefined;
  }
  const byId = index.byRawId.get(name);
  if (byId !== undefined) return byId;
  const byLabel = index.byLabel.get(normaliseKey(name));
  const first = byLabel?.[0];
  if (first === undefined) {
    report.rowError(r.row, cell, `${cell.header} "${shown(name)}" matches no element's ID or Label`);
    return undefined;
  }
  if ((byLabel?.length ?? 0) > 1) {
    const at = first.row.line !== undefined ? `line ${first.row.line}` : first.row.path;
    report.rowWarn(r.row, cell, `${cell.header} "${shown(name)}" matches ${byLabel?.length} elements by Label; joined to the first (${at}). Give elements IDs to be sure.`);
  }
  return first.id;
}

function readConnections(input: KumuInput, report: Report, careTypes: CareTypes, index: ElementIndex): { ties: Tie[]; rows: KumuRow[] } {
  const ties: Tie[] = [];
  const rows: KumuRow[] = [];
  const usedIds = new Map<string, KumuRow>();
  const unknownTypes = new Map<string, TypeTally>();

  for (const row of input.connections) {
    const r = new RowReader(row, CONNECTION_INDEX, report, input.textCells === true);
    if (r.isEmpty) continue;
    const source = resolveEnd(r, report, 'from', index);
    const target = resolveEnd(r, report, 'to', index);
    if (source === undefined || target === undefined) continue;

    const typeCell = r.cell('connection type');
    const type = r.text('connection type');
    const meaning = type !== undefined ? meaningOfConnectionType(type) : undefined;
    if (type !== undefined && meaning === undefined) {
      r.setField(KUMU_TYPE_FIELD, type, typeCell);
      tally(unknownTypes, type, row, typeCell);
    }
    const kind = meaning?.kind ?? 'care';

    const rawId = r.text('id');
    if (!claimId(usedIds, rawId, r, report, 'connections')) continue;
    const tie: Tie = makeTie(kind, source, target);
    if (rawId !== undefined && ID_PATTERN.test(rawId)) tie.id = rawId as TieId;

    const dirCell = r.cell('connection direction');
    if (dirCell) {
      const dir = normaliseKey(textOf(dirCell.value));
      if (MUTUAL.has(dir)) tie.mutual = true;
      else if (dir !== 'directed') report.rowWarn(row, dirCell, `${dirCell.header} "${shown(dirCell.value)}" is not directed, undirected or mutual; read as directed`);
    }
    const strengthCell = r.cell('strength');
    if (strengthCell) {
      const strength = matchCatalogue(STRENGTHS, textOf(strengthCell.value));
      if (strength) tie.strength = strength;
      else {
        report.rowWarn(row, strengthCell, `${strengthCell.header} "${shown(strengthCell.value)}" is not generative, engaged, inactive or unclassified; kept in the field "${KUMU_STRENGTH_FIELD}"`);
        r.setField(KUMU_STRENGTH_FIELD, typeof strengthCell.value === 'number' ? strengthCell.value : textOf(strengthCell.value), strengthCell);
      }
    }
    const label = r.text('label');
    if (label !== undefined) tie.label = label;
    const notes = r.freeText('description');
    if (notes !== undefined) tie.notes = notes;
    tie.careTypes = [...new Set(r.list('care types').map((n) => careTypes.resolve(n)))];
    const since = r.date('since');
    if (since !== undefined) tie.since = since;
    const until = r.date('until');
    if (until !== undefined) tie.until = until;
    const role = r.text('role');
    if (role !== undefined) tie.role = role;

    if (kind === 'care') {
      const fCell = r.cell('formality');
      if (fCell) {
        const f = typeof fCell.value === 'boolean' ? (fCell.value ? 'formal' : 'informal') : r.choice('formality', TIE_FORMALITIES);
        if (f !== undefined) tie.formality = f;
      }
      const payment = r.choice('payment', PAYMENTS);
      if (payment !== undefined) tie.payment = payment;
      const frequency = r.choice('frequency', FREQUENCIES);
      if (frequency !== undefined) tie.frequency = frequency;
      const hours = r.number('hours per week');
      if (hours !== undefined) tie.hoursPerWeek = hours;
      const closeness = r.choice('closeness', CLOSENESS);
      if (closeness !== undefined) tie.closeness = closeness;
      const plan = r.bool('in support plan') ?? meaning?.inSupportPlan;
      if (plan !== undefined) tie.inSupportPlan = plan;
    } else r.keepAll(CARE_ONLY);

    if (kind === 'membership') {
      const participation = r.choice('participation', PARTICIPATIONS);
      if (participation !== undefined) tie.participation = participation;
      const owner = r.bool('owner consented');
      if (owner !== undefined) tie.ownerConsented = owner;
      const member = r.bool('member consented');
      if (member !== undefined) tie.memberConsented = member;
    } else r.keepAll(MEMBERSHIP_ONLY);

    if (kind === 'partnership') {
      const status = r.choice('partnership status', PARTNERSHIP_STATUSES);
      if (status !== undefined) tie.partnershipStatus = status;
    } else r.keep(r.cell('partnership status'));

    if (kind === 'commons_membership') {
      const status = r.cell('commons status') ? r.choice('commons status', COMMONS_STATUSES) : meaning?.commonsStatus;
      if (status !== undefined) tie.commonsStatus = status;
    } else r.keep(r.cell('commons status'));

    r.readCustom();
    if (Object.keys(r.fields).length > 0) tie.fields = r.fields;
    ties.push(tie);
    rows.push(row);
  }
  for (const [type, t] of unknownTypes) {
    report.rowWarn(t.row, t.cell, `Type "${shown(type)}" (${plural(t.count, 'connection', 'connections')}) is not a tie kind Carewealth knows; read as care, the type is kept in the field "${KUMU_TYPE_FIELD}"`);
  }
  return { ties, rows };
}

// ---------------------------------------------------------------- the map

function draftsOf(items: readonly (CareNode | Tie)[], rows: readonly KumuRow[]): Draft[] {
  return items.map((item, i) => {
    const row = rows[i] as KumuRow;
    return { value: item as unknown as Record<string, unknown>, line: row.line, file: row.file, path: row.path };
  });
}

/**
 * Build a care map from Kumu-shaped rows. Elements become nodes (kind from Type, or our own Kind
 * attribute), connections become ties joined by element ID or, failing that, Label. Returns the
 * validated map with warnings (unknown types, values kept as custom fields), or problems.
 */
export function buildMapFromKumu(input: KumuInput): Result<CareMap> {
  const report = new Report(input.elements[0]?.file ?? input.connections[0]?.file ?? '');
  const careTypes = new CareTypes(DEFAULT_CARE_TYPES);
  const elements = readElements(input, report, careTypes);
  const connections = readConnections(input, report, careTypes, elements.index);
  return assembleMap(
    report,
    {
      nodes: draftsOf(elements.nodes, elements.rows),
      ties: draftsOf(connections.ties, connections.rows),
      title: input.title,
      ...(input.description !== undefined ? { description: input.description } : {}),
      careTypes: careTypes.list,
    },
    input.now !== undefined ? { now: input.now } : {},
  );
}
