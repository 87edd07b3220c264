// The text of a PDF read back independently of the code that wrote it: pdf-lib parses the file,
// each page's content streams are inflated, and every string shown (Tj, TJ) is decoded through
// its font's ToUnicode map (bfchar and bfrange), as a PDF reader does. One string per text
// operator, in drawing order, per page. Enough for the PDFs this app writes (fonts embedded by
// pdf-lib with two-byte glyph codes); not a general PDF text extractor.
import { inflateSync } from 'node:zlib';

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

function streamText(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const bytes = filter === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : stream.contents;
  return Buffer.from(bytes).toString('latin1');
}

function hexCodes(hex: string, width: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + width <= hex.length; i += width) out.push(Number.parseInt(hex.slice(i, i + width), 16));
  return out;
}

function utf16(hex: string): string {
  return String.fromCharCode(...hexCodes(hex, 4));
}

/** A ToUnicode CMap as glyph code → text. */
function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(m[1] as string, 16), utf16(m[2] as string));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = Number.parseInt(m[1] as string, 16);
      const hi = Number.parseInt(m[2] as string, 16);
      const base = hexCodes(m[3] as string, 4);
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(...base.slice(0, -1), (base.at(-1) ?? 0) + c - lo));
    }
  return map;
}

/** Every page's shown strings, in order. */
export async function pdfText(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await PDFDocument.load(bytes);
  const resolve = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  return pdf.getPages().map((page) => {
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = resolve(resolve(page.node.get(PDFName.of('Resources'))) instanceof PDFDict ? (resolve(page.node.get(PDFName.of('Resources'))) as PDFDict).get(PDFName.of('Font')) : undefined);
    if (fontDict instanceof PDFDict)
      for (const [name, ref] of fontDict.entries()) {
        const font = resolve(ref);
        const cmap = font instanceof PDFDict ? resolve(font.get(PDFName.of('ToUnicode'))) : undefined;
        if (cmap instanceof PDFRawStream) fonts.set(name.asString(), parseCMap(streamText(cmap)));
      }
    const contents = resolve(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map(resolve) : [contents];
    const text = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map(streamText).join('\n');
    const out: string[] = [];
    let cmap = new Map<number, string>();
    for (const m of text.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1] !== undefined) cmap = fonts.get(m[1]) ?? new Map();
      else out.push(hexCodes(m[2] ?? '', 4).map((c) => cmap.get(c) ?? '\uFFFD').join(''));
    }
    return out;
  });
}
