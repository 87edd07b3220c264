// The map at neighbourhood zoom: approximate places counted by privacy cell (one feature per
// occupied cell, with how many), never at anyone's real point, and ties left to the selection.
// Cell centres worked out by hand for the default grid (0.005° lat × 0.008° lng):
//   lat 51.5412 → floor(141.5412 / 0.005) = 28308 → centre 28308.5 × 0.005 − 90 = 51.5425
//   lat 51.5440 → floor(28308.8) = 28308 → 51.5425;  lat 51.5460 → floor(28309.2) = 28309 → 51.5475
//   lng −0.0553, −0.0510, −0.0540 → floor(179.9447 / 0.008 = 22493.09 / 22493.63 / 22493.25)
//   = 22493 → centre 22493.5 × 0.008 − 180 = −0.052
import { describe, expect, it } from 'vitest';

import { cellRadius, KIND_LOOKS, lookOf, NEUTRAL_FILL } from '../../../src/look';
import type { CareMap } from '../../../src/model';
import { toGeoJson } from '../../../src/views/map/toGeoJson';
import { makeMap, node, person, tie } from '../../helpers/build';

function neighbourhood(): CareMap {
  return makeMap(
    [
      person('a1', 'Ann', { location: { lat: 51.5412, lng: -0.0553, privacy: 'approximate' } }),
      node('s1', 'space', 'Hall', { location: { lat: 51.545, lng: -0.055, privacy: 'exact' } }),
      person('a2', 'Bo', { location: { lat: 51.544, lng: -0.051, privacy: 'approximate' } }),
      person('a3', 'Cy', { location: { lat: 51.546, lng: -0.0553, privacy: 'approximate' } }),
      node('g1', 'group', 'Walkers', { location: { lat: 51.5415, lng: -0.054, privacy: 'approximate' } }),
      person('h1', 'Di', { location: { lat: 51.543, lng: -0.053, privacy: 'hidden' } }),
    ],
    [
      tie('t1', 'a1', 's1'),
      tie('t2', 'a1', 'a2'),
      tie('t3', 'a3', 's1'),
      tie('t4', 'h1', 's1'),
    ],
  );
}

describe('toGeoJson with counted cells', () => {
  it('draws one counted mark per occupied cell after the exact markers', () => {
    const doc = neighbourhood();
    const { nodes } = toGeoJson(doc, lookOf(doc), { cells: true, zoom: 14 });
    expect(
      nodes.features.map((f) => [f.properties.id, f.properties.count, f.properties.countText, f.geometry.coordinates]),
    ).toEqual([
      ['s1', 1, '', [-0.055, 51.545]],
      ['cell:51.5425,-0.052', 3, '3', [-0.052, 51.5425]],
      ['cell:51.5475,-0.052', 1, '1', [-0.052, 51.5475]],
    ]);
    const [, mixed, one] = nodes.features.map((f) => f.properties);
    // Two people and a group: no one colour is theirs, so the cell is grey.
    expect(mixed).toMatchObject({ cell: true, approximate: true, colour: NEUTRAL_FILL, radius: cellRadius(3), letter: '' });
    expect(one).toMatchObject({ cell: true, colour: KIND_LOOKS.person.colour, radius: 13 });
    // No real point of anyone approximate appears anywhere.
    const text = JSON.stringify(nodes);
    for (const p of ['51.5412', '-0.0553', '51.544,', '51.546,', '51.5415', '-0.054,']) expect(text).not.toContain(p);
  });

  it('draws ties to a member from its cell, and none inside one cell', () => {
    const doc = neighbourhood();
    const { ties } = toGeoJson(doc, lookOf(doc), { cells: true, zoom: 14 });
    expect(ties.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['t1', [[-0.052, 51.5425], [-0.055, 51.545]]],
      ['t3', [[-0.052, 51.5475], [-0.055, 51.545]]],
    ]);
  });

  it('draws everyone one by one without cells (street zoom)', () => {
    const doc = neighbourhood();
    const { nodes } = toGeoJson(doc, lookOf(doc), { cells: false, zoom: 16 });
    expect(nodes.features.map((f) => f.properties.id)).toEqual(['a1', 's1', 'a2', 'a3', 'g1']);
    expect(nodes.features.every((f) => !f.properties.cell && f.properties.count === 1)).toBe(true);
  });

  it('marks a cell selected when a member is, and keeps only the selection’s ties', () => {
    const doc = neighbourhood();
    const look = lookOf(doc, { selectedIds: new Set(['a3']) });
    const { nodes, ties } = toGeoJson(doc, look, { cells: true, zoom: 14, ties: 'selection' });
    expect(nodes.features.filter((f) => f.properties.selected).map((f) => f.properties.id)).toEqual([
      'cell:51.5475,-0.052',
    ]);
    expect(ties.features.map((f) => f.properties.id)).toEqual(['t3']);
  });

  it('draws no ties for the selection scope when nothing is selected, hovered or highlighted', () => {
    const doc = neighbourhood();
    expect(toGeoJson(doc, lookOf(doc), { ties: 'selection' }).ties.features).toEqual([]);
    const hovered = toGeoJson(doc, lookOf(doc, { hoveredId: 's1' }), { ties: 'selection' });
    expect(hovered.ties.features.map((f) => f.properties.id)).toEqual(['t1', 't3']);
    const picked = toGeoJson(doc, lookOf(doc, { highlight: { nodeIds: [], tieIds: ['t2'] } }), {
      ties: 'selection',
      zoom: 16,
    });
    expect(picked.ties.features.map((f) => f.properties.id)).toEqual(['t2']);
  });
});
