// The contract every file format implements. Readers take bytes or text (never File objects or
// DOM nodes) so the app, the CLI and the tests call them the same way; they return a valid
// CareMap or problems naming the file, line or path, and never throw on bad input.
import type { CareMap, Result } from '../model';

export type FormatId = 'native' | 'kumu-json' | 'kumu-xlsx' | 'kumu-csv' | 'gexf' | 'graphml' | 'csv';

/** One input file: its name (for messages and format detection) and its content. */
export interface FileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One output file. Formats made of two files (a CSV pair) return two. */
export interface FileOutput {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface ReadOptions {
  /** Title for the new map when the format carries none (defaults to the file name). */
  readonly title?: string;
  /** ISO date-time used for createdAt/updatedAt of maps built from foreign formats. */
  readonly now?: string;
  /**
   * Called with a native file's parsed JSON (already through the guard: no prototype keys, no
   * absurd nesting) before it is validated, for work that can start on its raw shape and checks
   * its own result against the valid map later (the command line's path pass). It must not change
   * the value.
   */
  readonly onNativeValue?: (value: unknown) => void;
}

export interface FileFormat {
  readonly id: FormatId;
  readonly label: string;
  /** Lower-case extensions including the dot, longest first, e.g. ['.carewealth.json']. */
  readonly extensions: readonly string[];
  /** Read one or more files (the CSV pair reads elements + connections) into one map. */
  readonly read?: (files: readonly FileInput[], options?: ReadOptions) => Result<CareMap>;
  /** Write a map; `baseName` is the file name without extension. */
  readonly write?: (doc: CareMap, baseName: string) => FileOutput[];
}

/** Refuse inputs larger than this before parsing anything (tens of MB would freeze a tab). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
