// A hand-written fast path for `CareMapSchema.parse`, for the records a big map holds by the
// thousand (nodes and ties, in the map and in its snapshots). zod builds a payload, an issue list
// and a closure call per field; a 20,000-node file has about two million fields, and zod's walk
// cost more than parsing the JSON. This kernel checks the same rules with plain code and builds
// the same output (same keys in the same order, the same defaults, labels trimmed).
//
// It only ever says yes or "ask zod": on the first thing it does not accept it gives up, and the
// caller runs zod, so a bad file gets zod's own messages. The small parts of the document (meta,
// care types, overlays, records, a snapshot's care types) are parsed by their zod schemas here.
// schema.ts stays the one declared schema; test/model/fastParse.test.ts holds the kernel to it
// (every key of every record covered, and the same answer on fixtures, generated maps and a
// corpus of hostile documents).
import { ACTOR_CATEGORY_IDS, CLOSENESS_IDS, COMMONS_STATUS_IDS, CONSENT_METHOD_IDS, CONSENT_STATUS_IDS, FORMALITY_IDS, FREQUENCY_IDS, LOCATION_PRIVACY_IDS, NODE_KIND_IDS, PARTICIPATION_IDS, PARTNERSHIP_STATUS_IDS, PAYMENT_IDS, PERSON_ROLE_IDS, SNAPSHOT_EVENT_IDS, STRENGTH_IDS, TIE_FORMALITY_IDS, TIE_KIND_IDS } from './catalogues';
import { ID_PATTERN } from './ids';
import { type CareMap, CareMapSchema, CONTROL_CHARS, dateProblem, FORBIDDEN_KEYS, MAX_LABEL_LENGTH, SCHEMA_VERSION, SnapshotSchema, DOCUMENT_TYPE } from './schema';

/** Thrown (and caught below) when the kernel meets anything it does not accept. */
class AskZod {}
const ASK_ZOD = new AskZod();

function askZod(): never {
  throw ASK_ZOD;
}

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------- scalars

function object(v: unknown): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) askZod();
  return v as Obj;
}

function array(v: unknown, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) askZod();
  return v;
}

function text(v: unknown, max: number): string {
  if (typeof v !== 'string' || v.length > max || CONTROL_CHARS.test(v)) askZod();
  return v;
}

const LINE_BREAK = /[\r\n]/;

/** LabelSchema (and TagSchema with max 60): text, trimmed, not empty, one line for labels. */
function label(v: unknown, max = MAX_LABEL_LENGTH): string {
  const s = text(v, max).trim();
  if (s.length === 0 || LINE_BREAK.test(s)) askZod();
  return s;
}

function tag(v: unknown): string {
  const s = text(v, 60).trim();
  if (s.length === 0) askZod();
  return s;
}

function id(v: unknown): string {
  if (typeof v !== 'string' || !ID_PATTERN.test(v)) askZod();
  return v;
}

function date(v: unknown): string {
  if (typeof v !== 'string' || dateProblem(v) !== undefined) askZod();
  return v;
}

function number(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) askZod();
  return v;
}

function boolean(v: unknown): boolean {
  if (typeof v !== 'boolean') askZod();
  return v;
}

function oneOf(values: readonly string[]): (v: unknown) => string {
  const set: ReadonlySet<unknown> = new Set(values);
  return (v) => {
    if (!set.has(v)) askZod();
    return v as string;
  };
}

const hours = (v: unknown) => number(v, 0, 168);
const note = (v: unknown) => text(v, 20_000);
const text200 = (v: unknown) => text(v, 200);
const text120 = (v: unknown) => text(v, 120);

/** uniqueList: at most `max` entries, each checked, none repeated (after trimming). */
function list(v: unknown, max: number, item: (x: unknown) => string): string[] {
  const a = array(v, max);
  const out = new Array<string>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  if (out.length >= 2 && new Set(out).size !== out.length) askZod();
  return out;
}

// ---------------------------------------------------------------- objects field by field

/**
 * Copy an optional field: absent stays absent; present (even as undefined, as zod's `key in
 * input` has it) is copied after its check. Undefined passes an optional schema unchecked.
 */
function optional(out: Obj, v: Obj, key: string, check: (x: unknown) => unknown): void {
  if (!(key in v)) return;
  const x = v[key];
  out[key] = x === undefined ? undefined : check(x);
}

