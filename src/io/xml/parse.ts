// Safe XML reading for the GEXF and GraphML readers. Untrusted text is refused if it declares a
// DOCTYPE or ENTITY (the "billion laughs" expansion lives there, and neither format needs one),
// checked for well-formedness with fast-xml-parser's validator (which reports line and column),
// then parsed into a small element tree that remembers each element's line, so later problems
// ("edge to unknown node") can point at the line too. Only the five predefined entities and
// numeric character references are decoded, by us, in one pass: nothing can expand.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { fail, ok, type Problem, problem, type Result } from '../../model';

/** One element: local name (namespace prefix dropped), decoded attributes, children, text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Child elements; order is kept among children of the same name, not across names. */
  readonly children: readonly XmlElement[];
  /** The element's own decoded text (CDATA sections appended after plain text). */
  readonly text: string;
  /** 1-based line where the element starts, when known. */
  readonly line: number | undefined;
}

/** Children of `el` named `name` (local name), in document order. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The first child named `name`, if any. */
export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Deepest nesting accepted; GEXF and GraphML need fewer than ten levels. */
export const MAX_XML_DEPTH = 64;

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decode the predefined entities and numeric character references. Anything else (`&nbsp;`, a
 * reference to a code point XML forbids) is left as written rather than guessed at.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    const named = NAMED[body];
    if (named !== undefined) return named;
    const cp = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const allowed = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    return allowed ? String.fromCodePoint(cp) : whole;
  });
}

/** Offsets of line starts, for turning a character offset into a 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const ATTR = '@_';

function convert(name: string, raw: unknown, starts: readonly number[], parentLine: number | undefined): XmlElement {
  if (typeof raw !== 'object' || raw === null) {
    return { name, attrs: new Map(), children: [], text: decodeEntities(typeof raw === 'string' ? raw : ''), line: parentLine };
  }
  const obj = raw as Record<string | symbol, unknown>;
  const start = (obj[META] as { startIndex?: number } | undefined)?.startIndex;
  const line = typeof start === 'number' ? lineAt(starts, start) : parentLine;
  const attrs = new Map<string, string>();
  const children: XmlElement[] = [];
  let text = '';
  let cdata = '';
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith(ATTR)) {
      // attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line breaks become
      // spaces; only character references keep them
      attrs.set(key.slice(ATTR.length), decodeEntities(String(value).replace(/[\t\n\r]/g, ' ')));
    } else if (key === '#text') {
      text = decodeEntities(String(value));
    } else if (key === '#cdata') {
      cdata = (Array.isArray(value) ? value : [value]).map(String).join('');
    } else {
      for (const item of Array.isArray(value) ? value : [value]) children.push(convert(key, item, starts, line));
    }
  }
  return { name, attrs, children, text: text + cdata, line };
}

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // entities are decoded by decodeEntities above; the parser expands nothing
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  captureMetaData: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_XML_DEPTH,
  // callbacks get a matcher rather than a built path string: noticeably faster on large files
  jPath: false,
  isArray: (_name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * A file that ends while elements are still open (cut off mid-download or mid-copy) is reported
 * by the validator at the line of the outermost open tag, often line 1. The break is at the end:
 * say so, at the last line that holds anything, naming the elements left open.
 */
function cutShort(msg: string, text: string): { message: string; line: number } | undefined {
  const single = /^Unclosed tag '([^']*)'\.$/.exec(msg);
  const many = /^Invalid '(\[.*\])' found\.$/.exec(msg);
  let open: string[];
  try {
    open = single !== null ? [single[1] as string] : many !== null ? (JSON.parse(many[1] as string) as string[]) : [];
  } catch {
    return undefined;
  }
  if (open.length === 0) return undefined;
  const line = text.trimEnd().split('\n').length;
  const names = open.reverse().map((t) => `<${t.replace(/^.*:/, '')}>`);
  return { message: `ends on line ${line} while ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} still open: the file seems cut short`, line };
}

/**
 * Parse untrusted XML text into an element tree rooted at the document element. Problems (a
 * DOCTYPE, malformed XML with its line and column, several root elements) name `fileName`.
 * Never throws.
 */
export function parseXml(source: string, fileName: string): Result<XmlElement> {
  const file = { file: fileName };
  // XML 1.0 §2.11: line ends are normalised before anything else
  const text = source.replace(/\r\n?/g, '\n');
  const doctype = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (doctype !== null) {
    const starts = lineStarts(text);
    return fail([
      problem('', `declares a ${(doctype[1] as string).toUpperCase()}; files with DTDs or entity declarations are refused, since entities can expand a small file into gigabytes`, {
        ...file,
        line: lineAt(starts, doctype.index),
      }),
    ]);
  }
  if (text.trim() === '') return fail([problem('', 'is empty', file)]);
  let verdict: ReturnType<typeof XMLValidator.validate>;
  try {
    verdict = XMLValidator.validate(text);
  } catch (e) {
    return fail([problem('', `could not be checked as XML (${e instanceof Error ? e.message : String(e)})`, file)]);
  }
  if (verdict !== true) {
    const cut = cutShort(verdict.err.msg, text);
    if (cut !== undefined) return fail([problem('', cut.message, { ...file, line: cut.line })]);
    const { msg, line, col } = verdict.err;
    const where: Partial<Problem> = {};
    if (typeof line === 'number') Object.assign(where, { line });
    if (typeof col === 'number') Object.assign(where, { column: col });
    return fail([problem('', `is not well-formed XML: ${msg}`, { ...file, ...where })]);
  }
  let parsed: unknown;
  try {
    parsed = PARSER.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const message = /nested/i.test(why) ? `nests elements deeper than ${MAX_XML_DEPTH} levels` : `could not be read as XML: ${why}`;
    return fail([problem('', message, file)]);
  }
  const starts = lineStarts(text);
  const top = convert('#document', parsed, starts, 1);
  if (top.children.length !== 1) {
    return fail([problem('', `must have exactly one root element; found ${top.children.length}`, file)]);
  }
  return ok(top.children[0] as XmlElement);
}
