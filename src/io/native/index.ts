// The native `.carewealth.json` format: the document exactly as the model defines it, pretty
// printed with `type` and `schemaVersion` first so a person (or `head`) can tell what the file is.
// Reading runs the guard (size, UTF-8, safe JSON) and then the model's load pipeline
// (migrate -> schema -> integrity); every problem is tagged with the file name.
import { type CareMap, DOCUMENT_TYPE, fail, inFile, loadCareMap, ok, problem, type Result } from '../../model';
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
  const loaded = loadCareMap(parsed.value);
  if (!loaded.ok) return fail(inFile(loaded.problems, file.name));
  return ok(loaded.value, inFile(loaded.warnings, file.name));
}

/** The file text: 2-space JSON, `type` and `schemaVersion` first, ending in a newline. */
export function serializeNative(doc: CareMap): string {
  const { type, schemaVersion, ...rest } = doc;
  return `${JSON.stringify({ type, schemaVersion, ...rest }, null, 2)}\n`;
}

export function writeNative(doc: CareMap, baseName: string): FileOutput[] {
  return [{ name: `${baseName}${NATIVE_EXTENSION}`, mimeType: 'application/json', bytes: new TextEncoder().encode(serializeNative(doc)) }];
}

/** Quick check used by the dispatcher on plain `.json` files: does the text open like ours? */
export function looksNative(text: string): boolean {
  return new RegExp(`"type"\\s*:\\s*"${DOCUMENT_TYPE}"`).test(text.slice(0, 4096));
}

export const NATIVE_FORMAT: FileFormat = {
  id: 'native',
  label: 'Carewealth map',
  extensions: [NATIVE_EXTENSION],
  read: (files) => readNative(files),
  write: writeNative,
};
