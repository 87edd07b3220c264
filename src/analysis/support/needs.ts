// Need by need: for each kind of care the centre needs (`careNeeded`), who gives it — formal or
// informal, hours a week, how often — and whether it is thin: nobody meets it, it rests on one
// giver, or only paid services meet it. A giver's hours are the hours on the tie that carries the
// need, which may carry other kinds of care too. Ties gone dormant do not meet a need; an unmet
// need says which dormant ties used to bring it, and who on the map offers it.
import { nameList } from '../insights/wording';
import type { Flow } from '../care';
import {
  byGiver,
  capitalise,
  careName,
  distinct,
  frequencyText,
  hoursOf,
  hoursText,
  isPaidFlow,
  labelOfNode,
  mostFrequent,
  number,
  overCapacity,
  plural,
  type SupportContext,
} from './context';
import type { SupportFinding } from './types';

interface Giver {
  readonly id: string;
  readonly flows: readonly Flow[];
  readonly formal: boolean;
  readonly paid: boolean;
}

function describeGiver(ctx: SupportContext, g: Giver): string {
  const { hours, unknown } = hoursOf(g.flows);
  const frequency = mostFrequent(g.flows);
  const parts = [
    g.formal ? 'formal' : 'informal',
    ...(unknown < g.flows.length ? [hoursText(hours)] : []),
    ...(frequency !== undefined ? [frequencyText(frequency)] : []),
  ];
  return `${labelOfNode(ctx, g.id)} (${parts.join(', ')})`;
}

/** Nodes other than the centre offering a care type: in their own list, or by giving it to anyone. */
function offerersOf(ctx: SupportContext, type: string): string[] {
  const giving = new Set(
    ctx.care.flows
      .filter((f) => f.tie.strength !== 'inactive' && f.tie.careTypes.includes(type))
      .map((f) => f.giver),
  );
  return ctx.care.doc.nodes
    .filter((n) => n.id !== ctx.centre.id && (n.careOffered.includes(type) || giving.has(n.id)))
    .map((n) => n.id as string);
}

function unmet(ctx: SupportContext, type: string): SupportFinding {
  const centre = ctx.centre.label;
  const dormant = distinct(
    ctx.dormantReceived.filter((f) => f.tie.careTypes.includes(type)).map((f) => f.giver),
  );
  const offerers = offerersOf(ctx, type);
  const names = (ids: readonly string[]) => nameList(ids.map((id) => labelOfNode(ctx, id)));
  const used =
    dormant.length === 0
      ? ''
      : ` It used to come from ${names(dormant)}; ${dormant.length === 1 ? 'that tie has' : 'those ties have'} gone quiet.`;
  const offered =
    offerers.length === 0
      ? ' Nobody on the map offers it.'
      : ` ${names(offerers)} ${offerers.length === 1 ? 'offers' : 'offer'} it.`;
  return {
    id: `unmet-need:${type}`,
    type: 'unmet-need',
    kind: 'gap',
    careType: type,
    sentence: `Nobody helps ${centre} with ${careName(ctx, type)}.${used}${offered}`,
    nodes: distinct([...dormant, ...offerers]),
    ties: ctx.dormantReceived.filter((f) => f.tie.careTypes.includes(type)).map((f) => f.tie.id as string),
    numbers: { givers: 0, dormantGivers: dormant.length, offeredBy: offerers.length },
  };
}

function givers(ctx: SupportContext, type: string, flows: readonly Flow[]): SupportFinding[] {
  const centre = ctx.centre.label;
  const need = careName(ctx, type);
  const list: Giver[] = [...byGiver(flows)].map(([id, fs]) => ({
    id,
    flows: fs,
    formal: fs.every((f) => f.side === 'formal'),
    paid: fs.every(isPaidFlow),
  }));
  const ids = list.map((g) => g.id);
  const ties = distinct(flows.map((f) => f.tie.id as string));
  const { hours, unknown } = hoursOf(flows);
  const formal = list.filter((g) => g.formal).length;
  const paid = list.filter((g) => g.paid).length;
  const total = unknown === flows.length ? '' : `${unknown > 0 ? 'at least ' : ''}${hoursText(hours)}`;
  const head =
    list.length === 1 ? '' : `${plural(list.length, 'giver')}${total === '' ? '' : `, ${total}`} — `;
  const numbers = {
    givers: list.length,
    formalGivers: formal,
    informalGivers: list.length - formal,
    paidGivers: paid,
    hours,
    hoursUnknown: unknown,
  };
  const out: SupportFinding[] = [
    {
      id: `need-givers:${type}`,
      type: 'need-givers',
      kind: 'need',
      careType: type,
      sentence: `${capitalise(need)}: ${head}${nameList(
        list.map((g) => describeGiver(ctx, g)),
        8,
      )}.`,
      nodes: ids,
      ties,
      numbers,
    },
  ];
  const only = list[0];
  if (list.length === 1 && only !== undefined) {
    const over = overCapacity(ctx, only.id);
    const strain =
      over === null
        ? ''
        : ` (over capacity: ${number(over.given)} hours a week against ${number(over.capacity)})`;
    const who = ctx.care.byId.get(only.id)?.kind === 'person' ? 'person' : 'giver';
    out.push({
      id: `need-one-giver:${type}`,
      type: 'need-one-giver',
      kind: 'gap',
      careType: type,
      sentence: `Only one ${who} helps ${centre} with ${need}: ${labelOfNode(ctx, only.id)}${strain}.`,
      nodes: ids,
      ties,
      numbers: {
        givers: 1,
        hours,
        ...(over === null ? {} : { hoursGiven: over.given, capacity: over.capacity }),
      },
    });
  }
  if (paid === list.length) {
    out.push({
      id: `need-only-paid:${type}`,
      type: 'need-only-paid',
      kind: 'gap',
      careType: type,
      sentence: `Only paid services help ${centre} with ${need}: ${nameList(ids.map((id) => labelOfNode(ctx, id)))}.`,
      nodes: ids,
      ties,
      numbers: { givers: list.length, hours },
    });
  }
  return out;
}

/** Every need finding, need by need in the order the centre lists their needs. */
export function needFindings(ctx: SupportContext): SupportFinding[] {
  return ctx.centre.careNeeded.flatMap((type) => {
    const flows = ctx.received.filter((f) => f.tie.careTypes.includes(type));
    return flows.length === 0 ? [unmet(ctx, type)] : givers(ctx, type, flows);
  });
}
