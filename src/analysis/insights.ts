// Care insights: a registry of rules, each turning the measures and map-level figures into
// findings a workshop can read aloud: bridges (who holds the network together), gaps (where care
// is thin), overstretched partners (who carries too much) and the care-wealth summary. Every
// insight names its nodes and ties, carries the numbers behind it, one plain sentence, and the
// threshold (from AnalysisSettings.thresholds) that made it fire. Labels go into sentences as
// plain text; rendering them safely is the UI's job (always as text).
import {
  type CareNode,
  type GovernanceFinding,
  manyHatsFindings,
  overstretchedPartnerFindings,
  personalCentre,
  vacantHatFindings,
} from '../model';
import { type CareIndex, careReceived, type Side } from './care';
import { careWealth, type ReceiverCoverage, type TeamFigures, percent } from './figures';
import { degreeAt, edgeBetween } from './graph';
import type { MeasureContext } from './metrics';
import type { InsightThresholds } from './settings';

export type InsightKind = 'bridge' | 'gap' | 'overstretch' | 'summary';

export interface Insight {
  /** Stable id: `<type>:<subject>`, e.g. `articulation-point:n-food-bank`. */
  readonly id: string;
  /** The rule that produced it (an INSIGHT_RULES id). */
  readonly type: string;
  readonly kind: InsightKind;
  readonly nodes: string[];
  readonly ties: string[];
  readonly numbers: Record<string, number>;
  readonly sentence: string;
  /** The threshold that fired it, or null for rules that need none. */
  readonly threshold: { readonly name: keyof InsightThresholds; readonly value: number } | null;
  /** Ranking within its kind: higher comes first. */
  readonly score: number;
}

/** What rules read: the measure context plus the figures already computed. */
export interface InsightInput {
  readonly ctx: MeasureContext;
  readonly care: CareIndex;
  readonly thresholds: InsightThresholds;
  readonly coverage: readonly ReceiverCoverage[];
  readonly teams: readonly TeamFigures[];
  /** Normalised betweenness by node id, or null when path measures were skipped. */
  readonly betweenness: ReadonlyMap<string, number> | null;
}

export interface InsightRule {
  readonly id: string;
  readonly kind: InsightKind;
  readonly label: string;
  readonly description: string;
  readonly run: (input: InsightInput) => Insight[];
}

// ---------------------------------------------------------------- wording helpers

function label(input: InsightInput, id: string): string {
  return input.care.byId.get(id)?.label ?? id;
}

/** "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more" (or "or" instead of "and"). */
export function nameList(names: readonly string[], max = 5, conjunction: 'and' | 'or' = 'and'): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${conjunction} ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "closed" for a collective actor, "stepped back" for a person. */
function loss(node: CareNode | undefined): string {
  return node?.kind === 'person' ? 'stepped back' : 'closed';
}

const receiverSets = new WeakMap<readonly ReceiverCoverage[], Set<string>>();

function isReceiver(input: InsightInput, id: string): boolean {
  let set = receiverSets.get(input.coverage);
  if (set === undefined) {
    set = new Set(input.coverage.map((c) => c.id));
    receiverSets.set(input.coverage, set);
  }
  return set.has(id);
}

function threshold(input: InsightInput, name: keyof InsightThresholds) {
  return { name, value: input.thresholds[name] };
}

// ---------------------------------------------------------------- bridges

const articulationPoints: InsightRule = {
  id: 'articulation-point',
  kind: 'bridge',
  label: 'Single point of failure',
  description: 'A node whose loss would split the network, with who would be cut off.',
  run: (input) => {
    const { ctx } = input;
    return ctx
      .cutPoints()
      .nodes.filter((c) => c.cutOff.length >= input.thresholds.minCutOff)
      .map((c) => {
        const id = ctx.ids[c.node] as string;
        const cut = c.cutOff.map((i) => ctx.ids[i] as string);
        const receiversCut = cut.filter((n) => isReceiver(input, n)).length;
        const including = receiversCut > 0 ? `, including ${plural(receiversCut, 'care receiver')}` : '';
        return {
          id: `articulation-point:${id}`,
          type: 'articulation-point',
          kind: 'bridge' as const,
          nodes: [id, ...cut],
          ties: [],
          numbers: { cutOff: cut.length, receiversCutOff: receiversCut, parts: c.parts },
          sentence: `If ${label(input, id)} ${loss(input.care.byId.get(id))}, ${plural(cut.length, 'node')} would be cut off from the rest of the network${including}: ${nameList(cut.map((n) => label(input, n)))}.`,
          threshold: threshold(input, 'minCutOff'),
          score: cut.length,
        };
      });
  },
};

