// What each format leaves out of a map, worked out by hand from what each format can hold (see
// the headers of src/io/*/write.ts): the native file, GEXF and GraphML keep everything; the CSV
// pairs and Kumu's spreadsheets keep nodes and ties but none of the map-level parts nor graph
// positions (the plain CSV pair keeps positions as columns); Kumu JSON keeps the title,
// description and positions; Kumu's spreadsheets split a tag holding "|".
import { describe, expect, it } from 'vitest';

import { exportLosses } from '../../src/io/losses';
import type { FormatId } from '../../src/io/types';
import { type CareMap, loadCareMap } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

function personalMap(): CareMap {
  const doc = makeMap(
    [
      person('ann', 'Ann', { careNeeded: ['night_sitting'], tags: ['before|after'], position: { x: 1, y: 2, pinned: true } }),
      person('bo', 'Bo', { position: { x: 3, y: 4, pinned: false } }),
    ],
    [tie('t1', 'bo', 'ann', { careTypes: ['night_sitting'] })],
    'Ann’s support',
  );
  const loaded = loadCareMap({
    ...doc,
    meta: { ...doc.meta, scope: 'personal', description: 'Who helps Ann', centreNodeId: 'ann', area: { name: 'Elm Road' } },
    careTypes: [...doc.careTypes, { id: 'night_sitting', label: 'Night sitting', leaning: 'formal' }],
    overlays: [{ id: 'ov-1', name: 'Ward', kind: 'boundary', visible: true, features: [] }],
    records: [{ id: 'r-1', type: 'example.note', title: 'Rota' }, { id: 'r-2', type: 'example.note', title: 'Lifts' }],
    snapshots: [{ id: 's-1', label: 'Start', takenAt: '2025-01-01', nodes: [], ties: [] }],
  });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.value;
}

const MAP_LEVEL = [
  'meta.title',
  'meta.description',
  'meta.scope',
  'meta.area',
  'meta.centreNodeId',
  'careTypes',
  'overlays',
  'records',
  'snapshots',
];

const EXPECTED: Record<FormatId, string[]> = {
  native: [],
  gexf: [],
  graphml: [],
  csv: MAP_LEVEL,
  // a Kumu project keeps its name, description and a map's positions
  'kumu-json': MAP_LEVEL.filter((id) => id !== 'meta.title' && id !== 'meta.description'),
  'kumu-xlsx': [...MAP_LEVEL, 'node.tags', 'node.position'],
  'kumu-csv': [...MAP_LEVEL, 'node.tags', 'node.position'],
};

describe('exportLosses', () => {
  it.each(Object.entries(EXPECTED) as [FormatId, string[]][])('%s leaves out exactly what it cannot hold', (format, expected) => {
    expect(exportLosses(personalMap(), format).map((l) => l.id)).toEqual(expected);
  });

  it('says each loss in words, with counts', () => {
    expect(exportLosses(personalMap(), 'kumu-csv').map((l) => l.message)).toEqual([
      "the map's title (it will be named after the file)",
      "the map's description",
      'that this is a personal care map (it will come back as a community network map)',
      "the map's area (“Elm Road”) and where the map view centres",
      'who is at the centre of the map',
      '1 care type definition (names, ids or formal/informal leaning): “Night sitting”',
      '1 area overlay',
      '2 governance, survey or assessment records',
      '1 snapshot',
      'the tags of 1 node (not kept exactly as written)',
      'the graph positions of 2 nodes (1 pinned by hand)',
    ]);
  });

  it('lists nothing for a plain map in a format that holds it all', () => {
    const doc = makeMap([person('a', 'A'), person('b', 'B')], [tie('t', 'a', 'b')]);
    expect(exportLosses(doc, 'gexf')).toEqual([]);
    expect(exportLosses(doc, 'graphml')).toEqual([]);
  });
});
