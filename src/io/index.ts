// The one entry point for reading and writing map files, used by the app and the CLI alike.
// It refuses oversized files, picks the format (detect.ts; a plain `.json` is parsed once and
// read by its structure), calls its reader or writer, tags problems with file names, says
// repeated warnings once with a count, and turns any unexpected exception into a problem:
// nothing thrown by a parser on hostile input escapes to the caller.
import { type CareMap, fail, problem, type Result, ok } from '../model';
import { baseNameOf, detectFormat, extensionOf, formatById, formatForWriting, formatOfJson, supportedExtensions } from './detect';
import { readJsonFile } from './guard';
import { readKumuJsonValue } from './kumu-json';
import { readNativeValue } from './native';
import { readWith, unexpected } from './readWith';
import type { FileInput, FileOutput, FormatId, ReadOptions } from './types';

export interface ReadMapOptions extends ReadOptions {
  /** Skip detection and read with this format. */
  readonly format?: FormatId;
}

export interface WriteMapOptions {
  /** Skip the extension and write with this format. */
  readonly format?: FormatId;
}

/**
 * Read one map from one or more files (a Kumu or plain CSV pair is two). Returns a valid map, or
 * problems naming the file and line or path. Never throws.
 */
export function readMapFiles(files: readonly FileInput[], options: ReadMapOptions = {}): Result<CareMap> {
  return readWith(files, () => {
    const { format: forced, ...readOptions } = options;
    const only = files.length === 1 ? files[0] : undefined;
    return only !== undefined && forced === undefined && extensionOf(only.name) === '.json' ? readPlainJson(only, readOptions) : readWithFormat(files, options);
  });
}

function cannotTell(files: readonly FileInput[]): Result<never> {
  const readable = supportedExtensions().join(', ');
  const names = files.map((f) => f.name).join(', ');
  return fail([problem('', `cannot tell what kind of map ${files.length === 1 ? 'this file is' : 'these files are'}; Carewealth reads ${readable}`, { file: names })]);
}

/** A plain `.json` file: parsed once, then read as whatever its structure is (native or Kumu). */
function readPlainJson(file: FileInput, options: ReadOptions): Result<CareMap> {
  const parsed = readJsonFile(file.name, file.bytes);
  if (!parsed.ok) return parsed;
  const format = formatOfJson(parsed.value);
  if (format?.id === 'native') {
    options.onNativeValue?.(parsed.value);
    return readNativeValue(parsed.value, file.name);
  }
  if (format?.id === 'kumu-json') return readKumuJsonValue(parsed.value, file.name, options);
  return cannotTell([file]);
}

/** Any other file or pair: the format forced, or the one detection picks. */
function readWithFormat(files: readonly FileInput[], options: ReadMapOptions): Result<CareMap> {
  const { format: forced, ...readOptions } = options;
  const format =
    forced !== undefined
      ? formatById(forced)
      : detectFormat(
          files.map((f) => f.name),
          files.map((f) => f.bytes),
        );
  if (format === undefined || format.read === undefined) return cannotTell(files);
  return format.read(files, readOptions);
}

/**
 * Write a map to the format its file name asks for (`.carewealth.json`, `.kumu.json`, `.xlsx`,
 * `.kumu.csv` for the Kumu pair, `.csv` for the plain pair, `.gexf`, `.graphml`). Returns the
 * files to save (two for CSV pairs). Never throws.
 */
export function writeMapFile(doc: CareMap, fileName: string, options: WriteMapOptions = {}): Result<FileOutput[]> {
  try {
    const format = options.format !== undefined ? formatById(options.format) : formatForWriting(fileName);
    if (format === undefined || format.write === undefined) {
      return fail([problem('', `cannot write this kind of file; Carewealth writes ${supportedExtensions().join(', ')}`, { file: fileName })]);
    }
    return ok(format.write(doc, baseNameOf(fileName)));
  } catch (err) {
    return unexpected(err, 'writing', fileName);
  }
}

export { baseNameOf, detectFormat, extensionOf, FORMATS, formatById, formatForWriting, supportedExtensions } from './detect';
export { checkSize, decodeText, MAX_JSON_DEPTH, parseJsonSafely, tooBigMessage } from './guard';
export { NATIVE_FORMAT, readNative, serializeNative, writeNative } from './native';
export { KUMU_JSON_FORMAT, readKumuJson, toKumuBlueprint, writeKumuJson } from './kumu-json';
export { KUMU_XLSX_FORMAT, readKumuXlsx, writeKumuXlsx } from './kumu-xlsx';
export { KUMU_CSV_FORMAT, readKumuCsv, writeKumuCsv } from './kumu-csv';
export { GEXF_FORMAT, serializeGexfHistory, writeGexfHistory } from './gexf';
export { GRAPHML_FORMAT } from './graphml';
export { CSV_FORMAT, serializeCsvTable } from './csv';
export { type ExportLoss, exportLosses } from './losses';
export { MAX_OVERLAY_BYTES, type OverlayImportOptions, type OverlayKind, readOverlayGeoJson } from './geojson/overlay';
export { readItemBankCsv, readItemBankJson, readSurveyResponsesCsv } from './survey';
export { MAX_FILE_BYTES, type FileFormat, type FileInput, type FileOutput, type FormatId, type ReadOptions } from './types';
