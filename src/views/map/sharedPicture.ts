// The map picture shows people as a copy to share does (model `shareMap` with the person's share
// choices, look `shareLook`): no one's home at its exact point, people without consent not on the
// map at all (they have no place in the copy), the others named as the copy names them.
// `sharedMapFeatures` works out what to draw (pure); `drawShared` puts it on the map just long
// enough to take the picture, then puts back what was there.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import { type Look, shareLook } from '../../look';
import type { SharedMap } from '../../model';
import { DENSITY_SOURCE_ID, NODE_SOURCE_ID, TIE_SOURCE_ID } from './networkLayers';
import { type MapFeatures, toGeoJson } from './toGeoJson';

/**
 * The markers and tie lines of the copy to share, drawn with the look the map has now (`look`, of
 * the map `shared` was made from: its filter, focus and measure, worked out on the map itself).
 */
export function sharedMapFeatures(look: Look, shared: SharedMap, zoom: number | undefined): MapFeatures {
  return toGeoJson(shared.doc, shareLook(look, shared), zoom === undefined ? {} : { zoom });
}

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * Draw `network` on the map, run `take` (the picture) once it is drawn, then put back the data
 * the sources held before. Resolves to what `take` gave.
 */
export async function drawShared<T>(
  map: MapLibreMap,
  network: { nodes: GeoJSON.GeoJSON; ties: GeoJSON.GeoJSON; density: GeoJSON.GeoJSON },
  take: () => Promise<T>,
): Promise<T> {
  const sources = [
    [map.getSource<GeoJSONSource>(NODE_SOURCE_ID), network.nodes],
    [map.getSource<GeoJSONSource>(TIE_SOURCE_ID), network.ties],
    [map.getSource<GeoJSONSource>(DENSITY_SOURCE_ID), network.density],
  ] as const;
  const before = await Promise.all(sources.map(([s]) => s?.getData()));
  const drawn = idle(map);
  for (const [source, data] of sources) source?.setData(data);
  await drawn;
  try {
    return await take();
  } finally {
    sources.forEach(([source], i) => {
      const data = before[i];
      if (source !== undefined && data !== undefined) source.setData(data);
    });
  }
}
