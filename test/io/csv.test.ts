import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { CSV_FORMAT, guardCell, readCsv, readCsvTexts, serializeCsvNodes, serializeCsvTies, unguardCell, writeCsv } from '../../src/io/csv';
import type { CareMap, Problem, Result } from '../../src/model';
import { FIXED_NOW } from '../helpers/build';
import { richMap } from './gexf.richMap';

function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/io/csv/${name}`, import.meta.url))) };
}

function lines(result: Result<CareMap>): string[] {
  const problems: readonly Problem[] = result.ok ? [] : result.problems;
  return problems.map((p) => `${p.file ?? ''}:${p.line ?? ''}: ${p.path}: ${p.message}`);
}

/** The rich map without its two empty texts, which CSV reads back as "not set". */
function csvRichMap(): CareMap {
  const doc = richMap();
  return {
    ...doc,
    ties: doc.ties.map((t) => {
      if (t.id !== 't-3') return t;
      const { notes: _n, label: _l, ...rest } = t;
      return rest;
    }),
  };
}

describe('formula guard', () => {
  it('prefixes text a spreadsheet would run, and nothing else', () => {
    expect(guardCell('=1+1')).toBe("'=1+1");
    expect(guardCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(guardCell('-Carol')).toBe("'-Carol");
    expect(guardCell('@home')).toBe("'@home");
    expect(guardCell('\tindented')).toBe("'\tindented");
    expect(guardCell("'=already quoted")).toBe("''=already quoted");
    expect(guardCell("'plain")).toBe("'plain");
    expect(guardCell('plain = fine')).toBe('plain = fine');
    expect(guardCell('')).toBe('');
  });

  it('is undone exactly by the reader', () => {
    for (const s of ['=1+1', '+x', '-x', '@x', '\tx', '\rx', "'=x", "''+x", "'plain", "''", 'plain', '']) {
      expect(unguardCell(guardCell(s))).toBe(s);
    }
    // a foreign file's unguarded formula text is kept as written
    expect(unguardCell('=0207 123')).toBe('=0207 123');
  });
});

describe('CSV round trip', () => {
  it('native -> CSV pair -> native keeps every node and tie', () => {
    const doc = csvRichMap();
    const files = writeCsv(doc, 'clapton');
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      ['clapton-nodes.csv', 'text/csv'],
      ['clapton-ties.csv', 'text/csv'],
    ]);
    // given in the other order: the header tells them apart
    const back = readCsv([files[1], files[0]].map((f) => ({ name: f?.name ?? '', bytes: f?.bytes ?? new Uint8Array() })));
    expect(lines(back)).toEqual([]);
    if (!back.ok) return;
    expect(back.warnings).toEqual([]);
    expect(back.value.nodes).toEqual(doc.nodes);
    expect(back.value.ties).toEqual(doc.ties);
    expect(back.value.meta.title).toBe('clapton');
    // care types the map defines beyond the defaults come back labelled with their ids
    expect(back.value.careTypes.at(-1)).toEqual({ id: 'night_sitting', label: 'night_sitting', leaning: 'either' });
  });

  it('reads an empty text as not set', () => {
    const doc = richMap();
    const back = readCsvTexts([
      { name: 'm-nodes.csv', text: serializeCsvNodes(doc) },
      { name: 'm-ties.csv', text: serializeCsvTies(doc) },
    ]);
    expect(back.ok && back.value.ties[2]).toEqual({ id: 't-3', kind: 'care', source: '-carol', target: 'p-ann', mutual: false, careTypes: ['transport'], strength: 'unclassified', frequency: 'weekly' });
  });

  it('is the format the dispatcher gets', () => {
    expect(CSV_FORMAT.id).toBe('csv');
    expect(CSV_FORMAT.extensions).toEqual(['.csv']);
  });
});

describe('CSV writer output', () => {
  const nodes = serializeCsvNodes(richMap()).split('\r\n');
  const ties = serializeCsvTies(richMap()).split('\r\n');

  it('writes every built-in column, then typed field columns', () => {
    expect(nodes[0]).toBe(
      'id,label,kind,roles,category,formality,isAnchor,careOffered,careNeeded,tags,description,notes,lat,lng,locationPrivacy,' +
        'capacityHours,capacityMaxReceivers,capacityNote,consentStatus,consentBy,consentAt,consentMethod,consentReviewAt,consentNote,' +
        'validFrom,validTo,x,y,pinned,field:ward,field:ward#number,field:age#number,field:score#number,field:keyholder#boolean,field:-risk',
    );
    expect(ties[0]).toBe(
      'id,source,target,label,kind,mutual,formality,payment,careTypes,strength,frequency,hoursPerWeek,closeness,inSupportPlan,' +
        'since,until,notes,role,participation,ownerConsented,memberConsented,partnershipStatus,commonsStatus,field:contract,field:rate#number',
    );
  });

  it('guards text cells but writes numbers bare', () => {
    expect(nodes).toContain("'-carol,'-Carol,person,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,");
    expect(nodes.find((l) => l.startsWith("'@bob"))).toBe("'@bob,Bob 🌱 Okafor,person,care_worker_independent,,,,personal_care|meals,,,,,,,,,,,,,,,,,,,0,10,false,,3,41.5,,,");
    expect(nodes.find((l) => l.startsWith('o-council'))).toBe('o-council,Hackney Council,organisation,,statutory,formal,,,,,,,51.545,-0.0553,exact,,,,,,,,,,,,,,,,,,,,');
    expect(ties).toContain("t-9,o-council,'-carol,,referral,false,,,,unclassified,,,,,,,referred via GP,,,,,,,,");
  });
});

describe('reading hand-made CSV', () => {
  it('reads semicolon files, headers in any case, unknown columns as text fields', () => {
    const result = readCsv([fixture('handmade-nodes.csv'), fixture('handmade-ties.csv')], { now: FIXED_NOW });
    expect(lines(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.meta.title).toBe('handmade');
    expect(result.value.nodes).toEqual([
      {
        id: 'ann',
        kind: 'person',
        label: 'Ann Hughes',
        roles: [],
        careOffered: [],
        careNeeded: [],
        tags: ['lives alone', 'cat'],
        location: { lat: 51.55, lng: -0.06, privacy: 'approximate' },
        fields: { Phone: '=0207 123' },
      },
      { id: 'hub', kind: 'group', label: 'Lunch club', roles: [], careOffered: [], careNeeded: [], tags: [] },
    ]);
    expect(result.value.ties).toEqual([
      { id: 't-1', kind: 'care', source: 'hub', target: 'ann', mutual: false, careTypes: ['meals', 'knitting'], strength: 'unclassified', hoursPerWeek: 2 },
    ]);
    expect(result.value.careTypes.at(-1)).toEqual({ id: 'knitting', label: 'knitting', leaning: 'either' });
    expect(result.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual(['handmade-nodes.csv: 1 labels were empty, over 200 characters or on several lines, and were tidied']);
  });

  it('makes people from the tie ends when only a ties file is given', () => {
    const result = readCsvTexts([{ name: 'only-ties.csv', text: 'source,target\r\nann,bob\r\nbob,cy\r\n' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['ann', 'person', 'ann'],
      ['bob', 'person', 'bob'],
      ['cy', 'person', 'cy'],
    ]);
    expect(result.value.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ['t-1', 'ann', 'bob'],
      ['t-2', 'bob', 'cy'],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'no nodes file was given: 3 nodes were made from the tie ends and read as people',
      '2 of 2 ties have no kind; they were read as care ties',
    ]);
  });
});

describe('bad CSV', () => {
  it('reports rows with the wrong number of cells on their own line, after a multi-line cell', () => {
    expect(lines(readCsv([fixture('bad-cells-nodes.csv')]))).toEqual([
      'bad-cells-nodes.csv:4: nodes[1]: has 2 cells; the header has 3',
      'bad-cells-nodes.csv:5: nodes[2]: has 4 cells; the header has 3',
    ]);
  });

  it('reports unknown nodes and duplicate tie ids in the ties file', () => {
    expect(lines(readCsv([fixture('ok-nodes.csv'), fixture('bad-ties.csv')]))).toEqual([
      'bad-ties.csv:2: ties[0].target: no node "zz" in ok-nodes.csv',
      'bad-ties.csv:3: ties[1].id: duplicate tie id "t1" (first on line 2)',
    ]);
  });

  it('keeps values that are not Carewealth\'s as custom fields, with a warning naming the row', () => {
    const text = 'id,label,kind,consentAt,hoursPerWeek\r\na,Ann,person,2025-02-30,\r\nb,Bob,robot,,\r\n';
    const result = readCsvTexts([{ name: 'x-nodes.csv', text }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => [n.kind, n.consent, n.fields])).toEqual([
      ['person', undefined, { consentAt: '2025-02-30' }],
      ['person', undefined, { kind: 'robot' }],
    ]);
    expect(result.warnings.map((w) => `${w.file}:${w.line ?? ''}: ${w.path}: ${w.message}`)).toEqual([
      'x-nodes.csv:2: nodes[0]: the "consentAt" of 1 node ("2025-02-30") is not a value Carewealth\'s own "consentAt" can hold; it was kept as the custom field "consentAt"',
      'x-nodes.csv:3: nodes[1]: the "kind" of 1 node ("robot") is not a value Carewealth\'s own "kind" can hold; it was kept as the custom field "kind"',
      'x-nodes.csv:: nodes: 1 of 2 nodes have no kind; they were read as people',
    ]);
  });

  it('reports unreadable files: broken quotes, unknown headers, repeated headers, two node files, empty', () => {
    expect(lines(readCsvTexts([{ name: 'q.csv', text: 'id,label\na,"Ann\nb,Bob\n' }]))).toEqual(['q.csv:2: : a quoted field opened on line 2 is never closed']);
    expect(lines(readCsvTexts([{ name: 'h.csv', text: 'name,age\nAnn,84\n' }]))).toEqual([
      'h.csv:1: : is neither a nodes file (it needs an "id" column) nor a ties file (it needs "source" and "target" columns)',
    ]);
    expect(lines(readCsvTexts([{ name: 'r.csv', text: 'id,Label,label\na,A,B\n' }]))).toEqual(['r.csv:1: : column 3 repeats the header "label" (first in column 2)']);
    expect(lines(readCsvTexts([{ name: 'a.csv', text: 'id\na\n' }, { name: 'b.csv', text: 'id\nb\n' }]))).toEqual([
      'b.csv:1: : is a second nodes file; give one nodes file and one ties file',
    ]);
    expect(lines(readCsvTexts([{ name: 'e.csv', text: '' }]))).toEqual(['e.csv:: : is empty: a CSV file needs a header row']);
    expect(lines(readCsvTexts([]))).toEqual([':: : plain CSV is a nodes file and a ties file; 0 files were given']);
  });
});
