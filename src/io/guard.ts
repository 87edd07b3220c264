// The first steps of every import, shared by all readers: refuse files over the size cap, decode
// bytes to text (UTF-8, or UTF-16 when a byte-order mark says so), and parse JSON without trusting
// it: syntax errors come back with a line and column, prototype-reaching keys such as `__proto__`
// and absurd nesting are refused with the JSON path. What the parsed value means is left to the
// format readers and the model's load pipeline.
import { FORBIDDEN_KEYS, type Problem, type Result, fail, formatPath, ok, problem } from '../model';
import { MAX_FILE_BYTES } from './types';

/** Objects and arrays may nest at most this deep; real maps need about six levels. */
export const MAX_JSON_DEPTH = 64;

/** Read once for hasBadShape, which runs per key: under a development loader an import is a getter. */
const FORBIDDEN = FORBIDDEN_KEYS;

/** How many bad keys to list before giving up on a file. */
const MAX_KEY_PROBLEMS = 20;

/** "12.3 MB" for messages; 1 MB = 1,048,576 bytes here, as file managers show it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a file of `size` bytes is refused: "is 61.2 MB; files larger than 50 MB cannot be opened".
 * The limit is said as the README says it (binary megabytes, no ".0"), and a file that would
 * round to the limit is "just over" it.
 */
export function tooBigMessage(size: number, max: number = MAX_FILE_BYTES): string {
  const shown = formatBytes(size);
  const limit = formatBytes(max).replace(/\.0 /, ' ');
  return `is ${shown === formatBytes(max) ? `just over ${limit}` : shown}; files larger than ${limit} cannot be opened`;
}

/** A problem when `bytes` is longer than `max` (MAX_FILE_BYTES by default), else undefined. */
export function checkSize(fileName: string, bytes: Uint8Array, max: number = MAX_FILE_BYTES): Problem | undefined {
  if (bytes.length <= max) return undefined;
  return problem('', tooBigMessage(bytes.length, max), { file: fileName });
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    if (i + extra >= bytes.length) return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * Decode a file to text after checking its size. UTF-8 is expected (a leading byte-order mark is
 * dropped); a UTF-16 byte-order mark (as Excel's "Unicode text" writes) switches to UTF-16.
 * Invalid UTF-8 is a problem naming the line and byte, never silently replaced.
 */
export function decodeText(fileName: string, bytes: Uint8Array, max: number = MAX_FILE_BYTES): Result<string> {
  const tooBig = checkSize(fileName, bytes, max);
  if (tooBig) return fail([tooBig]);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return ok(new TextDecoder(enc, { fatal: true }).decode(bytes));
    } catch {
      return fail([problem('', `starts like UTF-16 text but is not valid UTF-16; save it as UTF-8`, { file: fileName })]);
    }
  }
  // The platform's decoder checks UTF-8 far faster than a loop here; only a file it refuses is
  // walked byte by byte, to say where the odd byte is.
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // not UTF-8: found and reported below
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    // count lines in the valid prefix so the person can find the odd character
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = lineAndColumn(prefix, prefix.length);
    return fail([
      problem('', `is not valid UTF-8 text (byte ${bad + 1} is 0x${(bytes[bad] as number).toString(16).padStart(2, '0')}); save the file as UTF-8`, {
        file: fileName,
        line,
        column,
      }),
    ]);
  }
  return ok(new TextDecoder('utf-8').decode(bytes));
}

