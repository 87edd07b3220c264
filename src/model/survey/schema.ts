// Survey records kept in `doc.records` and the shapes they share (domain brief §5): an item,
// the scoring settings, a circle's edited instrument, a survey round and one anonymous response.
// Responses carry no name by design (§9: no per-person answers in team views); an optional
// respondent code lets a circle spot duplicates without knowing who answered.
import * as z from 'zod';

import { NodeIdSchema } from '../ids';
import { DateSchema, FORBIDDEN_KEYS, LabelSchema, NoteSchema } from '../schema';
import { RecordIdSchema } from '../governance/schema';
import { FACTOR_DOMAIN, SCALE_MAX, SCALE_MIN, STAKEHOLDER_IDS, SURVEY_DOMAIN_IDS } from './instrument';

/** An item id: an ordinary id that is also safe as an object key. */
export const ItemIdSchema = RecordIdSchema.refine((s) => !FORBIDDEN_KEYS.has(s), 'is a reserved name');

/**
 * One survey statement. `stakeholders` empty = asked of every group. `reverse` items are worded
 * negatively and flipped before scoring (6 − x on the 1–5 scale). `placeholder` marks our local
 * default wording, which reports can leave out once the official items are loaded (§5.4).
 */
export const SurveyItemSchema = z
  .object({
    id: ItemIdSchema,
    domain: z.enum(SURVEY_DOMAIN_IDS),
    factor: z.string(),
    text: NoteSchema.refine((s) => s.trim().length > 0, 'must not be empty').refine((s) => s.length <= 1000, 'must be at most 1000 characters'),
    reverse: z.boolean().default(false),
    stakeholders: z
      .array(z.enum(STAKEHOLDER_IDS))
      .refine((a) => new Set(a).size === a.length, 'must not repeat a group')
      .default([]),
    placeholder: z.boolean().default(false),
    source: z.string().max(200).optional(),
    version: z.string().max(60).optional(),
  })
  .superRefine((item, ctx) => {
    const domain = FACTOR_DOMAIN.get(item.factor);
    if (domain === undefined) ctx.addIssue({ code: 'custom', path: ['factor'], message: `no factor "${item.factor}"` });
    else if (domain !== item.domain) {
      ctx.addIssue({ code: 'custom', path: ['factor'], message: `"${item.factor}" belongs to ${domain}, not ${item.domain}` });
    }
  });
export type SurveyItem = z.infer<typeof SurveyItemSchema>;

/** Groups smaller than this are never scored, whatever the settings say (§9). */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;

/**
 * How responses are scored (§5.5 defaults; all are local settings, not playbook values).
 * Bands: below `lowBelow` is low, above `highAbove` is high, anything from `lowBelow` to
 * `highAbove` inclusive is medium (the brief's "medium 2.5–3.5").
 */
export const ScoringSettingsSchema = z
  .object({
    /** Fewest respondents a score is shown for; never below 3. */
    minGroupSize: z
      .number()
      .int('must be a whole number')
      .min(ABSOLUTE_MIN_GROUP_SIZE, `must be at least ${ABSOLUTE_MIN_GROUP_SIZE}, so nobody can be picked out of a small group`)
      .max(10_000)
      .default(5),
    /** Share (0–1] of a factor's items a respondent must answer for the factor to count. */
    minAnsweredShare: z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1').default(0.75),
    /** Share (0–1] of a domain's factors that must be valid for the respondent's domain score to count. */
    minValidFactorShare: z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1').default(0.75),
    lowBelow: z.number().min(SCALE_MIN).max(SCALE_MAX).default(2.5),
    highAbove: z.number().min(SCALE_MIN).max(SCALE_MAX).default(3.5),
    /** Leave out items marked `placeholder` (the local default wording). */
    excludePlaceholders: z.boolean().default(false),
  })
  .refine((s) => s.lowBelow <= s.highAbove, { path: ['highAbove'], message: 'must not be below the low cut-off' });
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;
export type ScoringSettingsInput = z.input<typeof ScoringSettingsSchema>;

function uniqueItemIds(items: readonly SurveyItem[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id "${item.id}"` });
    seen.add(item.id);
  });
}

/** A circle's own copy of the instrument: its items and scoring settings. */
export const SurveyInstrumentSchema = z
  .object({
    id: RecordIdSchema,
    type: z.literal('surveyInstrument'),
    label: LabelSchema,
    /** The circle or team that edited this copy, if any. */
    owner: NodeIdSchema.optional(),
    items: z.array(SurveyItemSchema).max(2000),
    settings: ScoringSettingsSchema.prefault({}),
  })
  .superRefine((s, ctx) => uniqueItemIds(s.items, ctx));

/** One round of the survey for a team or circle. Without `instrument`, the built-in bank and default settings apply. */
export const SurveyRoundSchema = z
  .object({
    id: RecordIdSchema,
    type: z.literal('surveyRound'),
    scope: NodeIdSchema,
    label: LabelSchema,
    opened: DateSchema,
    closed: DateSchema.optional(),
    instrument: RecordIdSchema.optional(),
    note: NoteSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.closed !== undefined && r.closed < r.opened) {
      ctx.addIssue({ code: 'custom', path: ['closed'], message: `closes (${r.closed}) before it opens (${r.opened})` });
    }
  });
export type SurveyRound = z.infer<typeof SurveyRoundSchema>;

/** An answer: a point on the 1–5 scale, or null for "skipped". */
export const AnswerSchema = z.union([z.number().int('must be a whole number').min(SCALE_MIN, `must be ${SCALE_MIN}-${SCALE_MAX}`).max(SCALE_MAX, `must be ${SCALE_MIN}-${SCALE_MAX}`), z.null()]);

/** One respondent's answers in a round. Anonymous: there is deliberately no name field. */
export const SurveyResponseSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('surveyResponse'),
  round: RecordIdSchema,
  /** Optional code chosen by the respondent or the circle; never a name. */
  respondentCode: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be a short code of letters, digits, _ or -').optional(),
  stakeholder: z.enum(STAKEHOLDER_IDS),
  /** The team the respondent belongs to, if any. */
  team: NodeIdSchema.optional(),
  /** A free tag for sub-groups (e.g. "evening shift"). */
  group: z
    .string()
    .max(60)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'must not be empty')
    .optional(),
  date: DateSchema,
  answers: z.record(ItemIdSchema, AnswerSchema),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
