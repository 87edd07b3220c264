// The difference of two states drawn: on the graph (one layout for both states) or on the map
// (where each element has its place), the before, the after or both with added, lost and changed
// marked, and the legend of that one look beside it, whichever is drawn. The map is loaded only
// when first asked for: MapLibre is large.
import type { Core } from 'cytoscape';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

import { type DiffPicture, type PictureView, pictureState } from '../../analysis';
import type { HighlightInput, Point } from '../../look';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { Legend } from '../legend/Legend';
import type { MapProbe } from '../map/mapProbe';
import { PictureCanvas } from './PictureCanvas';
import { usePictureLook } from './usePictureLook';

const MapPicture = lazy(() => import('../map/MapPicture'));

const VIEWS = [
  { value: 'difference' as const, label: 'Difference', testId: 'compare-view-difference' },
  { value: 'before' as const, label: 'Before', testId: 'compare-view-before' },
  { value: 'after' as const, label: 'After', testId: 'compare-view-after' },
];
const DRAWN_ON = [
  { value: 'graph' as const, label: 'Graph', testId: 'compare-on-graph' },
  { value: 'map' as const, label: 'Map', testId: 'compare-on-map' },
];

export interface ComparePictureProps {
  readonly picture: DiffPicture;
  /** Picture ids -> positions on the graph (model units). */
  readonly positions: ReadonlyMap<string, Point>;
  readonly highlight: HighlightInput | null;
  /** Test builds: the graph picture's instance, and the map's probe. */
  readonly onGraphReady?: ((cy: Core) => void) | undefined;
  readonly onMapProbe?: ((probe: MapProbe | null) => void) | undefined;
  /** Called once the graph picture has drawn its first frame, or at once when the map is shown instead. */
  readonly onDrawn?: (() => void) | undefined;
}

export function ComparePicture({ picture, positions, highlight, onGraphReady, onMapProbe, onDrawn }: ComparePictureProps) {
  const [view, setView] = useState<PictureView>('difference');
  const [drawnOn, setDrawnOn] = useState<'graph' | 'map'>('graph');
  // The map draws on its own schedule: nothing waits for it.
  useEffect(() => {
    if (drawnOn === 'map') onDrawn?.();
  }, [drawnOn, onDrawn]);
  const shown = useMemo(() => pictureState(picture, view), [picture, view]);
  const look = usePictureLook(shown, picture.marks, highlight);
  const label = `The map, ${view}`;
  return (
    <div className="compare-picture">
      <div className="compare-picture-tools">
        <ButtonGroup label="Draw on" options={DRAWN_ON} value={drawnOn} onChange={setDrawnOn} />
        <ButtonGroup kind="tab" label="Show" options={VIEWS} value={view} onChange={setView} />
      </div>
      {drawnOn === 'graph' ? (
        <PictureCanvas doc={shown} look={look} positions={positions} ariaLabel={label} onReady={onGraphReady} onDrawn={onDrawn} />
      ) : (
        <Suspense fallback={<p className="empty">Drawing the map…</p>}>
          <MapPicture doc={shown} look={look} ariaLabel={`${label}, on the map`} onProbe={onMapProbe} />
        </Suspense>
      )}
      <div className="compare-legend">
        <Legend legend={look.legend} />
      </div>
    </div>
  );
}
