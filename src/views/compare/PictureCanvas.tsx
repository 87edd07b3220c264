// A read-only drawing of one state of a map (a snapshot, or a comparison's before, after or
// difference) at fixed positions, through the graph view's element mapping and stylesheet, from a
// look the caller made (usePictureLook): marks (added, lost, changed) and an insight-like
// highlight come from the look, never from here.
import type { Core } from 'cytoscape';
import { useMemo } from 'react';

import type { Look, Point } from '../../look';
import type { CareMap } from '../../model';
import { GraphCanvas } from '../graph/GraphCanvas';
import { buildGraphStyle } from '../graph/graphStyle';
import { toElements } from '../graph/toElements';

export interface PictureCanvasProps {
  readonly doc: CareMap;
  readonly look: Look;
  readonly positions: ReadonlyMap<string, Point>;
  readonly ariaLabel: string;
  /** Called once the instance holds its first elements (the test hook times its first frame). */
  readonly onReady?: ((cy: Core) => void) | undefined;
  /** Called once the first frame with those elements is drawn. */
  readonly onDrawn?: (() => void) | undefined;
}

const STYLE = buildGraphStyle({});

export function PictureCanvas({ doc, look, positions, ariaLabel, onReady, onDrawn }: PictureCanvasProps) {
  const elements = useMemo(() => toElements(doc, look, { placed: positions }), [doc, look, positions]);
  const handleReady = (cy: Core) => {
    cy.fit(undefined, 30);
    if (onDrawn !== undefined) cy.one('render', () => onDrawn());
    onReady?.(cy);
  };
  return (
    <div className="picture-canvas" data-testid="picture-canvas">
      <GraphCanvas elements={elements} stylesheet={STYLE} big={false} ariaLabel={ariaLabel} onReady={handleReady} />
    </div>
  );
}
