import { describe, expect, it } from 'vitest';

import { densityFeatures } from '../../../src/views/map/density';
import { toGeoJson } from '../../../src/views/map/toGeoJson';
import { makeMap, node, person, tie } from '../../helpers/build';

const at = (lat: number, lng: number) => ({ location: { lat, lng, privacy: 'exact' as const } });

// a (person) - b (group) - c (person), d (person) alone; all exact, a b c at one point.
const doc = makeMap(
  [
    person('a', 'Ann', { ...at(51.47, -0.08), formality: 'informal' }),
    node('b', 'group', 'Lunch club', { ...at(51.47, -0.08), formality: 'informal' }),
    person('c', 'Cy', { ...at(51.47, -0.08), formality: 'formal' }),
    person('d', 'Di', at(51.5, -0.1)),
  ],
  [tie('t1', 'a', 'b'), tie('t2', 'b', 'c')],
);

describe('densityFeatures', () => {
  const features = toGeoJson(doc);
  it('draws nothing when switched off', () => {
    expect(densityFeatures(features, 'off', 16).features).toEqual([]);
  });
  it('counts markers by formality: three at one point in one hexagon, the fourth in another', () => {
    const bins = densityFeatures(features, 'nodes', 16).features.map((f) => f.properties);
    expect(bins).toHaveLength(2);
    const counts = bins.map((b) => [b?.['total'], b?.['formal'], b?.['informal']]).sort();
    expect(counts).toEqual([
      [1, 0, 0],
      [3, 1, 2],
    ]);
  });
  it('counts tie midpoints (both ties of the a-b-c stack sit at one point, so there are none to draw)', () => {
    // toGeoJson leaves out ties whose two ends are drawn at the same point.
    expect(densityFeatures(features, 'ties', 16).features).toEqual([]);
  });
});
