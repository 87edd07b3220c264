// What GEXF and GraphML promise alike: native -> file -> native keeps every node, tie, attribute
// and map-level part; an empty map survives; damaged files never throw. Each format's own output
// and the files of other tools are tested in gexf.test.ts and graphml.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { GEXF_FORMAT, readGexfText, serializeGexf } from '../../src/io/gexf';
import { GRAPHML_FORMAT, readGraphmlText, serializeGraphml } from '../../src/io/graphml';
import type { FileFormat } from '../../src/io/types';
import type { CareMap, Result } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';
import { expectContainsAll } from '../helpers/expectAll';
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

/** A map holding what other tools draw: colours, sizes, weights, and a foreign field named like ours. */
function drawnMap(): CareMap {
  return makeMap(
    [
      person('a', 'Ann', { fields: { color: '#ac9643', size: 3.5, kind: 'friend', 'Modularity Class': 2 } }),
      person('b', 'Bo', { fields: { color: '#4c72b080' } }),
      person('c', 'Cy'),
    ],
    [tie('t1', 'a', 'b', { hoursPerWeek: 4, fields: { weight: 2, color: '#ff0000' } }), tie('t2', 'b', 'c', { hoursPerWeek: 1.5 }), tie('t3', 'c', 'a', { fields: { weight: 7 } })],
  );
}

describe.each(FORMATS)('%s keeps what other tools draw', (_name, f) => {
  it('colour, size, weight and foreign field names survive a round trip', () => {
    const doc = drawnMap();
    const back = f.readText(f.serialize(doc), `drawn${f.extension}`);
    expect(back.ok && back.value).toEqual(doc);
  });
});

describe('where GEXF and GraphML put them', () => {
  it('GEXF: viz:color and viz:size, the weight field (else hours) as the edge weight, a foreign "kind" as field:kind', () => {
    const text = serializeGexf(drawnMap());
    expectContainsAll(text, [
      '<viz:color r="172" g="150" b="67"/>',
      '<viz:color r="76" g="114" b="176" a="0.502"/>',
      '<viz:size value="3.5"/>',
      '<edge id="t1" source="a" target="b" weight="2">',
      '<edge id="t2" source="b" target="c" weight="1.5">',
      '<edge id="t3" source="c" target="a" weight="7">',
      'title="field:kind"',
      'title="Modularity Class"',
    ]);
    expect(text).not.toContain('title="color"');
  });

  it('GraphML: Gephi\'s r, g, b keys for opaque colours, a weight key, a foreign "kind" as field:kind', () => {
    const opaque = drawnMap();
    opaque.nodes[1] = person('b', 'Bo', { fields: { color: '#4c72b0' } });
    const text = serializeGraphml(opaque);
    for (const k of ['r', 'g', 'b']) expect(text).toMatch(new RegExp(`<key id="n\\d+" for="node" attr.name="${k}" attr.type="int"/>`));
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(text).toContain('attr.name="field:kind"');
    expect(text).toContain('attr.name="Modularity Class"');
    expect(text).not.toContain('attr.name="color"');
    // a see-through colour cannot be r, g, b
    expect(serializeGraphml(drawnMap())).toContain('attr.name="color"');
  });
});
