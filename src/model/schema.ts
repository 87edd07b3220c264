// The care map document, defined once as zod schemas; every TypeScript type of the document is
// inferred from these (../shared/domain.md §3 is the specification). This module says what a
// well-formed document looks like, field by field. Rules that span several records (unique ids,
// ties pointing at existing nodes, no self-ties) live in integrity.ts; upgrading older documents
// lives in migrations.ts; the whole load pipeline in load.ts.
import * as z from 'zod';

import {
  ACTOR_CATEGORY_IDS,
  CARE_TYPE_LEANINGS,
  CLOSENESS_IDS,
  COMMONS_STATUS_IDS,
  CONSENT_METHOD_IDS,
  CONSENT_STATUS_IDS,
  FORMALITY_IDS,
  FREQUENCY_IDS,
  LOCATION_PRIVACY_IDS,
  MAP_SCOPE_IDS,
  NODE_KIND_IDS,
  PARTICIPATION_IDS,
  PARTNERSHIP_STATUS_IDS,
  PAYMENT_IDS,
  PERSON_ROLE_IDS,
  SNAPSHOT_EVENT_IDS,
  STRENGTH_IDS,
  TIE_FORMALITY_IDS,
  TIE_KIND_IDS,
} from './catalogues';
import { ID_PATTERN, MapIdSchema, NodeIdSchema, TieIdSchema } from './ids';

/** The document version this build reads and writes. Bump it only together with a migration. */
export const SCHEMA_VERSION = 1;
/** The `type` tag at the top of every native file. */
export const DOCUMENT_TYPE = 'carewealth';

// ---------------------------------------------------------------- primitives

/** Keys that would reach an object's prototype if copied naively; never valid anywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Control characters other than tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters');
}

/** Longest display label (node, care type, map title, overlay and snapshot names), in characters. */
export const MAX_LABEL_LENGTH = 200;

/** A display label: 1-200 characters, trimmed, one line. Always rendered as text, never as markup. */
export const LabelSchema = text(MAX_LABEL_LENGTH)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'must not be empty')
  .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

/** Free text such as notes and descriptions (up to 20,000 characters). */
export const NoteSchema = text(20_000);

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const DateSchema = z.string().superRefine((s, ctx) => {
  const why = dateProblem(s);
  if (why !== undefined) ctx.addIssue({ code: 'custom', message: why });
});

/** Why `s` is not a `YYYY-MM-DD` calendar date, or undefined when it is one. */
export function dateProblem(s: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'must be a date written YYYY-MM-DD';
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return 'must be a real calendar date';
  return undefined;
}

/** A point in time, ISO 8601 with a time zone (as written by `Date.prototype.toISOString`). */
export const DateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

/** Hours a week: 0 to 168. */
export const HoursPerWeekSchema = z
  .number()
  .finite()
  .min(0, 'must be 0 or more hours a week')
  .max(168, 'cannot exceed 168 hours a week');

const TagSchema = text(60)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'must not be empty');

/** Custom field name (from Kumu or GEXF attributes): plain words, never a prototype key. */
export const FieldNameSchema = z
  .string()
  .min(1)
  .max(80)
  .refine((s) => !FORBIDDEN_KEYS.has(s), 'is a reserved name')
  .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters');

/** Imported custom fields kept as typed scalar values, so they survive a round trip. */
export const FieldsSchema = z.record(FieldNameSchema, z.union([z.string().max(20_000), z.number().finite(), z.boolean()]));

const CareTypeRefSchema = z.string().regex(ID_PATTERN, 'must be a care type id');

function uniqueList<T extends z.ZodType>(item: T, max = 200) {
  return z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    // Most lists hold one entry or none: no Set for those (a 20,000-node map has 140,000 lists).
    .refine((a) => a.length < 2 || new Set(a as unknown[]).size === a.length, 'must not repeat an entry');
}

// ---------------------------------------------------------------- nodes

export const LatLngSchema = z.object({
  lat: z.number().finite().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  lng: z.number().finite().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
});
export type LatLng = z.infer<typeof LatLngSchema>;

/**
 * Where a node is. `privacy` governs drawing and export: `approximate` is snapped to a coarse grid
 * everywhere it is shown or exported (the default for people: their homes are sensitive),
 * `hidden` is never drawn or exported, `exact` is for organisations and public spaces.
 */
export const LocationSchema = LatLngSchema.extend({
  privacy: z.enum(LOCATION_PRIVACY_IDS),
});
export type Location = z.infer<typeof LocationSchema>;

