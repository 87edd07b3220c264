// The map picture shows people as a copy to share does (model `shareMap` with the person's share
// choices): no one's home at its exact point, people without consent not on the map at all (they
// have no place in the copy), the others labelled by initials. `sharedMapFeatures` works out what
// to draw (pure); `drawShared` puts it on the map just long enough to take the picture, then puts
// back what was there.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { CareMap, SharedMap } from '../../model';
import { buildMapInput, type MapStoreFacts } from './mapInput';
import { DENSITY_SOURCE_ID, NODE_SOURCE_ID, TIE_SOURCE_ID } from './networkLayers';
import { type MapFeatures, toGeoJson } from './toGeoJson';

function mapIds(
  ids: ReadonlySet<string> | undefined,
  to: ReadonlyMap<string, string>,
): Set<string> | undefined {
  if (ids === undefined) return undefined;
  const out = new Set<string>();
  for (const id of ids) {
    const next = to.get(id);
    if (next !== undefined) out.add(next);
  }
  return out;
}

/**
 * The markers and tie lines of the copy to share, for what the map shows now: the same filter,
 * focus and measure as the view (worked out on the map itself, so a search by a name still finds
 * that person), without selection or hover.
 */
export function sharedMapFeatures(
  doc: CareMap,
  shared: SharedMap,
  facts: MapStoreFacts,
  zoom: number | undefined,
): MapFeatures {
  const input = buildMapInput(doc, { ...facts, selectedIds: [], hoveredId: undefined }, zoom);
  const nodes = shared.nodeIds as ReadonlyMap<string, string>;
  const ties = shared.tieIds as ReadonlyMap<string, string>;
  const measure =
    input.measure === undefined
      ? undefined
      : new Map(
          [...input.measure].flatMap(([id, v]) => (nodes.has(id) ? [[nodes.get(id)!, v] as const] : [])),
        );
  const visibleNodeIds = mapIds(input.visibleNodeIds, nodes);
  const visibleTieIds = mapIds(input.visibleTieIds, ties);
  const focusIds = mapIds(input.focusIds, nodes);
  const highlightIds = mapIds(input.highlightIds, new Map([...nodes, ...ties]));
  return toGeoJson(shared.doc, {
    ...(visibleNodeIds ? { visibleNodeIds } : {}),
    ...(visibleTieIds ? { visibleTieIds } : {}),
    ...(focusIds ? { focusIds } : {}),
    ...(highlightIds ? { highlightIds } : {}),
    ...(measure ? { measure } : {}),
    ...(zoom !== undefined ? { zoom } : {}),
  });
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
