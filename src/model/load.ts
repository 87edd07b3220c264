// The load pipeline for an already-parsed document (from a file, IndexedDB, the clipboard or a
// worker message): migrate -> schema -> integrity. It either returns a valid CareMap or a list of
// problems with paths; it never throws on bad input and never returns a half-valid document.
import type { z } from 'zod';

import { parseCareMapFast } from './fastParse';
import { checkIntegrity } from './integrity';
import { migrate, type Migration, MIGRATIONS } from './migrations';
import { type Problem, type Result, fail, formatPath, ok, problem } from './problems';
import { type CareMap, CareMapSchema } from './schema';

/** At most this many problems are listed; the rest are summarised in one line. */
export const MAX_PROBLEMS = 50;

/** Turn zod issues into problems that name the path, e.g. `nodes[3].label: must not be empty`. */
export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => problem(formatPath([...prefix, ...issue.path]), issue.message));
}

export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem('', `…and ${problems.length - MAX_PROBLEMS} more problems`),
  ];
}

/**
 * `CareMapSchema.safeParse` as a Result: the hand-written kernel (fastParse.ts) for a document it
 * accepts, zod for any other, so every problem is worded by zod.
 */
export function parseCareMap(value: unknown): Result<CareMap> {
  const fast = parseCareMapFast(value);
  if (fast !== undefined) return ok(fast);
  const parsed = CareMapSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(capProblems(zodProblems(parsed.error)));
}

/**
 * Validate an untrusted, already-parsed value as a care map: upgrade it if it is older, check
 * every field, then check the cross-record rules. Warnings (e.g. "upgraded from version 1") come
 * back with a successful result.
 */
export function loadCareMap(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): Result<CareMap> {
  const migrated = migrate(raw, migrations);
  if (!migrated.ok) return migrated;
  const parsed = parseCareMap(migrated.value);
  if (!parsed.ok) return parsed;
  const integrity = checkIntegrity(parsed.value);
  const errors = integrity.filter((p) => p.severity === 'error');
  if (errors.length > 0) return fail(capProblems(errors));
  return ok(parsed.value, [...migrated.warnings, ...integrity.filter((p) => p.severity === 'warning')]);
}
