// Kumu-style CSV pairs: telling elements from connections by headers, line numbers that follow
// quoted line breaks, missing columns, formula guarding, and the round trip through our writer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { looksKumuCsv, readKumuCsv, writeKumuCsv } from '../../src/io/kumu-csv';
import { type CareMap, formatProblem, loadCareMap, type Result } from '../../src/model';
import { FIXED_NOW, makeMap, person } from '../helpers/build';
import { richMap } from './nativeRich';

const FIXTURES = join(__dirname, '../fixtures/io');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

function valueOf(r: Result<CareMap>): CareMap {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}
function problemsOf(r: Result<CareMap>): string[] {
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
}

describe('Kumu CSV: reading', () => {
  it('reads a pair in either order, telling them apart by headers', () => {
    const elements = fixture('ann-bo.elements.csv');
    const connections = file('links.csv', 'From,To,Type\nAnn,Bo,care\n');
    for (const files of [[elements, connections], [connections, elements]]) {
      const doc = valueOf(readKumuCsv(files, { now: FIXED_NOW }));
      expect(doc.meta.title).toBe('ann-bo');
      const [ann, bo] = doc.nodes;
      expect(doc.ties.map((t) => [t.source, t.target])).toEqual([[ann?.id, bo?.id]]);
    }
  });

  it('names the file and line of a bad location, counting quoted line breaks, and keeps it as a field', () => {
    // the bad row starts on line 4 (its label holds a line break, which is tidied)
    const r = readKumuCsv([fixture('bad-location.elements.csv')]);
    expect(valueOf(r).nodes[2]?.fields).toEqual({ Location: '51.5; x' });
    expect(r.ok && r.warnings.map(formatProblem)).toContain('bad-location.elements.csv:4: Location "51.5; x" is not "lat, lng"; kept as a custom field');
  });

  it('names a connection end that matches nothing', () => {
    expect(problemsOf(readKumuCsv([fixture('ann-bo.elements.csv'), fixture('unknown-end.connections.csv')]))).toEqual([
      'unknown-end.connections.csv:3: To "Zed" matches no element\'s ID or Label',
    ]);
  });

  it('a missing Label or ID column', () => {
    expect(problemsOf(readKumuCsv([fixture('missing-label.elements.csv')]))).toEqual(['missing-label.elements.csv:1: no Label or ID column in missing-label.elements.csv']);
  });

  it('a connections file alone, or two of a kind', () => {
    expect(problemsOf(readKumuCsv([fixture('unknown-end.connections.csv')]))).toEqual([
      'no elements file: unknown-end.connections.csv has From and To columns; add the elements CSV (Label, Type, …)',
    ]);
    expect(problemsOf(readKumuCsv([fixture('ann-bo.elements.csv'), fixture('missing-label.elements.csv')]))).toEqual([
      'ann-bo.elements.csv and missing-label.elements.csv both look like elements (no From and To columns); one file must list elements and the other connections',
    ]);
  });

  it('reports broken quoting with its line', () => {
    expect(problemsOf(readKumuCsv([file('e.csv', 'Label,Type\nAnn,Person\n"Bo,Person\n')]))).toEqual(['e.csv:3: a quoted field opened on line 3 is never closed']);
  });

  it('types custom fields: canonical numbers and true/false, other text stays text', () => {
    const doc = valueOf(readKumuCsv([file('e.csv', 'Label,Type,Age,Phone,Drives,Note\nAnn,Person,81,0207,true,-3.5e2\n')]));
    expect(doc.nodes[0]?.fields).toEqual({ Age: 81, Phone: '0207', Drives: true, Note: '-3.5e2' });
  });
});

describe('Kumu CSV: writing', () => {
  it('round-trips nodes and ties except custom-field types CSV cannot hold', () => {
    const loaded = loadCareMap(richMap());
    if (!loaded.ok) throw new Error('rich map invalid');
    const doc = loaded.value;
    const out = writeKumuCsv(doc, 'clapton');
    expect(out.map((f) => f.name)).toEqual(['clapton-elements.csv', 'clapton-connections.csv']);
    const back = valueOf(readKumuCsv(out, { now: FIXED_NOW }));
    expect(back.meta.title).toBe('clapton');
    expect(back.nodes).toEqual(doc.nodes.map(({ position: _p, ...n }) => n));
    expect(back.ties).toEqual(doc.ties);
  });

  it('guards cells that a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const doc = makeMap([person('n-1', '=HYPERLINK("http://x","click")'), person('n-2', '@SUM(1)'), person('n-3', '-minus')]);
    const [elements] = writeKumuCsv(doc, 'f');
    const text = new TextDecoder().decode(elements?.bytes);
    expect(text.split('\r\n').slice(1, 4)).toEqual([`n-1,"'=HYPERLINK(""http://x"",""click"")",Person`, `n-2,'@SUM(1),Person`, `n-3,'-minus,Person`]);
    const back = valueOf(readKumuCsv(elements ? [elements] : []));
    expect(back.nodes.map((n) => n.label)).toEqual(['=HYPERLINK("http://x","click")', '@SUM(1)', '-minus']);
  });

  it('sniffs Kumu headers for the dispatcher', () => {
    expect(looksKumuCsv('\uFEFFLabel,Type,Tags\n')).toBe(true);
    expect(looksKumuCsv('From,To\n')).toBe(true);
    expect(looksKumuCsv('id,label,kind\n')).toBe(false);
    expect(looksKumuCsv('id,source,target,kind\n')).toBe(false);
  });
});
