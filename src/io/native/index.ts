// The native `.carewealth.json` format: the document exactly as the model defines it, pretty
// printed with `type` and `schemaVersion` first so a person (or `head`) can tell what the file is.
// Reading runs the guard (size, UTF-8, safe JSON) and then the model's load pipeline
// (migrate -> schema -> integrity); every problem is tagged with the file name, and keys the
// document does not define are named in warnings, since they cannot be kept.
import { type CareMap, DOCUMENT_TYPE, fail, formatPath, inFile, loadCareMap, migrate, ok, type Problem, problem, type Result, warning } from '../../model';
import { readJsonFile } from '../guard';
import type { FileFormat, FileInput, FileOutput } from '../types';

export const NATIVE_EXTENSION = '.carewealth.json';

/** Read one native file into a validated map; problems name the file and the path. */
export function readNative(files: readonly FileInput[]): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) {
    return fail([problem('', `a Carewealth map is one ${NATIVE_EXTENSION} file; ${files.length} files were given`)]);
  }
  const parsed = readJsonFile(file.name, file.bytes);
  if (!parsed.ok) return parsed;
  return readNativeValue(parsed.value, file.name);
}

/**
 * Validate the parsed JSON of a native file (`fileName` names it in problems). Keys the document
 * does not define (a newer build's field, a hand edit) cannot be kept; each one is named in a
 * warning rather than dropped without a word.
 */
export function readNativeValue(value: unknown, fileName: string): Result<CareMap> {
  const loaded = loadCareMap(value);
  if (!loaded.ok) return fail(inFile(loaded.problems, fileName));
  const migrated = migrate(value);
  const dropped = migrated.ok ? unknownKeys(migrated.value, loaded.value) : [];
  return ok(loaded.value, inFile([...loaded.warnings, ...describeDropped(dropped)], fileName));
}

/** Paths of keys in `raw` that `kept` (the validated document) no longer has, e.g. `nodes[3].colour`. */
export function unknownKeys(raw: unknown, kept: unknown): string[] {
  const out: string[] = [];
  const pending: { raw: unknown; kept: unknown; path: (string | number)[] }[] = [{ raw, kept, path: [] }];
  while (pending.length > 0) {
    const { raw: r, kept: k, path } = pending.pop() as (typeof pending)[number];
    if (Array.isArray(r) && Array.isArray(k)) {
      for (let i = Math.min(r.length, k.length) - 1; i >= 0; i--) pending.push({ raw: r[i], kept: k[i], path: [...path, i] });
    } else if (isPlainObject(r) && isPlainObject(k)) {
      const keys = Object.keys(r);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (Object.hasOwn(k, key)) pending.push({ raw: r[key], kept: k[key], path: [...path, key] });
        else out.push(formatPath([...path, key]));
      }
    }
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One warning per kind of dropped key (`nodes[].colour`), with the count and the first place. */
function describeDropped(paths: readonly string[]): Problem[] {
  const byShape = new Map<string, string[]>();
  for (const p of paths) {
    const shape = p.replace(/\[\d+\]/g, '[]');
    byShape.set(shape, [...(byShape.get(shape) ?? []), p]);
  }
  return [...byShape.values()].map((list) => {
    const first = list[0] as string;
    const key = first.replace(/^.*[.\]]/, '');
    const times = list.length === 1 ? '' : ` (${list.length} times)`;
    return warning(first, `"${key}" is not part of a Carewealth map${times}; it was left out`);
  });
}

/** The file text: 2-space JSON, `type` and `schemaVersion` first, ending in a newline. */
export function serializeNative(doc: CareMap): string {
  const { type, schemaVersion, ...rest } = doc;
  return `${JSON.stringify({ type, schemaVersion, ...rest }, null, 2)}\n`;
}

export function writeNative(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}${NATIVE_EXTENSION}`, mimeType: 'application/json', bytes: new TextEncoder().encode(serializeNative(doc)) }];
}

/** Is this parsed JSON shaped like our document (an object whose `type` is ours)? */
export function isNativeValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Record<string, unknown>).type === DOCUMENT_TYPE;
}

/** For text that does not parse: does it hold our `"type": "carewealth"` anywhere? */
export function looksNative(text: string): boolean {
  return new RegExp(`"type"\\s*:\\s*"${DOCUMENT_TYPE}"`).test(text);
}

export const NATIVE_FORMAT: FileFormat = {
  id: 'native',
  label: 'Carewealth map',
  extensions: [NATIVE_EXTENSION],
  read: (files) => readNative(files),
  write: writeNative,
};
