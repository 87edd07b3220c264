// Generated inputs for the import fuzz run (run.ts), per format, from one seeded generator so a
// run can be repeated. Three kinds, mixed: a valid file of the format with random damage (bytes
// changed, cut short, lines dropped or doubled, format tokens such as `<`, `"`, `INF`,
// `__proto__` or `&#0;` inserted); a file built at random from the format's own vocabulary
// (elements, keys, columns and values that are half right); and random bytes or text.
import Papa from 'papaparse';

import { writeMapFile } from '../../src/io';
import type { FileInput, FormatId } from '../../src/io/types';
import { writeWorkbook } from '../../src/io/xlsx';
import { type CareMap, seededRandom } from '../../src/model';
import { generateMap } from '../helpers/generateMap';
import { richMap } from '../io/nativeRich';

export type Random = () => number;

const int = (rand: Random, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Random, list: readonly T[]): T => list[int(rand, list.length)] as T;

/** Values that are half right for somebody: ours, other tools', hostile, empty. */
const VALUES = [
  '', ' ', 'Ann', 'ann', '<b>x</b>', '=SUM(A1)', '__proto__', 'constructor', 'person', 'organisation', 'care', 'membership',
  'friend', 'neighbour', 'generative', '0.8', '2019', '2025-02-30', '2025-11-02', 'INF', '-INF', 'NaN', 'inf', '1e308', '1e309',
  '-0', '007', 'true', 'yes', 'maybe', '51.5, -0.1', '91, 0', 'a|b|a', 'x'.repeat(250), 'line\nbreak', '\u0000', '\uFFFF',
  '\uD800', '&amp;', '&#0;', '&#x1F600;', '"', "'", ',', ';', '\t', '#ff0000', '#zzzzzz',
] as const;

const TOKENS = ['<', '>', '"', "'", '&', '&#0;', '&lt;', '<!--', ']]>', '<![CDATA[', ',', ';', '\n', '\r', '\r\n', '{', '}', '[', ']', ':', 'INF', 'NaN', '__proto__', '"__proto__":{}', '\u0000', '\uFEFF', '|', '\\'] as const;

const enc = new TextEncoder();

/** Valid files of every format, from a few maps, to be damaged. */
export function validFiles(format: FormatId, extension: string): FileInput[][] {
  const maps: CareMap[] = [richMap(), generateMap({ nodes: 12, seed: 7 }), generateMap({ nodes: 40, tiesPerNode: 2, seed: 11 })];
  return maps.map((doc) => {
    const written = writeMapFile(doc, `fuzz${extension}`, { format });
    if (!written.ok) throw new Error(`cannot write ${format}`);
    return written.value.map((f) => ({ name: f.name, bytes: f.bytes }));
  });
}

/** Random damage to one file's bytes (text formats get text damage, so it is not all decoding errors). */
export function damage(rand: Random, file: FileInput, binary: boolean): FileInput {
  const bytes = file.bytes;
  const kind = int(rand, binary ? 3 : 6);
  if (kind === 0 || bytes.length === 0) {
    const out = bytes.slice();
    for (let k = 1 + int(rand, 8); k > 0 && out.length > 0; k--) out[int(rand, out.length)] = int(rand, 256);
    return { name: file.name, bytes: out };
  }
  if (kind === 1) return { name: file.name, bytes: bytes.slice(0, int(rand, bytes.length)) };
  if (kind === 2) {
    const at = int(rand, bytes.length);
    const cut = int(rand, Math.min(64, bytes.length - at));
    return { name: file.name, bytes: new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + cut)]) };
  }
  const text = new TextDecoder().decode(bytes);
  const lines = text.split('\n');
  if (kind === 3) {
    const i = int(rand, lines.length);
    if (rand() < 0.5) lines.splice(i, 1);
    else lines.splice(i, 0, lines[i] ?? '');
    return { name: file.name, bytes: enc.encode(lines.join('\n')) };
  }
  if (kind === 4) {
    let out = text;
    for (let k = 1 + int(rand, 4); k > 0; k--) {
      const at = int(rand, out.length + 1);
      out = `${out.slice(0, at)}${pick(rand, TOKENS)}${out.slice(at)}`;
    }
    return { name: file.name, bytes: enc.encode(out) };
  }
  // a quoted value swapped for a half-right one
  const values = [...text.matchAll(/"([^"\n]{0,40})"/g)];
  const m = values.length === 0 ? undefined : pick(rand, values);
  if (m?.index === undefined) return { name: file.name, bytes: enc.encode(`${text}${pick(rand, TOKENS)}`) };
  const swapped = JSON.stringify(pick(rand, VALUES)).slice(1, -1);
  return { name: file.name, bytes: enc.encode(`${text.slice(0, m.index + 1)}${swapped}${text.slice(m.index + 1 + (m[1] ?? '').length)}`) };
}

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