const bridgeTies: InsightRule = {
  id: 'bridge-tie',
  kind: 'bridge',
  label: 'Bridge tie',
  description: 'A relationship whose end would split the network, with who would be cut off.',
  run: (input) => {
    const { ctx } = input;
    return ctx
      .cutPoints()
      .edges.filter((e) => e.cutOff.length >= input.thresholds.minCutOff)
      .map((e) => {
        const a = ctx.ids[e.a] as string;
        const b = ctx.ids[e.b] as string;
        const ties = ctx.structure.edgeTies[edgeBetween(ctx.structure, e.a, e.b)] ?? [];
        const cut = e.cutOff.map((i) => ctx.ids[i] as string);
        return {
          id: `bridge-tie:${ties[0] ?? `${a}~${b}`}`,
          type: 'bridge-tie',
          kind: 'bridge' as const,
          nodes: [a, b, ...cut.filter((n) => n !== a && n !== b)],
          ties: [...ties],
          numbers: { cutOff: cut.length },
          sentence: `If the tie between ${label(input, a)} and ${label(input, b)} ended, ${plural(cut.length, 'node')} would be cut off: ${nameList(cut.map((n) => label(input, n)))}.`,
          threshold: threshold(input, 'minCutOff'),
          score: cut.length,
        };
      });
  },
};

const soleInformalSupport: InsightRule = {
  id: 'sole-informal-support',
  kind: 'bridge',
  label: 'Only informal support of several receivers',
  description: 'A giver who is the only source of informal care for several receivers.',
  run: (input) => {
    const byGiver = new Map<string, string[]>();
    for (const c of input.coverage) {
      if (c.informalGivers !== 1) continue;
      const giver = careReceived(input.care, c.id).find((f) => f.side === 'informal')?.giver;
      if (giver !== undefined) byGiver.set(giver, [...(byGiver.get(giver) ?? []), c.id]);
    }
    return [...byGiver]
      .filter(([, rs]) => rs.length >= input.thresholds.soleSupportReceivers)
      .map(([giver, rs]) => ({
        id: `sole-informal-support:${giver}`,
        type: 'sole-informal-support',
        kind: 'bridge' as const,
        nodes: [giver, ...rs],
        ties: [],
        numbers: { receivers: rs.length },
        sentence: `If ${label(input, giver)} ${loss(input.care.byId.get(giver))}, ${plural(rs.length, 'receiver')} would lose their only tie to informal support: ${nameList(rs.map((r) => label(input, r)))}.`,
        threshold: threshold(input, 'soleSupportReceivers'),
        score: rs.length,
      }));
  },
};

const formalInformalConnectors: InsightRule = {
  id: 'formal-informal-connector',
  kind: 'bridge',
  label: 'Connects formal and informal care',
  description: 'A non-formal node tied both to formal care and to the informal network.',
  run: (input) => {
    const out: Insight[] = [];
    const sideOf = input.care.sideOf;
    for (const node of input.care.doc.nodes) {
      if (sideOf.get(node.id) === 'formal') continue;
      const ties = input.care.tiesOf.get(node.id) ?? [];
      const formal = new Set<string>();
      const informal = new Set<string>();
      const formalTies: string[] = [];
      for (const t of ties) {
        const other = t.source === node.id ? t.target : t.source;
        const side = sideOf.get(other);
        if (side === undefined) continue;
        if (side === 'formal') {
          formal.add(other);
          formalTies.push(t.id);
        } else informal.add(other);
      }
      if (formal.size === 0 || informal.size === 0) continue;
      const b = input.betweenness?.get(node.id);
      out.push({
        id: `formal-informal-connector:${node.id}`,
        type: 'formal-informal-connector',
        kind: 'bridge',
        nodes: [node.id, ...formal],
        ties: formalTies,
        numbers: {
          formalContacts: formal.size,
          informalContacts: informal.size,
          ...(b !== undefined ? { betweenness: b } : {}),
        },
        sentence: `${node.label} connects formal care (${nameList([...formal].map((f) => label(input, f)))}) with ${plural(informal.size, 'informal or mixed contact')}.`,
        threshold: null,
        score: b ?? formal.size,
      });
    }
    return out;
  },
};

