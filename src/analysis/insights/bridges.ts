// Bridge insights: who and what holds the network together. Single points of failure and bridge
// ties (with who each would cut off), the only informal support of several receivers, the nodes
// joining formal and informal care (and whether there are too few such ties), and the one node
// linking two communities.
import { closeSentence, type NodeId, type TieId } from '../../model';
import { careReceived } from '../care';
import type { ReceiverCoverage } from '../figures';
import { edgeBetween } from '../graph';
import { communityMembers, communityName } from './communities';
import { defineRule, type Finding, type InsightInput, type InsightRule } from './rule';
import { label, loss, nameList, plural } from './wording';

const receiverSets = new WeakMap<readonly ReceiverCoverage[], Set<string>>();

function isReceiver(input: InsightInput, id: string): boolean {
  let set = receiverSets.get(input.coverage);
  if (set === undefined) {
    set = new Set(input.coverage.map((c) => c.id));
    receiverSets.set(input.coverage, set);
  }
  return set.has(id);
}

/**
 * Who would be cut off, each count next to its own names: "3 care receivers (A, B and C) and 1
 * other (D)", or just the names when no care receiver is among them. (A count followed by a list
 * must be the count of that list: "including 3 care receivers: A, B, C, D" read as four receivers.)
 */
export function cutOffList(input: InsightInput, cut: readonly NodeId[], receivers: readonly NodeId[]): string {
  const names = (ids: readonly NodeId[]) => nameList(ids.map((n) => label(input, n)));
  if (receivers.length === 0) return names(cut);
  const others = cut.filter((n) => !receivers.includes(n));
  const r = `${plural(receivers.length, 'care receiver')} (${names(receivers)})`;
  return others.length === 0 ? r : `${r} and ${plural(others.length, 'other')} (${names(others)})`;
}

const articulationPoints = defineRule({
  id: 'articulation-point',
  kind: 'bridge',
  label: 'Single point of failure',
  description: 'A node whose loss would split the network, with who would be cut off.',
  find: (input) => {
    const { ctx } = input;
    return ctx
      .cutPoints()
      .nodes.filter((c) => c.cutOff.length >= input.thresholds.minCutOff)
      .map((c) => {
        const id = ctx.ids[c.node] as NodeId;
        const cut = c.cutOff.map((i) => ctx.ids[i] as NodeId);
        const receivers = cut.filter((n) => isReceiver(input, n));
        return {
          subject: id,
          nodes: [id, ...cut],
          numbers: { cutOff: cut.length, receiversCutOff: receivers.length, parts: c.parts },
          sentence: closeSentence(
            `If ${label(input, id)} ${loss(input.care.byId.get(id))}, ${plural(cut.length, 'node')} would be cut off from the rest of the network: ${cutOffList(input, cut, receivers)}`,
          ),
          threshold: 'minCutOff',
          score: cut.length,
        };
      });
  },
});

const bridgeTies = defineRule({
  id: 'bridge-tie',
  kind: 'bridge',
  label: 'Bridge tie',
  description: 'A relationship whose end would split the network, with who would be cut off.',
  find: (input) => {
    const { ctx } = input;
    return ctx
      .cutPoints()
      .edges.filter((e) => e.cutOff.length >= input.thresholds.minCutOff)
      .map((e) => {
        const a = ctx.ids[e.a] as NodeId;
        const b = ctx.ids[e.b] as NodeId;
        const ties = ctx.structure.edgeTies[edgeBetween(ctx.structure, e.a, e.b)] ?? [];
        const cut = e.cutOff.map((i) => ctx.ids[i] as NodeId);
        return {
          subject: `${ties[0] ?? `${a}~${b}`}`,
          nodes: [a, b, ...cut.filter((n) => n !== a && n !== b)],
          ties: [...ties],
          numbers: { cutOff: cut.length },
          sentence: closeSentence(
            `If the tie between ${label(input, a)} and ${label(input, b)} ended, ${plural(cut.length, 'node')} would be cut off: ${nameList(cut.map((n) => label(input, n)))}`,
          ),
          threshold: 'minCutOff',
          score: cut.length,
        };
      });
  },
});

