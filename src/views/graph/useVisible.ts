// What the canvas draws: the nodes and ties the shared map filter lets through, narrowed in focus
// mode to the focused node and its neighbours to N steps. Undefined when everything shows.
import { useMemo } from 'react';

import { applyFilter, type CareMap, isFilterEmpty, neighbourhood, type Visible } from '../../model';
import { useAppStore } from '../../store';

/** The pure part, for tests: filter, then focus (on the filtered map) when a focus is set. */
export function visibleFor(
  doc: CareMap,
  filter: Parameters<typeof applyFilter>[1],
  focus: string | null,
  steps: number,
): Visible | undefined {
  const filtered = isFilterEmpty(filter) ? undefined : applyFilter(doc, filter);
  if (focus === null || !doc.nodes.some((n) => n.id === focus)) return filtered;
  const keep = neighbourhood(doc, focus, steps, filtered);
  const nodeIds = new Set([...keep].filter((id) => filtered === undefined || filtered.nodeIds.has(id) || id === focus));
  const tieIds = new Set<string>();
  for (const t of doc.ties) {
    if (!nodeIds.has(t.source) || !nodeIds.has(t.target)) continue;
    if (filtered === undefined || filtered.tieIds.has(t.id)) tieIds.add(t.id);
  }
  return { nodeIds, tieIds };
}

export function useVisible(doc: CareMap | null): Visible | undefined {
  const filter = useAppStore((s) => s.mapFilter);
  const focus = useAppStore((s) => s.focus);
  const steps = useAppStore((s) => s.focusSteps);
  return useMemo(() => (doc === null ? undefined : visibleFor(doc, filter, focus, steps)), [doc, filter, focus, steps]);
}
