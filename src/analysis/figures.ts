// The map-level analyses of the playbook's own evaluation (domain §3.5–3.6), reproducible for any
// map: node census, offering share and non-caregiving nodes, care-type frequency, strength mix
// (overall and per team), reciprocity, receiver coverage, team embeddedness, the dormant-tie list,
// formal–informal bridge ties and a care-wealth summary. Plain counts over the document; no
// graph algorithms beyond what MeasureContext already holds.
import { type NodeId, STRENGTH_IDS, type Strength, type Tie, type TieId, type TieKind } from '../model';
import { type CareIndex, careReceived, type Flow, nodeSide, receivers, type Side } from './care';

/** Tie kinds that express containment rather than a relationship; left out of strength counts. */
const STRUCTURAL_KINDS: readonly TieKind[] = ['membership', 'double_link'];

/** A count and its share of a total (share 0 when the total is 0). */
export interface Part {
  readonly count: number;
  /** count / total, 0–1. */
  readonly share: number;
}

function part(count: number, total: number): Part {
  return { count, share: total === 0 ? 0 : count / total };
}

/** A share as the playbook writes it: percent with one decimal, e.g. 32/42 -> "76.2%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

function tally(keys: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------- census

export interface Census {
  readonly nodes: number;
  readonly ties: number;
  readonly byKind: Record<string, number>;
  /** Collective actors by category ('none' when unset). */
  readonly byCategory: Record<string, number>;
  /** People by role; a person with several roles counts once per role. */
  readonly byRole: Record<string, number>;
  readonly bySide: Record<Side, number>;
  /** Nodes in the statutory or health category; 0 is the playbook's "statutory services absent". */
  readonly statutoryPresence: number;
}

/** Node census by kind, category, role and formal/informal side (domain §3.5.1). */
export function census(index: CareIndex): Census {
  const nodes = index.doc.nodes;
  const bySide: Record<Side, number> = { formal: 0, informal: 0, mixed: 0 };
  for (const n of nodes) bySide[index.sideOf.get(n.id) ?? nodeSide(n)] += 1;
  return {
    nodes: nodes.length,
    ties: index.doc.ties.length,
    byKind: tally(nodes.map((n) => n.kind)),
    byCategory: tally(nodes.filter((n) => n.kind !== 'person').map((n) => n.category ?? 'none')),
    byRole: tally(nodes.flatMap((n) => n.roles)),
    bySide,
    statutoryPresence: nodes.filter((n) => n.category === 'statutory' || n.category === 'health').length,
  };
}

// ---------------------------------------------------------------- offering share

export interface OfferingShare {
  readonly offering: number;
  readonly total: number;
  /** offering / total, 0–1. */
  readonly share: number;
  /** The share as the playbook writes it, e.g. "76.2%". */
  readonly percent: string;
  /** The scope actually used (settings 'auto' resolved). */
  readonly scope: 'circle-or-team' | 'anyone';
  readonly offeringNodes: NodeId[];
  /** Every node not offering (so offering + nonCaregiving = all nodes, as 32 + 10 = 42). */
  readonly nonCaregiving: NodeId[];
}

/**
 * Offering share (domain §3.5.3): nodes with at least one outgoing informal or gifted care flow
 * into the circle or a team (scope 'circle-or-team': the receiver is a circle, a team, or a member
 * of one) or to anyone (scope 'anyone'), divided by all nodes.
 */
export function offeringShare(index: CareIndex, scope: 'auto' | 'circle-or-team' | 'anyone'): OfferingShare {
  const nodes = index.doc.nodes;
  const hasContainers = nodes.some((n) => n.kind === 'team' || n.kind === 'circle');
  const used = scope === 'auto' ? (hasContainers ? 'circle-or-team' : 'anyone') : scope;
  const inside = new Set<string>();
  for (const n of nodes) if (n.kind === 'team' || n.kind === 'circle') inside.add(n.id);
  for (const t of index.doc.ties) {
    const target = index.byId.get(t.target);
    if (
      t.kind === 'membership' &&
      target !== undefined &&
      (target.kind === 'team' || target.kind === 'circle')
    )
      inside.add(t.source);
  }
  const offers = (id: string): boolean =>
    (index.flowsOut.get(id) ?? []).some(
      (f) => f.side === 'informal' && (used === 'anyone' || inside.has(f.receiver)),
    );
  const offeringNodes = nodes.filter((n) => offers(n.id)).map((n) => n.id);
  const set = new Set<string>(offeringNodes);
  const share = nodes.length === 0 ? 0 : offeringNodes.length / nodes.length;
  return {
    offering: offeringNodes.length,
    total: nodes.length,
    share,
    percent: percent(share),
    scope: used,
    offeringNodes,
    nonCaregiving: nodes.filter((n) => !set.has(n.id)).map((n) => n.id),
  };
}

// ---------------------------------------------------------------- care types

export interface CareTypeCount {
  readonly id: string;
  readonly label: string;
  /** Number of care ties carrying this type (a mutual tie counts once). */
  readonly count: number;
}

