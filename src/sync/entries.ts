// What a phone may ask of the workshop map: an *entry* is one request, written by the phone into
// its own shared document (deviceDoc.ts) and answered by the host with an *outcome*. Entries are
// never changed once written; a phone takes one back by deleting it (a retraction), which the
// host answers by undoing its effect. This module only says what an entry looks like; whether it
// may change the map is decided by the host with the model's own schemas and integrity rules
// (apply.ts), so a forged entry gets the same answer as a bad edit on the host.
import * as z from 'zod';

import { FREQUENCY_IDS, ID_PATTERN, NODE_KIND_IDS } from '../model';

const Id = z.string().regex(ID_PATTERN);

/** Fields every entry carries: its own id, the phone's counter (apply order) and when it was made. */
const base = {
  id: Id,
  seq: z.number().int().min(0),
  /** Milliseconds since 1970 on the phone's clock; shown, never trusted for ordering. */
  at: z.number().finite(),
};

/**
 * Add a person, group, organisation, space, team or circle. Only the kind and label are taken;
 * the label is checked by the model's LabelSchema when the host applies it.
 */
export const AddNodeEntrySchema = z.object({
  ...base,
  type: z.literal('add-node'),
  node: z.object({ id: Id, kind: z.enum(NODE_KIND_IDS), label: z.string() }),
});

/** Add a care tie from giver to receiver, with what kind of care and how often. */
export const AddTieEntrySchema = z.object({
  ...base,
  type: z.literal('add-tie'),
  tie: z.object({
    id: Id,
    source: Id,
    target: Id,
    careTypes: z.array(z.string()).max(50),
    frequency: z.enum(FREQUENCY_IDS).optional(),
  }),
});

/** Rename a node (the phone's own, or any when the host lets phones edit). */
export const EditNodeEntrySchema = z.object({
  ...base,
  type: z.literal('edit-node'),
  nodeId: Id,
  label: z.string(),
});

/** Change a tie's care types or frequency. */
export const EditTieEntrySchema = z.object({
  ...base,
  type: z.literal('edit-tie'),
  tieId: Id,
  careTypes: z.array(z.string()).max(50).optional(),
  frequency: z.enum(FREQUENCY_IDS).optional(),
});

export const EntrySchema = z.discriminatedUnion('type', [AddNodeEntrySchema, AddTieEntrySchema, EditNodeEntrySchema, EditTieEntrySchema]);
export type Entry = z.infer<typeof EntrySchema>;

/** What an edit changed, kept with its outcome so that retracting the edit can put it back. */
export const BeforeSchema = z.object({
  label: z.string().optional(),
  careTypes: z.array(z.string()).optional(),
  frequency: z.enum(FREQUENCY_IDS).optional(),
});
export type Before = z.infer<typeof BeforeSchema>;

/**
 * The host's answer to an entry: applied (with a copy of the entry and what an edit replaced, so
 * the host can undo it after the phone deletes the entry), refused (with a reason a person can
 * read), or retracted (the phone took it back and the host undid it).
 */
export const OutcomeSchema = z.object({
  state: z.enum(['applied', 'refused', 'retracted']),
  reason: z.string().max(500).optional(),
  entry: EntrySchema.optional(),
  before: BeforeSchema.optional(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/** An entry as read from a device document: parsed, or not an entry at all. */
export type ReadEntry = { readonly ok: true; readonly entry: Entry } | { readonly ok: false; readonly id: string; readonly reason: string };

/** Parse one stored value as an entry; `key` is its key in the document (it must match its id). */
export function parseEntry(key: string, value: unknown): ReadEntry {
  const parsed = EntrySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue !== undefined && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, id: key, reason: `Not a valid entry: ${path}${issue?.message ?? 'unreadable'}` };
  }
  if (parsed.data.id !== key) return { ok: false, id: key, reason: 'Not a valid entry: its id does not match its key' };
  return { ok: true, entry: parsed.data };
}
