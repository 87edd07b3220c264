// Controller that feeds the care network's data to a map's sources and hands browser tests and
// benchmarks a read-only probe of it (mapProbe.ts): it follows MapLibre's busy and idle events and
// the first frame drawn with a loaded style, timed from the component's mount. The map view and
// the comparison's map both use it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type RefObject, useEffect, useRef } from 'react';

import type { BasemapShowing } from '../../store';
import { createMapProbe, type MapProbe, type ProbeState } from './mapProbe';
import { type NetworkData, setNetworkData } from './networkLayers';
import type { MapFeatures } from './toGeoJson';

/**
 * Hand `network` to the map's sources whenever it changes (a style still loading picks it up
 * itself), and register a probe of `map` with `onProbe` while the map lives (null when it goes).
 * `features` is what the probe reports as drawn.
 */
export function useNetworkOnMap(
  map: MapLibreMap | null,
  network: NetworkData,
  features: RefObject<MapFeatures | null>,
  showing: () => BasemapShowing,
  onProbe: ((probe: MapProbe | null) => void) | undefined,
): void {
  const state = useRef<ProbeState>({ idle: false, firstFrameMs: null, firstIdleMs: null });
  const mountedAt = useRef(0);
  const showingRef = useRef(showing);
  useEffect(() => {
    showingRef.current = showing;
  });
  useEffect(() => {
    mountedAt.current = performance.now();
  }, []);
  useEffect(() => {
    if (map === null) return;
    state.current.idle = false;
    setNetworkData(map, network);
  }, [map, network]);
  useEffect(() => {
    if (map === null) return;
    const busy = () => {
      state.current.idle = false;
    };
    const idle = () => {
      state.current.idle = true;
      state.current.firstIdleMs ??= performance.now() - mountedAt.current;
    };
    const frame = () => {
      if (state.current.firstFrameMs === null && map.isStyleLoaded())
        state.current.firstFrameMs = performance.now() - mountedAt.current;
    };
    map.on('idle', idle);
    map.on('render', frame);
    map.on('dataloading', busy);
    map.on('movestart', busy);
    onProbe?.(createMapProbe(map, state, features, () => showingRef.current()));
    return () => {
      map.off('idle', idle);
      map.off('render', frame);
      map.off('dataloading', busy);
      map.off('movestart', busy);
      onProbe?.(null);
    };
  }, [map, onProbe, features]);
}
