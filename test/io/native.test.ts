// The guard (size, UTF-8, safe JSON) and the native .carewealth.json format: round trip of a
// document using every field, and each malformed fixture in test/fixtures/io giving its named problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { decodeText, findJsonSyntaxError, MAX_JSON_DEPTH, parseJsonSafely } from '../../src/io/guard';
import { readMapFiles } from '../../src/io';
import { NATIVE_FORMAT, readNative, readNativeFile, serializeNative, unknownKeys, writeNative } from '../../src/io/native';
import { MAX_FILE_BYTES } from '../../src/io/types';
import { formatProblem, loadCareMap, type Problem, type Result } from '../../src/model';
import { richMap } from './nativeRich';

const FIXTURES = join(__dirname, '../fixtures/io');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const utf8 = (s: string) => new TextEncoder().encode(s);

function problemsOf<T>(r: Result<T>): readonly Problem[] {
  if (r.ok) throw new Error('expected problems, got a value');
  return r.problems;
}

describe('parseJsonSafely', () => {
  it('parses valid JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] }, warnings: [] });
  });

  it('gives line and column of a syntax error', () => {
    // line 3 is `  "b": ,` and the comma is its 8th character
    const [p] = problemsOf(parseJsonSafely('{\n  "a": 1,\n  "b": ,\n}', 'x.json'));
    expect(p).toMatchObject({ file: 'x.json', line: 3, column: 8 });
    expect(p?.message).toBe('is not valid JSON: unexpected "," where a value should be');
  });

  it('reports truncated input at the end of the file', () => {
    const [p] = problemsOf(parseJsonSafely('{"a": [1, 2', 'cut.json'));
    expect(p).toMatchObject({ line: 1, column: 12 });
    expect(p?.message).toBe('is not valid JSON: unexpected end of the file: 2 unclosed [');
  });

  it('reports an unterminated string and trailing garbage', () => {
    expect(findJsonSyntaxError('"abc')).toEqual({ offset: 4, message: 'unexpected end of the file inside a string (missing closing ")' });
    expect(findJsonSyntaxError('{} x')).toEqual({ offset: 3, message: 'unexpected "x" after the end of the JSON data' });
    expect(findJsonSyntaxError('[1,]')).toEqual({ offset: 3, message: 'unexpected "]" where a value should be' });
    expect(findJsonSyntaxError('{"a":1}')).toBeUndefined();
    expect(findJsonSyntaxError('')).toEqual({ offset: 0, message: 'the file is empty' });
  });

  it('refuses prototype keys anywhere, naming the path', () => {
    const problems = problemsOf(parseJsonSafely('{"nodes":[{"fields":{"__proto__":{"x":1}}}],"constructor":1}', 'p.json'));
    expect(problems.map((p) => p.path).sort()).toEqual(['constructor', 'nodes[0].fields.__proto__']);
    expect(problems[0]?.message).toMatch(/^the key "(__proto__|constructor)" is not allowed/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses nesting deeper than the limit, and survives absurd nesting', () => {
    const ok64 = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJsonSafely(ok64).ok).toBe(true);
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const [p] = problemsOf(parseJsonSafely(deep));
    expect(p?.message).toBe(`nests deeper than ${MAX_JSON_DEPTH} levels; this is not a map file`);
    expect(p?.path).toBe(`${'[0]'.repeat(MAX_JSON_DEPTH)}`);
    const absurd = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseJsonSafely(absurd).ok).toBe(false);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeText('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, value: 'a', warnings: [] });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(decodeText('a.csv', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({ ok: true, value: 'aé', warnings: [] });
  });

  it('refuses invalid UTF-8 naming the line and byte', () => {
    // "ok\nab" then a lone continuation byte: byte 6, on line 2, column 3
    const [p] = problemsOf(decodeText('latin1.csv', new Uint8Array([0x6f, 0x6b, 0x0a, 0x61, 0x62, 0xe9, 0x0a])));
    expect(formatProblem(p as Problem)).toBe('latin1.csv:2:3: is not valid UTF-8 text (byte 6 is 0xe9); save the file as UTF-8');
  });

  it('refuses overlong encodings and surrogates', () => {
    expect(decodeText('x', new Uint8Array([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeText('x', new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeText('x', new Uint8Array([0xf0, 0x9f, 0x98, 0x80])).ok).toBe(true);
  });

  it('refuses files over the size cap before reading them', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const [p] = problemsOf(decodeText('huge.carewealth.json', big));
    expect(p?.message).toBe('is just over 50 MB; files larger than 50 MB cannot be opened');
    expect(p?.file).toBe('huge.carewealth.json');
  });
});

describe('native format', () => {
  it('round-trips a document that uses every field', () => {
    const loaded = loadCareMap(richMap());
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const [out] = writeNative(loaded.value, 'clapton');
    expect(out?.name).toBe('clapton.carewealth.json');
    const back = readNative([{ name: out?.name ?? '', bytes: out?.bytes ?? new Uint8Array() }]);
    expect(back).toEqual({ ok: true, value: loaded.value, warnings: [] });
    // the rich map really does carry every part
    const doc = loaded.value;
    expect(new Set(doc.nodes.map((n) => n.kind))).toEqual(new Set(['person', 'group', 'organisation', 'space', 'team', 'circle']));
    expect(new Set(doc.ties.map((t) => t.kind)).size).toBe(7);
    expect([doc.overlays.length, doc.records.length, doc.snapshots.length]).toEqual([1, 2, 1]);
  });

  it('writes type and schemaVersion first, 2-space indented', () => {
    const text = serializeNative(richMap());
    expect(text.startsWith('{\n  "type": "carewealth",\n  "schemaVersion": 1,\n  "id": "map-test",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the extension the dispatcher expects', () => {
    expect(NATIVE_FORMAT.extensions).toEqual(['.carewealth.json']);
  });
});

describe('native format: malformed fixtures', () => {
  const read = (name: string) => problemsOf(readNative([fixture(name)]));

  it('truncated JSON: line and column of the end', () => {
    const [p] = read('truncated.carewealth.json');
    expect(formatProblem(p as Problem)).toBe('truncated.carewealth.json:10:1: is not valid JSON: unexpected end of the file: 3 unclosed {');
  });

  it('wrong types: each path named', () => {
    const problems = read('wrong-types.carewealth.json');
    expect(problems.every((p) => p.file === 'wrong-types.carewealth.json')).toBe(true);
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].label', 'nodes[1].kind', 'ties']);
  });

  it('duplicate ids', () => {
    expect(read('duplicate-ids.carewealth.json').map(formatProblem)).toEqual(['duplicate-ids.carewealth.json: nodes[1].id: duplicate node id "n-a"']);
  });

  it('a tie to an unknown node', () => {
    expect(read('tie-to-unknown-node.carewealth.json').map(formatProblem)).toEqual(['tie-to-unknown-node.carewealth.json: ties[0].target: no node "n-77"']);
  });

  it('a future schema version is refused, never guessed at', () => {
    const [p] = read('future-version.carewealth.json');
    expect(p?.path).toBe('schemaVersion');
    expect(p?.message).toMatch(/^this map was saved by a newer Carewealth \(format version 7\); this app reads format versions 1 to 1\./);
  });

  it('a __proto__ key is refused with its path', () => {
    expect(read('proto-key.carewealth.json').map(formatProblem)).toEqual([
      'proto-key.carewealth.json: nodes[0].fields.__proto__: the key "__proto__" is not allowed (it could tamper with the program)',
    ]);
  });

  it('labels holding markup load verbatim, as text', () => {
    const r = readNative([fixture('html-labels.carewealth.json')]);
    if (!r.ok) throw new Error('expected the map to load');
    expect(r.value.nodes.map((n) => n.label)).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']);
    expect(r.value.ties[0]?.label).toBe('<b>bold</b>');
  });

  it('refuses more or fewer than one file', () => {
    expect(problemsOf(readNative([]))[0]?.message).toBe('a Carewealth map is one .carewealth.json file; 0 files were given');
  });

  it('non-UTF-8 bytes', () => {
    const [p] = problemsOf(readNative([{ name: 'x.carewealth.json', bytes: new Uint8Array([0x7b, 0xff, 0x7d]) }]));
    expect(p?.message).toBe('is not valid UTF-8 text (byte 2 is 0xff); save the file as UTF-8');
  });

  it('text that is JSON but not a map', () => {
    const [p] = problemsOf(readNative([{ name: 'x.json', bytes: utf8('[1,2]') }]));
    expect(p?.message).toBe('is not a Carewealth map: expected a JSON object at the top');
  });
});

describe('unknownKeys', () => {
  it('names every key the validated document left out, with its path: an object\'s own first (last key first), then its children in order', () => {
    const raw = {
      extra: 1,
      nodes: [
        { id: 'a', colour: 'red', location: { lat: 1, lng: 2, privacy: 'exact', alt: 3 } },
        { id: 'b' },
        { id: 'c', colour: 'blue', size: 2 },
      ],
      meta: { title: 't', theme: { dark: true } },
      list: [[{ x: 1, y: 2 }]],
    };
    const kept = {
      nodes: [{ id: 'a', location: { lat: 1, lng: 2, privacy: 'exact' } }, { id: 'b' }, { id: 'c' }],
      meta: { title: 't' },
      list: [[{ x: 1 }]],
    };
    // worked out by hand from the two values above (the order the warnings have always had)
    expect(unknownKeys(raw, kept)).toEqual([
      'extra',
      'nodes[0].colour',
      'nodes[0].location.alt',
      'nodes[2].size',
      'nodes[2].colour',
      'meta.theme',
      'list[0][0].y',
    ]);
    expect(unknownKeys(kept, kept)).toEqual([]);
    // a value that changed shape (an object kept as a string) is not walked
    expect(unknownKeys({ a: { b: 1 } }, { a: 'x' })).toEqual([]);
  });
});

describe('readNativeFile', () => {
  it('reads a native file exactly as readMapFiles does, problems and warnings included', () => {
    const [written] = writeNative(richMap(), 'rich');
    if (written === undefined) throw new Error('nothing written');
    const withExtraKey = utf8(JSON.stringify({ ...JSON.parse(serializeNative(richMap())), colour: 'red' }));
    const files = [
      { name: 'rich.carewealth.json', bytes: written.bytes },
      { name: 'extra.carewealth.json', bytes: withExtraKey },
      { name: 'big.carewealth.json', bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
      { name: 'empty.carewealth.json', bytes: utf8('') },
      ...readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.carewealth.json'))
        .map(fixture),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) expect(readNativeFile(file), file.name).toEqual(readMapFiles([file]));
  });
});
