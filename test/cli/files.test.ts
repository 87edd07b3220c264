// How file arguments are grouped into maps: CSV pairs by name or by comma, everything else alone.
import { describe, expect, it } from 'vitest';

import { formatBytes, groupFileArgs } from '../../src/cli/files';

const paths = (args: string[]) => groupFileArgs(args).map((g) => g.paths);

describe('groupFileArgs', () => {
  it('pairs foo-nodes.csv with foo-ties.csv in the same folder, nodes first, keeping argument order', () => {
    expect(paths(['a.carewealth.json', 'x/foo-ties.csv', 'b.gexf', 'x/foo-nodes.csv'])).toEqual([
      ['a.carewealth.json'],
      ['x/foo-nodes.csv', 'x/foo-ties.csv'],
      ['b.gexf'],
    ]);
  });

  it('pairs a Kumu-style elements.csv with connections.csv', () => {
    const groups = groupFileArgs(['d/connections.csv', 'd/elements.csv']);
    expect(groups.map((g) => g.paths)).toEqual([['d/elements.csv', 'd/connections.csv']]);
    expect(groups[0]?.display).toBe('d/elements.csv + d/connections.csv');
  });

  it('pairs the halves written by convert for both CSV flavours', () => {
    expect(
      paths([
        'm-elements.csv',
        'm-connections.csv',
        'p-ties.csv',
        'p-nodes.csv',
        'k-connections.kumu.csv',
        'k-elements.kumu.csv',
      ]),
    ).toEqual([
      ['m-elements.csv', 'm-connections.csv'],
      ['p-nodes.csv', 'p-ties.csv'],
      ['k-elements.kumu.csv', 'k-connections.kumu.csv'],
    ]);
  });

  it('pairs names that differ only in case and separator style', () => {
    expect(paths(['Larkspur_Nodes.csv', 'larkspur-ties.csv'])).toEqual([
      ['Larkspur_Nodes.csv', 'larkspur-ties.csv'],
    ]);
  });

  it('takes a comma-joined argument as one explicit group, in the order written', () => {
    expect(paths(['people.csv,links.csv', 'm.graphml'])).toEqual([
      ['people.csv', 'links.csv'],
      ['m.graphml'],
    ]);
  });

  it('leaves ambiguous or cross-folder halves unpaired', () => {
    expect(paths(['foo-nodes.csv', 'foo-ties.csv', 'foo_ties.csv'])).toEqual([
      ['foo-nodes.csv'],
      ['foo-ties.csv'],
      ['foo_ties.csv'],
    ]);
    expect(paths(['a/nodes.csv', 'b/ties.csv'])).toEqual([['a/nodes.csv'], ['b/ties.csv']]);
  });

  it('lists a repeated file once', () => {
    expect(paths(['m.gexf', 'm.gexf'])).toEqual([['m.gexf']]);
  });
});

describe('formatBytes', () => {
  it('uses decimal units with one decimal', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1.0 kB');
    expect(formatBytes(14_250)).toBe('14.3 kB');
    expect(formatBytes(3_400_000)).toBe('3.4 MB');
  });
});