const fewFormalLinks: InsightRule = {
  id: 'few-formal-links',
  kind: 'bridge',
  label: 'Few links between formal and informal care',
  description: 'Fewer ties than the threshold join formal nodes to the rest of the map.',
  run: (input) => {
    const sideOf = input.care.sideOf;
    const formalNodes = input.care.doc.nodes.filter((n) => sideOf.get(n.id) === 'formal');
    if (formalNodes.length === 0) return [];
    const ties = input.care.doc.ties.filter((t) => {
      const a = sideOf.get(t.source);
      const b = sideOf.get(t.target);
      return a !== undefined && b !== undefined && (a === 'formal') !== (b === 'formal');
    });
    if (ties.length >= input.thresholds.fewFormalInformalTies) return [];
    const pairs = ties.map((t) => `${label(input, t.source)} – ${label(input, t.target)}`);
    return [
      {
        id: 'few-formal-links:map',
        type: 'few-formal-links',
        kind: 'bridge',
        nodes: [...new Set(ties.flatMap((t) => [t.source as string, t.target as string]))],
        ties: ties.map((t) => t.id as string),
        numbers: { ties: ties.length, formalNodes: formalNodes.length },
        sentence:
          ties.length === 0
            ? `No tie joins the ${plural(formalNodes.length, 'formal service')} to the informal network.`
            : `Only ${plural(ties.length, 'tie')} join${ties.length === 1 ? 's' : ''} formal care to the informal network: ${nameList(pairs)}.`,
        threshold: threshold(input, 'fewFormalInformalTies'),
        score: input.thresholds.fewFormalInformalTies - ties.length,
      },
    ];
  },
};

/** Name a community by its best-connected member ("its own group" when that is `self`). */
function communityName(input: InsightInput, members: readonly number[], self?: string): string {
  if (self !== undefined && members.some((m) => input.ctx.ids[m] === self)) return 'its own group';
  let best = members[0] as number;
  for (const m of members)
    if (degreeAt(input.ctx.structure, m) > degreeAt(input.ctx.structure, best)) best = m;
  return `the group around ${label(input, input.ctx.ids[best] as string)}`;
}

function communityMembers(input: InsightInput): number[][] {
  const { community, count } = input.ctx.communities();
  const members: number[][] = Array.from({ length: count }, () => []);
  community.forEach((c, i) => members[c]?.push(i));
  return members;
}

const communityLinks: InsightRule = {
  id: 'community-link',
  kind: 'bridge',
  label: 'Only link between two communities',
  description: 'One node carries every tie between two communities.',
  run: (input) => {
    const { ctx } = input;
    const { community } = ctx.communities();
    const members = communityMembers(input);
    // For each pair of communities, the set of nodes common to every tie between them.
    const shared = new Map<string, { a: number; b: number; common: Set<string>; ties: string[] }>();
    const { edgeSource, edgeTarget, edgeTies } = ctx.structure;
    for (let e = 0; e < edgeTies.length; e++) {
      const si = edgeSource[e] as number;
      const ti = edgeTarget[e] as number;
      const cs = community[si] as number;
      const ct = community[ti] as number;
      if (cs === ct) continue;
      const s = ctx.ids[si] as string;
      const t = ctx.ids[ti] as string;
      const [a, b] = cs < ct ? [cs, ct] : [ct, cs];
      const key = `${a}:${b}`;
      const entry = shared.get(key);
      if (entry === undefined)
        shared.set(key, { a, b, common: new Set([s, t]), ties: [...(edgeTies[e] ?? [])] });
      else {
        for (const n of [...entry.common]) if (n !== s && n !== t) entry.common.delete(n);
        entry.ties.push(...(edgeTies[e] ?? []));
      }
    }
    const out: Insight[] = [];
    for (const { a, b, common, ties } of shared.values()) {
      if (common.size !== 1) continue;
      const node = [...common][0] as string;
      const ma = members[a] ?? [];
      const mb = members[b] ?? [];
      if (ma.length < input.thresholds.minCommunitySize || mb.length < input.thresholds.minCommunitySize)
        continue;
      out.push({
        id: `community-link:${node}:${a}-${b}`,
        type: 'community-link',
        kind: 'bridge',
        nodes: [node],
        ties,
        numbers: { communityA: a, communityB: b, sizeA: ma.length, sizeB: mb.length },
        sentence: `${label(input, node)} is the only link between ${communityName(input, ma, node)} (${plural(ma.length, 'node')}) and ${communityName(input, mb, node)} (${plural(mb.length, 'node')}).`,
        threshold: threshold(input, 'minCommunitySize'),
        score: Math.min(ma.length, mb.length),
      });
    }
    return out;
  },
};

