// A read-only map of a care map drawn from a look the caller made (a comparison's before, after or
// difference, with its marks), through the map view's own pieces: toGeoJson, the network layers
// (marks included) and the one MapLibre owner (useMapLibre), on the offline basemap. Every marked
// element is drawn on its own (no counted cells: a mark inside a count would be lost; people drawn
// approximately still stand at their privacy cell, displayLocation), and what has no place is
// counted in a line under the map rather than dropped. Nothing here edits the document.
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { Look } from '../../look';
import type { CareMap } from '../../model';
import type { MapProbe } from './mapProbe';
import { countUndrawnMarks, type MapFeatures, toGeoJson, undrawnSentence } from './toGeoJson';
import { fullOfflineStyle } from './useBasemap';
import { boundsOf } from './useMapCamera';
import { useMapLibre } from './useMapLibre';
import { useNetworkOnMap } from './useNetworkOnMap';

import './map.css';

export interface MapPictureProps {
  readonly doc: CareMap;
  readonly look: Look;
  readonly ariaLabel: string;
  /** Called with a read-only probe once the map exists, and with null when it goes (test builds). */
  readonly onProbe?: ((probe: MapProbe | null) => void) | undefined;
}

// Absolute: the build's base is relative ('./'), and MapLibre fetches from its worker.
const ASSET_BASE = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const NO_DENSITY: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

export default function MapPicture({ doc, look, ariaLabel, onProbe }: MapPictureProps) {
  const [zoom, setZoom] = useState<number | undefined>(undefined);
  const features = useMemo<MapFeatures>(
    () => toGeoJson(doc, look, { ...(zoom === undefined ? {} : { zoom }), cells: false, ties: 'all' }),
    [doc, look, zoom],
  );
  const network = useMemo(() => ({ nodes: features.nodes, ties: features.ties, density: NO_DENSITY }), [features]);
  const undrawn = useMemo(() => undrawnSentence(countUndrawnMarks(doc, look, features)), [doc, look, features]);
  const featuresRef = useRef<MapFeatures | null>(null);
  useEffect(() => {
    featuresRef.current = features;
  });

  const { ref, map } = useMapLibre({
    initialStyle: () => fullOfflineStyle({ overlays: features.overlays, network, clusters: false }, ASSET_BASE),
    initialBounds: () => boundsOf(doc, features),
  });
  useNetworkOnMap(map, network, featuresRef, () => 'offline', onProbe);

  // Whole zooms fan out markers sharing a point (people drawn at one privacy cell).
  useEffect(() => {
    if (map === null) return;
    const update = () => setZoom(Math.round(map.getZoom()));
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);

  return (
    <div className="map-picture" data-testid="map-picture">
      <div ref={ref} className="map-canvas" data-testid="map-picture-canvas" role="img" aria-label={ariaLabel} />
      {undrawn !== '' && (
        <p className="map-picture-undrawn" role="note" data-testid="map-picture-undrawn">
          {undrawn}
        </p>
      )}
    </div>
  );
}