function required(v: Obj, key: string): unknown {
  if (!(key in v)) askZod();
  return v[key];
}

/** Imported custom fields: plain object, safe names, strings up to 20,000, finite numbers, booleans. */
function fields(v: unknown): Obj {
  const o = object(v);
  const proto: unknown = Object.getPrototypeOf(o);
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(o).length > 0) askZod();
  const out: Obj = {};
  for (const key of Object.keys(o)) {
    if (key.length === 0 || key.length > 80 || FORBIDDEN_KEYS.has(key) || CONTROL_CHARS.test(key)) askZod();
    const x = o[key];
    if (typeof x === 'string') {
      if (x.length > 20_000) askZod();
    } else if (typeof x === 'number') {
      if (!Number.isFinite(x)) askZod();
    } else if (typeof x !== 'boolean') askZod();
    out[key] = x;
  }
  return out;
}

const privacy = oneOf(LOCATION_PRIVACY_IDS);

function location(v: unknown): Obj {
  const o = object(v);
  return {
    lat: number(required(o, 'lat'), -90, 90),
    lng: number(required(o, 'lng'), -180, 180),
    privacy: privacy(required(o, 'privacy')),
  };
}

function receivers(v: unknown): number {
  const n = number(v, 0, 100_000);
  if (!Number.isInteger(n)) askZod();
  return n;
}

function capacity(v: unknown): Obj {
  const o = object(v);
  const out: Obj = {};
  optional(out, o, 'hoursPerWeek', hours);
  optional(out, o, 'maxReceivers', receivers);
  optional(out, o, 'note', note);
  return out;
}

const consentStatus = oneOf(CONSENT_STATUS_IDS);
const consentMethod = oneOf(CONSENT_METHOD_IDS);

function consent(v: unknown): Obj {
  const o = object(v);
  const out: Obj = { status: consentStatus(required(o, 'status')) };
  optional(out, o, 'by', text200);
  optional(out, o, 'at', date);
  optional(out, o, 'method', consentMethod);
  optional(out, o, 'reviewAt', date);
  optional(out, o, 'note', note);
  return out;
}

function position(v: unknown): Obj {
  const o = object(v);
  const pinned = o.pinned;
  return {
    x: number(required(o, 'x'), -1e7, 1e7),
    y: number(required(o, 'y'), -1e7, 1e7),
    pinned: pinned === undefined ? true : boolean(pinned),
  };
}

// ---------------------------------------------------------------- nodes and ties

const nodeKind = oneOf(NODE_KIND_IDS);
const role = oneOf(PERSON_ROLE_IDS);
const category = oneOf(ACTOR_CATEGORY_IDS);
const formality = oneOf(FORMALITY_IDS);

/** One CareNodeSchema record. */
function careNode(v: unknown): Obj {
  const o = object(v);
  const out: Obj = {
    id: id(required(o, 'id')),
    kind: nodeKind(required(o, 'kind')),
    label: label(required(o, 'label')),
  };
  out.roles = o.roles === undefined ? [] : list(o.roles, 40, role);
  optional(out, o, 'category', category);
  optional(out, o, 'formality', formality);
  optional(out, o, 'isAnchor', boolean);
  out.careOffered = o.careOffered === undefined ? [] : list(o.careOffered, 200, id);
  out.careNeeded = o.careNeeded === undefined ? [] : list(o.careNeeded, 200, id);
  optional(out, o, 'description', note);
  optional(out, o, 'notes', note);
  out.tags = o.tags === undefined ? [] : list(o.tags, 200, tag);
  optional(out, o, 'location', location);
  optional(out, o, 'capacity', capacity);
  optional(out, o, 'consent', consent);
  optional(out, o, 'validFrom', date);
  optional(out, o, 'validTo', date);
  optional(out, o, 'position', position);
  optional(out, o, 'fields', fields);
  return out;
}

const tieKind = oneOf(TIE_KIND_IDS);
const tieFormality = oneOf(TIE_FORMALITY_IDS);
const payment = oneOf(PAYMENT_IDS);
const strength = oneOf(STRENGTH_IDS);
const frequency = oneOf(FREQUENCY_IDS);
const closeness = oneOf(CLOSENESS_IDS);
const participation = oneOf(PARTICIPATION_IDS);
const partnershipStatus = oneOf(PARTNERSHIP_STATUS_IDS);
const commonsStatus = oneOf(COMMONS_STATUS_IDS);

