// The change table: every change of a comparison as one flat row (what, which change, the
// element's id and name, the field, before and after), in a fixed order, so the app's sortable
// table and the CSV download list the same thing. Pure; the CSV text itself is io's job
// (src/io/csv/table.ts). Ids follow DiffResult's rule: B's id for anything in state B, A's id
// for anything only in A.
import type { CareMap } from '../../model';
import type { FieldChange } from './diff';
import type { DiffCore } from './diffMaps';

/** What a row is about. */
export type ChangeSubject = 'node' | 'tie' | 'receiver' | 'load' | 'role';

/** What happened: a node or tie came or went, a field changed, a tie or load went up or down. */
export type ChangeWhat = 'added' | 'removed' | 'changed' | 'up' | 'down' | 'gained' | 'lost';

export interface ChangeRow {
  readonly subject: ChangeSubject;
  readonly change: ChangeWhat;
  /** The element's id (B's, or A's when it is only in A). */
  readonly id: string;
  /** The node's label, or a tie's ends as "Source → Target". */
  readonly name: string;
  /** The field that changed ('' for a whole node or tie coming or going). */
  readonly field: string;
  /** Values as text ('' when unset). */
  readonly before: string;
  readonly after: string;
}

/** The columns of the table and of the CSV, in order. */
export const CHANGE_COLUMNS = ['subject', 'change', 'id', 'name', 'field', 'before', 'after'] as const;

/** A value as the table shows it: lists joined by ", ", nothing as ''. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function fieldRow(subject: ChangeSubject, id: string, name: string, f: FieldChange): ChangeRow {
  const change: ChangeWhat = f.direction ?? 'changed';
  const listed = f.added !== undefined || f.removed !== undefined;
  return {
    subject,
    change,
    id,
    name,
    field: f.field,
    before: listed && (f.removed?.length ?? 0) > 0 ? `${valueText(f.before)} (lost: ${valueText(f.removed)})` : valueText(f.before),
    after: listed && (f.added?.length ?? 0) > 0 ? `${valueText(f.after)} (new: ${valueText(f.added)})` : valueText(f.after),
  };
}

/**
 * Every change from state `a` to state `b` as rows: nodes added and removed, then each changed
 * node field, ties added and removed, each changed tie field (scales say up or down), care types
 * receivers gained and lost, loads against capacity, roles gained and lost.
 */
export function changeRows(result: DiffCore, a: CareMap, b: CareMap): ChangeRow[] {
  const aLabel = new Map(a.nodes.map((n) => [n.id as string, n.label]));
  const bLabel = new Map(b.nodes.map((n) => [n.id as string, n.label]));
  const aTies = new Map(a.ties.map((t) => [t.id as string, t]));
  const bTies = new Map(b.ties.map((t) => [t.id as string, t]));
  const careLabel = new Map([...a.careTypes, ...b.careTypes].map((c) => [c.id as string, c.label]));
  const ends = (labels: Map<string, string>, s: string, t: string) => `${labels.get(s) ?? s} → ${labels.get(t) ?? t}`;
  const c = result.changes;
  const rows: ChangeRow[] = [];
  const whole = (subject: ChangeSubject, change: ChangeWhat, id: string, name: string): ChangeRow => ({
    subject, change, id, name, field: '', before: '', after: '',
  });
  for (const id of c.nodes.added) rows.push(whole('node', 'added', id, bLabel.get(id) ?? id));
  for (const id of c.nodes.removed) rows.push(whole('node', 'removed', id, aLabel.get(id) ?? id));
  for (const n of c.nodes.changed) for (const f of n.fields) rows.push(fieldRow('node', n.b, n.label, f));
  for (const id of c.ties.added) {
    const t = bTies.get(id);
    rows.push(whole('tie', 'added', id, t === undefined ? id : `${ends(bLabel, t.source, t.target)} (${t.kind})`));
  }
  for (const id of c.ties.removed) {
    const t = aTies.get(id);
    rows.push(whole('tie', 'removed', id, t === undefined ? id : `${ends(aLabel, t.source, t.target)} (${t.kind})`));
  }
  for (const t of c.ties.changed) {
    const name = `${ends(bLabel, t.source, t.target)} (${t.kind})`;
    for (const f of t.fields) rows.push(fieldRow('tie', t.b, name, f));
  }
  for (const r of c.receivers) {
    for (const id of r.gained) rows.push({ ...whole('receiver', 'gained', r.b, r.label), field: 'care received', after: careLabel.get(id) ?? id });
    for (const id of r.lost) rows.push({ ...whole('receiver', 'lost', r.b, r.label), field: 'care received', before: careLabel.get(id) ?? id });
  }
  for (const l of c.loads) {
    const load = (s: typeof l.before) =>
      `${s.hoursGiven} h/week to ${s.receivers}${s.capacityHours === null ? '' : `, capacity ${s.capacityHours} h`}${s.maxReceivers === null ? '' : `, at most ${s.maxReceivers}`}${s.overHours || s.overReceivers ? ' (over)' : ''}`;
    const change: ChangeWhat = l.after.hoursGiven > l.before.hoursGiven ? 'up' : l.after.hoursGiven < l.before.hoursGiven ? 'down' : 'changed';
    rows.push({ ...whole('load', change, l.b, l.label), field: 'load against capacity', before: load(l.before), after: load(l.after) });
  }
  for (const r of c.roles) {
    for (const role of r.gained) rows.push({ ...whole('role', 'gained', r.b, r.label), field: 'role', after: role });
    for (const role of r.lost) rows.push({ ...whole('role', 'lost', r.b, r.label), field: 'role', before: role });
  }
  return rows;
}
