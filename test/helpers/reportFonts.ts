// The report fonts as the command line and the tests read them: Noto Sans from node_modules.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type FontFiles, NOTO_SANS_FILES } from '../../src/report';

const DIR = path.resolve(import.meta.dirname, '../../node_modules/@fontsource/noto-sans/files');

export function readReportFonts(): FontFiles {
  const read = (names: readonly string[]) => names.map((n) => new Uint8Array(readFileSync(path.join(DIR, n))));
  return { regular: read(NOTO_SANS_FILES.regular), bold: read(NOTO_SANS_FILES.bold) };
}
