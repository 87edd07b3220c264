// Governance and capacity findings for the analysis (issue 6: "hats feed the analysis"): people
// wearing many hats become an "overstretched" reason, essential hats nobody wears become a gap,
// and a partner whose latest capacity assessment is low on Stress & Wellbeing or Resources while
// carrying a heavy care load becomes an "overstretched partner" reason. Each finding names its
// nodes, carries its numbers and one plain sentence; labels go in as plain text (the UI renders
// them as text). The analysis wraps these in its insight rules; nothing here reads the clock.
import { CAPACITY_DIMENSIONS } from '../assessment/dimensions';
import { overstretchSignals } from '../assessment/queries';
import type { NodeId } from '../ids';
import type { CareMap } from '../schema';
import { closeSentence } from '../sentence';
import { hatLoad, type HatQueryOptions, hatsOf, vacantEssentialHats, type VacancyOptions } from './hats';

/** Default: a person wearing this many hats or more is flagged (our setting [D]; the brief gives no number). */
export const DEFAULT_MANY_HATS = 3;
/** Default: a partner touching this many care ties or more carries a heavy care load ([D]). */
export const DEFAULT_HEAVY_CARE_TIES = 4;

export interface GovernanceFinding {
  /** Stable id `<type>:<subject>`, e.g. `many-hats:n-maud`. */
  readonly id: string;
  readonly type: 'many-hats' | 'vacant-essential-hats' | 'overstretched-partner';
  readonly kind: 'overstretch' | 'gap';
  /** The subject first (person, team/circle or partner). */
  readonly nodes: readonly NodeId[];
  readonly numbers: Readonly<Record<string, number>>;
  readonly sentence: string;
  /** Higher = more pressing, within its type. */
  readonly score: number;
}

function labelOf(doc: CareMap, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? id;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface ManyHatsOptions extends HatQueryOptions {
  /** Flag people wearing at least this many hats (default DEFAULT_MANY_HATS, at least 1). */
  readonly minHats?: number;
}

/**
 * People wearing at least `minHats` hats (a shared hat counts fully for each holder), most hats
 * first. Numbers: `hats`, `shared`, `contexts` (distinct teams and circles).
 */
export function manyHatsFindings(doc: CareMap, options: ManyHatsOptions = {}): GovernanceFinding[] {
  const min = Math.max(1, options.minHats ?? DEFAULT_MANY_HATS);
  return hatLoad(doc, options)
    .filter((l) => l.hats >= min)
    .map((l) => {
      const names = hatsOf(doc, l.person, options).map((w) => w.hat?.name ?? w.assignment.hat);
      const where = l.contexts === 1 ? 'one team or circle' : `${l.contexts} teams and circles`;
      return {
        id: `many-hats:${l.person}`,
        type: 'many-hats' as const,
        kind: 'overstretch' as const,
        nodes: [l.person],
        numbers: { hats: l.hats, shared: l.shared, contexts: l.contexts, threshold: min },
        sentence: `${labelOf(doc, l.person)} wears ${l.hats} hats in ${where} (${listOf(names)}).`,
        score: l.hats / min,
      };
    });
}

/**
 * Teams and circles with essential hats nobody wears (see vacantEssentialHats; by default only
 * those with at least one hat recorded, so a map that does not track hats is not flooded).
 */
export function vacantHatFindings(doc: CareMap, options: VacancyOptions = {}): GovernanceFinding[] {
  return vacantEssentialHats(doc, { contexts: 'governed', ...options }).map((v) => ({
    id: `vacant-essential-hats:${v.context}`,
    type: 'vacant-essential-hats' as const,
    kind: 'gap' as const,
    nodes: [v.context],
    numbers: { vacant: v.hats.length },
    sentence: closeSentence(
      `${labelOf(doc, v.context)} has nobody wearing ${v.hats.length === 1 ? 'the essential hat' : `${v.hats.length} essential hats`}: ${listOf(v.hats.map((h) => h.name))}`,
    ),
    score: v.hats.length,
  }));
}

export interface PartnerLoadOptions {
  /** Care ties (either end) at or above which a partner's load counts as heavy (default DEFAULT_HEAVY_CARE_TIES). */
  readonly minCareTies?: number;
  /** Levels at or below this count as low (default 1, the lowest level). */
  readonly threshold?: number;
}

/**
 * Partners whose latest assessment is low on Stress & Wellbeing or Resources and that touch at
 * least `minCareTies` care ties (as giver, receiver or in a mutual tie). Numbers: `careTies`, and
 * the low level of each low dimension by id.
 */
export function overstretchedPartnerFindings(doc: CareMap, options: PartnerLoadOptions = {}): GovernanceFinding[] {
  const min = Math.max(1, options.minCareTies ?? DEFAULT_HEAVY_CARE_TIES);
  const careTies = new Map<string, number>();
  for (const t of doc.ties) {
    if (t.kind !== 'care') continue;
    careTies.set(t.source, (careTies.get(t.source) ?? 0) + 1);
    if (t.target !== t.source) careTies.set(t.target, (careTies.get(t.target) ?? 0) + 1);
  }
  const nodes = new Set<string>(doc.nodes.map((n) => n.id));
  return overstretchSignals(doc, options.threshold !== undefined ? { threshold: options.threshold } : {}).flatMap((s) => {
    const load = careTies.get(s.partner) ?? 0;
    if (!nodes.has(s.partner) || load < min) return [];
    const low = s.low.map((l) => `${CAPACITY_DIMENSIONS.find((d) => d.id === l.dimension)?.short ?? l.dimension} at level ${l.level}`);
    return [
      {
        id: `overstretched-partner:${s.partner}`,
        type: 'overstretched-partner' as const,
        kind: 'overstretch' as const,
        nodes: [s.partner],
        numbers: { careTies: load, threshold: min, ...Object.fromEntries(s.low.map((l) => [l.dimension, l.level])) },
        sentence: `${labelOf(doc, s.partner)} is assessed low on ${listOf(low)} (${s.date}) while in ${load} care ties.`,
        score: load / min + s.low.length,
      },
    ];
  });
}

/** Every governance and capacity finding: many hats, vacant essential hats, overstretched partners. */
export function governanceFindings(doc: CareMap, options: ManyHatsOptions & PartnerLoadOptions = {}): GovernanceFinding[] {
  const asOf = options.asOf !== undefined ? { asOf: options.asOf } : {};
  return [...manyHatsFindings(doc, options), ...vacantHatFindings(doc, asOf), ...overstretchedPartnerFindings(doc, options)];
}
