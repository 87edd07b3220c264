// The native `.carewealth.json` format: the document exactly as the model defines it, pretty
// printed with `type` and `schemaVersion` first so a person (or `head`) can tell what the file is.
// Reading runs the guard (size, UTF-8, safe JSON) and then the model's load pipeline
// (migrate -> schema -> integrity); every problem is tagged with the file name, and keys the
// document does not define are named in warnings, since they cannot be kept.
import { type CareMap, DOCUMENT_TYPE, fail, formatPath, inFile, loadCareMap, migrate, ok, type Problem, problem, type Result, warning } from '../../model';
import { readJsonFile } from '../guard';
import { readWith } from '../readWith';
import type { FileFormat, FileInput, FileOutput, ReadOptions } from '../types';

export const NATIVE_EXTENSION = '.carewealth.json';

/**
 * Read one file known to be native, as readMapFiles would (size check, problems tagged and
 * summarised, never throws) but without loading the other formats' readers: what the command line
 * does with a `.carewealth.json` file.
 */
export function readNativeFile(file: FileInput, options: ReadOptions = {}): Result<CareMap> {
  return readWith([file], () => readNative([file], options));
}

/** Read one native file into a validated map; problems name the file and the path. */
export function readNative(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) {
    return fail([problem('', `a Carewealth map is one ${NATIVE_EXTENSION} file; ${files.length} files were given`)]);
  }
  const parsed = readJsonFile(file.name, file.bytes);
  if (!parsed.ok) return parsed;
  options.onNativeValue?.(parsed.value);
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

/**
 * Paths of keys in `raw` that `kept` (the validated document) no longer has, e.g. `nodes[3].colour`.
 * Each object's own left-out keys come first (last key first), then its children in order, as
 * the walk with an explicit stack this replaced gave them. One shared path is pushed and popped on
 * the way down and copied only for a left-out key: a 20,000-node file holds millions of values,
 * and allocating for each took longer than parsing the JSON. Recursion is as deep as the value
 * nests, which the file guard caps at MAX_JSON_DEPTH.
 */
export function unknownKeys(raw: unknown, kept: unknown): string[] {
  const out: string[] = [];
  walkKept(raw, kept, [], out);
  return out;
}

function walkKept(r: unknown, k: unknown, path: (string | number)[], out: string[]): void {
  if (Array.isArray(r)) {
    if (!Array.isArray(k)) return;
    const n = Math.min(r.length, k.length);
    for (let i = 0; i < n; i++) {
      const ri: unknown = r[i];
      const ki: unknown = k[i];
      if (typeof ri === 'object' && ri !== null && typeof ki === 'object' && ki !== null) {
        path.push(i);
        walkKept(ri, ki, path, out);
        path.pop();
      }
    }
    return;
  }
  if (!isPlainObject(r) || !isPlainObject(k)) return;
  const keys = Object.keys(r);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    if (!Object.hasOwn(k, key)) out.push(formatPath([...path, key]));
  }
  for (const key of keys) {
    const rv = r[key];
    const kv = k[key];
    if (typeof rv === 'object' && rv !== null && typeof kv === 'object' && kv !== null && Object.hasOwn(k, key)) {
      path.push(key);
      walkKept(rv, kv, path, out);
      path.pop();
    }
  }
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
  read: (files, options) => readNative(files, options),
  write: writeNative,
};
