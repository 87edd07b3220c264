// The room's map document, written only by the host (the server makes phones' connections to it
// read-only) and read by every phone. It carries what phones need and nothing more:
// - `settings`: the map's title, what phones may do (add only or edit, locked), whether people
//   are shown by name or by initials, and the map's care types for the tie form;
// - `nodes`: node id → kind and the label to show (already turned into initials when the host
//   chose them; displayName.ts);
// - `ties`: tie id → giver, receiver, care types and how often.
// Nodes whose consent was refused or withdrawn are left out, with their ties (domain §9), and
// so is everything else: notes, locations, roles, records.
import type * as Y from 'yjs';
import * as z from 'zod';

import { type CareMap, displayName, FREQUENCY_IDS, type LabelMode, NODE_KIND_IDS, TIE_KIND_IDS } from '../model';
import type { WorkshopRules } from './apply';

export const SETTINGS = 'settings';
export const NODES = 'nodes';
export const TIES = 'ties';

export const PublishedNodeSchema = z.object({ kind: z.enum(NODE_KIND_IDS), label: z.string().max(200) });
export type PublishedNode = z.infer<typeof PublishedNodeSchema>;

export const PublishedTieSchema = z.object({
  kind: z.enum(TIE_KIND_IDS),
  source: z.string(),
  target: z.string(),
  careTypes: z.array(z.string()),
  frequency: z.enum(FREQUENCY_IDS).optional(),
});
export type PublishedTie = z.infer<typeof PublishedTieSchema>;

export const WorkshopSettingsSchema = z.object({
  title: z.string().max(200),
  mode: z.enum(['add', 'edit']),
  locked: z.boolean(),
  labels: z.enum(['names', 'initials']),
  careTypes: z.array(z.object({ id: z.string(), label: z.string() })).max(500),
});
export type WorkshopSettings = z.infer<typeof WorkshopSettingsSchema>;

/** The host's choices for a new live workshop: phones add only, names shown, not locked. */
export function defaultSettings(doc: CareMap): WorkshopSettings {
  return { title: doc.meta.title, mode: 'add', locked: false, labels: 'names', careTypes: doc.careTypes.map((c) => ({ id: c.id, label: c.label })) };
}

export function rulesOf(settings: WorkshopSettings): WorkshopRules {
  return { mode: settings.mode, locked: settings.locked };
}

/** What phones see of the map. */
export interface PublishedMap {
  readonly nodes: ReadonlyMap<string, PublishedNode>;
  readonly ties: ReadonlyMap<string, PublishedTie>;
}

/** The part of `doc` phones may see, labelled as `labels` says. Pure. */
export function publishedFrom(doc: CareMap, labels: LabelMode): PublishedMap {
  const nodes = new Map<string, PublishedNode>();
  for (const node of doc.nodes) {
    const consent = node.consent?.status;
    if (consent === 'refused' || consent === 'withdrawn') continue;
    nodes.set(node.id, { kind: node.kind, label: displayName(node, labels) });
  }
  const ties = new Map<string, PublishedTie>();
  for (const tie of doc.ties) {
    if (!nodes.has(tie.source) || !nodes.has(tie.target)) continue;
    ties.set(tie.id, {
      kind: tie.kind,
      source: tie.source,
      target: tie.target,
      careTypes: [...tie.careTypes],
      ...(tie.frequency !== undefined ? { frequency: tie.frequency } : {}),
    });
  }
  return { nodes, ties };
}

function syncMap<T>(target: Y.Map<unknown>, wanted: ReadonlyMap<string, T>): void {
  for (const key of [...target.keys()]) if (!wanted.has(key)) target.delete(key);
  for (const [key, value] of wanted) {
    if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) target.set(key, value);
  }
}

/**
 * Make the map document show `published` and `settings`, writing only what differs, in one
 * transaction. Mutates `ydoc`.
 */
export function writeMapDoc(ydoc: Y.Doc, published: PublishedMap, settings: WorkshopSettings): void {
  ydoc.transact(() => {
    const s = ydoc.getMap<unknown>(SETTINGS);
    for (const [key, value] of Object.entries(settings)) {
      if (JSON.stringify(s.get(key)) !== JSON.stringify(value)) s.set(key, value);
    }
    syncMap(ydoc.getMap<unknown>(NODES), published.nodes);
    syncMap(ydoc.getMap<unknown>(TIES), published.ties);
  });
}

/** Read the map document on a phone; values that do not parse are skipped. */
export function readMapDoc(ydoc: Y.Doc): { settings: WorkshopSettings | null; map: PublishedMap } {
  const settings = WorkshopSettingsSchema.safeParse(ydoc.getMap<unknown>(SETTINGS).toJSON());
  const nodes = new Map<string, PublishedNode>();
  ydoc.getMap<unknown>(NODES).forEach((value, key) => {
    const parsed = PublishedNodeSchema.safeParse(value);
    if (parsed.success) nodes.set(key, parsed.data);
  });
  const ties = new Map<string, PublishedTie>();
  ydoc.getMap<unknown>(TIES).forEach((value, key) => {
    const parsed = PublishedTieSchema.safeParse(value);
    if (parsed.success) ties.set(key, parsed.data);
  });
  return { settings: settings.success ? settings.data : null, map: { nodes, ties } };
}
