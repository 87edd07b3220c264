// A small streaming scanner for the XML parts of a workbook. Text arrives in pieces (as a part is
// inflated) and the scanner reports start tags, end tags and text to a handler as it goes, so a
// sheet is never held whole in memory and a hostile one can be refused as soon as it is seen to
// be too big. It understands what SpreadsheetML uses: elements with namespace prefixes (reported
// by local name), attributes (read on request), text, CDATA, comments and processing instructions;
// a DOCTYPE or ENTITY declaration is refused, since workbooks never have one and entity expansion
// is how small files become huge. It checks that tags nest, nothing more: it is not a validator.
// Attribute values and text are handed over raw; `xmlText` decodes them.
import { decodeEntities } from '../xml/parse';

/** What the scanner reports. Names are local names (`x:row` is `row`). */
export interface XmlHandler {
  /**
   * A start tag; `tag` is its raw text (read attributes with `attribute`), `parents` the names of
   * the elements it sits in, outermost first (the scanner's own list: read it, do not keep it).
   */
  open(name: string, tag: string, selfClosing: boolean, parents: readonly string[]): void;
  /** An end tag (also sent right after `open` for a self-closing tag). */
  close(name: string): void;
  /**
   * Raw text (entities not decoded) between tags inside the root element, or CDATA (`cdata`
   * true, taken as written). Only sent while `wantText` is true.
   */
  text(raw: string, cdata: boolean): void;
  /** Whether text is wanted now; text is skipped without being copied when false. */
  readonly wantText: boolean;
}

/** A problem in the XML itself, worded to follow the part's name ("declares a DTD…"). */
export class XmlScanError extends Error {}

/** One tag, comment or run of text longer than this is refused (a cell holds at most 32,767 characters). */
const MAX_PIECE = 4 * 1024 * 1024;
const TOO_LONG = 'has a tag or text longer than 4 million characters';

const GT = 62; // >
const SLASH = 47; // /
const QUOTE = 34; // "
const APOS = 39; // '
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

/** Names remembered by one scanner (nameAt); a workbook part uses a few dozen at most. */
const MAX_SEEN_NAMES = 32;

/**
 * The local name of a tag starting at `from` (after `<` or `</`). A sheet repeats a handful of
 * names (`row`, `c`, `v`, `is`, `t`) millions of times: names already seen are handed back from
 * `seen` rather than cut out of the text again, which saved an allocation per tag.
 */
function nameAt(text: string, from: number, to: number, seen: string[]): string {
  let end = from;
  let start = from;
  while (end < to) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT) break;
    if (c === COLON && start === from) start = end + 1;
    end++;
  }
  const length = end - start;
  for (let k = 0; k < seen.length; k++) {
    const name = seen[k] as string;
    if (name.length === length && text.startsWith(name, start)) return name;
  }
  const name = text.slice(start, end);
  if (seen.length < MAX_SEEN_NAMES) seen.push(name);
  return name;
}

/** Index of the `>` closing the tag that starts at `start`, skipping quoted attribute values; -1 if not in `text` yet. */
function tagEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const gt = text.indexOf('>', from);
    if (gt < 0) return -1;
    // A quote before the `>` opens a value that may hold a `>`: jump past its closing quote.
    let q = from;
    while (q < gt) {
      const c = text.charCodeAt(q);
      if (c === QUOTE || c === APOS) break;
      q++;
    }
    if (q === gt) return gt;
    const close = text.indexOf(text.charCodeAt(q) === QUOTE ? '"' : "'", q + 1);
    if (close < 0) return -1;
    from = close + 1;
  }
}

/**
 * A scanner fed with `push(piece)` and finished with `end()`. Throws XmlScanError on a DTD, a tag
 * that closes another than the one open, or text left open at the end.
 */
