// The table view, an accessible twin of the graph canvas: Nodes and Ties tabs, each a keyboard
// grid (sort, filter, select, edit in place, delete with an Undo toast), with forms to add a node
// and a tie. Rows follow the shared map filter and the text box; selection is the store's, so a row
// picked here is the node the inspector and the graph show.
import { useCallback, useMemo, useState } from 'react';

import { asNodeId, asTieId, type NodeId, type TieId } from '../../model';
import { type NodePatch, refusalMessage, selectDocument, type TiePatch, useAppStore, useAppStoreApi, useShallow } from '../../store';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { Toast } from '../../ui/Toast';
import { AddNodeForm } from './AddNodeForm';
import { AddTieForm } from './AddTieForm';
import { type Column, NODE_COLUMNS, type NodeRow, TIE_COLUMNS, type TieRow } from './columns';
import { DataGrid } from './DataGrid';
import { buildNodeRows, buildTieRows, type Sort, sortRows } from './rows';

import './table.css';

type Tab = 'nodes' | 'ties';

const TABS = (['nodes', 'ties'] as const).map((t) => ({
  value: t,
  label: t === 'nodes' ? 'Nodes' : 'Ties',
  id: `table-tab-${t}`,
  testId: `table-tab-${t}`,
}));

/** Next sort for a header click: ascending, then descending, then back to document order. */
function nextSort(sort: Sort | null, column: string): Sort | null {
  if (sort?.column !== column) return { column, direction: 'ascending' };
  return sort.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function TableView() {
  const store = useAppStoreApi();
  const doc = useAppStore(selectDocument);
  const filter = useAppStore((s) => s.mapFilter);
  const query = useAppStore((s) => s.filters.text);
  const nodeSelection = useAppStore(useShallow((s) => s.selection.nodeIds));
  const tieSelection = useAppStore(useShallow((s) => s.selection.tieIds));
  const [tab, setTab] = useState<Tab>('nodes');
  const [nodeSort, setNodeSort] = useState<Sort | null>(null);
  const [tieSort, setTieSort] = useState<Sort | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);

  const nodeRows = useMemo(
    () => (doc === null ? [] : sortRows(buildNodeRows(doc, filter, query), NODE_COLUMNS, nodeSort)),
    [doc, filter, query, nodeSort],
  );
  const tieRows = useMemo(
    () => (doc === null ? [] : sortRows(buildTieRows(doc, filter, query), TIE_COLUMNS, tieSort)),
    [doc, filter, query, tieSort],
  );
  const selectedNodes = useMemo(() => new Set<string>(nodeSelection), [nodeSelection]);
  const selectedTies = useMemo(() => new Set<string>(tieSelection), [tieSelection]);

  const commitNode = useCallback(
    (row: NodeRow, patch: NodePatch, column: Column<NodeRow, NodePatch>) => {
      const result = store.getState().patchNodes(new Map([[asNodeId(row.id), patch]]), `Edit ${column.header.toLowerCase()} of “${row.node.label}”`);
      return refusalMessage(result);
    },
    [store],
  );
  const commitTie = useCallback(
    (row: TieRow, patch: TiePatch, column: Column<TieRow, TiePatch>) => {
      const result = store.getState().patchTies(new Map([[asTieId(row.id), patch]]), `Edit ${column.header.toLowerCase()} of a tie`);
      return refusalMessage(result);
    },
    [store],
  );
  const deleteNodes = useCallback(
    (ids: string[]) => {
      if (store.getState().removeNodes(ids as NodeId[]).ok) setToast(`Deleted ${plural(ids.length, 'node', 'nodes')}`);
    },
    [store],
  );
  const deleteTies = useCallback(
    (ids: string[]) => {
      if (store.getState().removeTies(ids as TieId[]).ok) setToast(`Deleted ${plural(ids.length, 'tie', 'ties')}`);
    },
    [store],
  );

  if (doc === null) return null;
  const total = tab === 'nodes' ? doc.nodes.length : doc.ties.length;
  const shown = tab === 'nodes' ? nodeRows.length : tieRows.length;
  const noun = tab === 'nodes' ? 'nodes' : 'ties';

  return (
    <div className="table-view" data-testid="table-view">
      <div className="table-tools">
        <ButtonGroup
          className="table-tabs"
          kind="tab"
          label="Table"
          options={TABS}
          value={tab}
          onChange={setTab}
          controls="table-panel"
        />
        <label>
          Find{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => store.getState().setFilters({ text: e.target.value })}
            data-testid="table-filter"
          />
        </label>
        <span className="muted" aria-live="polite" data-testid="table-count">
          {shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`}
        </span>
      </div>
      <div id="table-panel" role="tabpanel" aria-labelledby={`table-tab-${tab}`} className="table-panel">
        {tab === 'nodes' ? (
          <>
            <AddNodeForm onAdded={setRevealId} />
            <DataGrid
              key="nodes"
              label="Nodes"
              rows={nodeRows}
              columns={NODE_COLUMNS}
              sort={nodeSort}
              onSort={(c) => setNodeSort((s) => nextSort(s, c))}
              selected={selectedNodes}
              onSelect={(ids) => store.getState().select({ nodeIds: ids as NodeId[] })}
              onCommit={commitNode}
              onDelete={deleteNodes}
              onDuplicate={(ids) => store.getState().duplicate(ids as NodeId[])}
              rowName={(r) => r.node.label}
              revealId={revealId}
              testId="table-grid"
              idAttribute="data-node-id"
            />
          </>
        ) : (
          <>
            <AddTieForm onAdded={setRevealId} />
            <DataGrid
              key="ties"
              label="Ties"
              rows={tieRows}
              columns={TIE_COLUMNS}
              sort={tieSort}
              onSort={(c) => setTieSort((s) => nextSort(s, c))}
              selected={selectedTies}
              onSelect={(ids) => store.getState().select({ tieIds: ids as TieId[] })}
              onCommit={commitTie}
              onDelete={deleteTies}
              rowName={(r) => `${r.sourceLabel} to ${r.targetLabel}`}
              revealId={revealId}
              testId="table-grid"
              idAttribute="data-tie-id"
            />
          </>
        )}
      </div>
      <p className="sr-only" id="table-keys">
        Arrow keys move between cells; Enter or F2 edits a cell; Space selects a row; Shift with arrows selects several;
        Delete removes the selected rows; Ctrl+Z undoes.
      </p>
      {toast !== null && (
        <Toast
          message={toast}
          actionLabel="Undo"
          onAction={() => {
            store.getState().undo();
            setToast(null);
          }}
          onDismiss={() => setToast(null)}
        />
      )}
    </div>
  );
}
