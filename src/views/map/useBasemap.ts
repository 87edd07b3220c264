// Controller for the basemap under the care network: shows the basemap the person chose (offline,
// an online style URL, or their PMTiles street file), always with the document's overlays and the
// network on top (added through `transformStyle`, so no basemap change loses them), and falls back
// to the offline basemap with a visible notice when an online style or a tile fails
// (basemapStyle.decideOnMapError). Nothing in the document changes on a fallback.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { type RefObject, useEffect, useRef } from 'react';

import type { MapAssets, MapSettings } from '../../store';
import type { AppStore, BasemapShowing } from '../../store';
import {
  checkStyleUrl,
  decideOnMapError,
  offlineBasemapStyle,
  sanitiseOnlineStyle,
  withOverlays,
} from './basemapStyle';
import { type NetworkData, withNetwork } from './networkLayers';
import { streetStyleFromBlob } from './streetFile';
import type { OverlayProps } from './toGeoJson';

export interface BasemapInputs {
  readonly overlays: FeatureCollection<Geometry, OverlayProps>;
  readonly network: NetworkData;
  readonly clusters: boolean;
}

/** What the error handler needs to know about the style on screen. */
export interface BasemapState {
  showing: BasemapShowing;
  styleLoaded: boolean;
  /** The cluster setting the current style was built with. */
  clusters: boolean;
}

/** `next` (a basemap style) with the overlays and network on top; online styles are sanitised. */
function dressStyle(
  next: StyleSpecification,
  online: boolean,
  inputs: BasemapInputs,
  assetBase: string,
): StyleSpecification {
  const base = online ? sanitiseOnlineStyle(next) : next;
  return withNetwork(withOverlays(base, inputs.overlays, assetBase), inputs.network, {
    clusters: inputs.clusters,
  });
}

/** The offline style with the given overlays and network: the map's first style too. */
export function fullOfflineStyle(inputs: BasemapInputs, assetBase: string): StyleSpecification {
  return dressStyle(offlineBasemapStyle({ assetBase }), false, inputs, assetBase);
}

export interface BasemapChoice {
  readonly settings: MapSettings;
  readonly loaded: boolean;
  /** Bumped by "Try again" after a fallback. */
  readonly retry: number;
}

export function useBasemap(
  map: MapLibreMap | null,
  store: AppStore,
  assets: MapAssets | undefined,
  inputs: BasemapInputs,
  assetBase: string,
  choice: BasemapChoice,
): RefObject<BasemapState> {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const state = useRef<BasemapState>({ showing: 'offline', styleLoaded: false, clusters: inputs.clusters });

  // One function for every style change, reading the latest overlays and network when MapLibre
  // asks (the online style arrives later than the call).
  const showRef = useRef<(kind: BasemapShowing, style: StyleSpecification | string) => void>(() => {});
  useEffect(() => {
    if (map === null) return;
    showRef.current = (kind, style) => {
      state.current = { showing: kind, styleLoaded: false, clusters: latest.current.clusters };
      store.getState().setBasemapShowing(kind);
      if (typeof style !== 'string') {
        // Dressed here rather than through transformStyle: MapLibre applies a transform only once
        // the current style has loaded, which a failed online style never does.
        map.setStyle(dressStyle(style, false, latest.current, assetBase), { diff: false });
        return;
      }
      if (!map.isStyleLoaded()) map.setStyle(null, { diff: false });
      map.setStyle(style, {
        diff: false,
        transformStyle: (_prev, next) => dressStyle(next, true, latest.current, assetBase),
      });
    };
    const onStyleLoad = () => {
      state.current.styleLoaded = true;
    };
    const onError = (event: unknown) => {
      const decision = decideOnMapError(event, {
        basemap: state.current.showing,
        styleLoaded: state.current.styleLoaded,
      });
      if (decision.action === 'ignore') return;
      store.getState().setBasemapNotice(decision.notice);
      if (decision.action !== 'fallback') return;
      // Stop reacting to the failing style now, but swap styles only after MapLibre has finished
      // handling this error: a setStyle from inside the failed load's error event is lost.
      state.current = { ...state.current, showing: 'offline' };
      setTimeout(() => showRef.current('offline', offlineBasemapStyle({ assetBase })), 0);
    };
    map.on('style.load', onStyleLoad);
    map.on('error', onError);
    if (map.isStyleLoaded()) state.current.styleLoaded = true;
    return () => {
      map.off('style.load', onStyleLoad);
      map.off('error', onError);
    };
  }, [map, store, assetBase]);

  const { basemap, styleUrl, pmtilesName } = choice.settings;
  const { clusters } = inputs;
  useEffect(() => {
    if (map === null || !choice.loaded) return;
    let cancelled = false;
    const show = (kind: BasemapShowing, style: StyleSpecification | string) => showRef.current(kind, style);
    const fallback = (notice: string) => {
      store.getState().setBasemapNotice(notice);
      show('offline', offlineBasemapStyle({ assetBase }));
    };
    if (basemap === 'online') {
      const check = checkStyleUrl(styleUrl);
      if (check.ok) {
        store.getState().setBasemapNotice(null);
        show('online', check.url);
      } else fallback(check.message);
    } else if (basemap === 'pmtiles') {
      void (async () => {
        const stored = await assets?.loadPmtiles();
        if (cancelled) return;
        if (!stored) {
          fallback(
            'No street map file is stored in this browser, so the offline basemap is shown. Load one in Map settings.',
          );
          return;
        }
        const result = await streetStyleFromBlob(stored.name, stored.blob, assetBase);
        if (cancelled) return;
        if (result.ok) {
          store.getState().setBasemapNotice(null);
          show('pmtiles', result.style);
        } else fallback(result.message);
      })();
    } else if (
      state.current.showing !== 'offline' ||
      state.current.clusters !== clusters ||
      choice.retry > 0
    ) {
      store.getState().setBasemapNotice(null);
      show('offline', offlineBasemapStyle({ assetBase }));
    }
    return () => {
      cancelled = true;
    };
  }, [map, store, assets, assetBase, choice.loaded, choice.retry, basemap, styleUrl, pmtilesName, clusters]);

  return state;
}
