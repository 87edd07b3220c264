// Questions about who wears which hat (§4.7), for the governance view, the node inspector and the
// analysis ("wears many hats" → overstretched; "essential hat vacant" → gap). Pure functions of
// the document; dates are calendar days passed in by the caller, never read from the clock.
import type { NodeId } from '../ids';
import { getRecords } from '../records';
import type { CareMap } from '../schema';
import { catalogueHat, HAT_CATALOGUE } from './hatCatalogue';
import type { HatAssignment, HatDefinition } from './schema';

export interface HatQueryOptions {
  /**
   * Count only assignments worn on this day (`from` ≤ day ≤ `until`, missing ends open).
   * Without it, every assignment counts, whatever its dates.
   */
  readonly asOf?: string;
}

/** Whether an assignment is worn on `asOf` (always true without a day). */
export function isWornOn(a: Pick<HatAssignment, 'from' | 'until'>, asOf?: string): boolean {
  if (asOf === undefined) return true;
  return (a.from === undefined || a.from <= asOf) && (a.until === undefined || asOf <= a.until);
}

/** The built-in hats followed by this map's custom hats (custom ids never shadow built-in ones). */
export function allHats(doc: CareMap): HatDefinition[] {
  const custom = getRecords(doc, 'hatDefinition').filter((h) => catalogueHat(h.id) === undefined);
  return [...HAT_CATALOGUE, ...custom];
}

/** A hat by id: built-in first, then custom. */
export function findHat(doc: CareMap, id: string): HatDefinition | undefined {
  return catalogueHat(id) ?? getRecords(doc, 'hatDefinition').find((h) => h.id === id);
}

function currentAssignments(doc: CareMap, options: HatQueryOptions): HatAssignment[] {
  return getRecords(doc, 'hatAssignment').filter((a) => isWornOn(a, options.asOf));
}

export interface WornHat {
  readonly assignment: HatAssignment;
  /** Undefined when the assignment names a hat that no longer exists. */
  readonly hat: HatDefinition | undefined;
  /** Worn together with someone else. */
  readonly shared: boolean;
}

/** The hats one person wears, in document order. */
export function hatsOf(doc: CareMap, personId: NodeId | string, options: HatQueryOptions = {}): WornHat[] {
  return currentAssignments(doc, options)
    .filter((a) => a.holders.includes(personId as NodeId))
    .map((a) => ({ assignment: a, hat: findHat(doc, a.hat), shared: a.holders.length > 1 }));
}

export interface HatLoad {
  readonly person: NodeId;
  /** Hats worn (one per assignment; a shared hat counts fully for each holder). */
  readonly hats: number;
  /** How many of those are shared with someone else. */
  readonly shared: number;
  /** Distinct teams and circles the person wears hats in. */
  readonly contexts: number;
}

/**
 * Hats per person, for people wearing at least one, most hats first (ties by person id). Only
 * holders that are person nodes of the map are counted.
 */
export function hatLoad(doc: CareMap, options: HatQueryOptions = {}): HatLoad[] {
  const people = new Set(doc.nodes.filter((n) => n.kind === 'person').map((n) => n.id as string));
  const load = new Map<string, { hats: number; shared: number; contexts: Set<string> }>();
  for (const a of currentAssignments(doc, options)) {
    for (const h of a.holders) {
      if (!people.has(h)) continue;
      const slot = load.get(h) ?? { hats: 0, shared: 0, contexts: new Set<string>() };
      slot.hats++;
      if (a.holders.length > 1) slot.shared++;
      slot.contexts.add(a.context);
      load.set(h, slot);
    }
  }
  return [...load]
    .map(([person, s]) => ({ person: person as NodeId, hats: s.hats, shared: s.shared, contexts: s.contexts.size }))
    .sort((a, b) => b.hats - a.hats || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}

export interface VacantHats {
  /** A team or circle node. */
  readonly context: NodeId;
  /** Essential hats of the context's kind that nobody wears there. */
  readonly hats: readonly HatDefinition[];
}

export interface VacancyOptions extends HatQueryOptions {
  /**
   * `all` (default): every team and circle node of the map is checked, so a team with no hats
   * recorded shows all its essential hats as vacant. `governed`: only teams and circles with at
   * least one hat assignment.
   */
  readonly contexts?: 'all' | 'governed';
}

/**
 * Essential hats nobody wears, per team or circle (map order), leaving out contexts with none
 * vacant. A hat counts as worn when a current assignment in that context has at least one holder
 * who is a person node of the map.
 */
export function vacantEssentialHats(doc: CareMap, options: VacancyOptions = {}): VacantHats[] {
  const people = new Set(doc.nodes.filter((n) => n.kind === 'person').map((n) => n.id as string));
  const assignments = currentAssignments(doc, options);
  const worn = new Set<string>();
  const governed = new Set<string>();
  for (const a of assignments) {
    governed.add(a.context);
    if (a.holders.some((h) => people.has(h))) worn.add(`${a.context}\u0000${a.hat}`);
  }
  const essential = allHats(doc).filter((h) => h.essential);
  const out: VacantHats[] = [];
  for (const n of doc.nodes) {
    if (n.kind !== 'team' && n.kind !== 'circle') continue;
    if (options.contexts === 'governed' && !governed.has(n.id)) continue;
    const hats = essential.filter((h) => h.scope === n.kind && !worn.has(`${n.id}\u0000${h.id}`));
    if (hats.length > 0) out.push({ context: n.id, hats });
  }
  return out;
}
