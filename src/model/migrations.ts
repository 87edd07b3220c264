// Upgrading documents written by older builds. Migrations form an ordered list; each takes a raw
// (unvalidated, JSON-shaped) document at version `from` and returns it at `from + 1`. Loading runs
// every migration between the file's version and SCHEMA_VERSION, then validates the result. A
// document newer than this build is refused, never guessed at.
//
// Version history:
//   1 - first published format (this build).
// Every change to persisted data comes with a migration here, a saved fixture at the old version
// in test/fixtures/migrations/, and a test.
import { isRecord } from './guards';
import { type Problem, type Result, fail, ok, problem } from './problems';
import { DOCUMENT_TYPE, SCHEMA_VERSION } from './schema';

export type RawDocument = Record<string, unknown>;

export interface Migration {
  /** The version this migration upgrades from; it produces `from + 1`. */
  readonly from: number;
  readonly description: string;
  readonly up: (doc: RawDocument) => RawDocument;
}

/** The migrations this build knows, in order. Empty while version 1 is the only format. */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Bring a raw document up to `target` (SCHEMA_VERSION by default). Does not mutate its input.
 * Refuses documents that are not Carewealth maps, have no usable version, or are newer than
 * this build reads, with a message saying which version it reads.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Result<RawDocument> {
  if (!isRecord(raw)) return fail([problem('', 'is not a Carewealth map: expected a JSON object at the top')]);
  if (raw.type !== DOCUMENT_TYPE) {
    const seen = raw.type === undefined ? 'no "type" field' : `"type" is ${JSON.stringify(raw.type).slice(0, 60)}`;
    return fail([problem('type', `is not a Carewealth map: expected "type": "${DOCUMENT_TYPE}", found ${seen}`)]);
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([problem('schemaVersion', `must be a whole number from 1 to ${target}; found ${JSON.stringify(version) ?? 'nothing'}`)]);
  }
  if (version > target) {
    return fail([
      problem(
        'schemaVersion',
        `this map was saved by a newer Carewealth (format version ${version}); this app reads format versions 1 to ${target}. Update Carewealth to open it.`,
      ),
    ]);
  }
  let doc: RawDocument = raw;
  const applied: Problem[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) {
      return fail([problem('schemaVersion', `no migration from format version ${v} to ${v + 1}`)]);
    }
    try {
      doc = { ...step.up(structuredClone(doc)), schemaVersion: v + 1 };
    } catch (err) {
      return fail([problem('', `could not upgrade from format version ${v}: ${err instanceof Error ? err.message : String(err)}`)]);
    }
    applied.push({ path: 'schemaVersion', message: `upgraded from format version ${v}: ${step.description}`, severity: 'warning' });
  }
  return ok(doc, applied);
}
