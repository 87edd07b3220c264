// Typed access to `doc.records`. The document stores records loosely (RecordSchema: an `id`, a
// `type`, anything else), so records of types this build does not know survive a round trip.
// This module knows the types the governance, survey, assessment, support-network and guided
// mapping features define: it reads them through their schemas, adds or replaces them only when
// they are valid, and checks the rules that span records and nodes (run by checkIntegrity on
// every load).
//
// Severity: a record that breaks its own schema or a governance rule is an error. A reference to
// a node (or another record) that is missing or of the wrong kind is a *warning*, because other
// operations (removing a node, changing its kind) may leave one behind, and that must not make
// the whole document unloadable; the views show such references as missing. upsertRecord
// refuses both kinds for the record being written.
import type { z } from 'zod';

import { CapacityAssessmentSchema, CapacityMatrixSchema } from './assessment/schema';
import { checkAssessmentRecords } from './assessment/checks';
import { checkGovernanceRecords } from './governance/checks';
import { checkGuidedRecords } from './guided/checks';
import { GuidedPromptsRecordSchema, GuidedSessionRecordSchema } from './guided/schema';
import { HatAssignmentSchema, HatDefinitionSchema, ProposalSchema } from './governance/schema';
import { type Problem, type Result, fail, formatPath, ok, problem } from './problems';
import type { CareMap, CareNode, CareRecord } from './schema';
import { checkSurveyRecords } from './survey/checks';
import { checkSupportRecords } from './support/checks';
import { SupportNetworkRecordSchema } from './support/schema';
import { SurveyInstrumentSchema, SurveyResponseSchema, SurveyRoundSchema } from './survey/schema';

/** The record types this build understands, each with its schema. */
export const RECORD_SCHEMAS = {
  hatDefinition: HatDefinitionSchema,
  hatAssignment: HatAssignmentSchema,
  proposal: ProposalSchema,
  surveyInstrument: SurveyInstrumentSchema,
  surveyRound: SurveyRoundSchema,
  surveyResponse: SurveyResponseSchema,
  capacityMatrix: CapacityMatrixSchema,
  capacityAssessment: CapacityAssessmentSchema,
  supportNetwork: SupportNetworkRecordSchema,
  guidedPrompts: GuidedPromptsRecordSchema,
  guidedSession: GuidedSessionRecordSchema,
} as const;

export type KnownRecordType = keyof typeof RECORD_SCHEMAS;
export type RecordOfType<T extends KnownRecordType> = z.infer<(typeof RECORD_SCHEMAS)[T]>;
export type KnownRecord = { [T in KnownRecordType]: RecordOfType<T> }[KnownRecordType];

export function isKnownRecordType(type: string): type is KnownRecordType {
  return Object.hasOwn(RECORD_SCHEMAS, type);
}

/** A valid record together with its position in `doc.records` (for problem paths). */
export interface IndexedRecord<T> {
  readonly index: number;
  readonly record: T;
}

/** What cross-record checks get: nodes by id and every valid known record, by type. */
export interface RecordCheckContext {
  readonly nodes: ReadonlyMap<string, CareNode>;
  readonly records: { readonly [T in KnownRecordType]: readonly IndexedRecord<RecordOfType<T>>[] };
}

// ---------------------------------------------------------------- parsing (cached)

type Parsed = { ok: true; value: KnownRecord } | { ok: false; issues: readonly z.core.$ZodIssue[] };

// Documents are immutable, so a record object always parses the same way; caching by identity
// keeps repeated queries (hat load, scores) from re-validating thousands of records.
const cache = new WeakMap<CareRecord, Parsed>();

function parseKnown(record: CareRecord, type: KnownRecordType): Parsed {
  const hit = cache.get(record);
  if (hit !== undefined) return hit;
  const result = RECORD_SCHEMAS[type].safeParse(record);
  const parsed: Parsed = result.success ? { ok: true, value: result.data as KnownRecord } : { ok: false, issues: result.error.issues };
  cache.set(record, parsed);
  return parsed;
}

/** Valid records of one type with their indexes, in document order. Invalid ones are skipped. */
export function indexedRecords<T extends KnownRecordType>(doc: CareMap, type: T): IndexedRecord<RecordOfType<T>>[] {
  const out: IndexedRecord<RecordOfType<T>>[] = [];
  doc.records.forEach((r, index) => {
    if (r.type !== type) return;
    const parsed = parseKnown(r, type);
    if (parsed.ok) out.push({ index, record: parsed.value as RecordOfType<T> });
  });
  return out;
}

