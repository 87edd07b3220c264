// Partners × the ten capacities, from each partner's latest assessment (§6.4: prioritise by
// strategic fit). Sortable by any capacity; Resources and Motivation are marked as the strategic
// ones the playbook looks at first.
import { useMemo, useState } from 'react';

import { CAPACITY_DIMENSIONS, type CapacityDimensionId, type CareMap, comparisonMatrix } from '../../model';

const STRATEGIC = new Set<CapacityDimensionId>(['resources', 'motivation']);

export function ComparisonMatrix({ doc, levels }: { doc: CareMap; levels: readonly string[] }) {
  const [sortBy, setSortBy] = useState<CapacityDimensionId | null>(null);
  const rows = useMemo(() => {
    const all = comparisonMatrix(doc);
    if (sortBy === null) return all;
    return [...all].sort((a, b) => (b.levels[sortBy] ?? 0) - (a.levels[sortBy] ?? 0));
  }, [doc, sortBy]);
  if (rows.length === 0) return <p className="muted">No partner has been assessed yet.</p>;
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.label ?? `(removed ${id})`;
  return (
    <table className="record-table matrix" data-testid="comparison-matrix">
      <caption>Latest level of each partner (1 = {levels[0]}, {levels.length} = {levels.at(-1)}); click a heading to sort.</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          {CAPACITY_DIMENSIONS.map((d) => (
            <th key={d.id} scope="col" aria-sort={sortBy === d.id ? 'descending' : 'none'}>
              <button type="button" className="link-button" onClick={() => setSortBy(sortBy === d.id ? null : d.id)} title={d.label}>
                {d.short}
                {STRATEGIC.has(d.id) ? ' ★' : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.partner} data-testid="matrix-row" data-partner={r.partner}>
            <th scope="row">
              {name(r.partner)} <span className="muted">({r.date})</span>
            </th>
            {CAPACITY_DIMENSIONS.map((d) => {
              const level = r.levels[d.id];
              return (
                <td key={d.id} className={`num level-${level ?? 'none'}`} title={level === null ? 'not rated' : levels[level - 1]}>
                  {level ?? '–'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