/** One TieSchema record. */
function tie(v: unknown): Obj {
  const o = object(v);
  const out: Obj = {
    id: id(required(o, 'id')),
    kind: tieKind(required(o, 'kind')),
    source: id(required(o, 'source')),
    target: id(required(o, 'target')),
    mutual: o.mutual === undefined ? false : boolean(o.mutual),
  };
  optional(out, o, 'label', text200);
  optional(out, o, 'formality', tieFormality);
  optional(out, o, 'payment', payment);
  out.careTypes = o.careTypes === undefined ? [] : list(o.careTypes, 200, id);
  out.strength = o.strength === undefined ? 'unclassified' : strength(o.strength);
  optional(out, o, 'frequency', frequency);
  optional(out, o, 'hoursPerWeek', hours);
  optional(out, o, 'closeness', closeness);
  optional(out, o, 'inSupportPlan', boolean);
  optional(out, o, 'since', date);
  optional(out, o, 'until', date);
  optional(out, o, 'notes', note);
  optional(out, o, 'role', text120);
  optional(out, o, 'participation', participation);
  optional(out, o, 'ownerConsented', boolean);
  optional(out, o, 'memberConsented', boolean);
  optional(out, o, 'partnershipStatus', partnershipStatus);
  optional(out, o, 'commonsStatus', commonsStatus);
  optional(out, o, 'fields', fields);
  return out;
}

function each(v: unknown, max: number, item: (x: unknown) => Obj): Obj[] {
  const a = array(v, max);
  const out = new Array<Obj>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  return out;
}

// ---------------------------------------------------------------- the small parts, through zod

interface ParsesSafely {
  safeParse(v: unknown): { success: true; data: unknown } | { success: false };
}

function viaZod(schema: ParsesSafely, v: unknown): unknown {
  const r = schema.safeParse(v);
  if (!r.success) askZod();
  return r.data;
}

const snapshotEvent = oneOf(SNAPSHOT_EVENT_IDS);
const snapshotCareTypes = (v: unknown) => viaZod(SnapshotSchema.shape.careTypes, v);

/** One SnapshotSchema record: its nodes and ties by the kernel, its care types by zod. */
function snapshot(v: unknown): Obj {
  const o = object(v);
  const out: Obj = {
    id: id(required(o, 'id')),
    label: label(required(o, 'label')),
    takenAt: date(required(o, 'takenAt')),
  };
  optional(out, o, 'event', snapshotEvent);
  optional(out, o, 'note', note);
  optional(out, o, 'author', text200);
  optional(out, o, 'centreNodeId', id);
  optional(out, o, 'careTypes', snapshotCareTypes);
  out.nodes = each(required(o, 'nodes'), Infinity, careNode);
  out.ties = each(required(o, 'ties'), Infinity, tie);
  return out;
}

function document(v: unknown): Obj {
  const o = object(v);
  if (required(o, 'type') !== DOCUMENT_TYPE || required(o, 'schemaVersion') !== SCHEMA_VERSION) askZod();
  const shape = CareMapSchema.shape;
  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: id(required(o, 'id')),
    meta: viaZod(shape.meta, required(o, 'meta')),
    careTypes: viaZod(shape.careTypes, required(o, 'careTypes')),
    nodes: each(required(o, 'nodes'), 200_000, careNode),
    ties: each(required(o, 'ties'), 1_000_000, tie),
    overlays: viaZod(shape.overlays, o.overlays),
    records: viaZod(shape.records, o.records),
    snapshots: o.snapshots === undefined ? [] : each(o.snapshots, 200, snapshot),
  };
}

/**
 * What `CareMapSchema.safeParse(value).data` would be, or undefined when the kernel does not
 * accept `value` (then zod must decide, and say what is wrong). Never throws on bad input.
 */
export function parseCareMapFast(value: unknown): CareMap | undefined {
  try {
    return document(value) as CareMap;
  } catch (err) {
    if (err === ASK_ZOD) return undefined;
    throw err;
  }
}

