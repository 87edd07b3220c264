// Turn a care map into Kumu-shaped records: one ordered list of named values per node (element)
// and per tie (connection). The Kumu JSON writer puts them in `attributes` under Kumu's lower-case
// keys; the spreadsheet writers use the Title Case headers. Every field we hold is written as an
// attribute, so Kumu shows it and our reader (toMap.ts) reads the same map back.
import type { CareMap, CareNode, Tie } from '../../model';
import {
  CONNECTION_KEYS,
  type ConnectionKey,
  connectionTypeOf,
  ELEMENT_KEYS,
  type ElementKey,
  elementTypeOf,
  KUMU_TYPE_FIELD,
  meaningOfConnectionType,
  meaningOfElementType,
  normaliseKey,
} from './vocabulary';

/** A value as Kumu holds it: a scalar, or a list (JSON array; `|`-joined text in spreadsheets). */
export type KumuValue = string | number | boolean | readonly string[];

/** One named value: `key` for Kumu JSON attributes, `header` for spreadsheet columns. */
export interface KumuEntry {
  readonly key: string;
  readonly header: string;
  readonly value: KumuValue;
}

/** Names for care types as written in files: the label, unless it would read back as another type. */
function careTypeNames(doc: CareMap): (id: string) => string {
  const claimed = new Map<string, string>();
  for (const c of doc.careTypes) claimed.set(normaliseKey(c.id), c.id);
  for (const c of doc.careTypes) if (!claimed.has(normaliseKey(c.label))) claimed.set(normaliseKey(c.label), c.id);
  const names = new Map<string, string>();
  for (const c of doc.careTypes) {
    const safe = claimed.get(normaliseKey(c.label)) === c.id && !c.label.includes('|');
    names.set(c.id, safe ? c.label : c.id);
  }
  return (id) => names.get(id) ?? id;
}

class Entries<K extends string> {
  readonly list: KumuEntry[] = [];
  constructor(private readonly table: Record<K, { key: string; header: string }>) {}

  add(key: K, value: KumuValue | undefined): void {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    const def = this.table[key];
    this.list.push({ key: def.key, header: def.header, value });
  }

  addFields(fields: CareNode['fields'], skip: string | undefined): void {
    for (const [name, value] of Object.entries(fields ?? {})) {
      if (name !== skip) this.list.push({ key: name, header: name, value });
    }
  }
}

/** The attributes of one element, in a stable order: known ones first, then custom fields. */
export function elementEntries(node: CareNode, careTypeName: (id: string) => string): KumuEntry[] {
  const e = new Entries<ElementKey>(ELEMENT_KEYS);
  // a Kumu type we did not know goes back out as the type, as long as it still reads as this kind
  const kumuType = node.fields?.[KUMU_TYPE_FIELD];
  const keepType = typeof kumuType === 'string' && (meaningOfElementType(kumuType)?.kind ?? 'organisation') === node.kind;
  const type = keepType ? kumuType : elementTypeOf(node.kind);
  e.add('id', node.id);
  e.add('label', node.label);
  e.add('element type', type);
  if ((meaningOfElementType(type)?.kind ?? 'organisation') !== node.kind) e.add('kind', node.kind);
  e.add('description', node.description);
  e.add('tags', node.tags);
  if (node.location) {
    e.add('location', `${node.location.lat}, ${node.location.lng}`);
    e.add('location privacy', node.location.privacy);
  }
  e.add('roles', node.roles);
  e.add('category', node.category);
  e.add('formality', node.formality);
  e.add('anchor', node.isAnchor);
  e.add('care offered', node.careOffered.map(careTypeName));
  e.add('care needed', node.careNeeded.map(careTypeName));
  e.add('notes', node.notes);
  e.add('capacity hours', node.capacity?.hoursPerWeek);
  e.add('max receivers', node.capacity?.maxReceivers);
  e.add('capacity note', node.capacity?.note);
  if (node.consent) {
    e.add('consent', node.consent.status);
    e.add('consent by', node.consent.by);
    e.add('consent date', node.consent.at);
    e.add('consent method', node.consent.method);
    e.add('consent review', node.consent.reviewAt);
    e.add('consent note', node.consent.note);
  }
  e.add('valid from', node.validFrom);
  e.add('valid to', node.validTo);
  e.addFields(node.fields, keepType ? KUMU_TYPE_FIELD : undefined);
  return e.list;
}

/** The attributes of one connection, in a stable order: known ones first, then custom fields. */
export function connectionEntries(tie: Tie, careTypeName: (id: string) => string): KumuEntry[] {
  const e = new Entries<ConnectionKey>(CONNECTION_KEYS);
  const kumuType = tie.fields?.[KUMU_TYPE_FIELD];
  const keepType = typeof kumuType === 'string' && (meaningOfConnectionType(kumuType)?.kind ?? 'care') === tie.kind;
  e.add('id', tie.id);
  e.add('from', tie.source);
  e.add('to', tie.target);
  e.add('connection type', keepType ? kumuType : connectionTypeOf(tie.kind));
  e.add('connection direction', tie.mutual ? 'mutual' : 'directed');
  e.add('strength', tie.strength);
  e.add('label', tie.label);
  e.add('description', tie.notes);
  e.add('care types', tie.careTypes.map(careTypeName));
  e.add('formality', tie.formality);
  e.add('payment', tie.payment);
  e.add('frequency', tie.frequency);
  e.add('hours per week', tie.hoursPerWeek);
  e.add('closeness', tie.closeness);
  e.add('in support plan', tie.inSupportPlan);
  e.add('since', tie.since);
  e.add('until', tie.until);
  e.add('role', tie.role);
  e.add('participation', tie.participation);
  e.add('owner consented', tie.ownerConsented);
  e.add('member consented', tie.memberConsented);
  e.add('partnership status', tie.partnershipStatus);
  e.add('commons status', tie.commonsStatus);
  e.addFields(tie.fields, keepType ? KUMU_TYPE_FIELD : undefined);
  return e.list;
}

/** Every element and connection of a map as entries, with care types named consistently. */
export function kumuRecords(doc: CareMap): { elements: KumuEntry[][]; connections: KumuEntry[][] } {
  const name = careTypeNames(doc);
  return {
    elements: doc.nodes.map((n) => elementEntries(n, name)),
    connections: doc.ties.map((t) => connectionEntries(t, name)),
  };
}
