// One rule for a tie joining a node to itself, whatever the format: the map cannot hold it, so
// it is left out with one warning that counts them and names where the first one is.
import { describe, expect, it } from 'vitest';

import { readMapFiles } from '../../src/io';
import type { FileInput } from '../../src/io/types';
import { writeWorkbook } from '../../src/io/xlsx';
import { formatProblem } from '../../src/model';

const enc = (s: string) => new TextEncoder().encode(s);

const CASES: [string, FileInput[], string][] = [
  [
    'GEXF',
    [{ name: 'l.gexf', bytes: enc('<gexf>\n<graph>\n<nodes><node id="a"/><node id="b"/></nodes>\n<edges>\n<edge source="a" target="b"/>\n<edge source="a" target="a"/>\n</edges></graph></gexf>') }],
    'l.gexf: ties: 1 ties joined a node to itself and were left out (the first is on line 6)',
  ],
  [
    'GraphML',
    [{ name: 'l.graphml', bytes: enc('<graphml><graph>\n<node id="a"/><node id="b"/>\n<edge source="a" target="b"/>\n<edge source="b" target="b"/>\n</graph></graphml>') }],
    'l.graphml: ties: 1 ties joined a node to itself and were left out (the first is on line 4)',
  ],
  [
    'plain CSV',
    [{ name: 'l-ties.csv', bytes: enc('id,source,target\nt1,a,b\nt2,a,a\n') }],
    'l-ties.csv: ties: 1 ties joined a node to itself and were left out (the first is on line 3)',
  ],
  [
    'Kumu JSON',
    [{ name: 'l.kumu.json', bytes: enc(JSON.stringify({ elements: [{ label: 'A' }, { label: 'B' }], connections: [{ from: 'A', to: 'B' }, { from: 'B', to: 'B' }] })) }],
    'l.kumu.json: ties: 1 ties joined a node to itself and were left out (the first is on connections[1])',
  ],
  [
    'Kumu CSV',
    [
      { name: 'l-elements.csv', bytes: enc('Label,Type\nA,Person\nB,Person\n') },
      { name: 'l-connections.csv', bytes: enc('From,To\nA,B\nA,A\n') },
    ],
    'l-elements.csv: ties: 1 ties joined a node to itself and were left out (the first is on line 3)',
  ],
  [
    'Kumu XLSX',
    [{ name: 'l.xlsx', bytes: writeWorkbook([{ name: 'Elements', rows: [['Label'], ['A'], ['B']] }, { name: 'Connections', rows: [['From', 'To'], ['A', 'B'], ['B', 'B']] }]) }],
    'l.xlsx: ties: 1 ties joined a node to itself and were left out (the first is on line 3)',
  ],
];

describe.each(CASES)('%s', (_name, files, expected) => {
  it('leaves a tie from a node to itself out with one warning, and keeps the rest', () => {
    const r = readMapFiles(files);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.value.ties).toHaveLength(1);
    expect(r.warnings.map(formatProblem)).toContain(expected);
  });
});
