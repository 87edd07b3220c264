// Governance records kept in `doc.records` (domain brief §4): hat definitions (custom hats a team
// or circle adds to the built-in catalogue), hat assignments (who wears which hat where) and
// proposals with their consent round. Rules that need only the record itself (dates in order, an
// objection needs a reason, "consented" needs every objection resolved) live here; rules that
// look at nodes or at other records are in checks.ts.
import * as z from 'zod';

import { ID_PATTERN, NodeIdSchema } from '../ids';
import { DateSchema, LabelSchema, NoteSchema } from '../schema';

/** Record ids follow the same pattern as every other id in the document. */
export const RecordIdSchema = z.string().regex(ID_PATTERN, 'must be 1-128 letters, digits or _ . : ~ @ # + = - (no spaces)');

/** Someone named in a record: a node of the map, or a name typed in (e.g. a guest, an outside professional). */
export const PersonRefSchema = z.union([
  z.strictObject({ nodeId: NodeIdSchema }),
  z.strictObject({ name: LabelSchema }),
]);
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const HAT_SCOPES = ['team', 'circle'] as const;
export type HatScope = (typeof HAT_SCOPES)[number];

// ---------------------------------------------------------------- hats

/**
 * A hat: a defined responsibility worn for a while (§4.7). Built-in hats are in HAT_CATALOGUE;
 * a team or circle adds its own as `hatDefinition` records with `custom: true`. `essential` hats
 * left without a holder are reported as a gap (§4.8: essential hats held by team members).
 */
export const HatDefinitionSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('hatDefinition'),
  scope: z.enum(HAT_SCOPES),
  name: LabelSchema,
  responsibilities: NoteSchema.default(''),
  essential: z.boolean().default(false),
  custom: z.boolean().default(true),
});
export type HatDefinition = z.infer<typeof HatDefinitionSchema>;

/**
 * Who wears a hat in one team or circle. `holders` empty = vacant, several = shared. Dates are
 * calendar days; `until` is the last day the hat is worn (inclusive); `reviewAt` is the regular
 * check-in every hat has (§4.7).
 */
export const HatAssignmentSchema = z
  .object({
    id: RecordIdSchema,
    type: z.literal('hatAssignment'),
    /** A catalogue hat id (e.g. `circle.leader`) or the id of a `hatDefinition` record. */
    hat: RecordIdSchema,
    /** The team or circle node the hat is worn in. */
    context: NodeIdSchema,
    /** Person node ids. */
    holders: z
      .array(NodeIdSchema)
      .max(50)
      .refine((a) => new Set(a).size === a.length, 'must not list a holder twice')
      .default([]),
    rotating: z.boolean().default(false),
    rotationNote: NoteSchema.optional(),
    from: DateSchema.optional(),
    reviewAt: DateSchema.optional(),
    until: DateSchema.optional(),
    note: NoteSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.from !== undefined && a.until !== undefined && a.until < a.from) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `ends (${a.until}) before it starts (${a.from})` });
    }
    if (a.from !== undefined && a.reviewAt !== undefined && a.reviewAt < a.from) {
      ctx.addIssue({ code: 'custom', path: ['reviewAt'], message: `review date (${a.reviewAt}) is before the start (${a.from})` });
    }
    if (!a.rotating && a.rotationNote !== undefined && a.rotationNote.trim() !== '') {
      ctx.addIssue({ code: 'custom', path: ['rotationNote'], message: 'only a rotating hat has a rotation note' });
    }
  });
export type HatAssignment = z.infer<typeof HatAssignmentSchema>;

// ---------------------------------------------------------------- proposals

/** §4.5 lifecycle, simplified: the states a circle records, not every step of the playbook's chart. */
export const PROPOSAL_STATUSES = ['draft', 'in_consent_round', 'objection_integration', 'consented', 'amended', 'withdrawn'] as const;

export const PROPOSAL_OUTCOMES = ['consented', 'amended', 'withdrawn'] as const;
export type ProposalOutcome = (typeof PROPOSAL_OUTCOMES)[number];

/** §4.4: consent, a reasoned objection, a concern (noted, not blocking) or absent. No "abstain". */
export const CONSENT_RESPONSES = ['consent', 'objection', 'concern', 'absent'] as const;
export type ConsentResponse = (typeof CONSENT_RESPONSES)[number];