// ---------------------------------------------------------------- gaps

const allFormalSupport: InsightRule = {
  id: 'all-formal-support',
  kind: 'gap',
  label: 'Support is all formal',
  description: 'A receiver whose care comes only from formal givers.',
  run: (input) =>
    input.coverage
      .filter((c) => c.givers > 0 && c.informalGivers === 0)
      .map((c) => ({
        id: `all-formal-support:${c.id}`,
        type: 'all-formal-support',
        kind: 'gap' as const,
        nodes: [c.id],
        ties: [],
        numbers: { givers: c.givers, formalGivers: c.formalGivers, informalGivers: 0 },
        sentence: `All of ${c.label}'s support is formal: ${plural(c.formalGivers, 'giver')}, none informal.`,
        threshold: null,
        score: 1,
      })),
};

const oneInformalPerson: InsightRule = {
  id: 'one-informal-person',
  kind: 'gap',
  label: 'Informal support rests on one person',
  description: 'A receiver whose informal care comes from a single person.',
  run: (input) =>
    input.coverage.flatMap((c) => {
      if (c.informalGivers !== 1) return [];
      const giver = careReceived(input.care, c.id).find((f) => f.side === 'informal')?.giver;
      if (giver === undefined || input.care.byId.get(giver)?.kind !== 'person') return [];
      return [
        {
          id: `one-informal-person:${c.id}`,
          type: 'one-informal-person',
          kind: 'gap' as const,
          nodes: [c.id, giver],
          ties: [],
          numbers: { informalGivers: 1, formalGivers: c.formalGivers },
          sentence: `${c.label}'s informal support rests on one person: ${label(input, giver)}.`,
          threshold: null,
          score: 1,
        },
      ];
    }),
};

const unmetNeeds: InsightRule = {
  id: 'unmet-need',
  kind: 'gap',
  label: 'Needed care nobody gives',
  description: 'Care types a receiver needs that no tie brings them.',
  run: (input) => {
    const typeLabel = new Map(input.care.doc.careTypes.map((c) => [c.id, c.label]));
    // Nodes offering each care type, by their own list or by care they give; counted once.
    const offerers = new Map<string, Set<string>>();
    const offer = (type: string, id: string) => offerers.set(type, (offerers.get(type) ?? new Set()).add(id));
    for (const n of input.care.doc.nodes) n.careOffered.forEach((t) => offer(t, n.id));
    for (const f of input.care.flows) f.tie.careTypes.forEach((t) => offer(t, f.giver));
    const offeredBy = (type: string) => offerers.get(type)?.size ?? 0;
    return input.coverage
      .filter((c) => c.unmetNeeds.length > 0)
      .map((c) => {
        const offered = c.unmetNeeds.map(offeredBy);
        const elsewhere = offered.filter((k) => k > 0).length;
        const names = c.unmetNeeds.map((t) => (typeLabel.get(t) ?? t).toLowerCase());
        const tail =
          elsewhere === 0
            ? ' Nobody on the map offers it.'
            : ` Someone on the map offers ${elsewhere === c.unmetNeeds.length ? (c.unmetNeeds.length === 1 ? 'it' : 'each of them') : `${elsewhere} of them`}.`;
        return {
          id: `unmet-need:${c.id}`,
          type: 'unmet-need',
          kind: 'gap' as const,
          nodes: [c.id],
          ties: [],
          numbers: { unmet: c.unmetNeeds.length, offeredElsewhere: elsewhere },
          sentence: `Nobody gives ${c.label} ${nameList(names, 8, 'or')}.${tail}`,
          threshold: null,
          score: c.unmetNeeds.length,
        };
      });
  },
};

