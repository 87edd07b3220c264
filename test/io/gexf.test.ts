import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readGexf, readGexfText, serializeGexf } from '../../src/io/gexf';
import { MAX_FILE_BYTES } from '../../src/io/types';
import { NODE_COLUMNS, TIE_COLUMNS } from '../../src/io/table/columns';
import { CareNodeSchema, DEFAULT_CARE_TYPES, type Problem, TieSchema } from '../../src/model';
import { FIXED_NOW, makeMap, person, tie } from '../helpers/build';
import { expectContainsAll } from '../helpers/expectAll';
import { richMap } from './gexf.richMap';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/io/gexf/${name}`, import.meta.url)));
}

function problemsOf(result: ReturnType<typeof readGexfText>): readonly Problem[] {
  if (result.ok) throw new Error('expected the read to fail');
  return result.problems;
}

describe('the flat columns', () => {
  it('cover every node and tie field of the schema', () => {
    const nodeHeads = new Set(NODE_COLUMNS.map((c) => c.path[0]));
    const nodeKeys = Object.keys(CareNodeSchema.shape).filter((k) => !['id', 'label', 'fields'].includes(k));
    expect(nodeKeys.filter((k) => !nodeHeads.has(k))).toEqual([]);
    const tieHeads = new Set(TIE_COLUMNS.map((c) => c.path[0]));
    const tieKeys = Object.keys(TieSchema.shape).filter((k) => !['id', 'source', 'target', 'label', 'fields'].includes(k));
    expect(tieKeys.filter((k) => !tieHeads.has(k))).toEqual([]);
    // every key inside location, capacity, consent and position too
    const inner = (head: string) => NODE_COLUMNS.filter((c) => c.path[0] === head).map((c) => c.path[1]).sort();
    expect(inner('location')).toEqual(['lat', 'lng', 'privacy']);
    expect(inner('capacity')).toEqual(['hoursPerWeek', 'maxReceivers', 'note']);
    expect(inner('consent')).toEqual(['at', 'by', 'method', 'note', 'reviewAt', 'status']);
    expect(inner('position')).toEqual(['pinned', 'x', 'y']);
  });
});

describe('GEXF writer output', () => {
  const text = serializeGexf(richMap());

  it('declares typed attributes for nodes and edges', () => {
    expectContainsAll(text, [
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:cw="urn:carewealth:gexf:1" version="1.2">',
      '<graph mode="static" defaultedgetype="directed">',
      '<attribute id="roles" title="roles" type="liststring"/>',
      '<attribute id="capacityMaxReceivers" title="capacityMaxReceivers" type="integer"/>',
      '<attribute id="hoursPerWeek" title="hoursPerWeek" type="double"/>',
      '<attribute id="inSupportPlan" title="inSupportPlan" type="boolean"/>',
      // `ward` is text on Ann and a number on Bob: one declaration per type
      '<attribute id="field-0" title="ward" type="string"/>',
      '<attribute id="field-1" title="ward" type="long"/>',
      '<attribute id="field-2" title="age" type="double"/>',
    ]);
  });

  it('escapes markup and keeps line breaks as character references', () => {
    expect(text).toContain('<node id="p-ann" label="Ann &lt;Hughes&gt; &amp; &quot;Co&quot;">');
    expect(text).toContain('<attvalue for="notes" value="Line one&#10;Line two&#13;&#10;with CR LF&#9;and a tab; &lt;b&gt;not bold&lt;/b&gt; &amp; more"/>');
    expect(text).toContain('<attvalue for="tags" value="lives alone|pipe\\|tag|back\\\\slash|=SUM(A1)"/>');
  });

  it('writes one directed edge per tie, hours as weight, and flips y for viz:position', () => {
    expect(text).toContain('<edge id="t-1" source="@bob" target="p-ann" label="paid care" weight="10.5">');
    expect(text).toContain('<edge id="t-2" source="@bob" target="p-ann" weight="0">');
    expect(text.match(/<edge /g)).toHaveLength(10);
    expect(text).toContain('<viz:position x="120.5" y="40.25" z="0"/>');
    expect(text).toContain('<viz:position x="0" y="-10" z="0"/>');
  });
});

describe('reading GEXF written by Gephi', () => {
  it('reads nodes, labels, typed attributes, positions, colours, sizes and weights', () => {
    const result = readGexf([{ name: 'gephi-small.gexf', bytes: fixture('gephi-small.gexf') }], { now: FIXED_NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.meta.title).toBe('gephi-small');
    expect(doc.meta.description).toBeUndefined();
    expect(doc.meta.createdAt).toBe(FIXED_NOW);
    expect(doc.careTypes.map((c) => c.id)).toEqual(DEFAULT_CARE_TYPES.map((c) => c.id));
    expect(doc.nodes).toEqual([
      { id: '0', kind: 'person', label: 'Alice', roles: [], careOffered: [], careNeeded: [], tags: [], fields: { 'Modularity Class': 0, color: '#999999', size: 10 }, position: { x: -12.5, y: -30.25, pinned: false } },
      { id: '1', kind: 'person', label: 'Bob', roles: [], careOffered: [], careNeeded: [], tags: [], fields: { 'Modularity Class': 1, color: '#999999', size: 10 }, position: { x: 40, y: 8, pinned: false } },
      { id: '2', kind: 'person', label: 'Corner Café', roles: [], careOffered: [], careNeeded: [], tags: [], fields: { 'Modularity Class': 1, color: '#999999', size: 10 }, position: { x: 0, y: 0, pinned: false } },
    ]);
    expect(doc.ties).toEqual([
      { id: '0', kind: 'care', source: '0', target: '1', mutual: false, careTypes: [], strength: 'unclassified', fields: { weight: 1 } },
      { id: '1', kind: 'care', source: '1', target: '2', mutual: false, careTypes: [], strength: 'unclassified', fields: { weight: 2.5 } },
    ]);
    expect(result.warnings.map((w) => `${w.file}: ${w.path}: ${w.message}`)).toEqual([
      'gephi-small.gexf: nodes: 3 of 3 nodes have no kind; they were read as people',
      'gephi-small.gexf: ties: 2 of 2 ties have no kind; they were read as care ties',
    ]);
  });

  it('keeps parallel edges, reads GEXF 1.3 edge kinds, defaults and undirected edges as mutual', () => {
    const result = readGexf([{ name: 'p.gexf', bytes: fixture('gephi-parallel-undirected.gexf') }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ties).toEqual([
      { id: 'e1', kind: 'care', source: 'a', target: 'b', mutual: true, careTypes: [], strength: 'unclassified', fields: { kind: 'friend', trust: 0.5 } },
      { id: 'e2', kind: 'care', source: 'a', target: 'b', mutual: true, careTypes: [], strength: 'unclassified', since: '2023-04-01', fields: { trust: 0.9 } },
      { id: 'e3', kind: 'care', source: 'b', target: 'a', mutual: false, careTypes: [], strength: 'unclassified', fields: { trust: 0.5 } },
    ]);
    // e2 named its kind; e1 and e3 did not
    expect(result.warnings.map((w) => w.message)).toContain('2 of 3 ties have no kind; they were read as care ties');
  });

  it('renames ids the model refuses (networkx writes labels as ids) and tidies labels', () => {
    const text = `<?xml version="1.0"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="Ann Smith" label="Ann&#10;Smith"/>
      <node id="Ann_Smith"/>
    </nodes>
    <edges>
      <edge source="Ann Smith" target="Ann_Smith"/>
      <edge source="Ann Smith" target="Ann Smith"/>
    </edges>
  </graph>
