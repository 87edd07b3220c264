// What every read of map files does around the format's own reader, whichever reader it is: refuse
// oversized files before anything is parsed, tag problems with the file's name, say repeated
// warnings once with a count, and turn anything a parser throws on hostile input into a problem.
// It imports no format, so a caller that knows its format (the command line reading a native
// file) can read without loading every reader; index.ts's readMapFiles picks the format first.
import { type CareMap, fail, inFile, ok, problem, type Result } from '../model';
import { checkSize } from './guard';
import { summariseRepeats } from './table/report';
import type { FileInput } from './types';

/** A failed result for an exception thrown while `what`-ing (reading, writing) `file`. */
export function unexpected(err: unknown, what: string, file?: string): Result<never> {
  const why = err instanceof Error ? err.message : String(err);
  return fail([problem('', `${what} failed unexpectedly: ${why.slice(0, 200)}`, file !== undefined ? { file } : {})]);
}

/**
 * Read `files` with `read` (the chosen format's reader), after the size check and with the
 * problems tagged and summarised as above. Never throws.
 */
export function readWith(files: readonly FileInput[], read: () => Result<CareMap>): Result<CareMap> {
  const names = files.map((f) => f.name).join(', ');
  try {
    if (files.length === 0) return fail([problem('', 'no file was given')]);
    const tooBig = files.map((f) => checkSize(f.name, f.bytes)).filter((p) => p !== undefined);
    if (tooBig.length > 0) return fail(tooBig);
    const only = files.length === 1 ? files[0] : undefined;
    const result = read();
    return result.ok ? ok(result.value, summariseRepeats(inFile(result.warnings, only?.name))) : fail(inFile(result.problems, only?.name));
  } catch (err) {
    return unexpected(err, 'reading', names);
  }
}
