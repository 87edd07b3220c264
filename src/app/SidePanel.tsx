// The side panel: what is selected. One node or one tie shows its fields (label editable, kind,
// delete); several show a count and a bulk delete. The full inspector comes with the graph editor.
import { selectSelectedNode, selectSelectedTie, useAppStore } from '../store';
import { NodeInspector } from './NodeInspector';
import { TieInspector } from './TieInspector';

export function SidePanel() {
  const node = useAppStore(selectSelectedNode);
  const tie = useAppStore(selectSelectedTie);
  const nodeCount = useAppStore((s) => s.selection.nodeIds.length);
  const tieCount = useAppStore((s) => s.selection.tieIds.length);
  const removeNodes = useAppStore((s) => s.removeNodes);
  const removeTies = useAppStore((s) => s.removeTies);
  const selection = useAppStore((s) => s.selection);

  let body;
  if (node !== null) body = <NodeInspector node={node} />;
  else if (tie !== null) body = <TieInspector tie={tie} />;
  else if (nodeCount + tieCount > 0) {
    body = (
      <div>
        <p>
          {nodeCount} nodes and {tieCount} ties selected.
        </p>
        <button
          type="button"
          className="danger"
          data-testid="delete-selection"
          onClick={() => {
            if (selection.tieIds.length > 0) removeTies(selection.tieIds);
            if (selection.nodeIds.length > 0) removeNodes(selection.nodeIds);
          }}
        >
          Delete selected
        </button>
      </div>
    );
  } else
    body = <p className="muted">Select a node or a tie in the graph or the table to see and edit it here.</p>;

  return (
    <aside className="side-panel" aria-label="Selection" data-testid="side-panel">
      <h2>Selection</h2>
      {body}
    </aside>
  );
}
