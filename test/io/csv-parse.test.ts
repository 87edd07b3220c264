// The one CSV parser shared by the plain CSV pair, the Kumu CSV pair and the survey imports:
// quoting, line numbers, mixed line ends, the separator guess, and what a sloppy file keeps.
import { describe, expect, it } from 'vitest';

import { isBlankRow, parseCsv } from '../../src/io/csv/parse';
import { formatProblem } from '../../src/model';

const rows = (text: string) => parseCsv(text).rows.map((r) => [r.line, [...r.cells]]);

describe('parseCsv', () => {
  it('keeps quoted commas, doubled quotes and line breaks, and the line each row starts on', () => {
    const t = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
    expect(t.problems).toEqual([]);
    expect(t.rows.filter((r) => !isBlankRow(r))).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('counts lines after CR LF, lone CR and blank lines, keeps blank rows for the caller, and keeps CR LF inside a cell', () => {
    expect(rows('Label,Type\r\nAnn,Person\r\n\r\n"B\r\no",Group\r\nC,Space')).toEqual([
      [1, ['Label', 'Type']],
      [2, ['Ann', 'Person']],
      [3, ['']],
      [4, ['B\r\no', 'Group']],
      [6, ['C', 'Space']],
    ]);
    expect(rows('a\rb\r\rc')).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['']],
      [4, ['c']],
    ]);
  });

  it('reports a quote that is never closed, at the line it opened', () => {
    expect(parseCsv('a\n"open', 'bank.csv').problems.map(formatProblem)).toEqual(['bank.csv:2: a quoted field opened on line 2 is never closed']);
    expect(parseCsv('a,b\nc,"d\ne\nf', 'x.csv').problems.map(formatProblem)).toEqual(['x.csv:2: a quoted field opened on line 2 is never closed']);
  });

  it('takes the separator from the first row: semicolons and tabs when they outnumber commas', () => {
    expect(rows('id;label\na;Ann, Bo\n')).toEqual([
      [1, ['id', 'label']],
      [2, ['a', 'Ann, Bo']],
    ]);
    expect(rows('id\tlabel\na\tAnn;Bo\n')).toEqual([
      [1, ['id', 'label']],
      [2, ['a', 'Ann;Bo']],
    ]);
    // a separator inside quotes in the first row does not count
    expect(rows('"a;b;c",d\n1,2')).toEqual([
      [1, ['a;b;c', 'd']],
      [2, ['1', '2']],
    ]);
  });

  it('keeps what a sloppy file holds: a quote inside a cell, text after a closing quote', () => {
    expect(rows('a"b,"c"d,e')).toEqual([[1, ['a"b', 'cd', 'e']]]);
  });

  it('ignores a byte-order mark, gives no rows for empty text and no extra row for a final line end', () => {
    expect(rows('\uFEFFid\na\n')).toEqual([
      [1, ['id']],
      [2, ['a']],
    ]);
    expect(rows('')).toEqual([]);
    expect(rows('a,')).toEqual([[1, ['a', '']]]);
  });
});
