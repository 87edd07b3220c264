// The one place a maplibre `Map` is created and destroyed. maplibre-gl 6 is ESM with no default
// export, and a production build does not ship its worker on its own: the worker file is imported
// as a URL and handed to `setWorkerUrl` before the first map exists (TECH.md). Every map it makes
// draws the marks' images (markImages.ts) when a layer first asks for one, whatever its style. The
// hook returns the map once created; controllers take it from there.
import 'maplibre-gl/dist/maplibre-gl.css';

import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import { useCallback, useState } from 'react';

import { MARK_IMAGE_PIXEL_RATIO, markImage } from './markImages';

setWorkerUrl(workerUrl);

export interface MapLibreOptions {
  /** The first style (the offline basemap with the document's overlays and network). */
  readonly initialStyle: () => StyleSpecification;
  /** [[west, south], [east, north]] to fit at start, if known. */
  readonly initialBounds?: () => [[number, number], [number, number]] | undefined;
}

/**
 * A callback ref that creates a map in the element it is attached to and removes it when the
 * element goes, and the map once created. Options are read once, at creation. The canvas keeps its
 * drawing buffer (`preserveDrawingBuffer`) so the PNG export and screenshots read what is on screen.
 */
export function useMapLibre(options: MapLibreOptions): {
  readonly ref: (element: HTMLDivElement | null) => (() => void) | undefined;
  readonly map: MapLibreMap | null;
} {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [initial] = useState(() => options);

  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (element === null) return undefined;
      const bounds = initial.initialBounds?.();
      const instance = new MapLibreMap({
        container: element,
        style: initial.initialStyle(),
        ...(bounds
          ? { bounds, fitBoundsOptions: { padding: 40, maxZoom: 16 } }
          : { center: [-0.1, 51.5], zoom: 4 }),
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        // Nothing may be fetched from the network for text: labels use the style's font-faces.
        localIdeographFontFamily: 'sans-serif',
        maxZoom: 19,
        dragRotate: false,
        pitchWithRotate: false,
      });
      instance.touchZoomRotate.disableRotation();
      // A resolver, not a `styleimagemissing` listener: maplibre-gl 6 fires that event only after
      // the tile asking has been answered, so the first tiles would draw without the mark.
      instance.setMissingStyleImageResolver((id) => {
        const image = markImage(id);
        if (image !== null && !instance.hasImage(id)) instance.addImage(id, image, { pixelRatio: MARK_IMAGE_PIXEL_RATIO });
      });
      instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
      instance.addControl(new AttributionControl({ compact: true }), 'bottom-right');
      setMap(instance);
      return () => {
        setMap(null);
        instance.remove();
      };
    },
    [initial],
  );

  return { ref, map };
}
