// The fonts a report is written in: Noto Sans (SIL Open Font License), embedded and subset so the
// PDF holds only the letters it uses. The font comes as several files, one per script (Latin,
// Latin extended, Greek, Cyrillic, Vietnamese…); each piece of text is drawn with the first file
// that has its letters, so a label in any of those scripts prints as written. A letter no file
// has prints as "?". The bytes are handed in (read from node_modules in Node, fetched in the
// browser): this module reads no files and touches no DOM.
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** The scripts of Noto Sans a report embeds, in the order they are tried. */
const NOTO_SCRIPTS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

/**
 * The file names (in @fontsource/noto-sans/files/) of the regular and bold weights, one per
 * script. WOFF rather than WOFF2: fontkit reads it without a Brotli decoder.
 */
export const NOTO_SANS_FILES: { readonly regular: readonly string[]; readonly bold: readonly string[] } = {
  regular: NOTO_SCRIPTS.map((s) => `noto-sans-${s}-400-normal.woff`),
  bold: NOTO_SCRIPTS.map((s) => `noto-sans-${s}-700-normal.woff`),
};

/** The font files for each weight, in the order they are tried (the Latin file first). */
export interface FontFiles {
  readonly regular: readonly Uint8Array[];
  readonly bold: readonly Uint8Array[];
}

interface Subset {
  readonly font: PDFFont;
  readonly covers: (codePoint: number) => boolean;
}

/** One weight: its files, embedded. */
export interface Face {
  readonly subsets: readonly Subset[];
}

export interface ReportFonts {
  readonly regular: Face;
  readonly bold: Face;
}

export type Weight = keyof ReportFonts;

async function embedFace(pdf: PDFDocument, files: readonly Uint8Array[]): Promise<Face> {
  if (files.length === 0) throw new Error('A report needs at least one font file for each weight.');
  const subsets: Subset[] = [];
  for (const bytes of files) {
    const parsed = fontkit.create(bytes);
    subsets.push({
      font: await pdf.embedFont(bytes, { subset: true }),
      covers: (cp) => parsed.hasGlyphForCodePoint(cp),
    });
  }
  return { subsets };
}

/** Embed the fonts in `pdf` (registering fontkit with it). */
export async function embedFonts(pdf: PDFDocument, files: FontFiles): Promise<ReportFonts> {
  pdf.registerFontkit(fontkit);
  return { regular: await embedFace(pdf, files.regular), bold: await embedFace(pdf, files.bold) };
}

/** A stretch of text drawn with one font. */
export interface TextRun {
  readonly font: PDFFont;
  readonly text: string;
}

/**
 * Text cut into runs, each drawn with the first font file that has all its letters. Control
 * characters are dropped and line breaks become spaces (a run is one line); a letter no file
 * has becomes "?".
 */
export function textRuns(face: Face, text: string): TextRun[] {
  const runs: { font: PDFFont; text: string }[] = [];
  const first = face.subsets[0] as Subset;
  // eslint-disable-next-line no-control-regex
  for (const ch of text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001F\u007F]/g, '')) {
    const cp = ch.codePointAt(0) as number;
    const subset = face.subsets.find((s) => s.covers(cp));
    const font = subset?.font ?? first.font;
    const out = subset === undefined ? '?' : ch;
    const last = runs.at(-1);
    if (last !== undefined && last.font === font) last.text += out;
    else runs.push({ font, text: out });
  }
  return runs;
}

/** Width of a line of text at `size` points. */
export function textWidth(face: Face, text: string, size: number): number {
  return textRuns(face, text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}