/** Valid records of one type, in document order. Records that fail their schema are left out (checkRecords reports them). */
export function getRecords<T extends KnownRecordType>(doc: CareMap, type: T): RecordOfType<T>[] {
  return indexedRecords(doc, type).map((x) => x.record);
}

/** One valid record of a type by id. */
export function findRecord<T extends KnownRecordType>(doc: CareMap, type: T, id: string): RecordOfType<T> | undefined {
  return getRecords(doc, type).find((r) => r.id === id);
}

// ---------------------------------------------------------------- checks

function buildContext(doc: CareMap, out: Problem[]): RecordCheckContext {
  const records = Object.fromEntries(Object.keys(RECORD_SCHEMAS).map((t) => [t, [] as IndexedRecord<KnownRecord>[]])) as Record<
    KnownRecordType,
    IndexedRecord<KnownRecord>[]
  >;
  doc.records.forEach((r, index) => {
    if (!isKnownRecordType(r.type)) return;
    const parsed = parseKnown(r, r.type);
    if (parsed.ok) records[r.type].push({ index, record: parsed.value });
    else for (const issue of parsed.issues) out.push(problem(formatPath(['records', index, ...issue.path]), issue.message));
  });
  const nodes = new Map<string, CareNode>();
  for (const n of doc.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  return { nodes, records: records as unknown as RecordCheckContext['records'] };
}

/**
 * Check every record of a known type: its schema, then the rules across records and nodes
 * (e.g. `records[4].holders[2]: no node "n-9"`). Unknown record types are not checked.
 */
export function checkRecords(doc: CareMap): Problem[] {
  const out: Problem[] = [];
  const ctx = buildContext(doc, out);
  out.push(
    ...checkGovernanceRecords(ctx),
    ...checkSurveyRecords(ctx),
    ...checkAssessmentRecords(ctx),
    ...checkSupportRecords(ctx),
    ...checkGuidedRecords(ctx),
  );
  return out;
}

function isAbout(path: string, index: number): boolean {
  const head = `records[${index}]`;
  return path === head || path.startsWith(`${head}.`) || path.startsWith(`${head}[`);
}

// ---------------------------------------------------------------- operations

/**
 * Add a record, or replace the record with the same id. The input is validated with its type's
 * schema (defaults filled in, unknown fields dropped) and checked against the document; any
 * problem with it, warnings included, refuses the change. Returns the new document.
 */
export function upsertRecord(doc: CareMap, input: unknown): Result<CareMap> {
  const type = input !== null && typeof input === 'object' ? (input as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !isKnownRecordType(type)) {
    return fail([problem('type', `is not a record type this app can edit (${Object.keys(RECORD_SCHEMAS).join(', ')})`)]);
  }
  const id = (input as { id?: unknown }).id;
  const existing = doc.records.findIndex((r) => r.id === id);
  const index = existing >= 0 ? existing : doc.records.length;
  const parsed = RECORD_SCHEMAS[type].safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => problem(formatPath(['records', index, ...i.path]), i.message)));
  const old = doc.records[existing];
  if (old !== undefined && old.type !== type) {
    return fail([problem(`records[${index}].id`, `"${old.id}" is already a ${old.type} record`)]);
  }
  const record = parsed.data as CareRecord;
  const records = existing >= 0 ? doc.records.map((r, i) => (i === existing ? record : r)) : [...doc.records, record];
  const next: CareMap = { ...doc, records };
  const problems = checkRecords(next)
    .filter((p) => isAbout(p.path, index))
    .map((p): Problem => ({ ...p, severity: 'error' }));
  return problems.length > 0 ? fail(problems) : ok(next);
}

/** Remove records by id (any type). Returns the same document when none of them exist. */
export function removeRecords(doc: CareMap, ids: readonly string[]): CareMap {
  const gone = new Set(ids);
  if (!doc.records.some((r) => gone.has(r.id))) return doc;
  return { ...doc, records: doc.records.filter((r) => !gone.has(r.id)) };
}

/** Remove one record by id. */
export function removeRecord(doc: CareMap, id: string): CareMap {
  return removeRecords(doc, [id]);
}
