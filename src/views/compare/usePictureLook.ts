// The look of a picture of one state (a snapshot, or a comparison's before, after or difference):
// the plain look with the comparison's marks and a chosen finding's highlight, named as the person
// chose in the graph view (label mode). The graph picture, the map picture and the legend beside
// them all draw this one look.
import { useMemo } from 'react';

import type { ChangeMark } from '../../analysis';
import { type HighlightInput, type Look, lookOf } from '../../look';
import type { CareMap } from '../../model';
import { useAppStore } from '../../store';

export function usePictureLook(
  doc: CareMap,
  marks?: ReadonlyMap<string, ChangeMark>,
  highlight?: HighlightInput | null,
): Look {
  const labelMode = useAppStore((s) => s.labelMode);
  return useMemo(() => lookOf(doc, { marks, highlight: highlight ?? null, labelMode }), [doc, marks, highlight, labelMode]);
}
