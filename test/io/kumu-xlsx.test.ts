// Kumu-style workbooks: one written by openpyxl (an independent XLSX producer, see the fixture's
// note in this file), our own writer's round trip, and the problems for missing sheets/columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { readKumuXlsx, toKumuWorkbook, writeKumuXlsx } from '../../src/io/kumu-xlsx';
import { writeWorkbook } from '../../src/io/xlsx';
import { type CareMap, formatProblem, loadCareMap, type Problem, type Result } from '../../src/model';
import { FIXED_NOW } from '../helpers/build';
import { richMap } from './nativeRich';

function valueOf(r: Result<CareMap>): CareMap {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}
function problemsOf(r: Result<CareMap>): string[] {
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p: Problem) => formatProblem(p));
}
const book = (sheets: Parameters<typeof writeWorkbook>[0], name = 'book.xlsx') => [{ name, bytes: writeWorkbook(sheets) }];

describe('Kumu XLSX: reading', () => {
  // openpyxl-kumu.xlsx was written by openpyxl 3.0.9: headers in odd case and spacing, a real
  // date cell (serial number 45688 = 2025-01-31), a number, an empty row, connections by label.
  const fixture = [{ name: 'openpyxl-kumu.xlsx', bytes: new Uint8Array(readFileSync(join(__dirname, '../fixtures/io/openpyxl-kumu.xlsx'))) }];

  it('reads a workbook written by another program', () => {
    const doc = valueOf(readKumuXlsx(fixture, { now: FIXED_NOW }));
    expect(doc.meta.title).toBe('openpyxl-kumu');
    const [ann, club, hall] = doc.nodes;
    expect(doc.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['Ann', 'person'],
      ['Lunch Club', 'group'],
      ['Elm Hall', 'space'],
    ]);
    expect(ann?.roles).toEqual(['team_owner']);
    expect(ann?.tags).toEqual(['clapton', 'pilot']);
    expect(ann?.location).toEqual({ lat: 51.5581, lng: -0.0553, privacy: 'approximate' });
    expect(ann?.validFrom).toBe('2025-01-31');
    expect(ann?.fields).toEqual({ Age: 81 });
    expect(club?.careOffered).toEqual(['meals', 'social']);
    expect(hall?.location).toEqual({ lat: 51.55, lng: -0.06, privacy: 'exact' });
    expect(doc.ties.map((t) => [t.source, t.target, t.kind, t.mutual, t.strength, t.fields])).toEqual([
      [club?.id, ann?.id, 'care', true, 'generative', { Rota: 'Tuesdays' }],
      [club?.id, hall?.id, 'hosted_at', false, 'unclassified', undefined],
    ]);
  });

  it('keeps a value it cannot read as a custom field, naming the row and sheet once with a count', () => {
    const r = readKumuXlsx(book([{ name: 'Elements', rows: [['Label', 'Location'], ['Ann', '51.5'], ['Bo', '51.5; x']] }]));
    expect(valueOf(r).nodes.map((n) => [n.location, n.fields])).toEqual([
      [undefined, { Location: '51.5' }],
      [undefined, { Location: '51.5; x' }],
    ]);
    expect(r.ok && r.warnings.map(formatProblem)).toContain('book.xlsx:2: Elements: Location "51.5" is not "lat, lng" (and 1 more row like it); kept as a custom field');
  });

  it('needs an Elements sheet with a Label or ID column, and From and To for connections', () => {
    expect(problemsOf(readKumuXlsx(book([{ name: 'Sheet1', rows: [['Label']] }])))).toEqual(['book.xlsx: has no sheet named "Elements" (its sheets: "Sheet1")']);
    expect(problemsOf(readKumuXlsx(book([{ name: 'Elements', rows: [['Who', 'Kind'], ['Ann', 'Person']] }])))).toEqual([
      'book.xlsx:1: Elements: no Label or ID column in the "Elements" sheet',
    ]);
    expect(
      problemsOf(
        readKumuXlsx(
          book([
            { name: 'Elements', rows: [['Label'], ['Ann']] },
            { name: 'Connections', rows: [['Source', 'Type']] },
          ]),
        ),
      ),
    ).toEqual(['book.xlsx:1: Connections: no To column in the "Connections" sheet']);
  });

  it('takes the ID as the label when there is no Label column', () => {
    const doc = valueOf(readKumuXlsx(book([{ name: 'ELEMENTS', rows: [['ID', 'Type'], ['ann', 'Person']] }])));
    expect(doc.nodes.map((n) => [n.id, n.label])).toEqual([['ann', 'ann']]);
  });
});

describe('Kumu XLSX: writing', () => {
  it('round-trips nodes and ties (graph positions are not carried)', () => {
    const loaded = loadCareMap(richMap());
    if (!loaded.ok) throw new Error('rich map invalid');
    const doc = loaded.value;
    const [out] = writeKumuXlsx(doc, 'clapton');
    expect(out?.name).toBe('clapton.xlsx');
    const back = valueOf(readKumuXlsx([{ name: 'clapton.xlsx', bytes: out?.bytes ?? new Uint8Array() }], { now: FIXED_NOW }));
    expect(back.nodes).toEqual(doc.nodes.map(({ position: _p, ...n }) => n));
    expect(back.ties).toEqual(doc.ties);
  });

  it('an empty map still writes both sheets with headers', () => {
    const empty = { ...richMap(), nodes: [], ties: [], snapshots: [] };
    const back = valueOf(readKumuXlsx([{ name: 'e.xlsx', bytes: toKumuWorkbook(empty) }]));
    expect([back.nodes.length, back.ties.length]).toEqual([0, 0]);
  });
});
