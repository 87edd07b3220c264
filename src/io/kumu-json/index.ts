// Kumu JSON blueprints (`.kumu.json`, or a plain `.json` holding `elements` / `connections`).
// Reading accepts Kumu's shape (`{ _id, attributes: { label, "element type", … } }`, connections
// with `from` / `to` naming element ids or labels) and the older flat shape without `attributes`.
// Writing produces the blueprint shape with ids kept and every field as an attribute. What the
// attributes mean is decided in toMap.ts / fromMap.ts, shared with the spreadsheet formats.
import { type CareMap, fail, formatPath, isRecord, problem, type Problem, type Result } from '../../model';
import { readJsonFile } from '../guard';
import type { FileFormat, FileInput, FileOutput, ReadOptions } from '../types';
import { kumuRecords, type KumuEntry } from './fromMap';
import { buildMapFromKumu, type KumuCell, type KumuRow, titleFromFileName } from './toMap';

export const KUMU_JSON_EXTENSION = '.kumu.json';

/** Flatten one element or connection: top-level keys, then its `attributes` (which win on clashes). */
function rowsOf(list: unknown, name: 'elements' | 'connections', file: string, problems: Problem[]): KumuRow[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(problem(name, `must be a list (JSON array) of ${name}`, { file }));
    return [];
  }
  const rows: KumuRow[] = [];
  list.forEach((item, i) => {
    const at: (string | number)[] = [name, i];
    if (!isRecord(item)) {
      problems.push(problem(formatPath(at), `each of the ${name} must be a JSON object`, { file }));
      return;
    }
    const cells: KumuCell[] = [];
    const attributes = item.attributes;
    if (attributes !== undefined && !isRecord(attributes)) {
      problems.push(problem(formatPath([...at, 'attributes']), 'must be a JSON object', { file }));
      return;
    }
    for (const [key, value] of Object.entries(attributes ?? {})) cells.push({ header: key, value, path: formatPath([...at, 'attributes', key]) });
    for (const [key, value] of Object.entries(item)) {
      if (key !== 'attributes') cells.push({ header: key, value, path: formatPath([...at, key]) });
    }
    rows.push({ cells, file, path: formatPath(at) });
  });
  return rows;
}

/** Read one Kumu JSON file into a validated map. */
export function readKumuJson(files: readonly FileInput[], options: ReadOptions = {}): Result<CareMap> {
  const file = files[0];
  if (file === undefined || files.length !== 1) return fail([problem('', `a Kumu JSON map is one file; ${files.length} files were given`)]);
  const parsed = readJsonFile(file.name, file.bytes);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (!isRecord(root) || (root.elements === undefined && root.connections === undefined)) {
    return fail([problem('', 'is not a Kumu map: expected a JSON object with "elements" and "connections"', { file: file.name })]);
  }
  const problems: Problem[] = [];
  const elements = rowsOf(root.elements, 'elements', file.name, problems);
  const connections = rowsOf(root.connections, 'connections', file.name, problems);
  if (problems.length > 0) return fail(problems);
  return buildMapFromKumu({
    elements,
    connections,
    title: options.title ?? titleFromFileName(file.name),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}

function attributes(entries: readonly KumuEntry[], skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of entries) if (!skip.has(e.key)) out[e.key] = e.value;
  return out;
}

const ELEMENT_TOP = new Set(['id']);
const CONNECTION_TOP = new Set(['id', 'from', 'to']);

/** The blueprint object: `{ elements: [{ _id, attributes }], connections: [{ _id, from, to, attributes }] }`. */
export function toKumuBlueprint(doc: CareMap): { elements: unknown[]; connections: unknown[] } {
  const { elements, connections } = kumuRecords(doc);
  return {
    elements: doc.nodes.map((n, i) => ({ _id: n.id, attributes: attributes(elements[i] ?? [], ELEMENT_TOP) })),
    connections: doc.ties.map((t, i) => ({ _id: t.id, from: t.source, to: t.target, attributes: attributes(connections[i] ?? [], CONNECTION_TOP) })),
  };
}

export function writeKumuJson(doc: CareMap, baseName: string): FileOutput[] {
  const text = `${JSON.stringify(toKumuBlueprint(doc), null, 2)}\n`;
  return [{ name: `${baseName}${KUMU_JSON_EXTENSION}`, mimeType: 'application/json', bytes: new TextEncoder().encode(text) }];
}

/** Quick check for plain `.json` files: does the text open like a Kumu blueprint? */
export function looksKumuJson(text: string): boolean {
  return /"(elements|connections)"\s*:/.test(text.slice(0, 4096));
}

export const KUMU_JSON_FORMAT: FileFormat = {
  id: 'kumu-json',
  label: 'Kumu JSON',
  extensions: [KUMU_JSON_EXTENSION],
  read: readKumuJson,
  write: writeKumuJson,
};

export { buildMapFromKumu, titleFromFileName, type KumuCell, type KumuRow } from './toMap';
export { kumuRecords, type KumuEntry, type KumuValue } from './fromMap';
