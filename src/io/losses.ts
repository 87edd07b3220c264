// What writing a map in a format will leave out, said before it is written: the app's export
// menu shows it and offers the native format instead, `carewealth convert` prints it. It is
// worked out by writing the map in that format and reading the file back, then comparing the two
// maps part by part, so the list is exactly what that format's writer and reader keep, and stays
// so when either changes. The native format keeps everything and is not tried.
import { type CareMap, type CareNode, MAP_SCOPES, type Tie } from '../model';
import { formatById } from './detect';
import type { FormatId } from './types';

/** One thing the chosen format will not keep. */
export interface ExportLoss {
  /** Stable key for tests and for a UI that wants its own wording, e.g. `records`, `node.position`. */
  readonly id: string;
  /** How many items it concerns (1 for a single map-level part). */
  readonly count: number;
  /** A phrase to list after "This file will leave out:", e.g. "3 snapshots". */
  readonly message: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function named(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `“${n}”`);
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
}

/** Map-level parts: title, description, scope, area, centre, care types, overlays, records, snapshots. */
function mapLosses(doc: CareMap, back: CareMap): ExportLoss[] {
  const out: ExportLoss[] = [];
  const m = doc.meta;
  const b = back.meta;
  if (m.title !== b.title) out.push({ id: 'meta.title', count: 1, message: `the map's title (it will be named after the file)` });
  if (m.description !== undefined && m.description !== b.description) out.push({ id: 'meta.description', count: 1, message: `the map's description` });
  if (m.scope !== b.scope) {
    const scope = MAP_SCOPES.find((s) => s.id === m.scope)?.label.toLowerCase() ?? m.scope;
    out.push({ id: 'meta.scope', count: 1, message: `that this is a ${scope} (it will come back as a ${MAP_SCOPES.find((s) => s.id === b.scope)?.label.toLowerCase() ?? b.scope})` });
  }
  if (m.area !== undefined && !same(m.area, b.area)) out.push({ id: 'meta.area', count: 1, message: `the map's area${m.area.name !== '' ? ` (“${m.area.name}”)` : ''} and where the map view centres` });
  if (m.centreNodeId !== undefined && m.centreNodeId !== b.centreNodeId) out.push({ id: 'meta.centreNodeId', count: 1, message: `who is at the centre of the map` });
  const changed = doc.careTypes.filter((c) => !back.careTypes.some((d) => same(c, d)));
  if (changed.length > 0) {
    out.push({ id: 'careTypes', count: changed.length, message: `${plural(changed.length, 'care type definition')} (names, ids or formal/informal leaning): ${named(changed.map((c) => c.label))}` });
  }
  const parts = [
    ['overlays', 'area overlay'],
    ['records', 'governance, survey or assessment record'],
    ['snapshots', 'snapshot'],
  ] as const;
  for (const [key, what] of parts) {
    const lost = doc[key].length - back[key].filter((x) => doc[key].some((y) => same(x, y))).length;
    if (lost > 0) out.push({ id: key, count: lost, message: plural(lost, what) });
  }
  return out;
}

/** Per field, how many nodes or ties do not come back with the same value. */
function itemLosses(kind: 'node' | 'tie', before: readonly (CareNode | Tie)[], after: readonly (CareNode | Tie)[]): ExportLoss[] {
  const out: ExportLoss[] = [];
  if (after.length < before.length) {
    const n = before.length - after.length;
    out.push({ id: `${kind}s`, count: n, message: `${plural(n, kind)} (the format cannot hold them)` });
  }
  const byField = new Map<string, { count: number; pinned: number }>();
  before.forEach((item, i) => {
    const other = after[i] as unknown as Record<string, unknown> | undefined;
    if (other === undefined) return;
    const mine = item as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(mine), ...Object.keys(other)]);
    for (const key of keys) {
      if (key === 'fields') {
        const a = (mine.fields ?? {}) as Record<string, unknown>;
        const b = (other.fields ?? {}) as Record<string, unknown>;
        for (const f of Object.keys(a)) if (!same(a[f], b[f])) bump(byField, `fields.${f}`, false);
      } else if (!same(mine[key], other[key]) && mine[key] !== undefined && mine[key] !== '') {
        bump(byField, key, key === 'position' && (item as CareNode).position?.pinned === true);
      }
    }
  });
  for (const [field, { count, pinned }] of byField) {
    const items = plural(count, kind);
    let message: string;
    if (field === 'position') message = `the graph positions of ${items}${pinned > 0 ? ` (${pinned} pinned by hand)` : ''}`;
    else if (field === 'id') message = `the ids of ${items} (they get new ones)`;
    else if (field.startsWith('fields.')) message = `the custom field “${field.slice(7)}” of ${items}`;
    else message = `the ${field} of ${items} (not kept exactly as written)`;
    out.push({ id: `${kind}.${field}`, count, message });
  }
  return out;
}

function bump(map: Map<string, { count: number; pinned: number }>, key: string, pinned: boolean): void {
  const seen = map.get(key) ?? { count: 0, pinned: 0 };
  seen.count++;
  if (pinned) seen.pinned++;
  map.set(key, seen);
}

/**
 * What writing `doc` in `format` leaves out, each with a count and a phrase, in a fixed order
 * (map-level parts, then nodes, then ties). Empty for the native format and for formats that keep
 * everything. Pass the document as it will be written (after privacy redaction). Never throws: a
 * format that cannot read its own file back says so as one loss.
 */
export function exportLosses(doc: CareMap, format: FormatId): ExportLoss[] {
  if (format === 'native') return [];
  const f = formatById(format);
  if (f?.write === undefined || f.read === undefined) return [];
  try {
    const files = f.write(doc, 'check');
    const back = f.read(files, { now: doc.meta.createdAt });
    if (!back.ok) return [{ id: 'unreadable', count: 1, message: `everything: the file cannot be read back (${back.problems[0]?.message ?? 'unknown problem'})` }];
    return [...mapLosses(doc, back.value), ...itemLosses('node', doc.nodes, back.value.nodes), ...itemLosses('tie', doc.ties, back.value.ties)];
  } catch (err) {
    return [{ id: 'unreadable', count: 1, message: `everything: writing failed (${err instanceof Error ? err.message : String(err)})` }];
  }
}
