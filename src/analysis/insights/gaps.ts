// Gap insights: where care is thin. Receivers whose support is all formal, rests on one person or
// misses care they need; people and groups with no tie into a care team; communities with no
// formal or no informal link; spaces nobody uses; isolated teams; a map without statutory services.
import { closeSentence, type NodeId } from '../../model';
import { careReceived, type Side } from '../care';
import { communityMembers, communityName } from './communities';
import { defineRule, type Finding, type InsightRule } from './rule';
import { label, nameList, plural } from './wording';

const allFormalSupport = defineRule({
  id: 'all-formal-support',
  kind: 'gap',
  label: 'Support is all formal',
  description: 'A receiver whose care comes only from formal givers.',
  find: (input) =>
    input.coverage
      .filter((c) => c.givers > 0 && c.informalGivers === 0)
      .map((c) => ({
        subject: c.id,
        nodes: [c.id],
        numbers: { givers: c.givers, formalGivers: c.formalGivers, informalGivers: 0 },
        sentence: `All of ${c.label}'s support is formal: ${plural(c.formalGivers, 'giver')}, none informal.`,
        threshold: null,
        score: 1,
      })),
});

const oneInformalPerson = defineRule({
  id: 'one-informal-person',
  kind: 'gap',
  label: 'Informal support rests on one person',
  description: 'A receiver whose informal care comes from a single person.',
  find: (input) =>
    input.coverage.flatMap((c) => {
      if (c.informalGivers !== 1) return [];
      const giver = careReceived(input.care, c.id).find((f) => f.side === 'informal')?.giver;
      if (giver === undefined || input.care.byId.get(giver)?.kind !== 'person') return [];
      return [
        {
          subject: c.id,
          nodes: [c.id, giver],
          numbers: { informalGivers: 1, formalGivers: c.formalGivers },
          sentence: closeSentence(
            `${c.label}'s informal support rests on one person: ${label(input, giver)}`,
          ),
          threshold: null,
          score: 1,
        },
      ];
    }),
});

const unmetNeeds = defineRule({
  id: 'unmet-need',
  kind: 'gap',
  label: 'Needed care nobody gives',
  description: 'Care types a receiver needs that no tie brings them.',
  find: (input) => {
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
          subject: c.id,
          nodes: [c.id],
          numbers: { unmet: c.unmetNeeds.length, offeredElsewhere: elsewhere },
          sentence: `${closeSentence(`Nobody gives ${c.label} ${nameList(names, 8, 'or')}`)}${tail}`,
          threshold: null,
          score: c.unmetNeeds.length,
        };
      });
  },
});

const noTeamTie = defineRule({
  id: 'no-team-tie',
  kind: 'gap',
  label: 'No tie into any care team',
  description: 'People and groups with no tie of any kind to a care team.',
  find: (input) => {
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
        subject: 'map',
        nodes: loose.map((n) => n.id),
        numbers: { nodes: loose.length },
        sentence: closeSentence(
          `${plural(loose.length, 'person or group', 'people and groups')} ${loose.length === 1 ? 'has' : 'have'} no tie into any care team: ${nameList(loose.map((n) => n.label))}`,
        ),
        threshold: null,
        score: loose.length,
      },
    ];
  },
});

const communityMissingSide = defineRule({
  id: 'community-missing-link',
  kind: 'gap',
  label: 'Community without formal or informal links',
  description: 'A community with no formal member or tie to formal care, or none to informal care.',
  find: (input) => {
    const { ctx } = input;
    const out: Finding[] = [];
    communityMembers(input).forEach((members, c) => {
      if (members.length < input.thresholds.minCommunitySize) return;
      const sides = new Set<Side>();
      const { offsets, targets } = ctx.csr;
      const sideOf = input.care.sideOf;
      const add = (i: number) => {
        const side = sideOf.get(ctx.ids[i] as NodeId);
        if (side !== undefined) sides.add(side);
      };
      for (const m of members) {
        add(m);
        const end = offsets[m + 1] as number;
        for (let j = offsets[m] as number; j < end; j++) add(targets[j] as number);
      }
      const ids = members.map((m) => ctx.ids[m] as NodeId);
      const name = communityName(input, members);
      for (const side of ['formal', 'informal'] as const) {
        if (sides.has(side) || sides.has('mixed')) continue;
        out.push({
          subject: `${side}:${c}`,
          nodes: ids,
          numbers: { community: c, size: members.length },
          sentence: `${name[0]?.toUpperCase()}${name.slice(1)} (${plural(members.length, 'node')}) has no ${side} link: nobody in it is ${side} or tied to ${side} care.`,
          threshold: 'minCommunitySize',
          score: members.length,
        });
      }
    });
    return out;
  },
});

const unusedSpaces = defineRule({
  id: 'unused-space',
  kind: 'gap',
  label: 'Space nobody uses',
  description: 'A space with no ties, or only inactive ones.',
  find: (input) =>
    input.care.doc.nodes
      .filter((n) => n.kind === 'space')
      .filter((n) => (input.care.tiesOf.get(n.id) ?? []).every((t) => t.strength === 'inactive'))
      .map((n) => {
        const inactive = (input.care.tiesOf.get(n.id) ?? []).length;
        return {
          subject: n.id,
          nodes: [n.id],
          ties: (input.care.tiesOf.get(n.id) ?? []).map((t) => t.id),
          numbers: { inactiveTies: inactive },
          sentence:
            inactive === 0
              ? `Nobody uses ${n.label}: it has no ties.`
              : `Nobody uses ${n.label}: its ${plural(inactive, 'tie is', 'ties are')} inactive.`,
          threshold: null,
          score: 1,
        };
      }),
});

const isolatedTeams = defineRule({
  id: 'isolated-team',
  kind: 'gap',
  label: 'Isolated team',
  description: 'A team with no generative or engaged tie to any community actor (embeddedness 0).',
  find: (input) =>
    input.teams
      .filter((t) => t.embeddedness === 0)
      .map((t) => ({
        subject: t.id,
        nodes: [t.id],
        numbers: { embeddedness: 0, dormantTies: t.dormantTies.length },
        sentence: `${t.label} has no generative or engaged tie to any community actor.`,
        threshold: null,
        score: 1,
      })),
});

const noStatutory = defineRule({
  id: 'no-statutory',
  kind: 'gap',
  label: 'No statutory services',
  description: 'The map holds no statutory or health service.',
  find: (input) =>
    input.care.doc.nodes.length === 0 ||
    input.care.doc.nodes.some((n) => n.category === 'statutory' || n.category === 'health')
      ? []
      : [
          {
            subject: 'map',
            nodes: [],
            numbers: { statutory: 0 },
            sentence: 'There are no statutory or health services on this map.',
            threshold: null,
            score: 1,
          },
        ],
});

export const GAP_RULES: readonly InsightRule[] = [
  allFormalSupport,
  oneInformalPerson,
  unmetNeeds,
  noTeamTie,
  communityMissingSide,
  unusedSpaces,
  isolatedTeams,
  noStatutory,
];
