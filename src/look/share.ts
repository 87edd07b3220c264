// The look of a copy to share (model `shareMap`): what leaves the device as a picture shows people
// the way a shared file does. Takes the look of the map as it is drawn now (colours, sizes, lines,
// what is visible) and carries it over to the copy's nodes and ties: renumbered as the copy is,
// named as the copy names them, and without whatever the copy leaves out.
import type { CareNode, SharedMap } from '../model';
import type { Look, NodeLook, TieLook } from './look';
import { roleLine } from './palette';

function captionOf(node: CareNode): string {
  const roles = node.kind === 'person' ? roleLine(node.roles) : '';
  return roles === '' ? node.label : `${node.label}\n${roles}`;
}

function mapped(ids: ReadonlySet<string>, to: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const next = to.get(id);
    if (next !== undefined) out.add(next);
  }
  return out;
}

/** `look` (of the map `shared` was made from) as the copy to share shows it, keyed by the copy's ids. */
export function shareLook(look: Look, shared: SharedMap): Look {
  const nodeIds = shared.nodeIds as ReadonlyMap<string, string>;
  const tieIds = shared.tieIds as ReadonlyMap<string, string>;
  const nodesById = new Map<string, CareNode>(shared.doc.nodes.map((n) => [n.id, n]));
  const tiesById = new Map(shared.doc.ties.map((t) => [t.id as string, t]));
  const nodes = new Map<string, NodeLook>();
  for (const [id, drawn] of look.nodes) {
    const node = nodesById.get(nodeIds.get(id) ?? '');
    if (node !== undefined)
      nodes.set(node.id, { ...drawn, id: node.id, label: node.label, caption: captionOf(node) });
  }
  const ties = new Map<string, TieLook>();
  for (const [id, drawn] of look.ties) {
    const tie = tiesById.get(tieIds.get(id) ?? '');
    if (tie !== undefined) {
      ties.set(tie.id, {
        ...drawn,
        id: tie.id,
        source: tie.source,
        target: tie.target,
        label: tie.label ?? '',
      });
    }
  }
  const visible =
    look.visible === undefined
      ? undefined
      : { nodeIds: mapped(look.visible.nodeIds, nodeIds), tieIds: mapped(look.visible.tieIds, tieIds) };
  return { nodes, ties, visible, legend: look.legend };
}
