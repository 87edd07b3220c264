import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readGraphml, readGraphmlText, serializeGraphml } from '../../src/io/graphml';
import { makeMap } from '../helpers/build';
import { expectContainsAll } from '../helpers/expectAll';
import { richMap } from './gexf.richMap';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/io/graphml/${name}`, import.meta.url)));
}

describe('GraphML writer output', () => {
  const text = serializeGraphml(richMap());

  it('declares typed keys and a directed graph', () => {
    expectContainsAll(text, [
      '<key id="g0" for="graph" attr.name="title" attr.type="string"/>',
      '<key id="g2" for="graph" attr.name="carewealth" attr.type="string"/>',
      '<key id="n0" for="node" attr.name="label" attr.type="string"/>',
      '<key id="n1" for="node" attr.name="kind" attr.type="string"/>',
      '<key id="n2" for="node" attr.name="roles" attr.type="string"/>',
    ]);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="hoursPerWeek" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="inSupportPlan" attr.type="boolean"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="capacityMaxReceivers" attr.type="int"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="ward" attr.type="long"\/>/);
    expect(text).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(text).toContain("<desc>A rich map\nfor round trips</desc>");
    expect(text).toContain('<graph id="map-test" edgedefault="directed">');
    expect(text).toContain('<data key="g0">Clapton care &lt;test&gt; map</data>');
    expect(text.match(/<edge /g)).toHaveLength(10);
  });

  it('keeps line breaks literally in element text, carriage returns as references', () => {
    expect(text).toContain('>Line one\nLine two&#13;\nwith CR LF\tand a tab; &lt;b&gt;not bold&lt;/b&gt; &amp; more</data>');
    expect(text).toContain('>  leading spaces and trailing  </data>');
  });
});

describe('reading GraphML from other tools', () => {
  it('reads networkx-style GraphML: typed keys, defaults, undirected edges as mutual, the label from yEd graphics', () => {
    const result = readGraphml([{ name: 'nx.graphml', bytes: fixture('networkx-undirected.graphml') }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta.title).toBe('Stamford Hill helpers');
    expect(result.value.nodes).toEqual([
      { id: 'ann', kind: 'person', label: 'Ann', roles: [], careOffered: [], careNeeded: [], tags: [], fields: { age: 84 } },
      { id: 'hub', kind: 'organisation', label: 'hub', roles: [], careOffered: [], careNeeded: [], tags: [] },
    ]);
    expect(result.value.ties).toEqual([
      { id: 't-1', kind: 'care', source: 'hub', target: 'ann', mutual: true, careTypes: [], strength: 'unclassified', hoursPerWeek: 1.5, fields: { weight: 1 } },
      { id: 't-2', kind: 'care', source: 'hub', target: 'ann', mutual: false, careTypes: [], strength: 'unclassified', fields: { weight: 3 } },
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual(['2 of 2 ties have no kind; they were read as care ties']);
  });

  it('flattens nested graphs and leaves hyperedges out with a warning', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="outer">
      <graph edgedefault="directed">
        <node id="inner"/>
      </graph>
    </node>
    <edge source="outer" target="inner"/>
    <hyperedge><endpoint node="outer"/><endpoint node="inner"/></hyperedge>
  </graph>
</graphml>`;
    const result = readGraphmlText(text, 'nested.graphml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => n.id)).toEqual(['outer', 'inner']);
    expect(result.value.ties.map((t) => [t.source, t.target])).toEqual([['outer', 'inner']]);
    expect(result.warnings.map((w) => [w.line, w.message])).toContainEqual([9, '1 hyperedges were left out (a tie joins exactly two nodes)']);
  });
});

describe('bad GraphML', () => {
  it('reports duplicate node ids and unknown nodes with lines and paths; values of the wrong type do not refuse the file', () => {
    const result = readGraphml([{ name: 'errors.graphml', bytes: fixture('errors.graphml') }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.path}: ${p.message}`)).toEqual([
      'errors.graphml:8: nodes[2].id: duplicate node id "b" (first on line 7)',
      'errors.graphml:13: ties[1].target: no node "nowhere"',
    ]);
    const fixed = readGraphmlText(new TextDecoder().decode(fixture('errors.graphml')).replace('<node id="b"/>\n    <node id="b"/>', '<node id="b"/>').replace('nowhere', 'b'), 'fixed.graphml');
    expect(fixed.ok && fixed.value.ties[0]?.fields).toEqual({ hoursPerWeek: 'abc', inSupportPlan: 'maybe' });
  });

  it('reports malformed XML, the wrong root and broken embedded map data', () => {
    const truncated = readGraphmlText('<graphml>\n  <graph>\n    <node id="a">\n', 't.graphml');
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.problems[0]).toMatchObject({ file: 't.graphml', path: '' });
    const wrongRoot = readGraphmlText('<gexf><graph/></gexf>', 'w.graphml');
    expect(!wrongRoot.ok && wrongRoot.problems[0]?.message).toBe('is not a GraphML file: the root element is <gexf>, expected <graphml>');
    const text = serializeGraphml(makeMap()).replace(/<data key="g2">\{/, '<data key="g2">{oops');
    const broken = readGraphmlText(text, 'b.graphml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems[0]).toMatchObject({ file: 'b.graphml', path: 'carewealth', line: text.split('\n').findIndex((l) => l.includes('{oops')) + 1 });
    }
  });

  it('reports schema problems in the embedded map data', () => {
    const text = serializeGraphml(makeMap()).replace('"scope":"community"', '"scope":"galaxy"');
    const result = readGraphmlText(text, 's.graphml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['meta.scope']);
  });
});
