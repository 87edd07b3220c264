// Capacity-assessment records kept in `doc.records` (domain brief §6): the circle's edited
// readiness matrix (level names and cell descriptors) and one assessment of one partner on a
// given day. Re-assessments are new records, so change over time stays visible.
import * as z from 'zod';

import { NodeIdSchema } from '../ids';
import { DateSchema, LabelSchema, NoteSchema } from '../schema';
import { PersonRefSchema, RecordIdSchema } from '../governance/schema';
import { CAPACITY_DIMENSION_IDS } from './dimensions';

/** Most readiness levels a matrix may have. */
export const MAX_CAPACITY_LEVELS = 10;

/** The circle's readiness ladder: level names (level n = `levels[n-1]`) and optional cell texts. */
export const CapacityMatrixSchema = z
  .object({
    id: RecordIdSchema,
    type: z.literal('capacityMatrix'),
    levels: z.array(LabelSchema).min(2, 'needs at least 2 levels').max(MAX_CAPACITY_LEVELS, `must have at most ${MAX_CAPACITY_LEVELS} levels`),
    descriptors: z
      .array(z.object({ dimension: z.enum(CAPACITY_DIMENSION_IDS), level: z.number().int().min(1).max(MAX_CAPACITY_LEVELS), text: NoteSchema }))
      .max(CAPACITY_DIMENSION_IDS.length * MAX_CAPACITY_LEVELS)
      .default([]),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.descriptors.forEach((d, i) => {
      if (d.level > m.levels.length) {
        ctx.addIssue({ code: 'custom', path: ['descriptors', i, 'level'], message: `there are only ${m.levels.length} levels` });
      }
      const key = `${d.dimension}:${d.level}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['descriptors', i], message: `a second text for ${d.dimension} level ${d.level}` });
      seen.add(key);
    });
  });

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export const ASSESSMENT_METHODS = ['meeting', 'interview', 'documents', 'self_assessment', 'other'] as const;

/**
 * One dimension's rating. `level` is 1..(number of levels), or null for a qualitative-only entry
 * (the playbook allows a score or a qualitative assessment).
 */
export const CapacityRatingSchema = z.object({
  level: z.number().int('must be a whole level').min(1, 'levels start at 1').max(MAX_CAPACITY_LEVELS).nullable().default(null),
  note: NoteSchema.optional(),
  evidence: NoteSchema.optional(),
  confidence: z.enum(CONFIDENCES).optional(),
});

export const CapacityAssessmentSchema = z.object({
  id: RecordIdSchema,
  type: z.literal('capacityAssessment'),
  /** The partner assessed: a group, organisation or space node. */
  partner: NodeIdSchema,
  assessors: z.array(PersonRefSchema).max(50).default([]),
  date: DateSchema,
  method: z.enum(ASSESSMENT_METHODS).default('meeting'),
  methodNote: NoteSchema.optional(),
  /** Dimensions not yet rated are simply absent. */
  ratings: z.partialRecord(z.enum(CAPACITY_DIMENSION_IDS), CapacityRatingSchema).default({}),
  note: NoteSchema.optional(),
});
export type CapacityAssessment = z.infer<typeof CapacityAssessmentSchema>;
