// Placing from the map (click in Place mode, drag, typed lat,lng) goes through placeNode: one
// undoable setLocation, with the kind's default privacy the first time and the old privacy after.
import { describe, expect, it } from 'vitest';

import { asNodeId } from '../../../src/model';
import { createAppStore } from '../../../src/store';
import { placeNode } from '../../../src/views/map/useMapEvents';
import { FIXED_NOW, makeMap, node, person } from '../../helpers/build';

function storeWith() {
  const store = createAppStore({ now: () => FIXED_NOW });
  store
    .getState()
    .replaceDocument(
      makeMap([
        person('ann', 'Ann'),
        node('hall', 'space', 'Church hall'),
        person('bo', 'Bo', { location: { lat: 51.47, lng: -0.08, privacy: 'hidden' } }),
      ]),
    );
  return store;
}

const locationOf = (store: ReturnType<typeof storeWith>, id: string) =>
  store.getState().document?.nodes.find((n) => n.id === id)?.location;

describe('placeNode', () => {
  it('gives a person an approximate location and a space an exact one, rounded to 1e-7°', () => {
    const store = storeWith();
    expect(placeNode(store, asNodeId('ann'), { lat: 51.471234567, lng: -0.081234567 })).toBe(true);
    expect(placeNode(store, asNodeId('hall'), { lat: 51.4725, lng: -0.0799 })).toBe(true);
    expect(locationOf(store, 'ann')).toEqual({ lat: 51.4712346, lng: -0.0812346, privacy: 'approximate' });
    expect(locationOf(store, 'hall')).toEqual({ lat: 51.4725, lng: -0.0799, privacy: 'exact' });
  });

  it('keeps the privacy a node already had when it is moved', () => {
    const store = storeWith();
    placeNode(store, asNodeId('bo'), { lat: 51.5, lng: -0.1 });
    expect(locationOf(store, 'bo')).toEqual({ lat: 51.5, lng: -0.1, privacy: 'hidden' });
  });

  it('is one undo step per placement', () => {
    const store = storeWith();
    placeNode(store, asNodeId('ann'), { lat: 51.47, lng: -0.08 });
    placeNode(store, asNodeId('ann'), { lat: 51.48, lng: -0.09 });
    store.getState().undo();
    expect(locationOf(store, 'ann')).toEqual({ lat: 51.47, lng: -0.08, privacy: 'approximate' });
    store.getState().undo();
    expect(locationOf(store, 'ann')).toBeUndefined();
  });

  it('refuses a node that is not in the map', () => {
    expect(placeNode(storeWith(), asNodeId('nobody'), { lat: 0, lng: 0 })).toBe(false);
  });
});
