// Turning what a person typed or chose into a patch for one node or tie, checked against the same
// zod field schemas the files are read with (model/schema.ts), so the inspector and the table
// refuse exactly what a file reader would. Pure functions: the views call the store with the
// patches, and the store checks again (schema and cross-record rules) before anything is kept.
import type { z } from 'zod';

import {
  type CareNode,
  COLLECTIVE_KINDS,
  type NodeKind,
  type Tie,
  type TieKind,
} from '../../model';

/** A value from several records that differ. */
export const MIXED: unique symbol = Symbol('mixed');
export type Shared<T> = T | typeof MIXED;

/** The value all `items` share for `get`, or MIXED when they differ (compared as JSON). */
export function sharedValue<R, T>(items: readonly R[], get: (item: R) => T): Shared<T> {
  const first = items[0];
  if (first === undefined) return MIXED;
  const value = get(first);
  const key = JSON.stringify(value ?? null);
  for (let i = 1; i < items.length; i++) {
    if (JSON.stringify(get(items[i] as R) ?? null) !== key) return MIXED;
  }
  return value;
}

/** What a field shows for a shared value: the value ('' when the records differ) and whether they do. */
export function shownValue(shared: Shared<string>): { readonly value: string; readonly mixed: boolean } {
  return shared === MIXED ? { value: '', mixed: true } : { value: shared, mixed: false };
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Store a checked value with `apply`, or give back the check's message for the field to show. */
export function applyChecked<T>(checked: Checked<T>, apply: (value: T) => string | null): string | null {
  return checked.ok ? apply(checked.value) : checked.message;
}

/** Check `value` with a field schema; the message is the schema's own (e.g. "cannot exceed 168 hours a week"). */
export function checkField<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
}

/** Optional free text: blank (after trimming) clears the field. */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** A number typed by a person: blank clears it; a comma decimal ("2,5") is read as a point. */
export function parseNumber(text: string): Checked<number | undefined> {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: true, value: undefined };
  const n = Number(t);
  return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)
    ? { ok: true, value: n }
    : { ok: false, message: 'must be a number' };
}

/** Parse then check an optional number field; blank clears it. */
export function checkNumber<S extends z.ZodType>(schema: S, text: string): Checked<number | undefined> {
  const parsed = parseNumber(text);
  if (!parsed.ok || parsed.value === undefined) return parsed;
  const checked = checkField(schema, parsed.value);
  return checked.ok ? { ok: true, value: parsed.value } : checked;
}

/** Check optional text (blank clears); the schema sees the text as typed. */
export function checkText<S extends z.ZodType>(schema: S, text: string): Checked<string | undefined> {
  const value = optionalText(text);
  if (value === undefined) return { ok: true, value: undefined };
  const checked = checkField(schema, value);
  return checked.ok ? { ok: true, value: checked.value as string } : checked;
}

/** Show a number in a field ('' when unset). */
export function numberText(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

// ---------------------------------------------------------------- nodes

type NodePatch = Partial<Omit<CareNode, 'id'>>;
type TiePatch = Partial<Omit<Tie, 'id'>>;

/**
 * Change a node's kind. Only people carry roles and only collectives a category or anchor flag,
 * so what the new kind cannot carry is dropped (otherwise the map's rules would refuse the edit).
 */
export function kindPatch(node: CareNode, kind: NodeKind): NodePatch {
  const patch: NodePatch = { kind };
  if (kind !== 'person' && node.roles.length > 0) patch.roles = [];
  if (kind === 'person' && node.category !== undefined) patch.category = undefined;
  if (!COLLECTIVE_KINDS.includes(kind) && node.isAnchor !== undefined) patch.isAnchor = undefined;
  return patch;
}

/** Add or remove one entry of a list field (roles, care offered or needed, tags). */
export function togglePatch<K extends 'roles' | 'careOffered' | 'careNeeded' | 'tags'>(
  node: CareNode,
  key: K,
  value: CareNode[K][number],
  on: boolean,
): NodePatch {
  const list = node[key] as readonly string[];
  const has = list.includes(value);
  if (on === has) return {};
  return { [key]: on ? [...list, value] : list.filter((v) => v !== value) } as NodePatch;
}

/** Set one capacity figure; an emptied capacity is removed altogether. */
export function capacityPatch(node: CareNode, key: 'hoursPerWeek' | 'maxReceivers', value: number | undefined): NodePatch {
  const next = { ...node.capacity, [key]: value };
  if (value === undefined) delete next[key];
  return { capacity: Object.keys(next).length === 0 ? undefined : next };
}

type ConsentKey = 'by' | 'at' | 'method' | 'reviewAt';

/** Set one consent detail on a node that already has a consent status. */
export function consentPatch(node: CareNode, key: ConsentKey, value: string | undefined): NodePatch {
  if (node.consent === undefined) return {};
  const next: Record<string, unknown> = { ...node.consent, [key]: value };
  if (value === undefined) delete next[key];
  return { consent: next as CareNode['consent'] };
}

/** Set the consent status; '' removes the consent record. */
export function consentStatusPatch(node: CareNode, status: string): NodePatch {
  if (status === '') return { consent: undefined };
  return { consent: { ...node.consent, status } as CareNode['consent'] };
}

/** The privacy a newly placed node gets: people approximate (their homes are sensitive), others exact. */
export function defaultPrivacy(kind: NodeKind): 'approximate' | 'exact' {
  return kind === 'person' ? 'approximate' : 'exact';
}

// ---------------------------------------------------------------- ties

/** Fields each tie kind alone may carry (mirrors the checks in model/integrity.ts). */
const KIND_ONLY: Record<string, readonly (keyof Tie)[]> = {
  care: ['formality', 'payment', 'frequency', 'hoursPerWeek', 'closeness', 'inSupportPlan'],
  membership: ['participation', 'ownerConsented', 'memberConsented'],
  partnership: ['partnershipStatus'],
  commons_membership: ['commonsStatus'],
};

/** Change a tie's kind, dropping the fields only the old kind may carry. */
export function tieKindPatch(tie: Tie, kind: TieKind): TiePatch {
  const patch: TiePatch = { kind };
  for (const [owner, keys] of Object.entries(KIND_ONLY)) {
    if (owner === kind) continue;
    for (const key of keys) if (tie[key] !== undefined) (patch as Record<string, unknown>)[key] = undefined;
  }
  return patch;
}

/** Swap giver and receiver. */
export function swapPatch(tie: Tie): TiePatch {
  return { source: tie.target, target: tie.source };
}

/** An optional yes/no as a select value: '' not recorded, 'yes', 'no'. */
export function yesNoText(v: boolean | undefined): string {
  return v === undefined ? '' : v ? 'yes' : 'no';
}

export function parseYesNo(v: string): boolean | undefined {
  return v === '' ? undefined : v === 'yes';
}
