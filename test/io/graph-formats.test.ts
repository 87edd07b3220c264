// What GEXF and GraphML promise alike: native -> file -> native keeps every node, tie, attribute
// and map-level part; an empty map survives; damaged files never throw. Each format's own output
// and the files of other tools are tested in gexf.test.ts and graphml.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { GEXF_FORMAT, readGexfText, serializeGexf } from '../../src/io/gexf';
import { GRAPHML_FORMAT, readGraphmlText, serializeGraphml } from '../../src/io/graphml';
import type { FileFormat } from '../../src/io/types';
import type { CareMap, Result } from '../../src/model';
import { makeMap } from '../helpers/build';
import { richMap } from './gexf.richMap';

interface GraphFormat {
  readonly format: FileFormat;
  readonly extension: string;
  readonly serialize: (doc: CareMap) => string;
  readonly readText: (text: string, fileName: string) => Result<CareMap>;
}

const FORMATS: readonly [string, GraphFormat][] = [
  ['GEXF', { format: GEXF_FORMAT, extension: '.gexf', serialize: serializeGexf, readText: readGexfText }],
  ['GraphML', { format: GRAPHML_FORMAT, extension: '.graphml', serialize: serializeGraphml, readText: readGraphmlText }],
];

describe.each(FORMATS)('%s round trip', (_name, f) => {
  it('native -> file -> native keeps every node, tie, attribute and map-level part', () => {
    const doc = richMap();
    const [file] = f.format.write?.(doc, 'clapton') ?? [];
    expect(file?.name).toBe(`clapton${f.extension}`);
    const back = f.format.read?.([{ name: `clapton${f.extension}`, bytes: file?.bytes ?? new Uint8Array() }]);
    expect(back?.ok).toBe(true);
    if (!back?.ok) return;
    expect(back.warnings).toEqual([]);
    expect(back.value.nodes).toEqual(doc.nodes);
    expect(back.value.ties).toEqual(doc.ties);
    expect(back.value).toEqual(doc);
  });

  it('round-trips an empty map', () => {
    const doc = makeMap();
    const back = f.readText(f.serialize(doc), `empty${f.extension}`);
    expect(back.ok && back.value).toEqual(doc);
  });

  it('is the format the dispatcher gets for its extension', () => {
    expect(f.format.extensions).toEqual([f.extension]);
  });

  it('never throws on damaged input: it returns a map or problems', () => {
    const text = f.serialize(richMap());
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.string({ maxLength: 3 }), (cut, at, insert) => {
        const damaged = `${text.slice(0, at)}${insert}${text.slice(at)}`.slice(0, Math.max(cut, 1));
        const result = f.readText(damaged, `d${f.extension}`);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