const soleInformalSupport = defineRule({
  id: 'sole-informal-support',
  kind: 'bridge',
  label: 'Only informal support of several receivers',
  description: 'A giver who is the only source of informal care for several receivers.',
  find: (input) => {
    const byGiver = new Map<NodeId, NodeId[]>();
    for (const c of input.coverage) {
      if (c.informalGivers !== 1) continue;
      const giver = careReceived(input.care, c.id).find((f) => f.side === 'informal')?.giver;
      if (giver !== undefined) byGiver.set(giver, [...(byGiver.get(giver) ?? []), c.id]);
    }
    return [...byGiver]
      .filter(([, rs]) => rs.length >= input.thresholds.soleSupportReceivers)
      .map(([giver, rs]) => ({
        subject: giver,
        nodes: [giver, ...rs],
        numbers: { receivers: rs.length },
        sentence: closeSentence(
          `If ${label(input, giver)} ${loss(input.care.byId.get(giver))}, ${plural(rs.length, 'receiver')} would lose their only tie to informal support: ${nameList(rs.map((r) => label(input, r)))}`,
        ),
        threshold: 'soleSupportReceivers',
        score: rs.length,
      }));
  },
});

const formalInformalConnectors = defineRule({
  id: 'formal-informal-connector',
  kind: 'bridge',
  label: 'Connects formal and informal care',
  description: 'A non-formal node tied both to formal care and to the informal network.',
  readsPaths: true,
  find: (input) => {
    const out: Finding[] = [];
    const sideOf = input.care.sideOf;
    for (const node of input.care.doc.nodes) {
      if (sideOf.get(node.id) === 'formal') continue;
      const ties = input.care.tiesOf.get(node.id) ?? [];
      // Most nodes touch no formal care: find that out before building any sets for them.
      if (!ties.some((t) => sideOf.get(t.source === node.id ? t.target : t.source) === 'formal')) continue;
      const formal = new Set<NodeId>();
      const informal = new Set<string>();
      const formalTies: TieId[] = [];
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
        subject: node.id,
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
});

const fewFormalLinks = defineRule({
  id: 'few-formal-links',
  kind: 'bridge',
  label: 'Few links between formal and informal care',
  description: 'Fewer ties than the threshold join formal nodes to the rest of the map.',
  find: (input) => {
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
        subject: 'map',
        nodes: [...new Set(ties.flatMap((t) => [t.source, t.target]))],
        ties: ties.map((t) => t.id),
        numbers: { ties: ties.length, formalNodes: formalNodes.length },
        sentence:
          ties.length === 0
            ? `No tie joins the ${plural(formalNodes.length, 'formal service')} to the informal network.`
            : closeSentence(
                `Only ${plural(ties.length, 'tie')} join${ties.length === 1 ? 's' : ''} formal care to the informal network: ${nameList(pairs)}`,
              ),
        threshold: 'fewFormalInformalTies',
        score: input.thresholds.fewFormalInformalTies - ties.length,
      },
    ];
  },
});

const communityLinks = defineRule({
  id: 'community-link',
  kind: 'bridge',
  label: 'Only link between two communities',
  description: 'One node carries every tie between two communities.',
  find: (input) => {
    const { ctx } = input;
    const { community } = ctx.communities();
    const members = communityMembers(input);
    // For each pair of communities, the set of nodes common to every tie between them.
    const shared = new Map<string, { a: number; b: number; common: Set<NodeId>; ties: TieId[] }>();
    const { edgeSource, edgeTarget, edgeTies } = ctx.structure;
    for (let e = 0; e < edgeTies.length; e++) {
      const si = edgeSource[e] as number;
      const ti = edgeTarget[e] as number;
      const cs = community[si] as number;
      const ct = community[ti] as number;
      if (cs === ct) continue;
      const s = ctx.ids[si] as NodeId;
      const t = ctx.ids[ti] as NodeId;
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
    const out: Finding[] = [];
    for (const { a, b, common, ties } of shared.values()) {
      if (common.size !== 1) continue;
      const node = [...common][0] as NodeId;
      const ma = members[a] ?? [];
      const mb = members[b] ?? [];
      if (ma.length < input.thresholds.minCommunitySize || mb.length < input.thresholds.minCommunitySize)
        continue;
      out.push({
        subject: `${node}:${a}-${b}`,
        nodes: [node],
        ties,
        numbers: { communityA: a, communityB: b, sizeA: ma.length, sizeB: mb.length },
        sentence: `${label(input, node)} is the only link between ${communityName(input, ma, node)} (${plural(ma.length, 'node')}) and ${communityName(input, mb, node)} (${plural(mb.length, 'node')}).`,
        threshold: 'minCommunitySize',
        score: Math.min(ma.length, mb.length),
      });
    }
    return out;
  },
});

export const BRIDGE_RULES: readonly InsightRule[] = [
  articulationPoints,
  bridgeTies,
  soleInformalSupport,
  formalInformalConnectors,
  fewFormalLinks,
  communityLinks,
];
