// The Map and Split views of the view switch. MapLibre is large (about 1 MB plus its worker), so the
// map view is loaded only when first shown. Split puts the graph beside the map; both read the same
// store, so selection, hover, filters and focus stay linked between them.
import { lazy, type ReactNode, Suspense } from 'react';

import { createMapAssets, type MapAssets } from '../persistence/mapAssets';
import { registerMap } from './testHooks';

const MapView = lazy(() => import('../views/map/MapView'));

let assets: MapAssets | null = null;

/** The browser storage for map settings and the street file, opened on first use. */
function mapAssets(): MapAssets {
  assets ??= createMapAssets();
  return assets;
}

export function MapPane() {
  return (
    <Suspense fallback={<p className="empty">Drawing the map…</p>}>
      <MapView onProbe={registerMap} assets={mapAssets()} />
    </Suspense>
  );
}

export function SplitPane({ graph }: { readonly graph: ReactNode }) {
  return (
    <div className="split-view" data-testid="split-view">
      <div className="split-pane">{graph}</div>
      <div className="split-pane">
        <MapPane />
      </div>
    </div>
  );
}