/** Consent to be mapped (domain §9): who consented, when, how, to what scope, when to review. */
export const ConsentSchema = z.object({
  status: z.enum(CONSENT_STATUS_IDS),
  by: text(200).optional(),
  at: DateSchema.optional(),
  method: z.enum(CONSENT_METHOD_IDS).optional(),
  reviewAt: DateSchema.optional(),
  note: NoteSchema.optional(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * Capacity: for a person, the hours a week they can give; for a partner, the hours of care work it
 * can carry and/or how many receivers it can support. Used by the "overstretched" analysis.
 */
export const CapacitySchema = z.object({
  hoursPerWeek: HoursPerWeekSchema.optional(),
  maxReceivers: z.number().int().min(0).max(100_000).optional(),
  note: NoteSchema.optional(),
});

/** A graph-view position a person dragged the node to; pinned positions survive re-layout. */
export const PositionSchema = z.object({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
  pinned: z.boolean().default(true),
});
export type Position = z.infer<typeof PositionSchema>;

export const CareNodeSchema = z.object({
  id: NodeIdSchema,
  kind: z.enum(NODE_KIND_IDS),
  label: LabelSchema,
  /** People only: one person can hold several roles at once (roles are hats, not identities). */
  roles: uniqueList(z.enum(PERSON_ROLE_IDS), 40).default([]),
  /** Collective actors only: actor category of the Community Network Map. */
  category: z.enum(ACTOR_CATEGORY_IDS).optional(),
  /** Whether the actor is formal (regulated or statutory), informal, or mixed. */
  formality: z.enum(FORMALITY_IDS).optional(),
  isAnchor: z.boolean().optional(),
  careOffered: uniqueList(CareTypeRefSchema).default([]),
  careNeeded: uniqueList(CareTypeRefSchema).default([]),
  description: NoteSchema.optional(),
  notes: NoteSchema.optional(),
  tags: uniqueList(TagSchema).default([]),
  location: LocationSchema.optional(),
  capacity: CapacitySchema.optional(),
  consent: ConsentSchema.optional(),
  validFrom: DateSchema.optional(),
  validTo: DateSchema.optional(),
  position: PositionSchema.optional(),
  fields: FieldsSchema.optional(),
});
export type CareNode = z.infer<typeof CareNodeSchema>;
export type CareNodeInput = z.input<typeof CareNodeSchema>;

// ---------------------------------------------------------------- ties

/**
 * One tie between two nodes. Care ties run from giver (`source`) to receiver (`target`), or both
 * ways when `mutual`. Two nodes may have several ties (a neighbour who is both a paid worker and a
 * friend). Kind-specific fields are optional; integrity.ts checks which kinds may carry them.
 */
export const TieSchema = z.object({
  id: TieIdSchema,
  kind: z.enum(TIE_KIND_IDS),
  source: NodeIdSchema,
  target: NodeIdSchema,
  /** Care flows both ways (reciprocal tie); for partnerships, the tie is symmetric. */
  mutual: z.boolean().default(false),
  label: text(200).optional(),
  // care flow
  formality: z.enum(TIE_FORMALITY_IDS).optional(),
  payment: z.enum(PAYMENT_IDS).optional(),
  careTypes: uniqueList(CareTypeRefSchema).default([]),
  strength: z.enum(STRENGTH_IDS).default('unclassified'),
  frequency: z.enum(FREQUENCY_IDS).optional(),
  hoursPerWeek: HoursPerWeekSchema.optional(),
  closeness: z.enum(CLOSENESS_IDS).optional(),
  inSupportPlan: z.boolean().optional(),
  since: DateSchema.optional(),
  until: DateSchema.optional(),
  notes: NoteSchema.optional(),
  // membership (person -> team or circle)
  role: text(120).optional(),
  participation: z.enum(PARTICIPATION_IDS).optional(),
  ownerConsented: z.boolean().optional(),
  memberConsented: z.boolean().optional(),
  // partnership / commons membership
  partnershipStatus: z.enum(PARTNERSHIP_STATUS_IDS).optional(),
  commonsStatus: z.enum(COMMONS_STATUS_IDS).optional(),
  fields: FieldsSchema.optional(),
});
export type Tie = z.infer<typeof TieSchema>;

// ---------------------------------------------------------------- care types

export const CareTypeDefSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'must be an id without spaces'),
  label: LabelSchema,
  leaning: z.enum(CARE_TYPE_LEANINGS).default('either'),
});
export type CareTypeDef = z.infer<typeof CareTypeDefSchema>;

