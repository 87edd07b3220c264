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
  for (const tie of doc.ties) {
    const source = byId.get(tie.source);
    const target = byId.get(tie.target);
    if (source === undefined || target === undefined || tie.source === tie.target) continue;
    push(tiesOf, tie.source, tie);
    push(tiesOf, tie.target, tie);
    if (tie.kind === 'care') {
      const directions: Array<[CareNode, CareNode]> = tie.mutual
        ? [
            [source, target],
            [target, source],
          ]
        : [[source, target]];
      for (const [g, r] of directions) {
        const flow: Flow = { tie, giver: g.id, receiver: r.id, side: tieSideGiven(tie, sideOf.get(g.id)) };
        flows.push(flow);
        push(flowsOut, g.id, flow);
        push(flowsIn, r.id, flow);
      }
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
  return index.doc.nodes.filter(
    (n) =>
      n.kind === 'person' &&
      (n.roles.includes('team_owner') ||
        n.careNeeded.length > 0 ||
        (index.flowsIn.get(n.id)?.length ?? 0) > 0),
  );
}
