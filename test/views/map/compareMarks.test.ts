// A comparison drawn on the map: a hand-worked pair of small maps goes through the comparison, the
// picture, the look and toGeoJson, and each change reaches its GeoJSON feature with the mark
// src/look gives it; MapLibre's own evaluator (test/helpers/maplibreStyle) then reads, from the
// real network layers, the colour, faded opacity and mark image that feature is drawn with, and
// the mark images are read pixel by pixel for the outline (solid, dashed, double) and the tie
// shape. Elements without a place are counted, not dropped.
import { describe, expect, it } from 'vitest';

import { diffMaps, diffPicture, pictureState } from '../../../src/analysis';
import { lookOf, MARKS } from '../../../src/look';
import type { CareMap } from '../../../src/model';
import { MARK_IMAGE_PIXEL_RATIO, MARK_RING_RADIUS_PX, markImage, type MarkImage } from '../../../src/views/map/markImages';
import { MARKER_LAYER_ID, networkLayers } from '../../../src/views/map/networkLayers';
import { countUndrawnMarks, toGeoJson, undrawnSentence } from '../../../src/views/map/toGeoJson';
import { makeMap, node, person, tie } from '../../helpers/build';
import { evaluateLayer, rgb } from '../../helpers/maplibreStyle';

const at = (lat: number, lng: number) => ({ location: { lat, lng, privacy: 'exact' as const } });

// Before: Maud, Tunde and the Knit & Natter group on the map, Ada without a place; Maud gives to
// Tunde (informal) and belongs to the group's care (formal tie). After: the group and Ada have
// gone (with Maud's tie to the group), Tunde has a new name, Bea has joined with a place and Cy
// without one; Maud now gives to Bea, Tunde to Cy.
const A: CareMap = makeMap([
  person('p1', 'Maud', at(51.54, -0.055)),
  person('p2', 'Tunde', at(51.541, -0.052)),
  node('g1', 'group', 'Knit & Natter', at(51.543, -0.05)),
  person('p3', 'Ada'),
], [
  tie('t12', 'p1', 'p2', { formality: 'informal' }),
  tie('t1g', 'p1', 'g1', { formality: 'formal' }),
]);
const B: CareMap = makeMap([
  person('p1', 'Maud', at(51.54, -0.055)),
  person('p2', 'Tunde A.', at(51.541, -0.052)),
  person('p4', 'Bea', at(51.538, -0.058)),
  person('p5', 'Cy'),
], [
  tie('t12', 'p1', 'p2', { formality: 'informal' }),
  tie('t14', 'p1', 'p4', { formality: 'formal' }),
  tie('t25', 'p2', 'p5', { formality: 'informal' }),
]);

function drawn(view: 'difference' | 'before' | 'after' = 'difference') {
  const result = diffMaps({ doc: A, label: 'A' }, { doc: B, label: 'B' });
  const picture = diffPicture(A, B, result);
  const doc = pictureState(picture, view);
  const look = lookOf(doc, { marks: picture.marks });
  const features = toGeoJson(doc, look, { cells: false });
  return { doc, look, features };
}

const layer = (id: string) => networkLayers().find((l) => l.id === id)!;

/** The pixel of `image` at (x, y) CSS px from its centre. */
function pixel(image: MarkImage, x: number, y: number): [number, number, number, number] {
  const px = Math.floor((x + image.width / MARK_IMAGE_PIXEL_RATIO / 2) * MARK_IMAGE_PIXEL_RATIO);
  const py = Math.floor((y + image.height / MARK_IMAGE_PIXEL_RATIO / 2) * MARK_IMAGE_PIXEL_RATIO);
  const i = (py * image.width + px) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
}

/** Of 72 points round a circle of radius r, how many are opaque. */
function opaqueAround(image: MarkImage, r: number): number {
  let n = 0;
  for (let k = 0; k < 72; k++) {
    const a = (k / 72) * 2 * Math.PI + 0.01;
    if (pixel(image, r * Math.cos(a), r * Math.sin(a))[3] > 200) n += 1;
  }
  return n;
}

