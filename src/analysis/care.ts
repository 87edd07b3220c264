// What care ties and nodes mean for the analyses: which side of the formal/informal divide a node
// or tie is on, who gives and who receives, and who owns which team. Every rule that reads care
// semantics out of the document lives here, so the map-level figures and the insights agree.
import { type CareMap, type CareNode, type NodeId, nodeSide, type Side, type Tie, tieSideGiven } from '../model';

// Which side of the formal/informal divide a node or tie is on is part of the model (the graph
// view draws it and the filters use it too); re-exported here, where the analyses read it.
export { nodeSide, type Side } from '../model';

/** One directed flow of care: a care tie read giver -> receiver (a mutual tie gives two). */
export interface Flow {
  readonly tie: Tie;
  readonly giver: NodeId;
  readonly receiver: NodeId;
  readonly side: 'formal' | 'informal';
}

/** Indexes the analyses share, built once per document. */
export interface CareIndex {
  readonly doc: CareMap;
  readonly byId: ReadonlyMap<string, CareNode>;
  /** Every node's side (nodeSide), worked out once. */
  readonly sideOf: ReadonlyMap<string, Side>;
  /** Every care flow, in tie order (a mutual tie's reverse flow right after it). */
  readonly flows: readonly Flow[];
  readonly flowsOut: ReadonlyMap<string, readonly Flow[]>;
  readonly flowsIn: ReadonlyMap<string, readonly Flow[]>;
  /** Every tie touching a node, any kind. */
  readonly tiesOf: ReadonlyMap<string, readonly Tie[]>;
  /** team id -> its owners: people with the team_owner role holding a membership tie to it. */
  readonly teamOwners: ReadonlyMap<string, readonly NodeId[]>;
  /** Team ids each person belongs to (membership ties). */
  readonly teamsOf: ReadonlyMap<string, readonly NodeId[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Build the shared indexes. Ties that point at missing nodes are ignored. */
export function indexCare(doc: CareMap): CareIndex {
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  const sideOf = new Map(doc.nodes.map((n) => [n.id as string, nodeSide(n)]));
  const flows: Flow[] = [];
  const flowsOut = new Map<string, Flow[]>();
  const flowsIn = new Map<string, Flow[]>();
  const tiesOf = new Map<string, Tie[]>();
  const teamOwners = new Map<string, NodeId[]>();
  const teamsOf = new Map<string, NodeId[]>();
  const addFlow = (tie: Tie, giver: NodeId, receiver: NodeId): void => {
    const flow: Flow = { tie, giver, receiver, side: tieSideGiven(tie, sideOf.get(giver)) };
    flows.push(flow);
    push(flowsOut, giver, flow);
    push(flowsIn, receiver, flow);
  };
  for (const tie of doc.ties) {
    const source = byId.get(tie.source);
    const target = byId.get(tie.target);
    if (source === undefined || target === undefined || tie.source === tie.target) continue;
    push(tiesOf, tie.source, tie);
    push(tiesOf, tie.target, tie);
    if (tie.kind === 'care') {
      addFlow(tie, source.id, target.id);
      if (tie.mutual) addFlow(tie, target.id, source.id);
    }
    if (tie.kind === 'membership' && target.kind === 'team') {
      push(teamsOf, source.id, target.id);
      if (source.kind === 'person' && source.roles.includes('team_owner'))
        push(teamOwners, target.id, source.id);
    }
  }
  return { doc, byId, sideOf, flows, flowsOut, flowsIn, tiesOf, teamOwners, teamsOf };
}

/**
 * Care a node receives: flows into it, plus (for a Team Owner) flows into the teams they own,
 * since care given to a team is given to the person it forms around.
 */
export function careReceived(index: CareIndex, id: NodeId): Flow[] {
  const direct = [...(index.flowsIn.get(id) ?? [])];
  for (const team of index.teamsOf.get(id) ?? []) {
    if ((index.teamOwners.get(team) ?? []).includes(id))
      direct.push(...(index.flowsIn.get(team) ?? []).filter((f) => f.giver !== id));
  }
  return direct;
}

/**
 * Receivers: people who hold the team_owner role, list care they need, or receive any care flow.
 * Groups and organisations receiving care (a team, the circle) are not receivers here; care
 * into a team is credited to its owner (see careReceived).
 */
export function receivers(index: CareIndex): CareNode[] {
  return index.doc.nodes.filter((n) => isReceiver(index, n));
}

/** Whether one node is a receiver (see `receivers`). */
export function isReceiver(index: CareIndex, n: CareNode): boolean {
  return (
    n.kind === 'person' &&
    (n.roles.includes('team_owner') || n.careNeeded.length > 0 || (index.flowsIn.get(n.id)?.length ?? 0) > 0)
  );
}

/**
 * What every node receives and gives, for all nodes at once: the rules of `careReceived` and
 * `isReceiver`, and a giver's load as the overstretch insights read it (hours a week on its
 * outgoing care flows, a mutual tie counting for both ends; distinct receivers), worked out in one pass over the ties on node indexes (document
 * order) without building flows. Used where every node of a big map is needed (comparing two
 * states); answers are the same as the per-node functions on `indexCare` (tested).
 */
export interface CareTotals {
  readonly indexOf: ReadonlyMap<string, number>;
  /** Care types node `i` receives (care into teams it owns included, less its own), sorted. */
  receivedTypes(i: number): string[];
  /** Whether node `i` is a receiver (see `receivers`). */
  isReceiver(i: number): boolean;
  /** Hours a week node `i` gives on its care flows (unset hours count 0). */
  hoursGiven(i: number): number;
  /** Distinct receivers of node `i`'s care. */
  receiverCount(i: number): number;
}

export function careTotals(doc: CareMap): CareTotals {
  const nodes = doc.nodes;
  const ties = doc.ties;
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  // Pass 1: each care flow's giver and receiver (a mutual tie gives two), counted per node.
  // Flows are kept in typed arrays laid out by node (CSR), so a big map costs no small arrays.
  const giverOf: number[] = [];
  const receiverOf: number[] = [];
  const tieOf: number[] = [];
  const hours = new Float64Array(n);
  const inCount = new Int32Array(n + 1);
  const outCount = new Int32Array(n + 1);
  const ownedTeams = new Map<number, number[]>();
  const flow = (g: number, r: number, k: number, h: number) => {
    giverOf.push(g);
    receiverOf.push(r);
    tieOf.push(k);
    hours[g] = (hours[g] as number) + h;
    inCount[r + 1] = (inCount[r + 1] as number) + 1;
    outCount[g + 1] = (outCount[g + 1] as number) + 1;
  };
  for (let k = 0; k < ties.length; k++) {
    const t = ties[k] as Tie;
    if (t.kind !== 'care' && t.kind !== 'membership') continue;
    const s = indexOf.get(t.source);
    const r = indexOf.get(t.target);
    if (s === undefined || r === undefined || s === r) continue;
    if (t.kind === 'care') {
      const h = t.hoursPerWeek ?? 0;
      flow(s, r, k, h);
      if (t.mutual) flow(r, s, k, h);
    } else {
      const owner = nodes[s] as CareNode;
      if ((nodes[r] as CareNode).kind === 'team' && owner.kind === 'person' && owner.roles.includes('team_owner')) {
        const list = ownedTeams.get(s);
        if (list === undefined) ownedTeams.set(s, [r]);
        else list.push(r);
      }
    }
  }
  // Pass 2: lay the flows out by receiver (giver, tie) and by giver (receiver), in tie order.
  for (let i = 0; i < n; i++) {
    inCount[i + 1] = (inCount[i + 1] as number) + (inCount[i] as number);
    outCount[i + 1] = (outCount[i + 1] as number) + (outCount[i] as number);
  }
  const inGiver = new Int32Array(giverOf.length);
  const inTie = new Int32Array(giverOf.length);
  const outReceiver = new Int32Array(giverOf.length);
  const inFill = inCount.slice(0, n);
  const outFill = outCount.slice(0, n);
  for (let f = 0; f < giverOf.length; f++) {
    const g = giverOf[f] as number;
    const r = receiverOf[f] as number;
    const at = inFill[r] as number;
    inGiver[at] = g;
    inTie[at] = tieOf[f] as number;
    inFill[r] = at + 1;
    outReceiver[outFill[g] as number] = r;
    outFill[g] = (outFill[g] as number) + 1;
  }
  return {
    indexOf,
    receivedTypes(i) {
      // Collected with repeats, then sorted and deduplicated in place: most receivers get a few
      // types from a few ties, where this beats building a Set.
      const out: string[] = [];
      const add = (node: number, except: number) => {
        const end = inCount[node + 1] as number;
        for (let j = inCount[node] as number; j < end; j++) if (inGiver[j] !== except) out.push(...(ties[inTie[j] as number] as Tie).careTypes);
      };
      add(i, -1);
      for (const team of ownedTeams.get(i) ?? []) add(team, i);
      out.sort();
      let w = 0;
      for (let r = 0; r < out.length; r++) if (r === 0 || out[r] !== out[r - 1]) out[w++] = out[r] as string;
      out.length = w;
      return out;
    },
    isReceiver(i) {
      const node = nodes[i] as CareNode;
      return node.kind === 'person' && (node.roles.includes('team_owner') || node.careNeeded.length > 0 || (inCount[i + 1] as number) > (inCount[i] as number));
    },
    hoursGiven: (i) => hours[i] as number,
    receiverCount(i) {
      const from = outCount[i] as number;
      const to = outCount[i + 1] as number;
      // A short list is counted in place; a hub's long one through a Set.
      if (to - from > 32) return new Set(outReceiver.subarray(from, to)).size;
      let distinct = 0;
      for (let r = from; r < to; r++) {
        let seen = false;
        for (let q = from; q < r && !seen; q++) seen = outReceiver[q] === outReceiver[r];
        if (!seen) distinct += 1;
      }
      return distinct;
    },
  };
}