/** Care-type frequency: (care tie × care type) occurrences, most frequent first, ties by catalogue order. */
export function careTypeFrequency(index: CareIndex): CareTypeCount[] {
  const counts = tally(index.doc.ties.filter((t) => t.kind === 'care').flatMap((t) => t.careTypes));
  const order = new Map(index.doc.careTypes.map((c, i) => [c.id, i]));
  const label = new Map(index.doc.careTypes.map((c) => [c.id, c.label]));
  return Object.entries(counts)
    .map(([id, count]) => ({ id, label: label.get(id) ?? id, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
}

// ---------------------------------------------------------------- strength mix and dormant ties

export type StrengthMix = Record<Strength, Part> & { readonly total: number };

function mix(ties: readonly Tie[]): StrengthMix {
  const counts = tally(ties.map((t) => t.strength));
  const out = { total: ties.length } as Record<string, unknown>;
  for (const s of STRENGTH_IDS) out[s] = part(counts[s] ?? 0, ties.length);
  return out as StrengthMix;
}

function relationshipTies(ties: readonly Tie[]): Tie[] {
  return ties.filter((t) => !STRUCTURAL_KINDS.includes(t.kind));
}

export interface TeamFigures {
  readonly id: NodeId;
  readonly label: string;
  /** Strength mix of the team's own ties (membership ties left out). */
  readonly strengthMix: StrengthMix;
  /** Community actors (not teams or circles) with a generative or engaged tie to the team. */
  readonly embeddedness: number;
  readonly embeddedWith: NodeId[];
  /** Dormant (inactive or unclassified) ties of the team: the "opportunities" list. */
  readonly dormantTies: TieId[];
  /** Ties to other teams. */
  readonly teamTies: TieId[];
}

/**
 * Strength mix over all relationship ties (every kind except membership and double links, which
 * record belonging rather than a relationship), domain §3.6.
 */
export function strengthMix(index: CareIndex): StrengthMix {
  return mix(relationshipTies(index.doc.ties));
}

/** Per-team figures: strength mix, embeddedness (domain §3.5.5), dormant ties, team-to-team ties. */
export function teamFigures(index: CareIndex): TeamFigures[] {
  return index.doc.nodes
    .filter((n) => n.kind === 'team')
    .map((team) => {
      const ties = relationshipTies(index.tiesOf.get(team.id) ?? []);
      const other = (t: Tie) => index.byId.get(t.source === team.id ? t.target : t.source);
      const embedded = new Set<NodeId>();
      for (const t of ties) {
        const o = other(t);
        if (
          o !== undefined &&
          o.kind !== 'team' &&
          o.kind !== 'circle' &&
          (t.strength === 'generative' || t.strength === 'engaged')
        )
          embedded.add(o.id);
      }
      return {
        id: team.id,
        label: team.label,
        strengthMix: mix(ties),
        embeddedness: embedded.size,
        embeddedWith: [...embedded],
        dormantTies: ties
          .filter((t) => t.strength === 'inactive' || t.strength === 'unclassified')
          .map((t) => t.id),
        teamTies: ties.filter((t) => other(t)?.kind === 'team').map((t) => t.id),
      };
    });
}

export interface DormantTie {
  readonly tie: TieId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly kind: TieKind;
  readonly strength: 'inactive' | 'unclassified';
}

/** The dormant-tie list: relationship ties marked inactive or unclassified, in document order. */
export function dormantTies(index: CareIndex): DormantTie[] {
  return relationshipTies(index.doc.ties)
    .filter((t) => t.strength === 'inactive' || t.strength === 'unclassified')
    .map((t) => ({
      tie: t.id,
      source: t.source,
      target: t.target,
      kind: t.kind,
      strength: t.strength as 'inactive' | 'unclassified',
    }));
}

// ---------------------------------------------------------------- reciprocity

export interface Reciprocity {
  readonly careTies: number;
  readonly mutualTies: number;
  /** Care ties that are mutual or answered by a care tie the other way. */
  readonly reciprocated: Part;
  /** Care ties from a formal node to a non-formal one. */
  readonly formalToInformal: number;
  /** Of those, the ones with a return flow (domain §3.5.2 reciprocity index); share null when none. */
  readonly formalReciprocated: number;
  readonly formalReciprocityIndex: number | null;
}

/** Reciprocity of care (domain §3.5.2 and §3.6). */
export function reciprocity(index: CareIndex): Reciprocity {
  const care = index.doc.ties.filter(
    (t) => t.kind === 'care' && index.byId.has(t.source) && index.byId.has(t.target),
  );
  const directions = new Set(care.map((t) => `${t.source}\u0000${t.target}`));
  const answered = (t: Tie) => t.mutual || directions.has(`${t.target}\u0000${t.source}`);
  const formalOut = care.filter((t) => {
    const s = index.sideOf.get(t.source);
    const r = index.sideOf.get(t.target);
    return s === 'formal' && r !== undefined && r !== 'formal';
  });
  const formalBack = formalOut.filter(answered).length;
  return {
    careTies: care.length,
    mutualTies: care.filter((t) => t.mutual).length,
    reciprocated: part(care.filter(answered).length, care.length),
    formalToInformal: formalOut.length,
    formalReciprocated: formalBack,
    formalReciprocityIndex: formalOut.length === 0 ? null : formalBack / formalOut.length,
  };
}

// ---------------------------------------------------------------- receiver coverage

export interface ReceiverCoverage {
  readonly id: NodeId;
  readonly label: string;
  /** Care types received (on incoming care ties, including care into teams they own), sorted. */
  readonly careTypes: string[];
  /** Care types the receiver needs that no incoming tie carries. */
  readonly unmetNeeds: string[];
  readonly givers: number;
  readonly formalGivers: number;
  readonly informalGivers: number;
  /** The giver of the most incoming care flows (first in document order on a tie), or null. */
  readonly topGiver: NodeId | null;
  /** Share of incoming care flows from the top giver (0–1; 0 with no care). */
  readonly topGiverShare: number;
  /** Herfindahl concentration of incoming flows over givers: Σ share² (1 = a single giver). */
  readonly concentration: number;
}

/** Per receiver: care types received, distinct givers, share from the top giver (domain §3.6). */
export function receiverCoverage(index: CareIndex): ReceiverCoverage[] {
  return receivers(index).map((r) => {
    const flows = careReceived(index, r.id);
    // Flows per giver, in order of each giver's first flow (the top giver is the first with most).
    const byGiver = new Map<NodeId, { count: number; formal: boolean; informal: boolean }>();
    const types = new Set<string>();
    for (const f of flows) {
      let entry = byGiver.get(f.giver);
      if (entry === undefined) {
        entry = { count: 0, formal: false, informal: false };
        byGiver.set(f.giver, entry);
      }
      entry.count += 1;
      if (f.side === 'formal') entry.formal = true;
      else entry.informal = true;
      for (const c of f.tie.careTypes) types.add(c);
    }
    let topGiver: NodeId | null = null;
    let top = 0;
    let hhi = 0;
    let formalGivers = 0;
    let informalGivers = 0;
    for (const [giver, entry] of byGiver) {
      if (entry.count > top) {
        top = entry.count;
        topGiver = giver;
      }
      hhi += (entry.count / flows.length) ** 2;
      if (entry.formal) formalGivers += 1;
      if (entry.informal) informalGivers += 1;
    }
    return {
      id: r.id,
      label: r.label,
      careTypes: [...types].sort(),
      unmetNeeds: r.careNeeded.filter((c) => !types.has(c)),
      givers: byGiver.size,
      formalGivers,
      informalGivers,
      topGiver,
      topGiverShare: flows.length === 0 ? 0 : top / flows.length,
      concentration: hhi,
    };
  });
}

// ---------------------------------------------------------------- formal–informal bridges and care wealth

export interface FormalInformalTies {
  /** Ties of any kind joining a formal node to a non-formal one. */
  readonly ties: TieId[];
  readonly part: Part;
}

/** Formal–informal bridge ties (domain §3.5.2): ties whose endpoints differ in being formal. */
export function formalInformalTies(index: CareIndex): FormalInformalTies {
  const ties = index.doc.ties.filter((t) => {
    const a = index.sideOf.get(t.source);
    const b = index.sideOf.get(t.target);
    return a !== undefined && b !== undefined && (a === 'formal') !== (b === 'formal');
  });
  return { ties: ties.map((t) => t.id), part: part(ties.length, index.doc.ties.length) };
}

export interface CareWealth {
  readonly formalTies: number;
  readonly informalTies: number;
  readonly formalHours: number;
  readonly informalHours: number;
  readonly mutualTies: number;
  /** Distinct care types on care ties. */
  readonly careTypes: number;
  /** Informal share of care ties (0–1). */
  readonly informalShare: number;
  /** Informal share of care hours (0–1), null when no tie records hours. */
  readonly informalHoursShare: number | null;
}

/** Formal vs informal care ties and hours, mutual ties, diversity of care types (a care tie counts once). */
export function careWealth(index: CareIndex, flows: readonly Flow[] = index.flows): CareWealth {
  const seen = new Set<string>();
  let formalTies = 0;
  let informalTies = 0;
  let formalHours = 0;
  let informalHours = 0;
  let mutual = 0;
  const types = new Set<string>();
  for (const f of flows) {
    if (seen.has(f.tie.id)) continue;
    seen.add(f.tie.id);
    const h = f.tie.hoursPerWeek ?? 0;
    if (f.side === 'formal') {
      formalTies += 1;
      formalHours += h;
    } else {
      informalTies += 1;
      informalHours += h;
    }
    if (f.tie.mutual) mutual += 1;
    f.tie.careTypes.forEach((c) => types.add(c));
  }
  const total = formalTies + informalTies;
  const hours = formalHours + informalHours;
  return {
    formalTies,
    informalTies,
    formalHours,
    informalHours,
    mutualTies: mutual,
    careTypes: types.size,
    informalShare: total === 0 ? 0 : informalTies / total,
    informalHoursShare: hours === 0 ? null : informalHours / hours,
  };
}
