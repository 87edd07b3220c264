// The balance of the centre's care: how much of what they receive is informal (by hours a week,
// and by givers), and whether they give care too — reciprocity matters in a support network.
import { nameList } from '../insights/wording';
import { percent } from '../figures';
import {
  byGiver,
  distinct,
  hoursOf,
  hoursText,
  labelOfNode,
  number,
  plural,
  type SupportContext,
} from './context';
import type { SupportFinding } from './types';

/** The informal share of the care the centre receives. */
export function informalShareFinding(ctx: SupportContext): SupportFinding {
  const centre = ctx.centre.label;
  const givers = [...byGiver(ctx.received)];
  const formalGivers = givers.filter(([, fs]) => fs.every((f) => f.side === 'formal')).length;
  const informalGivers = givers.length - formalGivers;
  const { hours } = hoursOf(ctx.received);
  const informalHours = hoursOf(ctx.received.filter((f) => f.side === 'informal')).hours;
  const share = hours === 0 ? null : informalHours / hours;
  const who = `${plural(givers.length, 'giver')}, ${informalGivers} of them informal`;
  const sentence =
    givers.length === 0
      ? `Nobody on this map gives ${centre} care yet.`
      : share === null
        ? `${centre} receives care from ${who}; no hours are recorded yet.`
        : `Of the ${hoursText(hours)} of care ${centre} receives, ${number(informalHours)} (${percent(share)}) ${informalHours === 1 ? 'is' : 'are'} informal and ${number(hours - informalHours)} formal, from ${who}.`;
  return {
    id: 'informal-share:centre',
    type: 'informal-share',
    kind: 'balance',
    sentence,
    nodes: givers.map(([id]) => id),
    ties: [],
    numbers: {
      givers: givers.length,
      informalGivers,
      formalGivers,
      hours,
      informalHours,
      formalHours: hours - informalHours,
      ...(share === null ? {} : { informalShare: share }),
    },
  };
}

/** Whether the centre gives care too, to whom and how many hours a week. */
export function centreGivesFinding(ctx: SupportContext): SupportFinding {
  const centre = ctx.centre.label;
  const receivers = distinct(ctx.given.map((f) => f.receiver));
  const { hours, unknown } = hoursOf(ctx.given);
  const time = unknown === ctx.given.length ? '' : `, ${unknown > 0 ? 'at least ' : ''}${hoursText(hours)}`;
  return {
    id: 'centre-gives:centre',
    type: 'centre-gives',
    kind: 'balance',
    sentence:
      receivers.length === 0
        ? `${centre} gives no care to anyone on this map yet.`
        : `${centre} gives care too: to ${nameList(
            receivers.map((id) => labelOfNode(ctx, id)),
            8,
          )}${time}.`,
    nodes: receivers,
    ties: distinct(ctx.given.map((f) => f.tie.id as string)),
    numbers: { receivers: receivers.length, hours },
  };
}
