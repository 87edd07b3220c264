// A table of the map's nodes: label (edit in place), kind, roles or category, tags and number of
// ties. Ticking a row selects the node. A text filter narrows long maps; at most MAX_ROWS rows are
// drawn at once so a 20,000-node map stays responsive.
import { useMemo } from 'react';

import { ACTOR_CATEGORIES, asNodeId, type CareNode, labelOf, NODE_KINDS, PERSON_ROLES } from '../../model';
import { selectDocument, useAppStore } from '../../store';
import { InlineTextEdit } from '../../ui/InlineTextEdit';

export const MAX_ROWS = 500;

function rolesOrCategory(n: CareNode): string {
  if (n.kind === 'person') return n.roles.map((r) => labelOf(PERSON_ROLES, r)).join(', ');
  return n.category === undefined ? '' : labelOf(ACTOR_CATEGORIES, n.category);
}

/** Case-insensitive match of `text` against a node's label and tags. */
export function matchesText(n: CareNode, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (q === '') return true;
  return n.label.toLowerCase().includes(q) || n.tags.some((t) => t.toLowerCase().includes(q));
}

export default function TableView() {
  const doc = useAppStore(selectDocument);
  const text = useAppStore((s) => s.filters.text);
  const selected = useAppStore((s) => s.selection.nodeIds);
  const setFilters = useAppStore((s) => s.setFilters);
  const select = useAppStore((s) => s.select);
  const updateNode = useAppStore((s) => s.updateNode);

  const tieCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of doc?.ties ?? []) {
      counts.set(t.source, (counts.get(t.source) ?? 0) + 1);
      counts.set(t.target, (counts.get(t.target) ?? 0) + 1);
    }
    return counts;
  }, [doc?.ties]);
  const rows = useMemo(() => (doc?.nodes ?? []).filter((n) => matchesText(n, text)), [doc?.nodes, text]);

  if (doc === null) return null;
  const chosen = new Set<string>(selected);
  const shown = rows.slice(0, MAX_ROWS);

  return (
    <div className="table-view" data-testid="table-view">
      <div className="table-tools">
        <label>
          Find{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => setFilters({ text: e.target.value })}
            data-testid="table-filter"
          />
        </label>
        <span className="muted" aria-live="polite">
          {rows.length === doc.nodes.length
            ? `${doc.nodes.length} nodes`
            : `${rows.length} of ${doc.nodes.length} nodes`}
          {rows.length > MAX_ROWS ? ` (showing the first ${MAX_ROWS}; type to narrow)` : ''}
        </span>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Selected</span>
            </th>
            <th scope="col">Label</th>
            <th scope="col">Kind</th>
            <th scope="col">Roles / category</th>
            <th scope="col">Tags</th>
            <th scope="col">Ties</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((n) => (
            <tr
              key={n.id}
              className={chosen.has(n.id) ? 'selected' : ''}
              data-testid="table-row"
              data-node-id={n.id}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${n.label}`}
                  checked={chosen.has(n.id)}
                  onChange={(e) =>
                    select({
                      nodeIds: e.target.checked
                        ? [...selected, asNodeId(n.id)]
                        : selected.filter((id) => id !== n.id),
                    })
                  }
                />
              </td>
              <td>
                <InlineTextEdit
                  label={`Label of ${n.label}`}
                  testId="table-label"
                  value={n.label}
                  onCommit={(label) => {
                    const result = updateNode(n.id, { label });
                    return result.ok ? null : result.reason;
                  }}
                />
              </td>
              <td>{labelOf(NODE_KINDS, n.kind)}</td>
              <td>{rolesOrCategory(n)}</td>
              <td>{n.tags.join(', ')}</td>
              <td>{tieCounts.get(n.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
