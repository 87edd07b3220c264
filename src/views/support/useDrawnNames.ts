// The names guided mapping shows, as the drawing shows them: with Initials on, people by initials
// (model/displayName), so the guided screens say no more than the support network beside them.
import { useMemo } from 'react';

import { type CareMap, displayName } from '../../model';
import { useAppStore } from '../../store';

/** A node's drawn name by id for the open map (the id itself for a node no longer on it). */
export function useDrawnNames(doc: CareMap): (id: string) => string {
  const labelMode = useAppStore((s) => s.labelMode);
  return useMemo(() => {
    const byId = new Map(doc.nodes.map((n) => [n.id as string, displayName(n, labelMode)]));
    return (id: string) => byId.get(id) ?? id;
  }, [doc, labelMode]);
}
