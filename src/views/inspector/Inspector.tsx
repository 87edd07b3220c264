// The Details tab of the side drawer: the inspector for whatever is selected (nodes, ties, or
// both), or a hint when nothing is. The panel is re-keyed by the selection, so half-typed values never carry over from
// one node to another.
import { useMemo } from 'react';

import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { NodeInspector } from './NodeInspector';
import { TieInspector } from './TieInspector';

import './inspector.css';

export function Inspector() {
  const doc = useAppStore(selectDocument);
  const selection = useAppStore((s) => s.selection);
  const store = useAppStoreApi();
  const nodes = useMemo(() => {
    const wanted = new Set<string>(selection.nodeIds);
    return doc?.nodes.filter((n) => wanted.has(n.id)) ?? [];
  }, [doc?.nodes, selection.nodeIds]);
  const ties = useMemo(() => {
    const wanted = new Set<string>(selection.tieIds);
    return doc?.ties.filter((t) => wanted.has(t.id)) ?? [];
  }, [doc?.ties, selection.tieIds]);
  const key = [...selection.nodeIds, '|', ...selection.tieIds].join(',');

  let body;
  if (nodes.length > 0 && ties.length > 0) {
    body = (
      <div className="inspector" data-testid="mixed-inspector">
        <p>
          {nodes.length} {nodes.length === 1 ? 'node' : 'nodes'} and {ties.length} {ties.length === 1 ? 'tie' : 'ties'} selected.
        </p>
        <button
          type="button"
          className="danger"
          data-testid="delete-selection"
          onClick={() => store.getState().removeItems(selection.nodeIds, selection.tieIds)}
        >
          Delete all selected
        </button>
      </div>
    );
  } else if (nodes.length > 0) body = <NodeInspector key={key} nodes={nodes} ids={selection.nodeIds} />;
  else if (ties.length > 0) body = <TieInspector key={key} ties={ties} ids={selection.tieIds} />;
  else body = <p className="muted">Select a node or a tie in the graph or the table to see and edit it here.</p>;

  return (
    <div className="inspector-panel" data-testid="side-panel">
      {body}
    </div>
  );
}
