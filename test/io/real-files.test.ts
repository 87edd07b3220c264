// Files written by other tools (test/fixtures/io/<tool>/, provenance in each folder's README),
// one case each from issue 14's "Real files that fail today", with what a person should get:
// the map opens, nothing the file holds is lost without a word, and messages point at the line.
// Expected values are read off the fixture files by hand (or the scripts that wrote them).
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { detectFormat, readMapFiles } from '../../src/io';
import { serializeGexf } from '../../src/io/gexf';
import { summariseRepeats } from '../../src/io/table/report';
import { type CareMap, formatProblem, type Problem, type Result, warning } from '../../src/model';

function fixture(path: string): { name: string; bytes: Uint8Array } {
  return { name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/io/${path}`, import.meta.url))) };
}

function opened(r: Result<CareMap>): { doc: CareMap; warnings: string[] } {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return { doc: r.value, warnings: r.warnings.map(formatProblem) };
}

const read = (path: string) => opened(readMapFiles([fixture(path)]));

describe('networkx', () => {
  it('a MultiGraph GraphML opens: repeated edge ids get new ones, foreign kind/since/strength and inf are kept as fields, the self-loop is left out', () => {
    const { doc, warnings } = read('networkx/multigraph.graphml');
    expect(doc.nodes.map((n) => [n.id, n.label, n.kind, n.fields])).toEqual([
      ['Ann_Smith', 'Ann Smith', 'person', { kind: 'neighbour', age: 84 }],
      ['Bo', 'Bo', 'person', { betweenness: 'inf' }],
      ['Cy', 'Cy', 'person', undefined],
    ]);
    expect(doc.ties.map((t) => [t.id, t.source, t.target, t.kind, t.strength, t.since, t.mutual, t.fields])).toEqual([
      ['0', 'Ann_Smith', 'Bo', 'care', 'unclassified', undefined, true, { weight: 2, since: '2019' }],
      ['1', 'Ann_Smith', 'Bo', 'care', 'unclassified', undefined, true, { weight: 1.5, kind: 'friend' }],
      ['0-2', 'Bo', 'Cy', 'care', 'unclassified', undefined, true, { strength: 0.8 }],
    ]);
    expect(warnings).toContain('multigraph.graphml:25: ties[2].id: 2 edges have an id an earlier edge already has (the first, "0", was first used on line 17); they were given new ids');
    expect(warnings).toContain('multigraph.graphml:14: nodes[1]: "betweenness": 1 value is not a number ("inf"); it was kept as text');
    expect(warnings).toContain('multigraph.graphml: ties: 1 ties joined a node to itself and were left out (the first is on line 28)');
  });

  it('its GEXF opens too: INF kept as text, networkx_key kept', () => {
    const { doc, warnings } = read('networkx/multigraph.gexf');
    expect(doc.nodes[1]?.fields).toEqual({ betweenness: 'INF' });
    expect(doc.ties.map((t) => t.fields?.networkx_key)).toEqual([0, 1, 0]);
    expect(warnings.filter((w) => w.includes('kept as'))).toHaveLength(5);
  });
});

describe('Kumu', () => {
  it('a project backup saved as .json is recognised by its structure, though "elements" comes after the first 4 KB', () => {
    const file = fixture('kumu/elm-road-backup.json');
    const plain = { name: 'elm-road.json', bytes: file.bytes };
    expect(new TextDecoder().decode(file.bytes).indexOf('"elements"')).toBeGreaterThan(4096);
    expect(detectFormat([plain.name], [plain.bytes])?.id).toBe('kumu-json');
    const { doc, warnings } = opened(readMapFiles([plain]));
    expect([doc.meta.title, doc.meta.description]).toEqual(['Elm Road care', "A hand-written Kumu project backup for Carewealth's tests; every name is made up."]);
    expect(doc.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['Ann Hughes', 'person'],
      ['Bo Okafor', 'person'],
      ['Tuesday Lunch Club', 'group'],
      ["St Luke's Hall", 'space'],
      ['Hackney CVS', 'organisation'],
    ]);
    expect(doc.nodes[0]?.position).toEqual({ x: -120.5, y: 40, pinned: true });
    expect(doc.ties.map((t) => [t.kind, t.mutual])).toEqual([
      ['care', false],
      ['care', true],
      ['hosted_at', false],
    ]);
    expect(warnings).toEqual([
      'elm-road.json: connections[0].attributes.since: since "2019" is not a date written YYYY-MM-DD; kept as a custom field',
      'elm-road.json: ties: 1 ties joined a node to itself and were left out (the first is on connections[3])',
    ]);
  });
});

describe('yEd', () => {
  it('labels come from y:NodeLabel, places from y:Geometry (centred, not pinned), colours from y:Fill; groups are flattened', () => {
    const { doc } = read('yed/groups-yed-3.17.graphml');
    expect(doc.nodes.map((n) => n.label)).toEqual(['2', 'Group 3', 'Group 1', '1', '3', 'Group 2', '5', '6', '9']);
    expect(doc.nodes[0]?.position).toEqual({ x: 140, y: -240.4611111111111, pinned: false });
    expect(doc.nodes[0]?.fields).toEqual({ CustomProperty: 'CustomPropertyValue', color: '#ffcc00' });
    expect(doc.ties).toHaveLength(4);
  });

  it('a yFiles 2.7 file: labels from ShapeNode and GenericNode', () => {
    const { doc, warnings } = read('yed/yfiles-2.7.graphml');
    expect(doc.nodes.map((n) => [n.label, n.position])).toEqual([
      ['1', { x: 140, y: 115, pinned: false }],
      ['2', { x: 198, y: 220, pinned: false }],
      ['3', { x: 990, y: 306, pinned: false }],
    ]);
    // the file gives a node data under an edge key
    expect(warnings[0]).toBe('yfiles-2.7.graphml:53: nodes[2]: a value for the undeclared node key "d6" was left out');
  });
});

describe('Gephi', () => {
  it('GraphML whose node and edge keys share ids keeps the node labels, the edge label, colours and both tables', () => {
    const { doc, warnings } = read('gephi/shared-key-ids.graphml');
    expect(doc.nodes.map((n) => [n.label, n.position, n.fields])).toEqual([
      ['Maud Okafor', { x: -120.5, y: 44.25, pinned: false }, { Ward: 'Hackney Downs', size: 10, color: '#999999' }],
      ['Lunch club', { x: 80, y: -12, pinned: false }, { Ward: 'Clapton', size: 20, color: '#e66101' }],
    ]);
    expect(doc.ties.map((t) => [t.label, t.fields])).toEqual([['Tuesday lunch', { weight: 1, Label: 'weekly', Visits: 12 }]]);
    expect(warnings.filter((w) => w.includes('undeclared'))).toEqual([]);
  });

  it('GEXF doubles holding INF and -INF do not refuse the file; they are kept as text', () => {
    const { doc, warnings } = read('gephi/infinity.gexf');
    expect(doc.nodes[0]?.fields).toEqual({ positive: 'INF', negative: '-INF' });
    expect(warnings.slice(0, 2)).toEqual([
      'infinity.gexf:11: nodes[0]: "positive": 1 value is not a number ("INF"); it was kept as text',
      'infinity.gexf:12: nodes[0]: "negative": 1 value is not a number ("-INF"); it was kept as text',
    ]);
  });

  it('labels given only as <desc> are read, as Gephi reads them', () => {
    const { doc } = read('gephi/withdesc.graphml');
    expect(doc.nodes.map((n) => n.label)).toEqual(['Node Zero', 'Node One']);
    expect(doc.ties.map((t) => t.label)).toEqual(['Edge Zero']);
  });
});

describe('Gephi Lite', () => {
  it('opens with its title, colours, sizes and positions, and goes back out with them and with its attribute names', () => {
    const { doc } = read('gephi-lite/gephi-lite.gexf');
    expect([doc.meta.title, doc.nodes.length, doc.ties.length]).toEqual(['gephi-lite.gexf', 61, 88]);
    const mathieu = doc.nodes[0];
    expect([mathieu?.label, mathieu?.position, mathieu?.fields?.color, mathieu?.fields?.size, mathieu?.fields?.type]).toEqual([
      'Mathieu Jacomy',
      // Gephi's y axis points up, the graph view's down
      { x: 36.46704864501953, y: 13.000205039978027, pinned: false },
      '#ac9643',
      3.0539197250103305,
      'person',
    ]);
    const text = serializeGexf(doc);
    expect(text).toContain('<node id="mathieu_jacomy" label="Mathieu Jacomy">');
    expect(text).toContain('<viz:color r="172" g="150" b="67"/>');
    expect(text).toContain('<viz:size value="3.0539197250103305"/>');
    expect(text).toContain('title="type"');
    expect(text).toContain('title="start_year"');
    expect(text).not.toContain('field:');
  });
});

describe('igraph', () => {
  it('vertices named by a name key get those names as labels; weights and the graph title are kept', () => {
    const { doc } = read('igraph/weighted.graphml');
    expect(doc.meta.title).toBe('Elm Road helpers');
    expect(doc.nodes.map((n) => [n.label, n.fields])).toEqual([
      ['Ann', { age: 84 }],
      ['Bo', { age: 41 }],
      ['Lunch club', undefined],
    ]);
    expect(doc.ties.map((t) => [t.source, t.target, t.fields?.weight])).toEqual([
      ['n0', 'n1', 2],
      ['n1', 'n2', 0.5],
      ['n0', 'n1', 1],
    ]);
  });
});

describe('Network Canvas', () => {
  it('an interview export opens: labels from the for="all" key, variables kept, the tie to oneself left out', () => {
    const { doc, warnings } = read('network-canvas/interview.graphml');
    expect(doc.nodes.map((n) => [n.label, n.fields?.networkCanvasType, n.fields?.Age])).toEqual([
      ['Maud', 'Person', 71],
      ['Desmond', 'Person', 45],
      ['Corner shop', 'Place', undefined],
    ]);
    expect(doc.ties.map((t) => [t.source, t.target, t.mutual, t.fields?.HelpsWithShopping])).toEqual([
      ['2', '1', true, true],
      ['1', '3', true, false],
    ]);
    expect(warnings).toContain('interview.graphml: ties: 1 ties joined a node to itself and were left out (the first is on line 66)');
  });
});

describe('messages', () => {
  it('a GEXF cut short is reported at the line it breaks on, not line 1', () => {
    const r = readMapFiles([fixture('gexf/cut-short.gexf')]);
    expect(!r.ok && r.problems.map(formatProblem)).toEqual(['cut-short.gexf:6: ends on line 6 while <nodes>, <graph>, <gexf> are still open: the file seems cut short']);
  });

  it('200,000 repeats of one warning are said once with the count', () => {
    const many: Problem[] = Array.from({ length: 200_000 }, (_, i) => warning(`nodes[${i}]`, 'the same thing', { file: 'big.graphml', line: i + 2 }));
    expect(summariseRepeats([warning('', 'first'), ...many]).map(formatProblem)).toEqual(['first', 'big.graphml:2: nodes[0]: the same thing (and 199,999 more like it)']);
  });

  it('a reader says a warning that recurs on every element once, with its count', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => `<node id="n${i}">${'<data key="zz">1</data>'.repeat(10)}</node>`).join('\n');
    const text = `<graphml><graph>\n${nodes}\n</graph></graphml>`;
    const { warnings } = opened(readMapFiles([{ name: 'x.graphml', bytes: new TextEncoder().encode(text) }]));
    expect(warnings).toEqual(['x.graphml:2: nodes[0]: 20000 values for the undeclared node key "zz" were left out', 'x.graphml: nodes: 2000 of 2000 nodes have no kind; they were read as people']);
  });

  it('keys a native file holds that a map does not define are named, not dropped silently', () => {
    const doc = JSON.parse(new TextDecoder().decode(fixture('html-labels.carewealth.json').bytes)) as Record<string, unknown>;
    const nodes = (doc.nodes as Record<string, unknown>[]).map((n) => ({ ...n, colour: 'red' }));
    const bytes = new TextEncoder().encode(JSON.stringify({ ...doc, nodes, layoutEngine: 'fcose' }));
    const { warnings } = opened(readMapFiles([{ name: 'hand-edited.carewealth.json', bytes }]));
    expect(warnings).toEqual([
      `hand-edited.carewealth.json: layoutEngine: "layoutEngine" is not part of a Carewealth map; it was left out`,
      `hand-edited.carewealth.json: nodes[0].colour: "colour" is not part of a Carewealth map (${nodes.length} times); it was left out`,
    ]);
  });
});
