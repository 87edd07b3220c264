// Controller for where the map looks: fit the map's area when another map is opened, and when the
// selection changes elsewhere (graph, table, inspector), fly to a selected marker that is off
// screen or still hidden inside a cluster. The camera is per-tab state, never saved.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import type { CareMap } from '../../model';
import { CLUSTER_MAX_ZOOM } from './networkLayers';
import type { MapFeatures } from './toGeoJson';

export type Bounds = [[number, number], [number, number]];

/**
 * Where to look for a map: its declared area, else the box around its drawn markers (padded when
 * it is a single point), else undefined.
 */
export function boundsOf(doc: CareMap, features: MapFeatures): Bounds | undefined {
  const declared = doc.meta.area?.bounds;
  if (declared)
    return [
      [declared[0][0], declared[0][1]],
      [declared[1][0], declared[1][1]],
    ];
  const points = features.nodes.features.map((f) => f.geometry.coordinates);
  if (points.length === 0) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lng = 0, lat = 0] of points) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const pad = 0.002;
  return [
    [west - pad, south - pad],
    [east + pad, north + pad],
  ];
}

export function useMapCamera(
  map: MapLibreMap | null,
  doc: CareMap | null,
  features: MapFeatures,
  selectedNodeIds: readonly string[],
): void {
  const fittedFor = useRef<string | null>(null);
  const latest = useRef({ doc, features });
  useEffect(() => {
    latest.current = { doc, features };
  });

  const docId = doc?.id ?? null;
  useEffect(() => {
    const current = latest.current.doc;
    if (map === null || current === null || fittedFor.current === docId) return;
    const first = fittedFor.current === null;
    fittedFor.current = docId;
    // The map was created already fitted to the first document.
    if (first) return;
    const bounds = boundsOf(current, latest.current.features);
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 16, duration: 0 });
  }, [map, docId]);

  const selectedKey = selectedNodeIds.join('\u0000');
  useEffect(() => {
    if (map === null || selectedKey === '') return;
    const ids = new Set(selectedKey.split('\u0000'));
    const points = latest.current.features.nodes.features
      .filter((f) => ids.has(f.properties.id))
      .map((f) => f.geometry.coordinates as [number, number]);
    const first = points[0];
    if (first === undefined) return;
    const bounds = map.getBounds();
    const allVisible = points.every((p) => bounds.contains(p));
    const clustered = map.getZoom() <= CLUSTER_MAX_ZOOM;
    if (allVisible && !clustered) return;
    map.easeTo({ center: first, zoom: Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 2), duration: 600 });
  }, [map, selectedKey]);
}