const noTeamTie: InsightRule = {
  id: 'no-team-tie',
  kind: 'gap',
  label: 'No tie into any care team',
  description: 'People and groups with no tie of any kind to a care team.',
  run: (input) => {
    const { doc, byId, tiesOf } = input.care;
    if (!doc.nodes.some((n) => n.kind === 'team')) return [];
    const loose = doc.nodes.filter(
      (n) =>
        (n.kind === 'person' || n.kind === 'group') &&
        !(tiesOf.get(n.id) ?? []).some(
          (t) => byId.get(t.source === n.id ? t.target : t.source)?.kind === 'team',
        ),
    );
    if (loose.length === 0) return [];
    return [
      {
        id: 'no-team-tie:map',
        type: 'no-team-tie',
        kind: 'gap',
        nodes: loose.map((n) => n.id as string),
        ties: [],
        numbers: { nodes: loose.length },
        sentence: `${plural(loose.length, 'person or group', 'people and groups')} ${loose.length === 1 ? 'has' : 'have'} no tie into any care team: ${nameList(loose.map((n) => n.label))}.`,
        threshold: null,
        score: loose.length,
      },
    ];
  },
};

const communityMissingSide: InsightRule = {
  id: 'community-missing-link',
  kind: 'gap',
  label: 'Community without formal or informal links',
  description: 'A community with no formal member or tie to formal care, or none to informal care.',
  run: (input) => {
    const { ctx } = input;
    const out: Insight[] = [];
    communityMembers(input).forEach((members, c) => {
      if (members.length < input.thresholds.minCommunitySize) return;
      const sides = new Set<Side>();
      const { offsets, targets } = ctx.csr;
      const sideOf = input.care.sideOf;
      const add = (i: number) => {
        const side = sideOf.get(ctx.ids[i] as string);
        if (side !== undefined) sides.add(side);
      };
      for (const m of members) {
        add(m);
        const end = offsets[m + 1] as number;
        for (let j = offsets[m] as number; j < end; j++) add(targets[j] as number);
      }
      const ids = members.map((m) => ctx.ids[m] as string);
      const name = communityName(input, members);
      for (const side of ['formal', 'informal'] as const) {
        if (sides.has(side) || sides.has('mixed')) continue;
        out.push({
          id: `community-missing-link:${side}:${c}`,
          type: 'community-missing-link',
          kind: 'gap',
          nodes: ids,
          ties: [],
          numbers: { community: c, size: members.length },
          sentence: `${name[0]?.toUpperCase()}${name.slice(1)} (${plural(members.length, 'node')}) has no ${side} link: nobody in it is ${side} or tied to ${side} care.`,
          threshold: threshold(input, 'minCommunitySize'),
          score: members.length,
        });
      }
    });
    return out;
  },
};

const unusedSpaces: InsightRule = {
  id: 'unused-space',
  kind: 'gap',
  label: 'Space nobody uses',
  description: 'A space with no ties, or only inactive ones.',
  run: (input) =>
    input.care.doc.nodes
      .filter((n) => n.kind === 'space')
      .filter((n) => (input.care.tiesOf.get(n.id) ?? []).every((t) => t.strength === 'inactive'))
      .map((n) => {
        const inactive = (input.care.tiesOf.get(n.id) ?? []).length;
        return {
          id: `unused-space:${n.id}`,
          type: 'unused-space',
          kind: 'gap' as const,
          nodes: [n.id],
          ties: (input.care.tiesOf.get(n.id) ?? []).map((t) => t.id as string),
          numbers: { inactiveTies: inactive },
          sentence:
            inactive === 0
              ? `Nobody uses ${n.label}: it has no ties.`
              : `Nobody uses ${n.label}: its ${plural(inactive, 'tie is', 'ties are')} inactive.`,
          threshold: null,
          score: 1,
        };
      }),
};

