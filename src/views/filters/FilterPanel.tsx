// The filter panel: which kinds, roles, formality, care types, tags, tie kinds and date the map
// shows, bound to the store's shared map filter (model `applyFilter`), so the graph, table and
// map views agree on what is visible.
import { useMemo } from 'react';

import { type MapFilter, NODE_KINDS, PERSON_ROLES, TIE_KINDS } from '../../model';
import { selectDocument, useAppStore } from '../../store';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

interface CheckGroupProps<T extends string> {
  readonly legend: string;
  readonly options: readonly { id: T; label: string }[];
  readonly chosen: readonly T[];
  readonly onToggle: (id: T) => void;
  readonly testId: string;
}

function CheckGroup<T extends string>({ legend, options, chosen, onToggle, testId }: CheckGroupProps<T>) {
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.id}>
          <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => onToggle(o.id)} data-testid={`${testId}-${o.id}`} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterPanel({ onClose }: { readonly onClose: () => void }) {
  const doc = useAppStore(selectDocument);
  const filter = useAppStore((s) => s.mapFilter);
  const setFilter = useAppStore((s) => s.setMapFilter);
  const clear = useAppStore((s) => s.clearMapFilter);
  const tags = useMemo(() => {
    const all = new Set<string>();
    for (const n of doc?.nodes ?? []) for (const t of n.tags) all.add(t);
    return [...all].sort((a, b) => a.localeCompare(b)).map((t) => ({ id: t, label: t }));
  }, [doc]);
  const careTypes = useMemo(() => (doc?.careTypes ?? []).map((c) => ({ id: c.id, label: c.label })), [doc]);
  const patch = (p: Partial<MapFilter>) => setFilter(p);

  return (
    <section id="filter-panel" className="filter-panel" aria-label="Filters" data-testid="filter-panel">
      <header>
        <h2>Show only</h2>
        <button type="button" onClick={clear} data-testid="filters-clear">
          Show everything
        </button>
        <button type="button" onClick={onClose} aria-label="Close filters">
          ×
        </button>
      </header>
      <CheckGroup legend="Kinds" options={NODE_KINDS} chosen={filter.kinds} testId="filter-kind" onToggle={(id) => patch({ kinds: toggle(filter.kinds, id) })} />
      <fieldset className="filter-group">
        <legend>Formal or informal</legend>
        {(['all', 'formal', 'informal'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="formality" checked={filter.formality === f} onChange={() => patch({ formality: f })} data-testid={`filter-formality-${f}`} />
            {f === 'all' ? 'Both' : f === 'formal' ? 'Formal only' : 'Informal only'}
          </label>
        ))}
      </fieldset>
      <CheckGroup legend="Roles (people)" options={PERSON_ROLES} chosen={filter.roles} testId="filter-role" onToggle={(id) => patch({ roles: toggle(filter.roles, id) })} />
      <CheckGroup legend="Care types" options={careTypes} chosen={filter.careTypes} testId="filter-care" onToggle={(id) => patch({ careTypes: toggle(filter.careTypes, id) })} />
      <CheckGroup legend="Tie kinds" options={TIE_KINDS} chosen={filter.tieKinds} testId="filter-tie" onToggle={(id) => patch({ tieKinds: toggle(filter.tieKinds, id) })} />
      <CheckGroup legend="Tags" options={tags} chosen={filter.tags} testId="filter-tag" onToggle={(id) => patch({ tags: toggle(filter.tags, id) })} />
      <fieldset className="filter-group">
        <legend>As on date</legend>
        <label>
          <span className="visually-hidden">Date</span>
          <input
            type="date"
            value={filter.asOf ?? ''}
            data-testid="filter-date"
            onChange={(e) => {
              const value = e.target.value;
              setFilter({ asOf: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined });
            }}
          />
        </label>
      </fieldset>
    </section>
  );
}
