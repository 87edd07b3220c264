// Re-import merge: the same file twice changes nothing, a changed label updates instead of
// duplicating, matching falls back from ids to label+kind and from tie ids to ends+kind.
import { describe, expect, it } from 'vitest';

import { readKumuJson } from '../../src/io/kumu-json';
import { type CareMap, loadCareMap, mergeMaps } from '../../src/model';
import { FIXED_NOW, makeMap, node, person, tie } from '../helpers/build';

/** A Kumu file without ids: every read gives fresh random ids, as a real re-import would. */
const KUMU = new TextEncoder().encode(
  JSON.stringify({
    elements: [
      { attributes: { label: 'Ann', 'element type': 'Person' } },
      { attributes: { label: 'Lunch Club', 'element type': 'Group', 'care offered': ['Meals & food'] } },
      { attributes: { label: 'Hall', 'element type': 'Space' } },
    ],
    connections: [
      { from: 'Lunch Club', to: 'Ann', attributes: { 'connection type': 'care', strength: 'generative' } },
      { from: 'Lunch Club', to: 'Hall', attributes: { 'connection type': 'hosted at' } },
    ],
  }),
);

function readKumu(): CareMap {
  const r = readKumuJson([{ name: 'k.kumu.json', bytes: KUMU }], { now: FIXED_NOW });
  if (!r.ok) throw new Error('fixture invalid');
  return r.value;
}

describe('mergeMaps', () => {
  it('re-importing the same file twice leaves the map and its counts unchanged', () => {
    const current = readKumu();
    const once = mergeMaps(current, readKumu());
    const twice = mergeMaps(once.doc, readKumu());
    for (const result of [once, twice]) {
      expect(result.added).toEqual({ nodes: 0, ties: 0, careTypes: 0 });
      expect(result.updated).toEqual({ nodes: 0, ties: 0, careTypes: 0 });
      expect(result.unchanged).toEqual({ nodes: 3, ties: 2, careTypes: 22 });
      expect(result.doc.nodes).toEqual(current.nodes);
      expect(result.doc.ties).toEqual(current.ties);
    }
  });

  it('a changed label (same id) updates the node instead of duplicating it', () => {
    const current = makeMap([person('a', 'Ann'), person('b', 'Bo')], [tie('t1', 'a', 'b')]);
    const incoming = makeMap([person('a', 'Annie'), person('b', 'Bo')], [tie('t1', 'a', 'b')]);
    const r = mergeMaps(current, incoming);
    expect(r.doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ['a', 'Annie'],
      ['b', 'Bo'],
    ]);
    expect([r.added.nodes, r.updated.nodes, r.unchanged.nodes]).toEqual([0, 1, 1]);
  });

  it('matches by label and kind when ids differ, keeps current ids and remaps ties', () => {
    const current = makeMap([person('a', 'Ann', { tags: ['x'], fields: { age: 80 } }), node('c', 'group', 'Club')], [tie('t1', 'c', 'a')]);
    const incoming = makeMap(
      [
        person('k1', 'ANN', { fields: { phone: '123' } }),
        node('k2', 'group', 'CLUB'),
        node('k3', 'space', 'Ann'), // same label, other kind: a different node
      ],
      [tie('x1', 'k2', 'k1', { strength: 'engaged' }), tie('x2', 'k2', 'k3', { kind: 'hosted_at' })],
    );
    const r = mergeMaps(current, incoming);
    expect(r.doc.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['a', 'person', 'ANN'],
      ['c', 'group', 'CLUB'],
      ['k3', 'space', 'Ann'],
    ]);
    // an empty incoming tag list keeps the current tags; custom fields merge key by key
    expect(r.doc.nodes[0]?.tags).toEqual(['x']);
    expect(r.doc.nodes[0]?.fields).toEqual({ age: 80, phone: '123' });
    expect(r.doc.ties.map((t) => [t.id, t.source, t.target, t.kind, t.strength])).toEqual([
      ['t1', 'c', 'a', 'care', 'engaged'],
      ['x2', 'c', 'k3', 'hosted_at', 'unclassified'],
    ]);
    expect(r.added).toEqual({ nodes: 1, ties: 1, careTypes: 0 });
    expect(r.updated).toEqual({ nodes: 2, ties: 1, careTypes: 0 });
    expect(loadCareMap(r.doc).ok).toBe(true);
  });

  it('a mutual tie matches the current one written the other way round', () => {
    const current = makeMap([person('a'), person('b')], [tie('t1', 'a', 'b', { mutual: true })]);
    const incoming = makeMap([person('a'), person('b')], [tie('t9', 'b', 'a', { mutual: true })]);
    const r = mergeMaps(current, incoming);
    expect(r.doc.ties.map((t) => [t.id, t.source, t.target])).toEqual([['t1', 'a', 'b']]);
    expect(r.unchanged.ties).toBe(1);
  });

  it('appends unknown care types and maps known labels onto current ids', () => {
    const current = makeMap([person('a', 'Ann')]);
    const incoming = {
      ...makeMap([person('a', 'Ann', { careNeeded: ['dogs', 'food'] })]),
      careTypes: [
        { id: 'dogs', label: 'Dog walking', leaning: 'informal' as const },
        { id: 'food', label: 'meals & FOOD', leaning: 'either' as const },
      ],
    };
    const r = mergeMaps(current, incoming);
    expect(r.doc.careTypes.length).toBe(current.careTypes.length + 1);
    expect(r.doc.careTypes.at(-1)).toEqual({ id: 'dogs', label: 'Dog walking', leaning: 'informal' });
    expect(r.doc.nodes[0]?.careNeeded).toEqual(['dogs', 'meals']);
    expect(r.added.careTypes).toBe(1);
    expect(loadCareMap(r.doc).ok).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const current = makeMap([person('a', 'Ann')]);
    const incoming = makeMap([person('a', 'Annie'), person('b', 'Bo')]);
    const before = [structuredClone(current), structuredClone(incoming)];
    mergeMaps(current, incoming);
    expect([current, incoming]).toEqual(before);
  });
});
