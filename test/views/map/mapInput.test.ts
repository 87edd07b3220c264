import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../../src/model';
import {
  buildMapInput,
  densityFeatures,
  normaliseMeasure,
  readAnalysisFacts,
} from '../../../src/views/map/mapInput';
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

describe('normaliseMeasure', () => {
  it('rescales min..max to 0..1 and leaves out non-finite values', () => {
    const out = normaliseMeasure(
      new Map([
        ['a', 2],
        ['b', 4],
        ['c', 6],
        ['d', Number.NaN],
      ]),
    );
    expect([...out]).toEqual([
      ['a', 0],
      ['b', 0.5],
      ['c', 1],
    ]);
  });
  it('puts every node half way when all values are equal', () => {
    expect([
      ...normaliseMeasure(
        new Map([
          ['a', 3],
          ['b', 3],
        ]),
      ),
    ]).toEqual([
      ['a', 0.5],
      ['b', 0.5],
    ]);
  });
});

describe('buildMapInput', () => {
  it('applies the shared filter', () => {
    const input = buildMapInput(
      doc,
      { mapFilter: { ...EMPTY_FILTER, kinds: ['person'] }, selectedIds: [] },
      undefined,
    );
    expect([...input.visibleNodeIds!]).toEqual(['a', 'c', 'd']);
    expect([...input.visibleTieIds!]).toEqual([]);
    expect(input.focusIds).toBeUndefined();
  });

  it('focuses on a node and its neighbours to the chosen depth', () => {
    const one = buildMapInput(
      doc,
      { mapFilter: EMPTY_FILTER, selectedIds: ['t1'], focus: 'a', focusSteps: 1 },
      15,
    );
    expect([...one.focusIds!].sort()).toEqual(['a', 'b']);
    expect([...one.selectedIds!]).toEqual(['t1']);
    expect(one.zoom).toBe(15);
    const two = buildMapInput(
      doc,
      { mapFilter: EMPTY_FILTER, selectedIds: [], focus: 'a', focusSteps: 2 },
      15,
    );
    expect([...two.focusIds!].sort()).toEqual(['a', 'b', 'c']);
    // Focus on a node the filter hides is ignored rather than dimming everything.
    const hidden = buildMapInput(
      doc,
      { mapFilter: { ...EMPTY_FILTER, kinds: ['group'] }, selectedIds: [], focus: 'a' },
      15,
    );
    expect(hidden.focusIds).toBeUndefined();
  });

  it('passes highlights and a rescaled measure through', () => {
    const input = buildMapInput(
      doc,
      {
        mapFilter: EMPTY_FILTER,
        selectedIds: [],
        highlightIds: new Set(['d']),
        measure: new Map([
          ['a', 10],
          ['d', 20],
        ]),
      },
      undefined,
    );
    expect([...input.highlightIds!]).toEqual(['d']);
    expect([...input.measure!]).toEqual([
      ['a', 0],
      ['d', 1],
    ]);
  });
});

describe('readAnalysisFacts', () => {
  it('reads a measure from a Map, a record, or an object with values, and highlights from ids or node/tie lists', () => {
    expect(readAnalysisFacts({ measureStyle: new Map([['a', 1]]) })).toEqual({
      measure: new Map([['a', 1]]),
    });
    expect(readAnalysisFacts({ measureStyle: { values: { a: 2, b: 'x' } } })).toEqual({
      measure: new Map([['a', 2]]),
    });
    expect(readAnalysisFacts({ highlight: ['a', 3] })).toEqual({ highlightIds: new Set(['a']) });
    expect(readAnalysisFacts({ highlight: { nodeIds: ['a'], tieIds: new Set(['t1']) } })).toEqual({
      highlightIds: new Set(['a', 't1']),
    });
  });
  it('treats anything else as absent', () => {
    expect(readAnalysisFacts({ measureStyle: null, highlight: null })).toEqual({});
    expect(readAnalysisFacts({ measureStyle: 'degree', highlight: 7 })).toEqual({});
    expect(readAnalysisFacts(undefined)).toEqual({});
  });
});

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
