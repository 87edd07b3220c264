// The inspector for selected nodes. One node shows every field, its place and its ties; several
// show the fields they share ("mixed" where they differ), and an edit applies to all as one undo
// step. Duplicate and delete act on the whole selection, also as one step each.
import { memo } from 'react';

import { type CareNode, labelOf, NODE_KINDS, type NodeId } from '../../model';
import { useAppStoreApi } from '../../store';
import { MemberHats } from '../governance/MemberHats';
import { LocationFields } from './LocationFields';
import { NodeDetails } from './NodeDetails';
import { NodeFields } from './NodeFields';
import { NodeTies } from './NodeTies';

export interface NodeInspectorProps {
  readonly nodes: readonly CareNode[];
  readonly ids: readonly NodeId[];
}

export const NodeInspector = memo(function NodeInspector({ nodes, ids }: NodeInspectorProps) {
  const store = useAppStoreApi();
  const single = nodes.length === 1 ? nodes[0] : undefined;
  return (
    <div className="inspector" data-testid={single ? 'node-inspector' : 'bulk-node-inspector'}>
      <p className="inspector-heading" data-testid="inspector-heading">
        {single ? `${labelOf(NODE_KINDS, single.kind)}: ${single.label}` : `${nodes.length} nodes selected`}
      </p>
      <NodeFields nodes={nodes} ids={ids} />
      {single && <LocationFields key={single.id} node={single} />}
      <NodeDetails nodes={nodes} ids={ids} />
      {single && <NodeTies node={single} />}
      {single && <MemberHats />}
      <div className="inspector-actions">
        {single?.kind === 'person' && (
          <button type="button" data-testid="inspector-support" onClick={() => store.getState().showSupportNetwork(single.id)}>
            Show support network
          </button>
        )}
        <button type="button" data-testid="inspector-duplicate" onClick={() => store.getState().duplicate(ids)}>
          {single ? 'Duplicate node' : `Duplicate ${nodes.length} nodes`}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="inspector-delete"
          onClick={() => store.getState().removeNodes(ids)}
        >
          {single ? 'Delete node' : `Delete ${nodes.length} nodes`}
        </button>
      </div>
    </div>
  );
});