// ---------------------------------------------------------------- area overlays (GeoJSON)

const Position2 = z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]);
const Ring = z.array(Position2).min(4, 'a polygon ring needs at least 4 positions');

/** The GeoJSON geometries an area overlay may hold (RFC 7946), positions as [lng, lat]. */
export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position2 }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position2) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position2).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position2).min(2)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)) }),
]);

export const OVERLAY_KINDS = ['boundary', 'street', 'park', 'water', 'building', 'landmark', 'other'] as const;

export const OverlayFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: GeometrySchema,
  properties: z
    .object({ name: text(200).optional(), kind: z.enum(OVERLAY_KINDS).optional() })
    .nullable()
    .default(null),
});

/** A named layer of area shapes drawn under the care network (ward boundary, streets, parks…). */
export const OverlaySchema = z.object({
  id: z.string().regex(ID_PATTERN),
  name: LabelSchema,
  kind: z.enum(OVERLAY_KINDS).default('other'),
  visible: z.boolean().default(true),
  features: z.array(OverlayFeatureSchema).max(50_000),
});
export type Overlay = z.infer<typeof OverlaySchema>;

// ---------------------------------------------------------------- records and snapshots

/**
 * Governance, survey and assessment records (circles' hats, proposals, survey rounds and
 * responses, capacity assessments). Each is tagged by `type` and carries an `id`; features that
 * define a type validate it further. Records of a type this build does not know are kept as they
 * are, so a newer feature's data survives a round trip through an older screen.
 */
export const RecordSchema = z.looseObject({
  id: z.string().regex(ID_PATTERN),
  type: z.string().regex(/^[a-z][a-zA-Z0-9_.-]{0,63}$/, 'must be a record type name'),
});
export type CareRecord = z.infer<typeof RecordSchema>;

/**
 * A dated copy of the map's network, e.g. "Launch workshop" and "Eighteen-month review": its
 * nodes and ties, and (in snapshots taken by this build) the care-type list and centre they
 * refer to. Governance, survey and assessment records are not copied: they carry their own
 * dates and stay with the living map. Fields added after the first format are optional, so
 * older files load unchanged; snapshots.ts reads them with their defaults.
 */
export const SnapshotSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  /** The snapshot's name. */
  label: LabelSchema,
  /** The day the map was in this state. */
  takenAt: DateSchema,
  /** What kind of moment it records (workshop, review, other); absent reads as 'other'. */
  event: z.enum(SNAPSHOT_EVENT_IDS).optional(),
  note: NoteSchema.optional(),
  /** Who took it, as free text (e.g. "Efe, Commons Organiser"). */
  author: text(200).optional(),
  /** The centre of a personal map at that time. */
  centreNodeId: NodeIdSchema.optional(),
  /** The care-type list at that time; when absent, the map's current list applies. */
  careTypes: z.array(CareTypeDefSchema).max(500).optional(),
  nodes: z.array(CareNodeSchema),
  ties: z.array(TieSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

// ---------------------------------------------------------------- the document

export const AreaSchema = z.object({
  name: text(200),
  centre: LatLngSchema.optional(),
  /** [[west, south], [east, north]] in degrees. */
  bounds: z.tuple([Position2, Position2]).optional(),
});
export type Area = z.infer<typeof AreaSchema>;

export const MapMetaSchema = z.object({
  title: LabelSchema,
  description: NoteSchema.optional(),
  scope: z.enum(MAP_SCOPE_IDS),
  area: AreaSchema.optional(),
  /** For a personal care map: the Team Owner at the centre. */
  centreNodeId: NodeIdSchema.optional(),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type MapMeta = z.infer<typeof MapMetaSchema>;

export const CareMapSchema = z.object({
  type: z.literal(DOCUMENT_TYPE),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: MapIdSchema,
  meta: MapMetaSchema,
  careTypes: z.array(CareTypeDefSchema).max(500),
  nodes: z.array(CareNodeSchema).max(200_000),
  ties: z.array(TieSchema).max(1_000_000),
  overlays: z.array(OverlaySchema).max(200).default([]),
  records: z.array(RecordSchema).max(500_000).default([]),
  snapshots: z.array(SnapshotSchema).max(200).default([]),
});
export type CareMap = z.infer<typeof CareMapSchema>;
