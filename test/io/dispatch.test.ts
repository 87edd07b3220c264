// The dispatcher: format detection by extension (longest first) and by first bytes, one entry
// point for reading that never throws, and writing by extension.
import { describe, expect, it } from 'vitest';

import { baseNameOf, detectFormat, extensionOf, FORMATS, readMapFiles, supportedExtensions, writeMapFile } from '../../src/io';
import { serializeNative } from '../../src/io/native';
import { type CareMap, formatProblem, loadCareMap } from '../../src/model';
import { richMap } from './nativeRich';

const enc = (s: string) => new TextEncoder().encode(s);
const doc: CareMap = (() => {
  const r = loadCareMap(richMap());
  if (!r.ok) throw new Error('rich map invalid');
  return r.value;
})();

describe('detectFormat', () => {
  it('lists every format once, A2\'s included', () => {
    expect(FORMATS.map((f) => f.id)).toEqual(['native', 'kumu-json', 'kumu-xlsx', 'kumu-csv', 'gexf', 'graphml', 'csv']);
  });

  it('matches the longest extension first, ignoring case', () => {
    expect(extensionOf('a.CAREWEALTH.json')).toBe('.carewealth.json');
    expect(extensionOf('a.kumu.json')).toBe('.kumu.json');
    expect(extensionOf('a.json')).toBe('.json');
    expect(extensionOf('a.txt')).toBeUndefined();
    expect(baseNameOf('maps/clapton.carewealth.json')).toBe('maps/clapton');
    expect(detectFormat(['x.carewealth.json'])?.id).toBe('native');
    expect(detectFormat(['x.kumu.json'])?.id).toBe('kumu-json');
    expect(detectFormat(['x.XLSX'])?.id).toBe('kumu-xlsx');
    expect(detectFormat(['x.gexf'])?.id).toBe('gexf');
    expect(detectFormat(['x.graphml'])?.id).toBe('graphml');
    expect(detectFormat(['x.docx'])).toBeUndefined();
  });

  it('sniffs plain .json', () => {
    expect(detectFormat(['x.json'], [enc('{\n  "type": "carewealth", "schemaVersion": 1')])?.id).toBe('native');
    expect(detectFormat(['x.json'], [enc('{"elements": [], "connections": []}')])?.id).toBe('kumu-json');
    expect(detectFormat(['x.json'], [enc('{"nodes": []}')])).toBeUndefined();
  });

  it('tells Kumu CSV from the plain CSV pair by headers', () => {
    expect(detectFormat(['e.csv', 'c.csv'], [enc('Label,Type\nAnn,Person'), enc('From,To\n')])?.id).toBe('kumu-csv');
    expect(detectFormat(['m-nodes.csv', 'm-ties.csv'], [enc('id,label,kind\n'), enc('id,source,target,kind\n')])?.id).toBe('csv');
    expect(detectFormat(['a.kumu.csv'])?.id).toBe('kumu-csv');
    expect(detectFormat(['a.csv', 'b.json'])).toBeUndefined();
  });
});

describe('readMapFiles', () => {
  it('reads a native file by its extension, and plain .json by content', () => {
    const text = serializeNative(doc);
    for (const name of ['m.carewealth.json', 'm.json']) {
      const r = readMapFiles([{ name, bytes: enc(text) }]);
      expect(r.ok && r.value).toEqual(doc);
    }
  });

  it('reads a Kumu CSV pair', () => {
    const r = readMapFiles([
      { name: 'e.csv', bytes: enc('Label,Type\nAnn,Person\nBo,Person\n') },
      { name: 'c.csv', bytes: enc('From,To\nAnn,Bo\n') },
    ]);
    expect(r.ok && r.value.ties.length).toBe(1);
  });

  it('an unknown extension is a problem naming the file and the supported ones', () => {
    const r = readMapFiles([{ name: 'notes.docx', bytes: enc('x') }]);
    expect(!r.ok && r.problems.map(formatProblem)).toEqual([
      `notes.docx: cannot tell what kind of map this file is; Carewealth reads ${supportedExtensions().join(', ')}`,
    ]);
    expect(supportedExtensions()).toEqual(['.carewealth.json', '.kumu.json', '.kumu.csv', '.graphml', '.gexf', '.xlsx', '.csv']);
  });

  it('no files, and files over the cap, are problems', () => {
    expect(readMapFiles([])).toEqual({ ok: false, problems: [{ path: '', message: 'no file was given', severity: 'error' }] });
    const big = readMapFiles([{ name: 'big.gexf', bytes: new Uint8Array(50 * 1024 * 1024 + 1) }]);
    expect(!big.ok && big.problems.map(formatProblem)).toEqual(['big.gexf: is just over 50 MB; files larger than 50 MB cannot be opened']);
  });

  it('turns an exception inside a reader into a problem', () => {
    const hostile = { name: 'x.carewealth.json', get bytes(): Uint8Array { throw new Error('disk gone'); } };
    const r = readMapFiles([hostile]);
    expect(!r.ok && r.problems.map(formatProblem)).toEqual(['x.carewealth.json: reading failed unexpectedly: disk gone']);
  });

  it('a format can be forced', () => {
    const r = readMapFiles([{ name: 'download.txt', bytes: enc('{"elements":[{"label":"A"}]}') }], { format: 'kumu-json', title: 'Forced' });
    expect(r.ok && [r.value.meta.title, r.value.nodes.length]).toEqual(['Forced', 1]);
  });
});

describe('writeMapFile', () => {
  it('chooses the writer from the extension', () => {
    const names = (fileName: string) => {
      const r = writeMapFile(doc, fileName);
      return r.ok ? r.value.map((f) => f.name) : r.problems.map(formatProblem);
    };
    expect(names('out/m.carewealth.json')).toEqual(['out/m.carewealth.json']);
    expect(names('m.json')).toEqual(['m.carewealth.json']);
    expect(names('m.kumu.json')).toEqual(['m.kumu.json']);
    expect(names('m.xlsx')).toEqual(['m.xlsx']);
    expect(names('m.kumu.csv')).toEqual(['m-elements.csv', 'm-connections.csv']);
    expect(names('m.csv')).toEqual(['m-nodes.csv', 'm-ties.csv']);
    expect(names('m.gexf')).toEqual(['m.gexf']);
    expect(names('m.graphml')).toEqual(['m.graphml']);
    expect(names('m.pdf')).toEqual([`m.pdf: cannot write this kind of file; Carewealth writes ${supportedExtensions().join(', ')}`]);
  });

  it('what it writes, it reads back', () => {
    for (const name of ['m.carewealth.json', 'm.kumu.json', 'm.xlsx', 'm.kumu.csv']) {
      const w = writeMapFile(doc, name);
      if (!w.ok) throw new Error(name);
      const r = readMapFiles(w.value);
      expect(r.ok && r.value.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    }
  });
});
