// Overstretched partners: who carries too much. More hours given than declared capacity, more
// receivers relying on them than they can support, a key broker with little capacity, and a
// person holding many roles at once. (Hats and capacity assessments are in governance.ts.)
import type { NodeId } from '../../model';
import { percent } from '../figures';
import { defineRule, type InsightInput, type InsightRule } from './rule';
import { plural } from './wording';

/** Hours of care a node gives a week (care ties without hours count 0). */
function hoursGiven(input: InsightInput, id: string): number {
  return (input.care.flowsOut.get(id) ?? []).reduce((s, f) => s + (f.tie.hoursPerWeek ?? 0), 0);
}

/** The receivers of a node's care, each once. */
function relyingReceivers(input: InsightInput, id: string): NodeId[] {
  return [...new Set((input.care.flowsOut.get(id) ?? []).map((f) => f.receiver))];
}

const overCapacityHours = defineRule({
  id: 'over-capacity-hours',
  kind: 'overstretch',
  label: 'Gives more hours than their capacity',
  description: 'Hours of care given a week exceed the declared capacity × the ratio threshold.',
  find: (input) =>
    input.care.doc.nodes.flatMap((n) => {
      const capacity = n.capacity?.hoursPerWeek;
      if (capacity === undefined) return [];
      const given = hoursGiven(input, n.id);
      if (!(given > capacity * input.thresholds.capacityRatio)) return [];
      const ratio = capacity === 0 ? Infinity : given / capacity;
      return [
        {
          subject: n.id,
          nodes: [n.id, ...relyingReceivers(input, n.id)],
          numbers: {
            hoursGiven: given,
            capacityHours: capacity,
            ratio: Number.isFinite(ratio) ? ratio : given,
          },
          sentence: `${n.label} gives ${given} hours a week against a capacity of ${capacity}${Number.isFinite(ratio) ? ` (${ratio.toFixed(1)}×)` : ''}.`,
          threshold: 'capacityRatio',
          score: Number.isFinite(ratio) ? ratio : given + 1,
        },
      ];
    }),
});

const manyReceivers = defineRule({
  id: 'many-receivers',
  kind: 'overstretch',
  label: 'Many receivers rely on them',
  description: 'More receivers than declared capacity, or at least the threshold when none is declared.',
  find: (input) =>
    input.care.doc.nodes.flatMap((n) => {
      const relying = relyingReceivers(input, n.id);
      const max = n.capacity?.maxReceivers;
      const fires =
        max !== undefined ? relying.length > max : relying.length >= input.thresholds.manyReceivers;
      if (!fires) return [];
      return [
        {
          subject: n.id,
          nodes: [n.id, ...relying],
          numbers: { receivers: relying.length, ...(max !== undefined ? { capacityReceivers: max } : {}) },
          sentence:
            max !== undefined
              ? `${plural(relying.length, 'receiver')} rely on ${n.label}, more than the ${max} it can support.`
              : `${plural(relying.length, 'receiver')} rely on ${n.label} (threshold ${input.thresholds.manyReceivers}).`,
          threshold: max !== undefined ? null : 'manyReceivers',
          score:
            max !== undefined && max > 0
              ? relying.length / max
              : relying.length / input.thresholds.manyReceivers,
        },
      ];
    }),
});

const brokerLowCapacity = defineRule({
  id: 'broker-low-capacity',
  kind: 'overstretch',
  label: 'Key broker with little capacity',
  description: 'High betweenness with declared capacity at or below the low-capacity threshold.',
  readsPaths: true,
  find: (input) =>
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
              subject: n.id,
              nodes: [n.id],
              numbers: { betweenness: b, capacityHours: capacity },
              sentence: `${n.label} lies on ${percent(b)} of shortest paths between others but has only ${capacity} hours a week of capacity.`,
              threshold: 'highBetweenness',
              score: b * 10,
            },
          ];
        }),
});

const manyRoles = defineRule({
  id: 'many-roles',
  kind: 'overstretch',
  label: 'Many roles at once',
  description: 'A person holding at least the threshold number of roles.',
  find: (input) =>
    input.care.doc.nodes
      .filter((n) => n.kind === 'person' && n.roles.length >= input.thresholds.manyRoles)
      .map((n) => ({
        subject: n.id,
        nodes: [n.id],
        numbers: { roles: n.roles.length },
        sentence: `${n.label} holds ${n.roles.length} roles at once.`,
        threshold: 'manyRoles',
        score: n.roles.length / input.thresholds.manyRoles,
      })),
});

export const OVERSTRETCH_RULES: readonly InsightRule[] = [
  overCapacityHours,
  manyReceivers,
  brokerLowCapacity,
  manyRoles,
];
