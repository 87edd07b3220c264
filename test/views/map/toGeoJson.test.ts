import { describe, expect, it } from 'vitest';

import type { CareMap, Overlay } from '../../../src/model';
import { listUnplaced, toGeoJson } from '../../../src/views/map/toGeoJson';
import { makeMap, node, person, tie } from '../../helpers/build';

const overlays: Overlay[] = [
  {
    id: 'streets',
    name: 'Streets',
    kind: 'street',
    visible: true,
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [[-0.056, 51.544], [-0.054, 51.546]] },
        properties: { name: 'Mare Street' },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.055, 51.545] }, properties: { name: 'Clock', kind: 'landmark' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.05, 51.54] }, properties: null },
    ],
  },
  {
    id: 'ward',
    name: 'Ward',
    kind: 'boundary',
    visible: false,
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: null }],
  },
];

function sample(): CareMap {
  const doc = makeMap(
    [
      person('p1', 'Maud', { location: { lat: 51.5412, lng: -0.0553, privacy: 'approximate' } }),
      person('p2', 'Tunde', { location: { lat: 51.5401, lng: -0.0501, privacy: 'hidden' } }),
      node('s1', 'space', 'Community centre', { location: { lat: 51.545, lng: -0.055, privacy: 'exact' }, isAnchor: true }),
      node('g1', 'group', 'Knit & Natter', { formality: 'informal', location: { lat: 51.545, lng: -0.055, privacy: 'exact' } }),
      node('o1', 'organisation', 'GP surgery', { formality: 'formal' }),
    ],
    [
      tie('t1', 'p1', 's1', { formality: 'informal', strength: 'generative', mutual: true }),
      tie('t2', 'p2', 's1'),
      tie('t3', 'g1', 's1', { kind: 'hosted_at' }),
      tie('t4', 'o1', 'p1', { formality: 'formal' }),
    ],
  );
  return { ...doc, overlays };
}

describe('toGeoJson: markers', () => {
  it('draws only located, non-hidden nodes, approximate ones at their cell centre', () => {
    const { nodes } = toGeoJson(sample());
    expect(nodes.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['p1', [-0.052, 51.5425]],
      ['s1', [-0.055, 51.545]],
      ['g1', [-0.055, 51.545]],
    ]);
    expect(nodes.features[0]?.properties).toEqual({
      id: 'p1',
      label: 'Maud',
      kind: 'person',
      formality: 'unspecified',
      approximate: true,
      anchor: false,
      selected: false,
      hovered: false,
      dimmed: false,
      highlighted: false,
      stack: 1,
    });
    expect(nodes.features[1]?.properties).toMatchObject({ anchor: true, approximate: false, stack: 2 });
    expect(nodes.features[2]?.properties).toMatchObject({ formality: 'informal', stack: 2 });
  });

  it('keeps every property a flat scalar', () => {
    const { nodes, ties, overlays: ov } = toGeoJson(sample(), { measure: new Map([['p1', 0.5]]) });
    for (const f of [...nodes.features, ...ties.features, ...ov.features]) {
      for (const v of Object.values(f.properties)) expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
  });

  it('marks selection, hover, focus, highlights and measures', () => {
    const { nodes, ties } = toGeoJson(sample(), {
      selectedIds: new Set(['p1', 't1']),
      hoveredId: 's1',
      focusIds: new Set(['p1', 's1']),
      highlightIds: new Set(['g1']),
      measure: new Map([
        ['p1', 0.5],
        ['s1', Number.NaN],
      ]),
    });
    const flags = nodes.features.map((f) => {
      const { id, selected, hovered, dimmed, highlighted, measure } = f.properties;
      return { id, selected, hovered, dimmed, highlighted, measure };
    });
    expect(flags).toEqual([
      { id: 'p1', selected: true, hovered: false, dimmed: false, highlighted: false, measure: 0.5 },
      { id: 's1', selected: false, hovered: true, dimmed: false, highlighted: false, measure: undefined },
      { id: 'g1', selected: false, hovered: false, dimmed: true, highlighted: true, measure: undefined },
    ]);
    expect('measure' in (nodes.features[1]?.properties ?? {})).toBe(false);
    expect(ties.features.map((f) => [f.properties.id, f.properties.selected, f.properties.dimmed])).toEqual([['t1', true, false]]);
  });

  it('respects the node filter', () => {
    const { nodes, ties } = toGeoJson(sample(), { visibleNodeIds: new Set(['p1', 'g1']) });
    expect(nodes.features.map((f) => f.properties.id)).toEqual(['p1', 'g1']);
    expect(nodes.features[1]?.properties.stack).toBe(1);
    expect(ties.features).toEqual([]);
  });
});

describe('toGeoJson: ties', () => {
  it('draws lines between display locations, skipping hidden or unplaced ends and zero-length lines', () => {
    const { ties } = toGeoJson(sample());
    expect(ties.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [[-0.052, 51.5425], [-0.055, 51.545]] },
        properties: {
          id: 't1',
          kind: 'care',
          source: 'p1',
          target: 's1',
          formality: 'informal',
          strength: 'generative',
          mutual: true,
          selected: false,
          hovered: false,
          dimmed: false,
          highlighted: false,
        },
      },
    ]);
  });

  it('respects the tie filter', () => {
    expect(toGeoJson(sample(), { visibleTieIds: new Set(['t3']) }).ties.features).toEqual([]);
  });
});

describe('toGeoJson: fanning out at a zoom', () => {
  it('keeps the space at the shared point and moves the group 16 px up', () => {
    const { nodes, ties } = toGeoJson(sample(), { zoom: 16 });
    // 16 px at zoom 16 is 16 × 1.1943 = 19.109 Mercator metres north of 51.545° -> 51.5451068°
    // (worked out separately from y = R·ln tan(π/4 + φ/2)).
    expect(nodes.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['p1', [-0.052, 51.5425]],
      ['s1', [-0.055, 51.545]],
      ['g1', [-0.055, 51.5451068]],
    ]);
    // Now that the two ends are apart, the hosted_at tie has something to draw.
    expect(ties.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['t1', [[-0.052, 51.5425], [-0.055, 51.545]]],
      ['t3', [[-0.055, 51.5451068], [-0.055, 51.545]]],
    ]);
  });
});

describe('toGeoJson: overlays', () => {
  it('flattens visible overlays, feature kind and name first, overlay kind as fallback', () => {
    const { overlays: ov } = toGeoJson(sample());
    expect(ov.features.map((f) => f.properties)).toEqual([
      { overlayId: 'streets', overlayName: 'Streets', kind: 'street', name: 'Mare Street' },
      { overlayId: 'streets', overlayName: 'Streets', kind: 'landmark', name: 'Clock' },
      { overlayId: 'streets', overlayName: 'Streets', kind: 'street', name: '' },
    ]);
    expect(ov.features[0]?.geometry).toEqual({ type: 'LineString', coordinates: [[-0.056, 51.544], [-0.054, 51.546]] });
  });
});

describe('listUnplaced', () => {
  it('lists nodes without any location, not hidden ones', () => {
    expect(listUnplaced(sample()).map((n) => n.id)).toEqual(['o1']);
    expect(listUnplaced(sample(), new Set(['p1']))).toEqual([]);
  });
});
