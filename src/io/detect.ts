// Choosing a format for a set of files. The extension decides (longest match first, so
// `.carewealth.json` wins over `.json`, `.kumu.csv` over `.csv`); where one extension serves two
// formats the content decides: a plain `.json` whose parsed top level has `"type": "carewealth"`
// is native and one with `elements` / `connections` is Kumu JSON, wherever in the file those keys
// stand (text that does not parse is recognised by the keys alone, so it still reaches the reader
// that can say where it breaks); a `.csv` with Kumu headers (Label + Type, or From + To) is a
// Kumu CSV pair, otherwise the plain CSV format.
import { CSV_FORMAT } from './csv';
import { GEXF_FORMAT } from './gexf';
import { GRAPHML_FORMAT } from './graphml';
import { looksKumuCsv, KUMU_CSV_FORMAT } from './kumu-csv';
import { isKumuJsonValue, KUMU_JSON_FORMAT, looksKumuJson } from './kumu-json';
import { KUMU_XLSX_FORMAT } from './kumu-xlsx';
import { isNativeValue, looksNative, NATIVE_FORMAT } from './native';
import type { FileFormat, FormatId } from './types';

/** Every format the app and the CLI know, in the order menus list them. */
export const FORMATS: readonly FileFormat[] = [NATIVE_FORMAT, KUMU_JSON_FORMAT, KUMU_XLSX_FORMAT, KUMU_CSV_FORMAT, GEXF_FORMAT, GRAPHML_FORMAT, CSV_FORMAT];

export function formatById(id: FormatId): FileFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** Extensions some format claims, longest first, for messages ("supported: .carewealth.json, …"). */
export function supportedExtensions(): string[] {
  return [...new Set(FORMATS.flatMap((f) => f.extensions))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The longest known extension a file name ends with (case-insensitive), e.g. ".kumu.json". */
export function extensionOf(fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  return supportedExtensions().find((ext) => lower.endsWith(ext)) ?? (lower.endsWith('.json') ? '.json' : undefined);
}

/** A file name without its format extension: "maps/clapton.carewealth.json" -> "maps/clapton". */
export function baseNameOf(fileName: string): string {
  const ext = extensionOf(fileName);
  return ext === undefined ? fileName : fileName.slice(0, fileName.length - ext.length);
}

function headText(bytes: Uint8Array | undefined): string {
  return bytes === undefined ? '' : new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
}

/** The format of parsed JSON by its shape: our document, a Kumu blueprint, or neither. */
export function formatOfJson(value: unknown): FileFormat | undefined {
  if (isNativeValue(value)) return NATIVE_FORMAT;
  if (isKumuJsonValue(value)) return KUMU_JSON_FORMAT;
  return undefined;
}

/** A plain `.json` file's format: by its parsed structure, or by its keys when it does not parse. */
function jsonFormat(bytes: Uint8Array): FileFormat | undefined {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (looksNative(text)) return NATIVE_FORMAT;
    return looksKumuJson(text) ? KUMU_JSON_FORMAT : undefined;
  }
  return formatOfJson(value);
}

/**
 * The format for these files, or undefined when no format claims them. `firstBytes` (each file's
 * content, same order as the names; the start is enough for `.csv`) settles `.json` and `.csv`;
 * without them a plain `.json` is taken as native and `.csv` as the plain CSV format.
 */
export function detectFormat(fileNames: readonly string[], firstBytes?: readonly (Uint8Array | undefined)[]): FileFormat | undefined {
  const exts = fileNames.map(extensionOf);
  const first = exts[0];
  if (first === undefined || exts.some((e) => e !== first && !(e?.endsWith('.csv') && first.endsWith('.csv')))) return undefined;
  if (first === '.json') {
    const bytes = firstBytes?.[0];
    return bytes === undefined ? NATIVE_FORMAT : jsonFormat(bytes);
  }
  if (first.endsWith('.csv')) {
    const heads = fileNames.map((_n, i) => headText(firstBytes?.[i]));
    if (exts.includes('.kumu.csv') || heads.some((h) => looksKumuCsv(h))) return KUMU_CSV_FORMAT;
    return CSV_FORMAT;
  }
  return FORMATS.find((f) => f.extensions.includes(first));
}

/** The format a file name should be written in, by extension (no sniffing: there is no content yet). */
export function formatForWriting(fileName: string): FileFormat | undefined {
  const ext = extensionOf(fileName);
  if (ext === undefined) return undefined;
  if (ext === '.json') return NATIVE_FORMAT;
  // a format's first extension is its own (".csv" is the plain pair, ".kumu.csv" the Kumu pair)
  const writers = FORMATS.filter((f) => f.write !== undefined);
  return writers.find((f) => f.extensions[0] === ext) ?? writers.find((f) => f.extensions.includes(ext));
}
