// A read-only drawing of one state of a map (a snapshot, or a comparison's before, after or
// difference) at fixed positions, through the same look and graph stylesheet as the graph view:
// marks (added, lost, changed) and an insight-like highlight come from the look, never from here.
import type { Core } from 'cytoscape';
import { useMemo } from 'react';

import type { ChangeMark } from '../../analysis';
import { type HighlightInput, lookOf, type Point } from '../../look';
import type { CareMap } from '../../model';
import { useAppStore } from '../../store';
import { GraphCanvas } from '../graph/GraphCanvas';
import { buildGraphStyle } from '../graph/graphStyle';
import { toElements } from '../graph/toElements';

export interface PictureCanvasProps {
  readonly doc: CareMap;
  readonly positions: ReadonlyMap<string, Point>;
  readonly marks?: ReadonlyMap<string, ChangeMark>;
  readonly highlight?: HighlightInput | null;
  readonly ariaLabel: string;
}

const STYLE = buildGraphStyle({});

function fit(cy: Core): void {
  cy.fit(undefined, 30);
}

export function PictureCanvas({ doc, positions, marks, highlight, ariaLabel }: PictureCanvasProps) {
  const labelMode = useAppStore((s) => s.labelMode);
  const elements = useMemo(() => {
    const look = lookOf(doc, { marks, highlight: highlight ?? null, labelMode });
    return toElements(doc, look, { placed: positions });
  }, [doc, positions, marks, highlight, labelMode]);
  return (
    <div className="picture-canvas" data-testid="picture-canvas">
      <GraphCanvas elements={elements} stylesheet={STYLE} big={false} ariaLabel={ariaLabel} onReady={fit} />
    </div>
  );
}