// ---------------------------------------------------------------- JSON

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c.charCodeAt(0) < 0x20) return `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  return `"${c}"`;
}

/**
 * Find where JSON syntax first goes wrong, without recursion (so `[[[[…` cannot overflow the
 * stack). Returns undefined for well-formed JSON. Only run after JSON.parse failed, since
 * engines' own messages do not reliably carry a position.
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  const n = text.length;
  const stack: ('[' | '{')[] = [];
  type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';
  let expect: Expect = 'value';
  let i = 0;
  const err = (offset: number, message: string) => ({ offset, message });
  const scanString = (): number | { offset: number; message: string } => {
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c < 0x20) return err(j, `unexpected ${describeChar(text[j])} inside a string (strings must close on the same line)`);
      if (c === 92) {
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return err(j, 'bad \\u escape in a string (needs four hex digits)');
          j += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return err(j, `bad escape "\\${e ?? ''}" in a string`);
        j += 2;
        continue;
      }
      j++;
    }
    return err(n, 'unexpected end of the file inside a string (missing closing ")');
  };
  while (true) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const c = text[i];
    if (c === undefined) {
      if (expect === 'after' && stack.length === 0) return undefined;
      return err(n, stack.length > 0 ? `unexpected end of the file: ${stack.length} unclosed ${stack[stack.length - 1] === '{' ? '{' : '['}` : 'the file is empty');
    }
    switch (expect) {
      case 'value':
      case 'firstValue': {
        if (c === ']' && expect === 'firstValue') {
          stack.pop();
          expect = 'after';
          i++;
        } else if (c === '{' || c === '[') {
          stack.push(c);
          expect = c === '{' ? 'firstKey' : 'firstValue';
          i++;
        } else if (c === '"') {
          const end = scanString();
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'after';
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
          if (!m || m[0] === '-') return err(i, `bad number starting with ${describeChar(c)}`);
          i += m[0].length;
          expect = 'after';
        } else {
          const lit = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (lit === undefined) return err(i, `unexpected ${describeChar(c)} where a value should be`);
          i += lit.length;
          expect = 'after';
        }
        break;
      }
      case 'key':
      case 'firstKey': {
        if (c === '}' && expect === 'firstKey') {
          stack.pop();
          expect = 'after';
          i++;
        } else if (c === '"') {
          const end = scanString();
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'colon';
        } else return err(i, `unexpected ${describeChar(c)} where a "quoted" property name should be`);
        break;
      }
      case 'colon':
        if (c !== ':') return err(i, `expected ":" after a property name, found ${describeChar(c)}`);
        i++;
        expect = 'value';
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return err(i, `unexpected ${describeChar(c)} after the end of the JSON data`);
        const close = top === '{' ? '}' : ']';
        if (c === ',') {
          expect = top === '{' ? 'key' : 'value';
          i++;
        } else if (c === close) {
          stack.pop();
          i++;
        } else return err(i, `expected "," or "${close}", found ${describeChar(c)}`);
        break;
      }
    }
  }
}

/**
 * Whether a parsed value holds a prototype key or nests past MAX_JSON_DEPTH, without building
 * paths: nearly every file passes, and for a 20,000-node map building a path for every value took
 * longer than parsing the JSON. It recurses, but never deeper than MAX_JSON_DEPTH frames, so
 * `[[[[…` cannot overflow the stack; recursion over a few dozen frames beat an explicit stack.
 */
function hasBadShape(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && hasBadShape(item, depth + 1)) return true;
    }
    return false;
  }
  for (const key in value) {
    if (FORBIDDEN.has(key)) return true;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null && hasBadShape(item, depth + 1)) return true;
  }
  return false;
}

/** Walk a parsed value without recursion: refuse prototype keys and nesting past MAX_JSON_DEPTH, with paths. */
function checkParsed(value: unknown, fileName: string | undefined): Problem[] {
  if (!hasBadShape(value)) return [];
  const out: Problem[] = [];
  const file = fileName !== undefined ? { file: fileName } : {};
  const pending: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (pending.length > 0 && out.length < MAX_KEY_PROBLEMS) {
    const { v, path } = pending.pop() as { v: unknown; path: (string | number)[] };
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      out.push(problem(formatPath(path), `nests deeper than ${MAX_JSON_DEPTH} levels; this is not a map file`, file));
      break;
    }
    if (Array.isArray(v)) {
      for (let k = v.length - 1; k >= 0; k--) pending.push({ v: v[k], path: [...path, k] });
    } else {
      const keys = Object.keys(v);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k] as string;
        if (FORBIDDEN_KEYS.has(key)) {
          out.push(problem(formatPath([...path, key]), `the key "${key}" is not allowed (it could tamper with the program)`, file));
          continue;
        }
        pending.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return out;
}

/**
 * Parse untrusted JSON text. Syntax errors give a problem with the 1-based line and column;
 * keys `__proto__`, `constructor` and `prototype` anywhere, and nesting past MAX_JSON_DEPTH,
 * are problems with the JSON path. Never throws.
 */
export function parseJsonSafely(text: string, fileName?: string): Result<unknown> {
  const file = fileName !== undefined ? { file: fileName } : {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = findJsonSyntaxError(text);
    if (where !== undefined) {
      const { line, column } = lineAndColumn(text, where.offset);
      return fail([problem('', `is not valid JSON: ${where.message}`, { ...file, line, column })]);
    }
    // well-formed but the engine gave up: only extreme nesting does that
    const why = e instanceof Error ? e.message : String(e);
    return fail([problem('', `could not be read as JSON (${why.slice(0, 120)}); it probably nests far deeper than ${MAX_JSON_DEPTH} levels`, file)]);
  }
  const problems = checkParsed(value, fileName);
  return problems.length > 0 ? fail(problems) : ok(value);
}

/** Size check, decoding and safe JSON parsing in one step, for JSON-based readers. */
export function readJsonFile(fileName: string, bytes: Uint8Array): Result<unknown> {
  const text = decodeText(fileName, bytes);
  if (!text.ok) return text;
  return parseJsonSafely(text.value, fileName);
}