describe('a comparison on the map', () => {
  it('gives each placed change its mark, and leaves out what has no place', () => {
    const { features } = drawn();
    const nodes = Object.fromEntries(features.nodes.features.map((f) => [f.properties.id, f.properties]));
    const ties = Object.fromEntries(features.ties.features.map((f) => [f.properties.id, f.properties]));
    // Placed: Maud (unchanged), Tunde (renamed), Bea (new), the group's ghost. Ada and Cy have no place.
    expect(Object.keys(nodes).sort()).toEqual(['g1', 'p1', 'p2', 'p4']);
    expect([nodes.p1!.mark, nodes.p2!.mark, nodes.p4!.mark, nodes.g1!.mark]).toEqual(['', 'changed', 'added', 'lost']);
    expect([nodes.p1!.faded, nodes.p2!.faded, nodes.p4!.faded, nodes.g1!.faded]).toEqual([false, false, false, true]);
    // Ties: kept Maud–Tunde, new Maud–Bea, the lost Maud–group ghost; Tunde–Cy has an end with no place.
    expect(Object.keys(ties).sort()).toEqual(['t12', 't14', 't1g']);
    expect([ties.t12!.mark, ties.t14!.mark, ties.t1g!.mark]).toEqual(['', 'added', 'lost']);
    // The mark leaves the tie's own line (formal solid, informal dashed) as it was: a second cue.
    expect([ties.t12!.line, ties.t14!.line, ties.t1g!.line]).toEqual(['dashed', 'solid', 'solid']);
    expect(ties.t1g!.faded).toBe(true);
  });

  it('draws the marks in the colours and outlines src/look gives them, lost ones faded', () => {
    const { features } = drawn();
    const byId = (id: string) => features.nodes.features.find((f) => f.properties.id === id)!.properties as unknown as Record<string, unknown>;
    const tieById = (id: string) => features.ties.features.find((f) => f.properties.id === id)!.properties as unknown as Record<string, unknown>;

    expect(evaluateLayer(layer('cw-tie-solid'), 'line-color', tieById('t14'), 'LineString')).toEqual(rgb(MARKS.added.colour));
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-color', tieById('t1g'), 'LineString')).toEqual(rgb(MARKS.lost.colour));
    expect(evaluateLayer(layer('cw-tie-solid'), 'line-opacity', tieById('t1g'), 'LineString')).toBe(0.375);
    expect(evaluateLayer(layer('cw-tie-dashed'), 'line-opacity', tieById('t12'), 'LineString')).toBe(0.75);
    expect(evaluateLayer(layer(MARKER_LAYER_ID), 'circle-opacity', byId('g1'))).toBe(0.5);
    expect(evaluateLayer(layer(MARKER_LAYER_ID), 'circle-opacity', byId('p4'))).toBe(1);
    expect(String(evaluateLayer(layer('cw-marker-mark'), 'icon-image', byId('p4')))).toBe('cw-mark-ring-added');
    expect(String(evaluateLayer(layer('cw-marker-mark'), 'icon-image', byId('g1')))).toBe('cw-mark-ring-lost');
    expect(String(evaluateLayer(layer('cw-marker-mark'), 'icon-image', byId('p2')))).toBe('cw-mark-ring-changed');
    expect(evaluateLayer(layer('cw-marker-mark'), 'icon-opacity', byId('g1'))).toBe(0.5);
    // A marker of the usual 9 px radius gets the ring as drawn (13 px: 4 px outside it).
    expect(evaluateLayer(layer('cw-marker-mark'), 'icon-size', byId('p4'))).toBe(1);
    expect(String(evaluateLayer(layer('cw-tie-mark'), 'icon-image', tieById('t14'), 'LineString'))).toBe('cw-mark-tie-added');
    expect(String(evaluateLayer(layer('cw-tie-mark'), 'text-field', tieById('t1g'), 'LineString'))).toBe(MARKS.lost.badge);
  });

  it('draws an added ring solid, a lost ring dashed and a changed one double, each in its colour', () => {
    const solid = markImage('cw-mark-ring-added')!;
    const dashed = markImage('cw-mark-ring-lost')!;
    const double = markImage('cw-mark-ring-changed')!;
    const R = MARK_RING_RADIUS_PX;
    expect(pixel(solid, R, 0).slice(0, 3)).toEqual(rgb(MARKS.added.colour));
    expect(opaqueAround(solid, R)).toBe(72);
    expect(opaqueAround(solid, R - 3)).toBe(0);
    // 12 dashes, 60 % drawn: about 43 of 72 points.
    expect(opaqueAround(dashed, R)).toBeGreaterThan(36);
    expect(opaqueAround(dashed, R)).toBeLessThan(50);
    expect(pixel(dashed, R, 0.5).slice(0, 3)).toEqual(rgb(MARKS.lost.colour));
    // Two thin rings 3.5 px apart with a gap between.
    expect(opaqueAround(double, R - 1.75)).toBe(72);
    expect(opaqueAround(double, R + 1.75)).toBe(72);
    expect(opaqueAround(double, R)).toBe(0);
    expect(pixel(double, R + 1.75, 0).slice(0, 3)).toEqual(rgb(MARKS.changed.colour));
    expect(markImage('cw-mark-ring-nothing')).toBeNull();
    expect(markImage('some-other-icon')).toBeNull();
  });

  it('draws a tie shape in the middle: added a circle, lost a square, changed a diamond', () => {
    const circle = markImage('cw-mark-tie-added')!;
    const square = markImage('cw-mark-tie-lost')!;
    const diamond = markImage('cw-mark-tie-changed')!;
    expect(pixel(circle, 0, 0)).toEqual([...rgb(MARKS.added.colour), 255]);
    expect(pixel(square, 0, 0)).toEqual([...rgb(MARKS.lost.colour), 255]);
    expect(pixel(diamond, 0, 0)).toEqual([...rgb(MARKS.changed.colour), 255]);
    // At (3.8, 3.8): inside the square (half side 4.25), outside the circle (radius 5) and the diamond.
    expect(pixel(square, 3.8, 3.8).slice(0, 3)).toEqual(rgb(MARKS.lost.colour));
    expect(pixel(circle, 3.8, 3.8).slice(0, 3)).not.toEqual(rgb(MARKS.added.colour));
    expect(pixel(diamond, 3.8, 3.8).slice(0, 3)).not.toEqual(rgb(MARKS.changed.colour));
    // On the axis at 5.2 px: inside the diamond (reaches 6.25), outside the square (4.25) and the circle (5).
    expect(pixel(diamond, 5.2, 0).slice(0, 3)).toEqual(rgb(MARKS.changed.colour));
    expect(pixel(square, 5.2, 0).slice(0, 3)).not.toEqual(rgb(MARKS.lost.colour));
  });

  it('counts the changes with no place, in every view', () => {
    const diff = drawn();
    // Ada (lost) and Cy (added) have no place; the Tunde–Cy tie has an end with none.
    expect(countUndrawnMarks(diff.doc, diff.look, diff.features)).toEqual({ nodes: 2, ties: 1, samePlace: 0 });
    expect(undrawnSentence({ nodes: 2, ties: 1, samePlace: 0 })).toBe('3 changes are not on the map: no place set.');
    const before = drawn('before');
    expect(countUndrawnMarks(before.doc, before.look, before.features)).toEqual({ nodes: 1, ties: 0, samePlace: 0 });
    expect(undrawnSentence({ nodes: 1, ties: 0, samePlace: 0 })).toBe('1 change is not on the map: no place set.');
    const after = drawn('after');
    expect(countUndrawnMarks(after.doc, after.look, after.features)).toEqual({ nodes: 1, ties: 1, samePlace: 0 });
    expect(undrawnSentence({ nodes: 0, ties: 0, samePlace: 0 })).toBe('');
  });
});