const isolatedTeams: InsightRule = {
  id: 'isolated-team',
  kind: 'gap',
  label: 'Isolated team',
  description: 'A team with no generative or engaged tie to any community actor (embeddedness 0).',
  run: (input) =>
    input.teams
      .filter((t) => t.embeddedness === 0)
      .map((t) => ({
        id: `isolated-team:${t.id}`,
        type: 'isolated-team',
        kind: 'gap' as const,
        nodes: [t.id],
        ties: [],
        numbers: { embeddedness: 0, dormantTies: t.dormantTies.length },
        sentence: `${t.label} has no generative or engaged tie to any community actor.`,
        threshold: null,
        score: 1,
      })),
};

const noStatutory: InsightRule = {
  id: 'no-statutory',
  kind: 'gap',
  label: 'No statutory services',
  description: 'The map holds no statutory or health service.',
  run: (input) =>
    input.care.doc.nodes.length === 0 ||
    input.care.doc.nodes.some((n) => n.category === 'statutory' || n.category === 'health')
      ? []
      : [
          {
            id: 'no-statutory:map',
            type: 'no-statutory',
            kind: 'gap',
            nodes: [],
            ties: [],
            numbers: { statutory: 0 },
            sentence: 'There are no statutory or health services on this map.',
            threshold: null,
            score: 1,
          },
        ],
};

// ---------------------------------------------------------------- overstretched partners

function hoursGiven(input: InsightInput, id: string): number {
  return (input.care.flowsOut.get(id) ?? []).reduce((s, f) => s + (f.tie.hoursPerWeek ?? 0), 0);
}

function relyingReceivers(input: InsightInput, id: string): string[] {
  return [...new Set((input.care.flowsOut.get(id) ?? []).map((f) => f.receiver))];
}

const overCapacityHours: InsightRule = {
  id: 'over-capacity-hours',
  kind: 'overstretch',
  label: 'Gives more hours than their capacity',
  description: 'Hours of care given a week exceed the declared capacity × the ratio threshold.',
  run: (input) =>
    input.care.doc.nodes.flatMap((n) => {
      const capacity = n.capacity?.hoursPerWeek;
      if (capacity === undefined) return [];
      const given = hoursGiven(input, n.id);
      if (!(given > capacity * input.thresholds.capacityRatio)) return [];
      const ratio = capacity === 0 ? Infinity : given / capacity;
      return [
        {
          id: `over-capacity-hours:${n.id}`,
          type: 'over-capacity-hours',
          kind: 'overstretch' as const,
          nodes: [n.id, ...relyingReceivers(input, n.id)],
          ties: [],
          numbers: {
            hoursGiven: given,
            capacityHours: capacity,
            ratio: Number.isFinite(ratio) ? ratio : given,
          },
          sentence: `${n.label} gives ${given} hours a week against a capacity of ${capacity}${Number.isFinite(ratio) ? ` (${ratio.toFixed(1)}×)` : ''}.`,
          threshold: threshold(input, 'capacityRatio'),
          score: Number.isFinite(ratio) ? ratio : given + 1,
        },
      ];
    }),
};

