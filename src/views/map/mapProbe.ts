// A read-only window onto the live map for browser tests and the benchmark (exposed only in test
// builds, through the app's test hook): whether the map is idle, which basemap shows, where markers
// were drawn (from the data handed to MapLibre and from what it rendered), and screen positions to
// click. It exposes no way to change the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RefObject } from 'react';

import type { BasemapShowing } from '../../store';
import { MARKER_LABEL_LAYER_ID, MARKER_LAYER_ID } from './networkLayers';
import type { MapFeatures } from './toGeoJson';

export interface ProbeMarker {
  readonly id: string;
  readonly lng: number;
  readonly lat: number;
  readonly approximate: boolean;
  /** A counted privacy cell (id `cell:lat,lng`) standing for `count` places; a marker has count 1. */
  readonly cell: boolean;
  readonly count: number;
  /** The look's mark on it (added, lost, changed, arrived), or '' for none. */
  readonly mark: string;
}

export interface MapProbe {
  /** True after MapLibre's `idle` event, until the next style or data change. */
  readonly idle: boolean;
  /** Milliseconds from the view mounting to the first frame drawn with a loaded style, and to the first idle. */
  readonly firstFrameMs: number | null;
  readonly firstIdleMs: number | null;
  basemap(): BasemapShowing;
  /** The style's `name` (the offline one is "Carewealth offline basemap"). */
  styleName(): string;
  zoom(): number;
  /** Every marker in the data given to the map source, where it is drawn. */
  sourceMarkers(): ProbeMarker[];
  /** Markers MapLibre actually rendered on screen now (tile-precision coordinates). */
  renderedMarkers(): ProbeMarker[];
  /** A point in degrees as CSS pixels from the top-left of the page. */
  toPage(lng: number, lat: number): { x: number; y: number };
  /** The point under page position (x, y) in CSS pixels, in degrees. */
  fromPage(x: number, y: number): { lng: number; lat: number };
  /** The number of layers in the current style (basemap, overlays and network). */
  layerCount(): number;
  /** Names MapLibre drew under markers now (the label layer, from street zoom). */
  renderedLabels(): string[];
}

export interface ProbeState {
  idle: boolean;
  firstFrameMs: number | null;
  firstIdleMs: number | null;
}

function markerOf(props: Record<string, unknown>, coordinates: unknown): ProbeMarker {
  const [lng, lat] = Array.isArray(coordinates) ? (coordinates as number[]) : [NaN, NaN];
  return {
    id: String(props['id']),
    lng: Number(lng),
    lat: Number(lat),
    approximate: props['approximate'] === true,
    cell: props['cell'] === true,
    count: Number(props['count'] ?? 1),
    mark: typeof props['mark'] === 'string' ? props['mark'] : '',
  };
}

export function createMapProbe(
  map: MapLibreMap,
  state: RefObject<ProbeState>,
  features: RefObject<MapFeatures | null>,
  showing: () => BasemapShowing,
): MapProbe {
  return {
    get idle() {
      return state.current.idle;
    },
    get firstFrameMs() {
      return state.current.firstFrameMs;
    },
    get firstIdleMs() {
      return state.current.firstIdleMs;
    },
    basemap: showing,
    styleName: () => map.getStyle()?.name ?? '',
    zoom: () => map.getZoom(),
    sourceMarkers: () =>
      (features.current?.nodes.features ?? []).map((f) =>
        markerOf(f.properties as unknown as Record<string, unknown>, f.geometry.coordinates),
      ),
    renderedMarkers: () => {
      if (map.getLayer(MARKER_LAYER_ID) === undefined) return [];
      return map
        .queryRenderedFeatures({ layers: [MARKER_LAYER_ID] })
        .map((f) => markerOf(f.properties, f.geometry.type === 'Point' ? f.geometry.coordinates : undefined));
    },
    toPage: (lng, lat) => {
      const p = map.project([lng, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    fromPage: (x, y) => {
      const box = map.getCanvas().getBoundingClientRect();
      const p = map.unproject([x - box.left, y - box.top]);
      return { lng: p.lng, lat: p.lat };
    },
    layerCount: () => map.getStyle()?.layers.length ?? 0,
    renderedLabels: () => {
      if (map.getLayer(MARKER_LABEL_LAYER_ID) === undefined) return [];
      return map.queryRenderedFeatures({ layers: [MARKER_LABEL_LAYER_ID] }).map((f) => String(f.properties['label']));
    },
  };
}
