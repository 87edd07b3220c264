// The density layer's input: hexagon bins of what toGeoJson drew, sized for the zoom. (What the map
// draws and how comes from src/look; where, from toGeoJson.)
import type { FeatureCollection, Geometry } from 'geojson';

import { hexbin, markerPoints, tieMidpoints } from './hexbin';
import { metresPerPixel } from './mercator';
import type { MapFeatures } from './toGeoJson';

/** Hexagon radius on screen, in CSS pixels, whatever the zoom. */
export const DENSITY_HEX_PX = 28;

const EMPTY: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

/**
 * Hexagon bins for the density layer: tie midpoints or markers, binned with hexagons about
 * DENSITY_HEX_PX on screen at the whole zoom level `zoom` (so bins stay put while zooming within a
 * level). Clusters are not counted: `features` comes from toGeoJson, before clustering.
 */
export function densityFeatures(
  features: MapFeatures,
  what: 'off' | 'ties' | 'nodes',
  zoom: number,
): FeatureCollection<Geometry> {
  if (what === 'off') return EMPTY;
  const size = DENSITY_HEX_PX * metresPerPixel(Math.floor(zoom));
  const points = what === 'ties' ? tieMidpoints(features.ties) : markerPoints(features.nodes);
  return hexbin(points, size);
}
