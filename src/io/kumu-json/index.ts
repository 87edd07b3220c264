// Kumu JSON blueprints (`.kumu.json`, or a plain `.json` holding `elements` / `connections`,
// such as a Kumu project backup). Reading accepts Kumu's shape (`{ _id, attributes: { label,
// "element type", … } }`, connections with `from` / `to` naming element ids or labels) and the
// older flat shape without `attributes`, plus a backup's project name, description and the
// positions its default map gives elements. Writing produces the same: ids kept, every field as
// an attribute, graph positions as one map. What the attributes mean is decided in toMap.ts /
// fromMap.ts, shared with the spreadsheet formats.
import { type CareMap, fail, formatPath, isRecord, type Position, problem, type Problem, type Result } from '../../model';
import { readJsonFile } from '../guard';
import type { FileFormat, FileInput, FileOutput, ReadOptions } from '../types';
import { kumuRecords, type KumuEntry } from './fromMap';
import { titleFromFileName } from '../table/text';
import { buildMapFromKumu, type KumuCell, type KumuRow } from './toMap';

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
  return readKumuJsonValue(parsed.value, file.name, options);
}

/** Read the parsed JSON of a Kumu blueprint (`fileName` names it in problems and titles the map). */
export function readKumuJsonValue(root: unknown, fileName: string, options: ReadOptions = {}): Result<CareMap> {
  if (!isKumuJsonValue(root)) {
    return fail([problem('', 'is not a Kumu map: expected a JSON object with "elements" and "connections"', { file: fileName })]);
  }
  const problems: Problem[] = [];
  const elements = rowsOf(root.elements, 'elements', fileName, problems);
  const connections = rowsOf(root.connections, 'connections', fileName, problems);
  if (problems.length > 0) return fail(problems);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const description = text(root.description);
  return buildMapFromKumu({
    elements,
    connections,
    title: options.title ?? text(root.name) ?? titleFromFileName(fileName),
    ...(description !== undefined ? { description } : {}),
    positions: positionsOf(root),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}

/** Where a project backup's default map (else its first) places each element, by element id. */
function positionsOf(root: Record<string, unknown>): Map<string, Position> {
  const out = new Map<string, Position>();
  const maps = Array.isArray(root.maps) ? root.maps.filter(isRecord) : [];
  const map = maps.find((m) => m._id === root.defaultMap) ?? maps[0];
  for (const e of Array.isArray(map?.elements) ? map.elements : []) {
    if (!isRecord(e) || typeof e.element !== 'string' || !isRecord(e.position)) continue;
    const { x, y } = e.position;
    const usable = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e7;
    if (usable(x) && usable(y)) out.set(e.element, { x, y, pinned: e.pinned === true });
  }
  return out;
}

/** Is this parsed JSON shaped like a Kumu blueprint (an object with `elements` or `connections`)? */
export function isKumuJsonValue(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && (value.elements !== undefined || value.connections !== undefined);
}

function attributes(entries: readonly KumuEntry[], skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of entries) if (!skip.has(e.key)) out[e.key] = e.value;
  return out;
}

const ELEMENT_TOP = new Set(['id']);
const CONNECTION_TOP = new Set(['id', 'from', 'to']);

/**
 * The blueprint object: the project's `name` and `description`, `elements: [{ _id, attributes }]`,
 * `connections: [{ _id, from, to, attributes }]`, and, when nodes have graph positions, one map
 * placing them (`maps: [{ elements: [{ element, position, pinned }] }]`, as Kumu's backups do).
 */
export function toKumuBlueprint(doc: CareMap): { name: string; description?: string; elements: unknown[]; connections: unknown[]; maps?: unknown[] } {
  const { elements, connections } = kumuRecords(doc);
  const placed = doc.nodes.filter((n) => n.position !== undefined);
  return {
    name: doc.meta.title,
    ...(doc.meta.description !== undefined ? { description: doc.meta.description } : {}),
    elements: doc.nodes.map((n, i) => ({ _id: n.id, attributes: attributes(elements[i] ?? [], ELEMENT_TOP) })),
    connections: doc.ties.map((t, i) => ({ _id: t.id, from: t.source, to: t.target, attributes: attributes(connections[i] ?? [], CONNECTION_TOP) })),
    ...(placed.length > 0
      ? {
          maps: [
            {
              _id: 'map-carewealth',
              name: doc.meta.title,
              elements: placed.map((n) => ({ _id: `node-${n.id}`, element: n.id, position: { x: n.position?.x, y: n.position?.y }, pinned: n.position?.pinned === true })),
            },
          ],
        }
      : {}),
  };
}

export function writeKumuJson(doc: CareMap, baseName: string): FileOutput[] {
  const text = `${JSON.stringify(toKumuBlueprint(doc), null, 2)}\n`;
  return [{ name: `${baseName}${KUMU_JSON_EXTENSION}`, mimeType: 'application/json', bytes: new TextEncoder().encode(text) }];
}

/** For text that does not parse: does it hold an `"elements"` or `"connections"` key anywhere? */
export function looksKumuJson(text: string): boolean {
  return /"(elements|connections)"\s*:/.test(text);
}

export const KUMU_JSON_FORMAT: FileFormat = {
  id: 'kumu-json',
  label: 'Kumu JSON',
  extensions: [KUMU_JSON_EXTENSION],
  read: readKumuJson,
  write: writeKumuJson,
};

export { buildMapFromKumu, type KumuCell, type KumuRow } from './toMap';
export { kumuRecords, type KumuEntry, type KumuValue } from './fromMap';