const NAMES = ['label', 'kind', 'since', 'strength', 'hoursPerWeek', 'weight', 'name', 'Edge Label', 'r', 'g', 'b', 'x', 'y', 'size', 'color', 'lat', 'lng', 'roles', 'careOffered', 'tags', 'pinned', 'field:kind', 'Modularity Class', '__proto__', 'type', 'description'];
const TYPES = ['string', 'int', 'integer', 'long', 'double', 'float', 'boolean', 'liststring', 'bogus'];

/** A GEXF or GraphML file built from their elements with random ids, keys, types and values. */
function randomXml(rand: Random, format: 'gexf' | 'graphml'): string {
  const ids = ['a', 'b', 'c', 'd e', '', 'a'];
  const keys = Array.from({ length: int(rand, 6) }, (_, i) => ({ id: rand() < 0.2 ? 'k0' : `k${i}`, name: pick(rand, NAMES), type: pick(rand, TYPES), for: pick(rand, ['node', 'edge', 'all', 'graph']) }));
  const value = () => xmlText(pick(rand, VALUES));
  const nodes = Array.from({ length: int(rand, 6) }, () => pick(rand, ids));
  const edges = Array.from({ length: int(rand, 6) }, () => [pick(rand, ids), pick(rand, ids), rand() < 0.5 ? pick(rand, ['0', '1', 'e']) : undefined] as const);
  if (format === 'graphml') {
    const data = (domain: string) => keys.filter((k) => rand() < 0.6 && (k.for === domain || k.for === 'all')).map((k) => `<data key="${k.id}">${value()}</data>`).join('');
    const yed = () => (rand() < 0.2 ? `<data key="y"><y:ShapeNode><y:NodeLabel>${value()}</y:NodeLabel><y:Geometry x="${value()}" y="1"/><y:Fill color="${value()}"/></y:ShapeNode></data>` : '');
    return [
      '<?xml version="1.0"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
      ...keys.map((k) => `<key id="${k.id}" for="${k.for}" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>`),
      `<graph edgedefault="${pick(rand, ['directed', 'undirected', 'x'])}">`,
      rand() < 0.2 ? `<desc>${value()}</desc>` : '',
      ...nodes.map((id) => `<node id="${xmlText(id)}">${data('node')}${yed()}${rand() < 0.1 ? `<desc>${value()}</desc>` : ''}</node>`),
      ...edges.map(([s, t, id]) => `<edge${id === undefined ? '' : ` id="${id}"`} source="${xmlText(s)}" target="${xmlText(t)}">${data('edge')}</edge>`),
      '</graph></graphml>',
    ].join('\n');
  }
  const attrs = (cls: string) => keys.filter((k) => k.for === cls);
  const values = (cls: string) => `<attvalues>${attrs(cls).filter(() => rand() < 0.6).map((k) => `<attvalue for="${k.id}" value="${value()}"/>`).join('')}</attvalues>`;
  const viz = () => (rand() < 0.3 ? `<viz:color r="${int(rand, 300)}" g="1" b="${value()}"/><viz:size value="${value()}"/><viz:position x="${value()}" y="2"/>` : '');
  return [
    '<?xml version="1.0"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    rand() < 0.3 ? `<meta><title>${value()}</title><description>${value()}</description></meta>` : '',
    `<graph defaultedgetype="${pick(rand, ['directed', 'undirected', 'mutual', 'x'])}">`,
    ...['node', 'edge'].map((cls) => `<attributes class="${cls}">${attrs(cls).map((k) => `<attribute id="${k.id}" title="${xmlText(k.name)}" type="${k.type}"/>`).join('')}</attributes>`),
    `<nodes>${nodes.map((id) => `<node id="${xmlText(id)}" label="${value()}">${values('node')}${viz()}</node>`).join('\n')}</nodes>`,
    `<edges>${edges.map(([s, t, id]) => `<edge${id === undefined ? '' : ` id="${id}"`} source="${xmlText(s)}" target="${xmlText(t)}" weight="${value()}" kind="${value()}">${values('edge')}${viz()}</edge>`).join('\n')}</edges>`,
    '</graph></gexf>',
  ].join('\n');
}

const ELEMENT_HEADERS = ['Label', 'ID', 'Type', 'Kind', 'Tags', 'Location', 'Latitude', 'Longitude', 'Roles', 'Category', 'Anchor', 'Care Offered', 'Consent', 'Consent Date', 'Valid From', 'Custom'];
const CONNECTION_HEADERS = ['From', 'To', 'Type', 'Direction', 'Strength', 'Care Types', 'Hours Per Week', 'Since', 'In Support Plan', 'Participation', 'Custom'];
const CSV_NODE_HEADERS = ['id', 'label', 'kind', 'roles', 'lat', 'lng', 'locationPrivacy', 'capacityHours', 'consentStatus', 'x', 'y', 'pinned', 'field:ward#number', 'ward'];
const CSV_TIE_HEADERS = ['id', 'source', 'target', 'kind', 'mutual', 'strength', 'since', 'hoursPerWeek', 'field:weight#number'];