/** How an objection was dealt with; any of these counts as resolved. */
export const OBJECTION_RESOLUTIONS = ['integrated', 'withdrawn', 'amended'] as const;

export const DECISION_HORIZONS = ['everyday', 'long_term'] as const;
export const DECISION_TYPES = ['policy', 'operational'] as const;

/** One participant's answer in a consent round. Someone with two objections appears twice. */
export const ConsentEntrySchema = z.object({
  participant: PersonRefSchema,
  response: z.enum(CONSENT_RESPONSES),
  /** Required for an objection; optional for a concern. */
  reason: NoteSchema.optional(),
  /** Objections only: how it was resolved; unset = still open. */
  resolution: z.enum(OBJECTION_RESOLUTIONS).optional(),
  resolutionNote: NoteSchema.optional(),
});
export type ConsentEntry = z.infer<typeof ConsentEntrySchema>;

const PROPOSAL_FIELDS = {
  id: RecordIdSchema,
  type: z.literal('proposal'),
  /** The deciding team or circle node. */
  context: NodeIdSchema,
  title: LabelSchema,
  /** What is proposed. */
  summary: NoteSchema.default(''),
  why: NoteSchema.default(''),
  proposedBy: PersonRefSchema.optional(),
  raisedAt: DateSchema,
  reviewDate: DateSchema.optional(),
  status: z.enum(PROPOSAL_STATUSES).default('draft'),
  consentRound: z.array(ConsentEntrySchema).max(500).default([]),
  outcome: z.enum(PROPOSAL_OUTCOMES).optional(),
  /** The decision as agreed (e.g. the amended wording). */
  decision: NoteSchema.optional(),
  decidedAt: DateSchema.optional(),
  horizon: z.enum(DECISION_HORIZONS).default('everyday'),
  decisionType: z.enum(DECISION_TYPES).default('operational'),
};

type ProposalShape = z.infer<z.ZodObject<typeof PROPOSAL_FIELDS>>;

/** True when every objection in the round has a resolution. */
export function allObjectionsResolved(round: readonly ConsentEntry[]): boolean {
  return round.every((e) => e.response !== 'objection' || e.resolution !== undefined);
}

function checkProposal(p: ProposalShape, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  p.consentRound.forEach((e, i) => {
    if (e.response === 'objection' && (e.reason === undefined || e.reason.trim() === '')) {
      issue(['consentRound', i, 'reason'], 'an objection needs a reason');
    }
    if (e.response !== 'objection' && e.resolution !== undefined) {
      issue(['consentRound', i, 'resolution'], `only an objection is resolved; this is a ${e.response}`);
    }
  });
  const decided = p.outcome ?? (p.status === 'consented' || p.status === 'amended' || p.status === 'withdrawn' ? p.status : undefined);
  if (p.outcome !== undefined && p.status !== p.outcome) {
    issue(['status'], `is "${p.status}" but the outcome is "${p.outcome}"`);
  }
  if ((decided === 'consented' || decided === 'amended') && !allObjectionsResolved(p.consentRound)) {
    const open = p.consentRound.findIndex((e) => e.response === 'objection' && e.resolution === undefined);
    issue(['consentRound', open, 'resolution'], `cannot be ${decided} while this objection is unresolved`);
  }
  if (decided !== undefined && p.decidedAt === undefined) issue(['decidedAt'], `a ${decided} proposal needs the date it was decided`);
  if (p.decidedAt !== undefined && p.decidedAt < p.raisedAt) {
    issue(['decidedAt'], `decided (${p.decidedAt}) before it was raised (${p.raisedAt})`);
  }
  const after = p.decidedAt ?? p.raisedAt;
  if (p.reviewDate !== undefined && p.reviewDate < after) {
    issue(['reviewDate'], `review date (${p.reviewDate}) is before ${p.decidedAt !== undefined ? 'the decision' : 'it was raised'} (${after})`);
  }
}

/** A proposal and its consent round (§4.4–4.5): a searchable entry in the circle's record. */
export const ProposalSchema = z.object(PROPOSAL_FIELDS).superRefine(checkProposal);
export type Proposal = z.infer<typeof ProposalSchema>;