const manyReceivers: InsightRule = {
  id: 'many-receivers',
  kind: 'overstretch',
  label: 'Many receivers rely on them',
  description: 'More receivers than declared capacity, or at least the threshold when none is declared.',
  run: (input) =>
    input.care.doc.nodes.flatMap((n) => {
      const relying = relyingReceivers(input, n.id);
      const max = n.capacity?.maxReceivers;
      const fires =
        max !== undefined ? relying.length > max : relying.length >= input.thresholds.manyReceivers;
      if (!fires) return [];
      return [
        {
          id: `many-receivers:${n.id}`,
          type: 'many-receivers',
          kind: 'overstretch' as const,
          nodes: [n.id, ...relying],
          ties: [],
          numbers: { receivers: relying.length, ...(max !== undefined ? { capacityReceivers: max } : {}) },
          sentence:
            max !== undefined
              ? `${plural(relying.length, 'receiver')} rely on ${n.label}, more than the ${max} it can support.`
              : `${plural(relying.length, 'receiver')} rely on ${n.label} (threshold ${input.thresholds.manyReceivers}).`,
          threshold: max !== undefined ? null : threshold(input, 'manyReceivers'),
          score:
            max !== undefined && max > 0
              ? relying.length / max
              : relying.length / input.thresholds.manyReceivers,
        },
      ];
    }),
};

const brokerLowCapacity: InsightRule = {
  id: 'broker-low-capacity',
  kind: 'overstretch',
  label: 'Key broker with little capacity',
  description: 'High betweenness with declared capacity at or below the low-capacity threshold.',
  run: (input) =>
    input.betweenness === null
      ? []
      : input.care.doc.nodes.flatMap((n) => {
          const b = input.betweenness?.get(n.id) ?? 0;
          const capacity = n.capacity?.hoursPerWeek;
          if (
            b < input.thresholds.highBetweenness ||
            capacity === undefined ||
            capacity > input.thresholds.lowCapacityHours
          )
            return [];
          return [
            {
              id: `broker-low-capacity:${n.id}`,
              type: 'broker-low-capacity',
              kind: 'overstretch' as const,
              nodes: [n.id],
              ties: [],
              numbers: { betweenness: b, capacityHours: capacity },
              sentence: `${n.label} lies on ${percent(b)} of shortest paths between others but has only ${capacity} hours a week of capacity.`,
              threshold: threshold(input, 'highBetweenness'),
              score: b * 10,
            },
          ];
        }),
};

const manyRoles: InsightRule = {
  id: 'many-roles',
  kind: 'overstretch',
  label: 'Many roles at once',
  description: 'A person holding at least the threshold number of roles.',
  run: (input) =>
    input.care.doc.nodes
      .filter((n) => n.kind === 'person' && n.roles.length >= input.thresholds.manyRoles)
      .map((n) => ({
        id: `many-roles:${n.id}`,
        type: 'many-roles',
        kind: 'overstretch' as const,
        nodes: [n.id],
        ties: [],
        numbers: { roles: n.roles.length },
        sentence: `${n.label} holds ${n.roles.length} roles at once.`,
        threshold: threshold(input, 'manyRoles'),
        score: n.roles.length / input.thresholds.manyRoles,
      })),
};

// ---------------------------------------------------------------- governance (hats, capacity)

/** Wrap a governance finding (src/model/governance/findings.ts) as an insight. */
function fromFinding(f: GovernanceFinding, fired: Insight['threshold']): Insight {
  return {
    id: f.id,
    type: f.type,
    kind: f.kind,
    nodes: [...f.nodes],
    ties: [],
    numbers: { ...f.numbers },
    sentence: f.sentence,
    threshold: fired,
    score: f.score,
  };
}

const manyHats: InsightRule = {
  id: 'many-hats',
  kind: 'overstretch',
  label: 'Many hats at once',
  description: 'A person wearing at least the threshold number of team or circle hats.',
  run: (input) =>
    manyHatsFindings(input.care.doc, { minHats: input.thresholds.manyHats }).map((f) =>
      fromFinding(f, threshold(input, 'manyHats')),
    ),
};

const vacantEssentialHats: InsightRule = {
  id: 'vacant-essential-hats',
  kind: 'gap',
  label: 'Essential hats nobody wears',
  description: 'Teams and circles with hats recorded where an essential hat has no holder.',
  run: (input) =>
    vacantHatFindings(input.care.doc, { contexts: 'governed' }).map((f) => fromFinding(f, null)),
};

const lowCapacityPartners: InsightRule = {
  id: 'overstretched-partner',
  kind: 'overstretch',
  label: 'Low capacity, heavy care load',
  description:
    'A partner whose latest capacity assessment is lowest on Stress & Wellbeing or Resources while touching many care ties.',
  run: (input) =>
    overstretchedPartnerFindings(input.care.doc, { minCareTies: input.thresholds.heavyCareTies }).map((f) =>
      fromFinding(f, threshold(input, 'heavyCareTies')),
    ),
};

