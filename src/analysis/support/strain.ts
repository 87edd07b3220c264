// Where the centre's support is strained (domain §3.6): a giver over their declared capacity, a
// giver carrying most of the hours the centre receives (load concentration, with the Herfindahl
// index over hours alongside), and the centre's ties that have gone dormant.
import { nameList } from '../insights/wording';
import { percent } from '../figures';
import {
  byGiver,
  distinct,
  hoursOf,
  hoursText,
  labelOfNode,
  number,
  overCapacity,
  type SupportContext,
} from './context';
import type { SupportFinding } from './types';

/** Givers to the centre who give more hours a week, to anyone on the map, than their capacity. */
export function overCapacityFindings(ctx: SupportContext): SupportFinding[] {
  return [...byGiver(ctx.received)].flatMap(([id, flows]) => {
    const over = overCapacity(ctx, id);
    if (over === null) return [];
    const toCentre = hoursOf(flows).hours;
    return [
      {
        id: `over-capacity:${id}`,
        type: 'over-capacity' as const,
        kind: 'strain' as const,
        sentence: `${labelOfNode(ctx, id)} gives ${hoursText(over.given)} of care against a capacity of ${number(over.capacity)}; ${number(toCentre)} of those hours go to ${ctx.centre.label}.`,
        nodes: [id],
        ties: distinct((ctx.care.flowsOut.get(id) ?? []).map((f) => f.tie.id as string)),
        numbers: {
          hoursGiven: over.given,
          capacity: over.capacity,
          hoursToCentre: toCentre,
          ratio: over.capacity === 0 ? over.given : over.given / over.capacity,
        },
      },
    ];
  });
}

/** One giver carrying more than the threshold share of the hours the centre receives. */
export function mostHoursFindings(ctx: SupportContext): SupportFinding[] {
  const hours = [...byGiver(ctx.received)].map(([id, flows]) => ({ id, hours: hoursOf(flows).hours, flows }));
  const total = hours.reduce((s, g) => s + g.hours, 0);
  if (total === 0) return [];
  let top = hours[0] as (typeof hours)[number];
  for (const g of hours) if (g.hours > top.hours) top = g;
  const share = top.hours / total;
  if (!(share > ctx.thresholds.mostHoursShare)) return [];
  const concentration = hours.reduce((s, g) => s + (g.hours / total) ** 2, 0);
  return [
    {
      id: `most-hours:${top.id}`,
      type: 'most-hours',
      kind: 'strain',
      sentence: `${labelOfNode(ctx, top.id)} gives ${number(top.hours)} of the ${hoursText(total)} of care ${ctx.centre.label} receives (${percent(share)}).`,
      nodes: [top.id],
      ties: distinct(top.flows.map((f) => f.tie.id as string)),
      numbers: { hours: top.hours, totalHours: total, share, concentration },
    },
  ];
}

/** The centre's ties, of any kind, whose strength is inactive. */
export function dormantTieFindings(ctx: SupportContext): SupportFinding[] {
  const centre = ctx.centre.id;
  const all = ctx.care.tiesOf.get(centre) ?? [];
  const dormant = all.filter((t) => t.strength === 'inactive');
  if (dormant.length === 0) return [];
  const others = distinct(dormant.map((t) => (t.source === centre ? t.target : t.source)));
  return [
    {
      id: 'dormant-ties:centre',
      type: 'dormant-ties',
      kind: 'strain',
      sentence: `${dormant.length} of ${ctx.centre.label}'s ${all.length} ties ${dormant.length === 1 ? 'has' : 'have'} gone quiet: ${nameList(
        others.map((id) => labelOfNode(ctx, id)),
        8,
      )}.`,
      nodes: others,
      ties: dormant.map((t) => t.id as string),
      numbers: { dormantTies: dormant.length, ties: all.length },
    },
  ];
}