export function createXmlScanner(handler: XmlHandler): { push(piece: string): void; end(): void } {
  let rest = '';
  const open: string[] = [];
  const seen: string[] = [];
  let sawRoot = false;

  function scan(text: string, final: boolean): string {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end of this piece; it may go on in the next one.
        if (!final) return keep(text, i);
        if (n - i > MAX_PIECE) throw new XmlScanError(TOO_LONG);
        if (open.length > 0 && handler.wantText && i < n) handler.text(text.slice(i), false);
        return '';
      }
      if (lt - i > MAX_PIECE) throw new XmlScanError(TOO_LONG);
      if (lt > i && open.length > 0 && handler.wantText) handler.text(text.slice(i, lt), false);
      const next = text.charCodeAt(lt + 1);
      if (next === BANG) {
        const done = special(text, lt);
        if (done < 0) return keep(text, lt);
        i = done;
        continue;
      }
      if (next === QUESTION) {
        const close = text.indexOf('?>', lt + 2);
        if (close < 0) return keep(text, lt);
        i = close + 2;
        continue;
      }
      const gt = tagEnd(text, lt);
      if (gt < 0) return keep(text, lt);
      if (gt - lt > MAX_PIECE) throw new XmlScanError(TOO_LONG);
      if (next === SLASH) {
        const name = nameAt(text, lt + 2, gt, seen);
        const top = open.pop();
        if (top !== name)
          throw new XmlScanError(
            top === undefined
              ? `has an end tag </${name}> that closes nothing`
              : `closes <${top}> with </${name}>`,
          );
        handler.close(name);
      } else {
        const selfClosing = text.charCodeAt(gt - 1) === SLASH;
        const name = nameAt(text, lt + 1, gt, seen);
        if (open.length === 0) {
          if (sawRoot) throw new XmlScanError('has more than one root element');
          sawRoot = true;
        }
        handler.open(name, text.slice(lt, gt + 1), selfClosing, open);
        if (selfClosing) handler.close(name);
        else open.push(name);
      }
      i = gt + 1;
    }
    return '';
  }

  /** Comments, CDATA and declarations; returns the index after them, or -1 when not complete yet. */
  function special(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      return close < 0 ? -1 : close + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) return -1;
      if (handler.wantText) handler.text(text.slice(lt + 9, close), true);
      return close + 3;
    }
    if (text.length - lt < 9) return -1;
    if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(lt, lt + 9))) {
      throw new XmlScanError('declares a DTD, which spreadsheets never do');
    }
    throw new XmlScanError(`holds markup a spreadsheet never uses ("${text.slice(lt, lt + 12)}…")`);
  }

  function keep(text: string, from: number): string {
    if (text.length - from > MAX_PIECE) throw new XmlScanError(TOO_LONG);
    return text.slice(from);
  }

  return {
    push(piece) {
      rest = scan(rest === '' ? piece : rest + piece, false);
    },
    end() {
      rest = scan(rest, true);
      if (open.length > 0)
        throw new XmlScanError(`ends before <${open[open.length - 1] as string}> is closed`);
      if (rest !== '') throw new XmlScanError('ends in the middle of a tag');
      if (!sawRoot) throw new XmlScanError('holds no XML element');
    },
  };
}

/** Whether the character code is XML white space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The decoded value of attribute `name` (local name: `r:id` matches `id`) in a raw tag, or
 * undefined. Walks the tag's attributes in order, as a parser would, so a value that happens to
 * contain ` name="…"` is never mistaken for the attribute.
 */
export function attribute(tag: string, name: string): string | undefined {
  let i = 1;
  const n = tag.length;
  while (i < n && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== GT && tag.charCodeAt(i) !== SLASH) i++;
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const eq = tag.indexOf('=', i);
    if (eq < 0) return undefined;
    let keyEnd = eq;
    while (keyEnd > i && isSpace(tag.charCodeAt(keyEnd - 1))) keyEnd--;
    let q = eq + 1;
    while (q < n && isSpace(tag.charCodeAt(q))) q++;
    const quote = tag.charCodeAt(q);
    if (quote !== QUOTE && quote !== APOS) return undefined;
    const close = tag.indexOf(quote === QUOTE ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    const colon = tag.lastIndexOf(':', keyEnd - 1);
    const keyStart = colon >= i ? colon + 1 : i;
    if (keyEnd - keyStart === name.length && tag.startsWith(name, keyStart))
      return decodeEntities(tag.slice(q + 1, close));
    i = close + 1;
  }
}

/** Decoded text: raw text has its entities decoded, CDATA is taken as it is. */
export function xmlText(raw: string, cdata: boolean): string {
  return cdata ? raw : decodeEntities(raw);
}
