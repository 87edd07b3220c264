// A later state of a map, made by a seeded hand, for tests and benchmarks of the comparison over
// time: some nodes leave (with their ties), newcomers join, ties go, new ties come (care ties with
// care types, some mutual, some into teams, and memberships), and kept ties and nodes change
// (strength, hours, care types; roles, needs, capacity, labels). The result shares no object with
// its input, as two files read from disk share none. Same input and seed, same result.
import {
  type CareMap,
  type CareNode,
  DEFAULT_CARE_TYPES,
  type NodeId,
  type PersonRole,
  seededRandom,
  STRENGTH_IDS,
  type Strength,
  type Tie,
  type TieId,
} from '../../src/model';

export interface EvolveOptions {
  /** Share of nodes that leave (0–1). */
  readonly dropNodes: number;
  /** Share of the remaining ties that go. */
  readonly dropTies: number;
  /** Newcomers, as a share of the node count. */
  readonly newNodes: number;
  /** New ties per newcomer, plus this share of the tie count among everyone. */
  readonly newTies: number;
  /** Share of kept ties and nodes changed in some field. */
  readonly changed: number;
}

export const MODERATE_CHANGE: EvolveOptions = {
  dropNodes: 0.05,
  dropTies: 0.1,
  newNodes: 0.05,
  newTies: 0.05,
  changed: 0.2,
};

const CARE_TYPES = DEFAULT_CARE_TYPES.map((c) => c.id);
const ROLES: readonly PersonRole[] = ['team_owner', 'volunteer', 'neighbour', 'family'];

export function evolveMap(doc: CareMap, seed: number, o: EvolveOptions = MODERATE_CHANGE): CareMap {
  const rng = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const copy = JSON.parse(JSON.stringify(doc)) as CareMap;
  const gone = new Set(copy.nodes.filter(() => rng() < o.dropNodes).map((n) => n.id as string));
  const nodes: CareNode[] = copy.nodes
    .filter((n) => !gone.has(n.id))
    .map((n) => {
      if (rng() >= o.changed) return n;
      const r = rng();
      if (n.kind === 'person' && r < 0.3)
        return {
          ...n,
          roles: n.roles.includes('team_owner')
            ? n.roles.filter((x) => x !== 'team_owner')
            : [...n.roles, 'team_owner'],
        };
      if (n.kind === 'person' && r < 0.5)
        return { ...n, careNeeded: [...new Set([...n.careNeeded, pick(CARE_TYPES)])] };
      if (r < 0.8)
        return {
          ...n,
          capacity: { hoursPerWeek: Math.round(rng() * 20), maxReceivers: 1 + Math.floor(rng() * 10) },
        };
      return { ...n, label: `${n.label} (renamed)`.slice(0, 200) };
    });
  const fresh = Math.round(copy.nodes.length * o.newNodes);
  for (let i = 0; i < fresh; i++) {
    nodes.push({
      id: `n-new-${seed}-${i}` as NodeId,
      kind: 'person',
      label: `Newcomer ${seed}.${i}`,
      roles: [pick(ROLES)],
      careOffered: [],
      careNeeded: [],
      tags: [],
    });
  }
  const ties: Tie[] = copy.ties
    .filter((t) => !gone.has(t.source) && !gone.has(t.target) && rng() >= o.dropTies)
    .map((t) => {
      if (t.kind !== 'care' || rng() >= o.changed) return t;
      const r = rng();
      if (r < 0.4) return { ...t, strength: pick(STRENGTH_IDS) as Strength };
      if (r < 0.7) return { ...t, hoursPerWeek: Math.round(rng() * 10) };
      return { ...t, careTypes: [pick(CARE_TYPES)] };
    });
  const teams = nodes.filter((n) => n.kind === 'team');
  const count = fresh * 2 + Math.round(copy.ties.length * o.newTies);
  for (let i = 0; i < count; i++) {
    const s = i < fresh * 2 ? (nodes[nodes.length - fresh + Math.floor(i / 2)] as CareNode) : pick(nodes);
    const r = rng();
    const id = `t-new-${seed}-${i}` as TieId;
    if (r < 0.15 && teams.length > 0 && s.kind === 'person') {
      ties.push({
        id,
        kind: 'membership',
        source: s.id,
        target: pick(teams).id,
        mutual: false,
        careTypes: [],
        strength: 'engaged',
      });
      continue;
    }
    const t = r < 0.35 && teams.length > 0 ? pick(teams) : pick(nodes);
    if (t.id === s.id) continue;
    ties.push({
      id,
      kind: 'care',
      source: s.id,
      target: t.id,
      mutual: rng() < 0.2,
      careTypes: [pick(CARE_TYPES)],
      strength: pick(STRENGTH_IDS) as Strength,
      hoursPerWeek: Math.round(rng() * 6),
    });
  }
  return { ...copy, nodes, ties };
}
