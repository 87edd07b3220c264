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

// Read once: the checks below run millions of times, and under a development loader (tsx, vitest)
// every read of an imported binding is a getter call.
const CONTROL = CONTROL_CHARS;
const ID = ID_PATTERN;
const FORBIDDEN = FORBIDDEN_KEYS;

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

/**
 * A record whose keys are walked (for…in): plain data only. zod looks keys up instead, so it also
 * sees inherited ones; an object with another prototype is left to zod. Every document loaded is
 * plain data (parsed JSON, a structured clone from storage or a worker, object literals), whose
 * properties are all own and enumerable; a non-enumerable one is the one thing for…in would miss.
 */
function plainRecord(v: unknown): Obj {
  const o = object(v);
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) askZod();
  return o;
}


function array(v: unknown, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) askZod();
  return v;
}

function text(v: unknown, max: number): string {
  if (typeof v !== 'string' || v.length > max || CONTROL.test(v)) askZod();
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
  if (typeof v !== 'string' || !ID.test(v)) askZod();
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
    if (key.length === 0 || key.length > 80 || FORBIDDEN.has(key) || CONTROL.test(key)) askZod();
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

/** Marks a key the input does not have (as against one it has, set to undefined). */
const ABSENT: unique symbol = Symbol('absent');
type Read = unknown;

/**
 * One CareNodeSchema record. The input's own keys are walked once and sorted by a switch, rather
 * than each of the schema's keys looked up: a node sets about a third of them, and a lookup that
 * misses (through the prototype) cost as much as one that finds. The output is built in the
 * schema's key order, as zod builds it.
 */
function careNode(v: unknown): Obj {
  const o = plainRecord(v);
  let nid: Read = ABSENT, kind: Read = ABSENT, lab: Read = ABSENT, roles: Read = ABSENT, cat: Read = ABSENT;
  let form: Read = ABSENT, anchor: Read = ABSENT, offered: Read = ABSENT, needed: Read = ABSENT, desc: Read = ABSENT;
  let notes: Read = ABSENT, tags: Read = ABSENT, loc: Read = ABSENT, cap: Read = ABSENT, cons: Read = ABSENT;
  let from: Read = ABSENT, to: Read = ABSENT, pos: Read = ABSENT, flds: Read = ABSENT;
  for (const key in o) {
    const x = o[key];
    switch (key) {
      case 'id': nid = x; break;
      case 'kind': kind = x; break;
      case 'label': lab = x; break;
      case 'roles': roles = x; break;
      case 'category': cat = x; break;
      case 'formality': form = x; break;
      case 'isAnchor': anchor = x; break;
      case 'careOffered': offered = x; break;
      case 'careNeeded': needed = x; break;
      case 'description': desc = x; break;
      case 'notes': notes = x; break;
      case 'tags': tags = x; break;
      case 'location': loc = x; break;
      case 'capacity': cap = x; break;
      case 'consent': cons = x; break;
      case 'validFrom': from = x; break;
      case 'validTo': to = x; break;
      case 'position': pos = x; break;
      case 'fields': flds = x; break;
    }
  }
  const out: Obj = { id: id(nid), kind: nodeKind(kind), label: label(lab) };
  out.roles = roles === ABSENT || roles === undefined ? [] : list(roles, 40, role);
  if (cat !== ABSENT) out.category = cat === undefined ? undefined : category(cat);
  if (form !== ABSENT) out.formality = form === undefined ? undefined : formality(form);
  if (anchor !== ABSENT) out.isAnchor = anchor === undefined ? undefined : boolean(anchor);
  out.careOffered = offered === ABSENT || offered === undefined ? [] : list(offered, 200, id);
  out.careNeeded = needed === ABSENT || needed === undefined ? [] : list(needed, 200, id);
  if (desc !== ABSENT) out.description = desc === undefined ? undefined : note(desc);
  if (notes !== ABSENT) out.notes = notes === undefined ? undefined : note(notes);
  out.tags = tags === ABSENT || tags === undefined ? [] : list(tags, 200, tag);
  if (loc !== ABSENT) out.location = loc === undefined ? undefined : location(loc);
  if (cap !== ABSENT) out.capacity = cap === undefined ? undefined : capacity(cap);
  if (cons !== ABSENT) out.consent = cons === undefined ? undefined : consent(cons);
  if (from !== ABSENT) out.validFrom = from === undefined ? undefined : date(from);
  if (to !== ABSENT) out.validTo = to === undefined ? undefined : date(to);
  if (pos !== ABSENT) out.position = pos === undefined ? undefined : position(pos);
  if (flds !== ABSENT) out.fields = flds === undefined ? undefined : fields(flds);
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

/** One TieSchema record, read as careNode reads a node. */
function tie(v: unknown): Obj {
  const o = plainRecord(v);
  let tid: Read = ABSENT, kind: Read = ABSENT, src: Read = ABSENT, tgt: Read = ABSENT, mutual: Read = ABSENT;
  let lab: Read = ABSENT, form: Read = ABSENT, pay: Read = ABSENT, cts: Read = ABSENT, str: Read = ABSENT;
  let freq: Read = ABSENT, hpw: Read = ABSENT, close: Read = ABSENT, plan: Read = ABSENT, since: Read = ABSENT;
  let until: Read = ABSENT, notes: Read = ABSENT, rl: Read = ABSENT, part: Read = ABSENT, owner: Read = ABSENT;
  let member: Read = ABSENT, partner: Read = ABSENT, commons: Read = ABSENT, flds: Read = ABSENT;
  for (const key in o) {
    const x = o[key];
    switch (key) {
      case 'id': tid = x; break;
      case 'kind': kind = x; break;
      case 'source': src = x; break;
      case 'target': tgt = x; break;
      case 'mutual': mutual = x; break;
      case 'label': lab = x; break;
      case 'formality': form = x; break;
      case 'payment': pay = x; break;
      case 'careTypes': cts = x; break;
      case 'strength': str = x; break;
      case 'frequency': freq = x; break;
      case 'hoursPerWeek': hpw = x; break;
      case 'closeness': close = x; break;
      case 'inSupportPlan': plan = x; break;
      case 'since': since = x; break;
      case 'until': until = x; break;
      case 'notes': notes = x; break;
      case 'role': rl = x; break;
      case 'participation': part = x; break;
      case 'ownerConsented': owner = x; break;
      case 'memberConsented': member = x; break;
      case 'partnershipStatus': partner = x; break;
      case 'commonsStatus': commons = x; break;
      case 'fields': flds = x; break;
    }
  }
  const out: Obj = {
    id: id(tid),
    kind: tieKind(kind),
    source: id(src),
    target: id(tgt),
    mutual: mutual === ABSENT || mutual === undefined ? false : boolean(mutual),
  };
  if (lab !== ABSENT) out.label = lab === undefined ? undefined : text200(lab);
  if (form !== ABSENT) out.formality = form === undefined ? undefined : tieFormality(form);
  if (pay !== ABSENT) out.payment = pay === undefined ? undefined : payment(pay);
  out.careTypes = cts === ABSENT || cts === undefined ? [] : list(cts, 200, id);
  out.strength = str === ABSENT || str === undefined ? 'unclassified' : strength(str);
  if (freq !== ABSENT) out.frequency = freq === undefined ? undefined : frequency(freq);
  if (hpw !== ABSENT) out.hoursPerWeek = hpw === undefined ? undefined : hours(hpw);
  if (close !== ABSENT) out.closeness = close === undefined ? undefined : closeness(close);
  if (plan !== ABSENT) out.inSupportPlan = plan === undefined ? undefined : boolean(plan);
  if (since !== ABSENT) out.since = since === undefined ? undefined : date(since);
  if (until !== ABSENT) out.until = until === undefined ? undefined : date(until);
  if (notes !== ABSENT) out.notes = notes === undefined ? undefined : note(notes);
  if (rl !== ABSENT) out.role = rl === undefined ? undefined : text120(rl);
  if (part !== ABSENT) out.participation = part === undefined ? undefined : participation(part);
  if (owner !== ABSENT) out.ownerConsented = owner === undefined ? undefined : boolean(owner);
  if (member !== ABSENT) out.memberConsented = member === undefined ? undefined : boolean(member);
  if (partner !== ABSENT) out.partnershipStatus = partner === undefined ? undefined : partnershipStatus(partner);
  if (commons !== ABSENT) out.commonsStatus = commons === undefined ? undefined : commonsStatus(commons);
  if (flds !== ABSENT) out.fields = flds === undefined ? undefined : fields(flds);
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
 * accept `value` (then zod must decide, and say what is wrong). `value` is plain data (see
 * plainRecord). Never throws on bad input.
 */
export function parseCareMapFast(value: unknown): CareMap | undefined {
  try {
    return document(value) as CareMap;
  } catch (err) {
    if (err === ASK_ZOD) return undefined;
    throw err;
  }
}

