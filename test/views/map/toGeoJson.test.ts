import { describe, expect, it } from 'vitest';

import { type CareMap, EMPTY_FILTER, type Overlay } from '../../../src/model';
import { lookOf } from '../../../src/look';
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
      colour: '#0072B2',
      letter: 'P',
      ink: '#FFFFFF',
      radius: 9,
      mark: '',
      faded: false,
      cell: false,
      count: 1,
      countText: '',
    });
    expect(nodes.features[1]?.properties).toMatchObject({ anchor: true, approximate: false, stack: 2 });
    expect(nodes.features[2]?.properties).toMatchObject({ formality: 'informal', stack: 2 });
  });

  it('keeps every property a flat scalar', () => {
    const doc = sample();
    const { nodes, ties, overlays: ov } = toGeoJson(doc, lookOf(doc, { measure: { measure: 'degree', values: { p1: 0.5 } } }));
    for (const f of [...nodes.features, ...ties.features, ...ov.features]) {
      for (const v of Object.values(f.properties)) expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
  });

  it('marks selection, hover, focus (dimmed outside), highlights and measures, from the look', () => {
    const doc = sample();
    const look = lookOf(doc, {
      selectedIds: new Set(['p1', 't1']),
      hoveredId: 's1',
      focus: 'p1',
      focusSteps: 1,
      outOfFocus: 'dimmed',
      measure: { measure: 'degree', values: { p1: 1, s1: 3, g1: Number.NaN } },
    });
    const { nodes, ties } = toGeoJson(doc, look);
    const flags = nodes.features.map((f) => {
      const { id, selected, hovered, dimmed, highlighted, colour, radius } = f.properties;
      return { id, selected, hovered, dimmed, highlighted, colour, radius };
    });
    // p1 is the lowest value (viridis start, 16 across: radius 9 × 16 / 36 = 4, so the 6 px
    // minimum), s1 the highest (56 across: 9 × 56 / 36 = 14); g1 has no value (grey, usual size)
    // and lies outside p1's focus (its only tie is to s1).
    expect(flags).toEqual([
      { id: 'p1', selected: true, hovered: false, dimmed: false, highlighted: false, colour: '#440154', radius: 6 },
      { id: 's1', selected: false, hovered: true, dimmed: false, highlighted: false, colour: '#fde725', radius: 14 },
      { id: 'g1', selected: false, hovered: false, dimmed: true, highlighted: false, colour: '#BDBDBD', radius: 9 },
    ]);
    expect(ties.features.map((f) => [f.properties.id, f.properties.selected, f.properties.dimmed])).toEqual([['t1', true, false]]);
    const highlighted = toGeoJson(doc, lookOf(doc, { highlight: { nodeIds: ['g1'], tieIds: [] } })).nodes.features;
    expect(highlighted.map((f) => [f.properties.id, f.properties.highlighted, f.properties.dimmed])).toEqual([
      ['p1', false, true],
      ['s1', false, true],
      ['g1', true, false],
    ]);
  });

  it('respects the node filter', () => {
    const doc = sample();
    const { nodes, ties } = toGeoJson(doc, lookOf(doc, { filter: { ...EMPTY_FILTER, kinds: ['person', 'group'] } }));
    expect(nodes.features.map((f) => f.properties.id)).toEqual(['p1', 'g1']);
    expect(nodes.features[1]?.properties.stack).toBe(1);
    expect(ties.features).toEqual([]);
  });

  it('names people by initials when the look says so', () => {
    const doc = sample();
    const { nodes } = toGeoJson(doc, lookOf(doc, { labelMode: 'initials' }));
    expect(nodes.features.map((f) => f.properties.label)).toEqual(['M.', 'Community centre', 'Knit & Natter']);
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
          line: 'dashed',
          colour: '#3D3D3D',
          width: 2,
          mark: '',
          faded: false,
        },
      },
    ]);
  });

  it('respects the tie filter', () => {
    const doc = sample();
    expect(toGeoJson(doc, lookOf(doc, { filter: { ...EMPTY_FILTER, tieKinds: ['hosted_at'] } })).ties.features).toEqual([]);
  });
});

describe('toGeoJson: fanning out at a zoom', () => {
  it('keeps the space at the shared point and moves the group 16 px up', () => {
    const { nodes, ties } = toGeoJson(sample(), undefined, { zoom: 16 });
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