function randomTable(rand: Random, headers: readonly string[], keep: readonly string[], ends: readonly string[]): string[][] {
  const head = [...keep, ...headers.filter(() => rand() < 0.4)];
  const rows = Array.from({ length: int(rand, 7) }, () => head.map((h) => (keep.includes(h) && h !== 'id' && h !== 'ID' ? pick(rand, ends) : pick(rand, VALUES))));
  return [head, ...rows];
}

/** A file of the format built at random from its own vocabulary. */
export function structured(rand: Random, format: FormatId): FileInput[] {
  const labels = ['Ann', 'Bo', 'Cy', 'ann', ''];
  switch (format) {
    case 'gexf':
      return [{ name: 'r.gexf', bytes: enc.encode(randomXml(rand, 'gexf')) }];
    case 'graphml':
      return [{ name: 'r.graphml', bytes: enc.encode(randomXml(rand, 'graphml')) }];
    case 'kumu-json': {
      const elements = Array.from({ length: int(rand, 6) }, () => ({ _id: pick(rand, ['a', 'b', 'a', 'd e']), attributes: Object.fromEntries(ELEMENT_HEADERS.filter(() => rand() < 0.3).map((h) => [h.toLowerCase(), pick(rand, VALUES)]).concat([['label', pick(rand, labels)]])) }));
      const connections = Array.from({ length: int(rand, 6) }, () => ({ from: pick(rand, ['a', 'b', 'Ann', 'zz']), to: pick(rand, ['a', 'b', 'Bo', 'a']), direction: pick(rand, ['directed', 'mutual', 'x']), attributes: Object.fromEntries(CONNECTION_HEADERS.filter(() => rand() < 0.3).map((h) => [h.toLowerCase(), pick(rand, VALUES)])) }));
      const root = rand() < 0.3 ? { name: pick(rand, VALUES), attributes: [{ name: 'x' }], elements, connections, maps: [{ elements: [{ element: 'a', position: { x: rand() * 1e8, y: 1 }, pinned: true }] }] } : { elements, connections };
      return [{ name: 'r.json', bytes: enc.encode(JSON.stringify(root)) }];
    }
    case 'kumu-csv':
      return [
        { name: 'r-elements.csv', bytes: enc.encode(Papa.unparse(randomTable(rand, ELEMENT_HEADERS, ['Label'], labels))) },
        { name: 'r-connections.csv', bytes: enc.encode(Papa.unparse(randomTable(rand, CONNECTION_HEADERS, ['From', 'To'], labels))) },
      ];
    case 'kumu-xlsx':
      return [{ name: 'r.xlsx', bytes: writeWorkbook([{ name: 'Elements', rows: randomTable(rand, ELEMENT_HEADERS, ['Label'], labels) }, { name: 'Connections', rows: randomTable(rand, CONNECTION_HEADERS, ['From', 'To'], labels) }]) }];
    case 'csv':
      return [
        { name: 'r-nodes.csv', bytes: enc.encode(Papa.unparse(randomTable(rand, CSV_NODE_HEADERS, ['id', 'label'], labels), { delimiter: pick(rand, [',', ';', '\t']) })) },
        { name: 'r-ties.csv', bytes: enc.encode(Papa.unparse(randomTable(rand, CSV_TIE_HEADERS, ['source', 'target'], ['a', 'b', 'Ann', 'zz']))) },
      ];
    case 'native': {
      const doc = generateMap({ nodes: 1 + int(rand, 6), seed: int(rand, 1e6) }) as unknown as Record<string, unknown>;
      const nodes = doc.nodes as Record<string, unknown>[];
      const node = nodes[int(rand, nodes.length)] as Record<string, unknown>;
      const keys = ['kind', 'label', 'id', 'position', 'fields', 'location', 'colour', '__proto__', 'roles'];
      for (let k = 1 + int(rand, 3); k > 0; k--) node[pick(rand, keys)] = pick(rand, [...VALUES, 12, -1, null, [], {}, { x: 'a' }]);
      if (rand() < 0.3) doc[pick(rand, ['schemaVersion', 'type', 'meta', 'extra'])] = pick(rand, [2, 0, 'carewealth', null, {}]);
      return [{ name: 'r.carewealth.json', bytes: enc.encode(JSON.stringify(doc)) }];
    }
  }
}

/** Random bytes or text under a name of the format. */
export function noise(rand: Random, names: readonly string[]): FileInput[] {
  return names.map((name) => {
    if (rand() < 0.5) return { name, bytes: Uint8Array.from({ length: int(rand, 300) }, () => int(rand, 256)) };
    const text = Array.from({ length: int(rand, 40) }, () => (rand() < 0.5 ? pick(rand, TOKENS) : pick(rand, VALUES))).join('');
    return { name, bytes: enc.encode(text) };
  });
}

export { pick, seededRandom };
