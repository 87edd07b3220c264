// Guided mapping ("map while you talk", domain §8.2, §8.7): the prompts a team starter walks
// through with the person at the centre, and the progress of one walk-through, both kept in
// `doc.records` so they are saved with the map. Prompts are data: a map carries its own list
// (a `guidedPrompts` record), seeded from DEFAULT_GUIDED_PROMPTS, which are this app's local
// default and say so (`origin`); a circle may reword, reorder, add or drop them.
import * as z from 'zod';

import { PERSON_ROLE_IDS } from '../catalogues';
import { RecordIdSchema } from '../governance/schema';
import { ID_PATTERN, NodeIdSchema } from '../ids';
import { LabelSchema } from '../schema';

/** What a prompt asks the person to name: sets the kind of a new node and ranks suggestions. */
export const GUIDED_NAMES = ['people', 'places', 'groups', 'services', 'anyone'] as const;
export type GuidedNames = (typeof GUIDED_NAMES)[number];

/**
 * How someone named is tied to the centre: they give the centre care (`to-centre`), the centre
 * gives them care (`from-centre`), care both ways (`mutual`), or no tie (`none`).
 */
export const GUIDED_TIES = ['to-centre', 'from-centre', 'mutual', 'none'] as const;

/** The follow-up questions after a name, asked only when the map does not know the answer yet. */
export const FOLLOW_UPS = ['relationship', 'closeness', 'frequency', 'payment', 'hours'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

/** Where a prompt comes from: this app's default wording (not the playbook's), or a circle's own. */
export const PROMPT_ORIGINS = ['local-default', 'custom'] as const;

function unique<T>(list: readonly T[]): boolean {
  return new Set(list).size === list.length;
}

const CareTypeRefSchema = z.string().regex(ID_PATTERN, 'must be a care type id');

/**
 * One prompt. A `name` prompt asks for people, places, groups or services and ties each to the
 * centre; with `careTypes` (and/or `includeNeeds`) it becomes one question per kind of care,
 * `{care}` in its text standing for that care's name, and the tie carries that care. A `knows`
 * prompt asks who among the people named know each other: one pair at a time (`text`, with
 * `{a}` and `{b}`) while there are at most `pairs` pairs, else one person at a time
 * (`rosterText`, with `{a}`), over at most `people` people, the closest first.
 */
export const GuidedPromptSchema = z.object({
  id: RecordIdSchema,
  kind: z.enum(['name', 'knows']).default('name'),
  text: LabelSchema,
  names: z.enum(GUIDED_NAMES).default('anyone'),
  tie: z.enum(GUIDED_TIES).default('to-centre'),
  careTypes: z.array(CareTypeRefSchema).max(200).refine(unique, 'must not repeat a care type').default([]),
  /** Also ask once for each kind of care the centre needs that `careTypes` does not list. */
  includeNeeds: z.boolean().default(false),
  /** A role for a new person named here (e.g. professional for services). */
  role: z.enum(PERSON_ROLE_IDS).optional(),
  /** Mark everyone named here as able to join the centre's team. */
  marksCandidate: z.boolean().default(false),
  followUps: z
    .array(z.enum(FOLLOW_UPS))
    .max(FOLLOW_UPS.length)
    .refine(unique, 'must not repeat a follow-up')
    .default([]),
  rosterText: LabelSchema.optional(),
  pairs: z.number().int().min(0).max(100).default(10),
  people: z.number().int().min(2).max(100).default(12),
  origin: z.enum(PROMPT_ORIGINS).default('custom'),
});
export type GuidedPrompt = z.infer<typeof GuidedPromptSchema>;
export type GuidedPromptInput = z.input<typeof GuidedPromptSchema>;

/** A map's list of prompts, in the order they are asked. */
export const GuidedPromptsRecordSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('guidedPrompts'),
  prompts: z
    .array(GuidedPromptSchema)
    .max(100)
    .refine((ps) => unique(ps.map((p) => p.id)), 'must not repeat a prompt id'),
});
export type GuidedPromptsRecord = z.infer<typeof GuidedPromptsRecordSchema>;

/**
 * A step's key: the prompt id, then the care type or the people it is about, joined by '|'
 * (a character ids never hold, so two keys never run together).
 */
export const StepKeySchema = z.string().regex(/^[A-Za-z0-9_.:~@#+=|-]{1,400}$/, 'must be a step key');

/**
 * One walk-through with one person: where it stands, who was named at which step (so the same
 * neighbour named again is recognised, and "who knows whom" knows whom to ask about), and the
 * pairs already asked about. Nodes since removed from the map are ignored.
 */
export const GuidedSessionRecordSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('guidedSession'),
  centre: NodeIdSchema,
  /** The guidedPrompts record it walks through. */
  prompts: RecordIdSchema,
  status: z.enum(['active', 'paused', 'finished']).default('active'),
  /** The step to resume at; absent before the first answer. */
  at: StepKeySchema.optional(),
  answers: z
    .array(z.strictObject({ step: StepKeySchema, node: NodeIdSchema }))
    .max(10_000)
    .default([]),
  asked: z
    .array(z.tuple([NodeIdSchema, NodeIdSchema]))
    .max(100_000)
    .default([]),
});
export type GuidedSessionRecord = z.infer<typeof GuidedSessionRecordSchema>;
