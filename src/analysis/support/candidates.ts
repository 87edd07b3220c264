// Who could join the centre's team (domain §1.3, §8.2: teams are built from people already on the
// person's map): people marked as able to join, and people who give the centre, or offer, a kind
// of care the centre needs. People already in a team the centre belongs to are left out.
import { nameList } from '../insights/wording';
import { careName, labelOfNode, type SupportContext } from './context';
import type { SupportFinding } from './types';

interface Candidate {
  readonly id: string;
  readonly marked: boolean;
  readonly helps: readonly string[];
  readonly offersUnmet: readonly string[];
  readonly offersOther: readonly string[];
}

function teamMembers(ctx: SupportContext): Set<string> {
  const members = new Set<string>();
  for (const team of ctx.care.teamsOf.get(ctx.centre.id) ?? []) {
    for (const t of ctx.care.tiesOf.get(team) ?? [])
      if (t.kind === 'membership' && t.target === team) members.add(t.source);
  }
  return members;
}

function reasons(ctx: SupportContext, c: Candidate): string[] {
  const list = (types: readonly string[]) =>
    nameList(
      types.map((t) => careName(ctx, t)),
      8,
    );
  const out: string[] = [];
  if (c.marked) out.push('marked as able to join');
  if (c.helps.length > 0) out.push(`already helps with ${list(c.helps)}`);
  if (c.offersUnmet.length > 0)
    out.push(`offers ${list(c.offersUnmet)}, which nobody gives ${ctx.centre.label} yet`);
  if (c.offersOther.length > 0)
    out.push(`${c.offersUnmet.length > 0 ? 'also offers' : 'offers'} ${list(c.offersOther)}`);
  return out;
}

/** One finding per candidate: marked ones first in the order marked, then by what they could bring. */
export function candidateFindings(ctx: SupportContext): SupportFinding[] {
  const centre = ctx.centre;
  const members = teamMembers(ctx);
  const needs = centre.careNeeded;
  const met = new Set(ctx.received.flatMap((f) => f.tie.careTypes));
  const givesCentre = new Map<string, Set<string>>();
  for (const f of ctx.received)
    givesCentre.set(f.giver, new Set([...(givesCentre.get(f.giver) ?? []), ...f.tie.careTypes]));
  const offered = new Map<string, Set<string>>();
  for (const f of ctx.care.flows) {
    if (f.tie.strength !== 'inactive')
      offered.set(f.giver, new Set([...(offered.get(f.giver) ?? []), ...f.tie.careTypes]));
  }
  const marked = new Set<string>(ctx.marked);
  const found: Candidate[] = [];
  for (const node of ctx.care.doc.nodes) {
    if (node.id === centre.id || members.has(node.id)) continue;
    const isMarked = marked.has(node.id);
    if (!isMarked && node.kind !== 'person') continue;
    const gives = givesCentre.get(node.id) ?? new Set<string>();
    const offers = new Set([...node.careOffered, ...(offered.get(node.id) ?? [])]);
    const helps = needs.filter((t) => gives.has(t));
    const offering = needs.filter((t) => !gives.has(t) && offers.has(t));
    if (!isMarked && helps.length + offering.length === 0) continue;
    found.push({
      id: node.id,
      marked: isMarked,
      helps,
      offersUnmet: offering.filter((t) => !met.has(t)),
      offersOther: offering.filter((t) => met.has(t)),
    });
  }
  const markOrder = new Map(ctx.marked.map((id, i) => [id as string, i]));
  const label = (c: Candidate) => labelOfNode(ctx, c.id).toLowerCase();
  found.sort((a, b) => {
    if (a.marked !== b.marked) return a.marked ? -1 : 1;
    if (a.marked) return (markOrder.get(a.id) ?? 0) - (markOrder.get(b.id) ?? 0);
    const bring = (c: Candidate) => c.helps.length + c.offersUnmet.length + c.offersOther.length;
    return (
      b.offersUnmet.length - a.offersUnmet.length ||
      bring(b) - bring(a) ||
      (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0)
    );
  });
  return found.map((c) => ({
    id: `team-candidate:${c.id}`,
    type: 'team-candidate',
    kind: 'candidate',
    sentence: `${labelOfNode(ctx, c.id)} could join ${centre.label}'s team: ${reasons(ctx, c).join('; ')}.`,
    nodes: [c.id],
    ties: [],
    numbers: {
      marked: c.marked ? 1 : 0,
      helpsWith: c.helps.length,
      offersUnmet: c.offersUnmet.length,
      offersOther: c.offersOther.length,
    },
  }));
}
