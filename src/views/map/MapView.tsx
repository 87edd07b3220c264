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
import { type MapProbe, createMapProbe, type ProbeState } from './mapProbe';
import { MapSettings } from './MapSettings';
import { MapToolbar } from './MapToolbar';
import { DENSITY_SOURCE_ID, NODE_SOURCE_ID, TIE_SOURCE_ID } from './networkLayers';
import { PlacementPanel } from './PlacementPanel';
import { type MapFeatures, toGeoJson } from './toGeoJson';
import { fullOfflineStyle, useBasemap } from './useBasemap';
import { boundsOf, useMapCamera } from './useMapCamera';
import { useMapEvents } from './useMapEvents';
import { useMapLibre } from './useMapLibre';

import './map.css';

export interface MapViewProps {
  /** Called with a read-only probe once the map exists, and with null when it goes (test builds). */
  readonly onProbe?: (probe: MapProbe | null) => void;
  /** Browser storage for map settings and the street file; without it settings last for the tab. */
  readonly assets?: MapAssets;
}

const ASSET_BASE = import.meta.env.BASE_URL;

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
  const [placing, setPlacing] = useState<NodeId | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [retry, setRetry] = useState(0);
  const placingRef = useRef<NodeId | null>(null);
  const featuresRef = useRef<MapFeatures | null>(null);
  const probeState = useRef<ProbeState>({ idle: false, firstFrameMs: null, firstIdleMs: null });
  const mountedAt = useRef(0);
  useEffect(() => {
    mountedAt.current = performance.now();
  }, []);

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
    return toGeoJson(doc, look, zoom === undefined ? {} : { zoom });
  }, [doc, look, zoom]);
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
  useMapEvents(map, store, { placing: placingRef, onPlaced: () => setPlacing(null), features: featuresRef });
  useMapCamera(map, doc, features, selectedNodeIds);

  // Data controller: new data goes to the sources; a style still loading picks it up itself.
  useEffect(() => {
    if (map === null) return;
    probeState.current.idle = false;
    map.getSource<GeoJSONSource>(NODE_SOURCE_ID)?.setData(network.nodes);
    map.getSource<GeoJSONSource>(TIE_SOURCE_ID)?.setData(network.ties);
    map.getSource<GeoJSONSource>(DENSITY_SOURCE_ID)?.setData(network.density);
  }, [map, network]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(OVERLAY_SOURCE_ID)?.setData(features.overlays);
  }, [map, features.overlays]);

  // Zoom feeds fan-out and density: only whole-zoom changes rebuild the data.
  useEffect(() => {
    if (map === null) return;
    const update = () => setZoom(Math.round(map.getZoom()));
    const busy = () => {
      probeState.current.idle = false;
    };
    const idle = () => {
      probeState.current.idle = true;
      probeState.current.firstIdleMs ??= performance.now() - mountedAt.current;
    };
    const frame = () => {
      if (probeState.current.firstFrameMs === null && map.isStyleLoaded())
        probeState.current.firstFrameMs = performance.now() - mountedAt.current;
    };
    update();
    map.on('zoomend', update);
    map.on('idle', idle);
    map.on('render', frame);
    map.on('dataloading', busy);
    map.on('movestart', busy);
    onProbe?.(createMapProbe(map, probeState, featuresRef, () => basemap.current.showing));
    return () => {
      map.off('zoomend', update);
      map.off('idle', idle);
      map.off('render', frame);
      map.off('dataloading', busy);
      map.off('movestart', busy);
      onProbe?.(null);
    };
  }, [map, onProbe, basemap]);

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