// ---------------------------------------------------------------- summary

const careWealthSummary: InsightRule = {
  id: 'care-wealth-summary',
  kind: 'summary',
  label: 'Care wealth summary',
  description: 'Formal vs informal ties and hours, mutual ties, kinds of care; for the map and per team.',
  run: (input) => {
    const make = (
      subject: string,
      name: string,
      nodes: string[],
      w: ReturnType<typeof careWealth>,
    ): Insight => {
      const total = w.formalTies + w.informalTies;
      const hours =
        w.informalHoursShare === null
          ? ''
          : ` ${percent(w.informalHoursShare)} of recorded hours are informal (${w.informalHours} of ${w.informalHours + w.formalHours}).`;
      return {
        id: `care-wealth-summary:${subject}`,
        type: 'care-wealth-summary',
        kind: 'summary',
        nodes,
        ties: [],
        numbers: { ...w, informalHoursShare: w.informalHoursShare ?? -1 },
        sentence:
          total === 0
            ? `${name} has no care ties yet.`
            : `${name}: ${percent(w.informalShare)} of care ties are informal (${w.informalTies} of ${total}), ${plural(w.mutualTies, 'mutual tie')}, ${plural(w.careTypes, 'kind')} of care.${hours}`,
        threshold: null,
        score: subject === 'map' ? 1 : 0,
      };
    };
    const out = [make('map', 'This map', [], careWealth(input.care))];
    for (const team of input.teams) {
      const flows = [...(input.care.flowsOut.get(team.id) ?? []), ...(input.care.flowsIn.get(team.id) ?? [])];
      out.push(make(team.id, team.label, [team.id], careWealth(input.care, flows)));
    }
    return out;
  },
};

/** Every insight rule, in the order the panel groups them. */
export const INSIGHT_RULES: readonly InsightRule[] = [
  articulationPoints,
  bridgeTies,
  soleInformalSupport,
  formalInformalConnectors,
  fewFormalLinks,
  communityLinks,
  allFormalSupport,
  oneInformalPerson,
  unmetNeeds,
  noTeamTie,
  communityMissingSide,
  unusedSpaces,
  isolatedTeams,
  noStatutory,
  overCapacityHours,
  manyReceivers,
  brokerLowCapacity,
  manyRoles,
  manyHats,
  vacantEssentialHats,
  lowCapacityPartners,
  careWealthSummary,
];

// ---------------------------------------------------------------- personal maps

/**
 * On a personal map everyone hangs on the person at the centre, so the community rules that would
 * only say so stay quiet there: the centre as a cut point, as the only link between two groups or
 * between formal and informal care, and "no tie into any care team". The support-network findings
 * (src/analysis/support) speak for that one person instead.
 */
const QUIET_ABOUT_THE_CENTRE: ReadonlySet<string> = new Set(['articulation-point', 'community-link', 'formal-informal-connector']);

function saysNothingOnPersonalMap(insight: Insight, centre: string | null): boolean {
  if (centre === null) return false;
  return insight.type === 'no-team-tie' || (QUIET_ABOUT_THE_CENTRE.has(insight.type) && insight.nodes[0] === centre);
}

const KIND_ORDER: readonly InsightKind[] = ['bridge', 'gap', 'overstretch', 'summary'];

/** Run every rule; insights come grouped by kind, highest score first, then by id. */
export function runInsights(input: InsightInput, rules: readonly InsightRule[] = INSIGHT_RULES): Insight[] {
  const centre = personalCentre(input.care.doc);
  // A label ending in a full stop ("Felix Y.") must not give a sentence ending "..".
  const all = rules
    .flatMap((r) => r.run(input))
    .filter((i) => !saysNothingOnPersonalMap(i, centre))
    .map((i) => (i.sentence.endsWith('..') ? { ...i, sentence: i.sentence.slice(0, -1) } : i));
  return all.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.score - a.score ||
      a.id.localeCompare(b.id),
  );
}
