// Scoring settings and bands for the Social Climate Survey (domain brief §5.5). The defaults are
// ours, not the playbook's (it gives no numbers): the UI must say the cut-offs are local settings.
// Two ways in: `checkScoringSettings` refuses bad values with a message (for a settings form);
// `clampScoringSettings` always returns usable settings (for scoring stored data), so a group
// smaller than 3 can never be scored whatever a file says.
import { type Problem, type Result, fail, formatPath, ok, problem } from '../problems';
import { ABSOLUTE_MIN_GROUP_SIZE, type ScoringSettings, type ScoringSettingsInput, ScoringSettingsSchema } from './schema';

export const BANDS = ['low', 'medium', 'high'] as const;
export type Band = (typeof BANDS)[number];

/** The brief's defaults: min group 5, 75% of a factor's items, bands low < 2.5 ≤ medium ≤ 3.5 < high. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = ScoringSettingsSchema.parse({});

/** Validate settings typed in by someone; problems name the field, e.g. `minGroupSize: must be at least 3…`. */
export function checkScoringSettings(input: unknown): Result<ScoringSettings> {
  const parsed = ScoringSettingsSchema.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.map((i): Problem => problem(formatPath(i.path), i.message)));
}

function within(value: unknown, lo: number, hi: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(hi, Math.max(lo, value)) : fallback;
}

/**
 * Settings that are always usable: each field is clamped into its range (min group size to at
 * least 3, shares to (0, 1], cut-offs to the 1–5 scale with low ≤ high); a missing or unreadable
 * field takes its default.
 */
export function clampScoringSettings(input: ScoringSettingsInput | undefined): ScoringSettings {
  const d = DEFAULT_SCORING_SETTINGS;
  const s = input ?? {};
  const lowBelow = within(s.lowBelow, 1, 5, d.lowBelow);
  return {
    minGroupSize: Math.ceil(within(s.minGroupSize, ABSOLUTE_MIN_GROUP_SIZE, 10_000, d.minGroupSize)),
    minAnsweredShare: within(s.minAnsweredShare, Number.EPSILON, 1, d.minAnsweredShare),
    minValidFactorShare: within(s.minValidFactorShare, Number.EPSILON, 1, d.minValidFactorShare),
    lowBelow,
    highAbove: within(s.highAbove, lowBelow, 5, Math.max(lowBelow, d.highAbove)),
    excludePlaceholders: typeof s.excludePlaceholders === 'boolean' ? s.excludePlaceholders : d.excludePlaceholders,
  };
}

/**
 * The band of a score on the 1–5 scale: below `lowBelow` is low, above `highAbove` is high, and
 * the cut-offs themselves are medium. The score is rounded to 9 decimals first so that a mean
 * that is 3.5 on paper but 3.5000000000000004 in floating point stays medium.
 */
export function bandOf(score: number, settings: Pick<ScoringSettings, 'lowBelow' | 'highAbove'> = DEFAULT_SCORING_SETTINGS): Band {
  const s = Math.round(score * 1e9) / 1e9;
  if (s < settings.lowBelow) return 'low';
  if (s > settings.highAbove) return 'high';
  return 'medium';
}

/** What a suppressed group shows instead of a score. */
export function fewerThanMessage(minGroupSize: number): string {
  return `fewer than ${minGroupSize} responses`;
}
