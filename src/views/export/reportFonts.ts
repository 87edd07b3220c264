// The report fonts in the browser: the same Noto Sans files the command line reads from
// node_modules, bundled by Vite as assets of the app (so a report is written offline) and
// fetched on first use, for every report (the support network page, the evaluation report).
import { type FontFiles, NOTO_SANS_FILES } from '../../report';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import greek400 from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import greek700 from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url';
import greekExt400 from '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff?url';
import greekExt700 from '@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';

const URLS: Readonly<Record<string, string>> = {
  'noto-sans-latin-400-normal.woff': latin400,
  'noto-sans-latin-700-normal.woff': latin700,
  'noto-sans-latin-ext-400-normal.woff': latinExt400,
  'noto-sans-latin-ext-700-normal.woff': latinExt700,
  'noto-sans-greek-400-normal.woff': greek400,
  'noto-sans-greek-700-normal.woff': greek700,
  'noto-sans-greek-ext-400-normal.woff': greekExt400,
  'noto-sans-greek-ext-700-normal.woff': greekExt700,
  'noto-sans-cyrillic-400-normal.woff': cyrillic400,
  'noto-sans-cyrillic-700-normal.woff': cyrillic700,
  'noto-sans-cyrillic-ext-400-normal.woff': cyrillicExt400,
  'noto-sans-cyrillic-ext-700-normal.woff': cyrillicExt700,
  'noto-sans-vietnamese-400-normal.woff': vietnamese400,
  'noto-sans-vietnamese-700-normal.woff': vietnamese700,
};

async function fetchFont(name: string): Promise<Uint8Array> {
  const url = URLS[name];
  if (url === undefined) throw new Error(`The font file ${name} is not bundled.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the font file ${name}.`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<FontFiles> | null = null;

/** The report fonts, fetched once (again after a failure). */
export function loadReportFonts(): Promise<FontFiles> {
  loading ??= Promise.all([
    Promise.all(NOTO_SANS_FILES.regular.map(fetchFont)),
    Promise.all(NOTO_SANS_FILES.bold.map(fetchFont)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
