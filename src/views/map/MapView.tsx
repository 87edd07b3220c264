// The map view: the open care map on a basemap, linked with the other views through the store
// (selection, hover, the shared filter, focus and analysis highlights go both ways), drawn from
// the same look as the graph (src/look). It owns the
// MapLibre instance (useMapLibre) and hands it to headless controllers: basemap and fallback,
// data, pointer events and placing, camera. Lazy-loaded by the shell: MapLibre is large.
import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { NodeId } from '../../model';
import type { MapAssets } from '../../store';
import { selectDocument, selectLookFacts, useAppStore, useAppStoreApi, useShallow } from '../../store';
import { lookOf } from '../../look';
import { OVERLAY_SOURCE_ID } from './basemapStyle';
import { densityFeatures } from './density';
import type { MapProbe } from './mapProbe';
import { MapSettings } from './MapSettings';
import { MapToolbar } from './MapToolbar';
import { PlacementPanel } from './PlacementPanel';
import { type MapFeatures, STREET_ZOOM, toGeoJson } from './toGeoJson';
import { fullOfflineStyle, useBasemap } from './useBasemap';
import { boundsOf, useMapCamera } from './useMapCamera';
import { useMapEvents } from './useMapEvents';
import { useMapLibre } from './useMapLibre';
import { useNetworkOnMap } from './useNetworkOnMap';

import './map.css';

export interface MapViewProps {
  /** Called with a read-only probe once the map exists, and with null when it goes (test builds). */
  readonly onProbe?: (probe: MapProbe | null) => void;
  /** Browser storage for map settings and the street file; without it settings last for the tab. */
  readonly assets?: MapAssets;
}

// Absolute: the build's base is relative ('./'), and MapLibre fetches from its worker.
const ASSET_BASE = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const STREET_FAN = { spacingPx: 30, minRadiusPx: 28 } as const;

export default function MapView({ onProbe, assets }: MapViewProps) {
  const store = useAppStoreApi();
  const doc = useAppStore(selectDocument);
  const facts = useAppStore(useShallow(selectLookFacts));
  const selectedNodeIds = useAppStore((s) => s.selection.nodeIds);
  const selectedTieIds = useAppStore((s) => s.selection.tieIds);
  const hoveredId = useAppStore((s) => s.hover?.id);
  const settings = useAppStore((s) => s.mapSettings);
  const settingsLoaded = useAppStore((s) => s.mapSettingsLoaded);
  const notice = useAppStore((s) => s.basemapNotice);

  const [zoom, setZoom] = useState<number | undefined>(undefined);
  // Below street zoom approximate places are counted by privacy cell rather than drawn one by one.
  const [street, setStreet] = useState(false);
  const [placing, setPlacing] = useState<NodeId | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [retry, setRetry] = useState(0);
  const placingRef = useRef<NodeId | null>(null);
  const featuresRef = useRef<MapFeatures | null>(null);

  // Outside the focus is dimmed, not left out: the map keeps the geography around it.
  const look = useMemo(
    () =>
      doc === null
        ? null
        : lookOf(doc, {
            ...facts,
            outOfFocus: 'dimmed',
            selectedIds: new Set<string>([...selectedNodeIds, ...selectedTieIds]),
            hoveredId,
          }),
    [doc, facts, selectedNodeIds, selectedTieIds, hoveredId],
  );
  const features = useMemo<MapFeatures>(() => {
    if (doc === null || look === null)
      return {
        nodes: { type: 'FeatureCollection', features: [] },
        ties: { type: 'FeatureCollection', features: [] },
        overlays: { type: 'FeatureCollection', features: [] },
      };
    return toGeoJson(doc, look, {
      ...(zoom === undefined ? {} : { zoom }),
      cells: !street,
      ties: settings.ties,
      // At street zoom people stand apart enough for their names to show.
      ...(street ? { fan: STREET_FAN } : {}),
    });
  }, [doc, look, zoom, street, settings.ties]);
  const density = useMemo(
    () => densityFeatures(features, settings.density, zoom ?? 14),
    [features, settings.density, zoom],
  );
  const network = useMemo(
    () => ({ nodes: features.nodes, ties: features.ties, density }),
    [features, density],
  );
  useEffect(() => {
    featuresRef.current = features;
    placingRef.current = placing;
  });

  const { ref: container, map } = useMapLibre({
    initialStyle: () =>
      fullOfflineStyle({ overlays: features.overlays, network, clusters: settings.clusters }, ASSET_BASE),
    initialBounds: () => (doc === null ? undefined : boundsOf(doc, features)),
  });

  // Settings live per browser; read them once, then the basemap controller acts on them.
  useEffect(() => {
    if (settingsLoaded) return;
    let live = true;
    void (assets ? assets.loadSettings() : Promise.resolve(store.getState().mapSettings)).then((stored) => {
      if (live) store.getState().setMapSettings(stored, true);
    });
    return () => {
      live = false;
    };
  }, [assets, store, settingsLoaded]);

  // Keep setting changes for the next visit (density, clusters, basemap choice).
  useEffect(() => {
    if (settingsLoaded) void assets?.saveSettings(settings).catch(() => undefined);
  }, [assets, settings, settingsLoaded]);

  const basemap = useBasemap(
    map,
    store,
    assets,
    { overlays: features.overlays, network, clusters: settings.clusters },
    ASSET_BASE,
    {
      settings,
      loaded: settingsLoaded,
      retry,
    },
  );
  useNetworkOnMap(map, network, featuresRef, () => basemap.current.showing, onProbe);
  useMapEvents(map, store, { placing: placingRef, onPlaced: () => setPlacing(null), features: featuresRef });
  useMapCamera(map, doc, features, selectedNodeIds);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(OVERLAY_SOURCE_ID)?.setData(features.overlays);
  }, [map, features.overlays]);

  // Zoom feeds fan-out and density: only whole-zoom changes rebuild the data.
  useEffect(() => {
    if (map === null) return;
    const update = () => {
      setZoom(Math.round(map.getZoom()));
      setStreet(map.getZoom() >= STREET_ZOOM);
    };
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);

  const located = features.nodes.features.length;
  return (
    <div className="map-view" data-testid="map-view">
      <MapToolbar
        map={map}
        placing={placing}
        onPlace={setPlacing}
        onOpenSettings={() => setSettingsOpen(true)}
      />
      {notice !== null && (
        <div className="map-notice" role="status" data-testid="map-notice">
          <span>{notice}</span>
          <button type="button" onClick={() => setRetry((r) => r + 1)}>
            Try again
          </button>
          <button
            type="button"
            onClick={() => store.getState().setBasemapNotice(null)}
            aria-label="Dismiss the notice"
          >
            ×
          </button>
        </div>
      )}
      {placing !== null && (
        <div className="map-placing" role="status" data-testid="map-placing">
          Click the map where “{doc?.nodes.find((n) => n.id === placing)?.label ?? ''}” belongs.{' '}
          <button type="button" onClick={() => setPlacing(null)}>
            Cancel
          </button>
        </div>
      )}
      <div
        ref={container}
        className="map-canvas"
        data-testid="map-canvas"
        role="application"
        aria-label={`Map of ${located} located nodes and ${features.ties.features.length} ties`}
      />
      <PlacementPanel onPlace={setPlacing} placing={placing} />
      {settingsOpen && <MapSettings assets={assets} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
