// What every "where support is thin" rule reads about one centre person: the care flowing to
// them and from them (ties gone dormant set apart), who is marked as able to join their team,
// and the few wording helpers the sentences share. Built once per report.
import {
  type CareNode,
  FREQUENCIES,
  FREQUENCY_IDS,
  type Frequency,
  labelOf,
  type NodeId,
  teamCandidates,
} from '../../model';
import { type CareIndex, careReceived, type Flow } from '../care';
import type { SupportThresholds } from './types';

export interface SupportContext {
  readonly care: CareIndex;
  readonly centre: CareNode;
  /** Care the centre receives (including care into a team they own), dormant ties left out. */
  readonly received: readonly Flow[];
  /** Care the centre receives on ties gone dormant (strength inactive). */
  readonly dormantReceived: readonly Flow[];
  /** Care the centre gives, dormant ties left out. */
  readonly given: readonly Flow[];
  /** People marked as able to join the centre's team, in the order marked. */
  readonly marked: readonly NodeId[];
  readonly thresholds: SupportThresholds;
}

const isDormant = (f: Flow) => f.tie.strength === 'inactive';

export function supportContext(
  care: CareIndex,
  centre: CareNode,
  thresholds: SupportThresholds,
): SupportContext {
  const all = careReceived(care, centre.id);
  return {
    care,
    centre,
    received: all.filter((f) => !isDormant(f)),
    dormantReceived: all.filter(isDormant),
    given: (care.flowsOut.get(centre.id) ?? []).filter((f) => !isDormant(f)),
    marked: teamCandidates(care.doc, centre.id),
    thresholds,
  };
}

// ---------------------------------------------------------------- reading flows

/** Paid care: marked paid, or formal with no payment recorded. */
export function isPaidFlow(f: Flow): boolean {
  return f.tie.payment === 'paid' || (f.tie.payment === undefined && f.side === 'formal');
}

/** Distinct ids in order of first appearance. */
export function distinct(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** Flows grouped by giver, givers in order of their first flow. */
export function byGiver(flows: readonly Flow[]): Map<string, Flow[]> {
  const out = new Map<string, Flow[]>();
  for (const f of flows) {
    const list = out.get(f.giver);
    if (list === undefined) out.set(f.giver, [f]);
    else list.push(f);
  }
  return out;
}

/** Hours a week recorded on these flows, and how many carry none. */
export function hoursOf(flows: readonly Flow[]): { hours: number; unknown: number } {
  let hours = 0;
  let unknown = 0;
  for (const f of flows) {
    if (f.tie.hoursPerWeek === undefined) unknown += 1;
    else hours += f.tie.hoursPerWeek;
  }
  return { hours, unknown };
}

/** The most frequent of the flows' frequencies, if any is recorded. */
export function mostFrequent(flows: readonly Flow[]): Frequency | undefined {
  let best: number | undefined;
  for (const f of flows) {
    if (f.tie.frequency === undefined) continue;
    const rank = FREQUENCY_IDS.indexOf(f.tie.frequency);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : FREQUENCY_IDS[best];
}

/**
 * A giver who gives more hours a week than their declared capacity × the threshold, over every
 * care tie they give on this map (dormant ones left out); null otherwise.
 */
export function overCapacity(ctx: SupportContext, id: string): { given: number; capacity: number } | null {
  const capacity = ctx.care.byId.get(id)?.capacity?.hoursPerWeek;
  if (capacity === undefined) return null;
  const given = hoursOf((ctx.care.flowsOut.get(id) ?? []).filter((f) => !isDormant(f))).hours;
  return given > capacity * ctx.thresholds.capacityRatio ? { given, capacity } : null;
}

// ---------------------------------------------------------------- wording

export function labelOfNode(ctx: SupportContext, id: string): string {
  return ctx.care.byId.get(id)?.label ?? id;
}

/** A care type's label for the middle of a sentence ("meals & food"). */
export function careName(ctx: SupportContext, type: string): string {
  return (ctx.care.doc.careTypes.find((c) => c.id === type)?.label ?? type).toLowerCase();
}

export function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** 7 → "7", 0.5 → "0.5", 39.25 → "39.3". */
export function number(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 10) / 10);
}

export function hoursText(hours: number): string {
  return `${number(hours)} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

export function frequencyText(f: Frequency): string {
  return labelOf(FREQUENCIES, f).toLowerCase();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