</gexf>`;
    const result = readGexfText(text, 'nx.gexf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.id, n.label])).toEqual([
      ['Ann_Smith', 'Ann Smith'],
      ['Ann_Smith-2', 'Ann_Smith'],
    ]);
    expect(result.value.ties.map((t) => [t.id, t.source, t.target])).toEqual([['t-1', 'Ann_Smith', 'Ann_Smith-2']]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      '1 labels were empty, over 200 characters or on several lines, and were tidied',
      '2 node ids had spaces or other characters ids cannot hold and were renamed',
      '2 of 2 nodes have no kind; they were read as people',
      '1 ties joined a node to itself and were left out (the first is on line 10)',
      '1 of 1 ties have no kind; they were read as care ties',
    ]);
  });
});

describe('bad GEXF', () => {
  const read = (name: string) => readGexf([{ name, bytes: fixture(name) }]);

  it('reports a truncated file with its line', () => {
    expect(problemsOf(read('truncated.gexf'))).toEqual([
      {
        path: '',
        message: "is not well-formed XML: Expected closing tag 'node' (opened in line 6, col 7) instead of closing tag 'nodes'.",
        severity: 'error',
        file: 'truncated.gexf',
        line: 7,
        column: 5,
      },
    ]);
  });

  it('reports a node without an id', () => {
    expect(problemsOf(read('missing-id.gexf'))).toEqual([
      { path: 'nodes[1].id', message: 'a <node> has no id', severity: 'error', file: 'missing-id.gexf', line: 6 },
    ]);
  });

  it('reports duplicate node ids on the line of the second', () => {
    expect(problemsOf(read('duplicate-ids.gexf'))).toEqual([
      { path: 'nodes[2].id', message: 'duplicate node id "a" (first on line 5)', severity: 'error', file: 'duplicate-ids.gexf', line: 7 },
    ]);
  });

  it('reports an edge to an unknown node', () => {
    expect(problemsOf(read('unknown-node.gexf'))).toEqual([
      { path: 'ties[1].target', message: 'no node "zz"', severity: 'error', file: 'unknown-node.gexf', line: 10 },
    ]);
  });

  it('keeps a value of the wrong type in a file from another tool as a custom field, with a warning on its line', () => {
    const result = read('bad-double.gexf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ties[0]?.hoursPerWeek).toBeUndefined();
    expect(result.value.ties[0]?.fields).toEqual({ hoursPerWeek: 'abc' });
    expect(result.warnings[0]).toEqual({
      path: 'ties[0]',
      message: 'the "hoursPerWeek" of 1 tie ("abc") is not a value Carewealth\'s own "hoursPerWeek" can hold; it was kept as the custom field "hoursPerWeek"',
      severity: 'warning',
      file: 'bad-double.gexf',
      line: 14,
    });
  });

  it('reports a value of the wrong type in a file Carewealth wrote', () => {
    const doc = makeMap([person('a'), person('b')], [tie('t', 'a', 'b', { hoursPerWeek: 2 })]);
    const text = serializeGexf(doc).replace('<attvalue for="hoursPerWeek" value="2"/>', '<attvalue for="hoursPerWeek" value="abc"/>');
    const line = text.split('\n').findIndex((l) => l.includes('value="abc"')) + 1;
    expect(problemsOf(readGexfText(text, 'own.gexf'))).toEqual([
      { path: 'ties[0].hoursPerWeek', message: '"abc" is not a number (hoursPerWeek must be a number)', severity: 'error', file: 'own.gexf', line },
    ]);
  });

  it('refuses DOCTYPE and entity declarations (billion laughs) before parsing', () => {
    const problems = problemsOf(read('billion-laughs.gexf'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'billion-laughs.gexf', line: 2 });
    expect(problems[0]?.message).toMatch(/^declares a DOCTYPE; files with DTDs or entity declarations are refused/);
  });

  it('refuses the wrong root element, a missing graph and files over the size cap', () => {
    expect(problemsOf(readGexfText('<graphml/>', 'x.gexf'))[0]?.message).toBe('is not a GEXF file: the root element is <graphml>, expected <gexf>');
    expect(problemsOf(readGexfText('<gexf>\n</gexf>', 'x.gexf'))[0]?.message).toBe('has no <graph> element');
    const big = readGexf([{ name: 'big.gexf', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }]);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.problems[0]).toMatchObject({ file: 'big.gexf', path: '' });
  });

  it('reports schema problems (an unknown kind) with the element line', () => {
    const doc = makeMap([person('a'), person('b')], [tie('t', 'a', 'b')]);
    const text = serializeGexf(doc).replace('value="person"', 'value="alien"');
    const problems = problemsOf(readGexfText(text, 'k.gexf'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'nodes[0].kind', file: 'k.gexf' });
    // 1 declaration, 2 gexf, 3-8 meta, 9 graph, 10-12 node attributes, 13-17 edge attributes, 18 nodes
    expect(text.split('\n')[18]).toBe('      <node id="a" label="a">');
    expect(problems[0]?.line).toBe(19);
  });
});
