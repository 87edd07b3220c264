// The map picture shows people as a copy to share does (src/views/map/sharedPicture.ts).
import { describe, expect, it } from 'vitest';

import { lookOf } from '../../../src/look';
import { DEFAULT_SHARE_OPTIONS, EMPTY_FILTER, shareMap } from '../../../src/model';
import { sharedMapFeatures } from '../../../src/views/map/sharedPicture';
import { makeMap, node, person, tie } from '../../helpers/build';

const doc = makeMap(
  [
    // Her home, marked exact by mistake: the picture never shows it there.
    person('maud', 'Maud Ellis', {
      consent: { status: 'given' },
      tags: ['rota'],
      location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' },
    }),
    person('ann', 'Mrs A.', {
      consent: { status: 'withdrawn' },
      location: { lat: 51.55, lng: -0.06, privacy: 'approximate' },
    }),
    node('hall', 'space', "St Bride's Hall", { location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' } }),
  ],
  [tie('t1', 'maud', 'ann'), tie('t2', 'hall', 'maud', { kind: 'hosted_at' })],
);

describe('sharedMapFeatures', () => {
  it('draws people by initials at their neighbourhood, and people without consent not at all', () => {
    const features = sharedMapFeatures(lookOf(doc), shareMap(doc), undefined);
    const markers = features.nodes.features.map((f) => [
      f.properties.id,
      f.properties.label,
      f.geometry.coordinates,
    ]);
    expect(markers).toEqual([
      // lat: floor((51.5412 + 90) / 0.005) = 28308 → 51.5425; lng: floor(179.9447 / 0.008) = 22493 → -0.052
      ['n1', 'M.E.', [-0.052, 51.5425]],
      ['n3', "St Bride's Hall", [-0.0553, 51.5412]],
    ]);
    // Only the tie whose both ends are drawn.
    expect(features.ties.features.map((f) => f.properties.id)).toEqual(['t2']);
    expect(JSON.stringify(features)).not.toMatch(/Maud|Mrs A\.|ann|A neighbour/);
  });

  it('keeps the view’s filter, worked out on the map itself (a tag the copy drops still selects her)', () => {
    const look = lookOf(doc, { filter: { ...EMPTY_FILTER, tags: ['rota'] } });
    const features = sharedMapFeatures(
      look,
      shareMap(doc, { ...DEFAULT_SHARE_OPTIONS, names: 'names' }),
      undefined,
    );
    expect(features.nodes.features.map((f) => f.properties.label)).toEqual(['Maud Ellis']);
  });
});
