import { describe, expect, it } from 'vitest';

import {
  addNodes,
  addTies,
  checkIntegrity,
  clearPositions,
  duplicateNodes,
  type NodeId,
  patchNodes,
  removeNodes,
  removeTies,
  setLocation,
  setPositions,
  tiesOf,
  touch,
  type TieId,
  updateMeta,
  updateNode,
  updateNodes,
  updateTie,
} from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

const id = (s: string) => s as NodeId;

function sample() {
  return makeMap(
    [person('a', 'Maud'), person('b', 'Mrs A.'), node('g', 'group', 'Knit & Natter'), person('c', 'Tunde')],
    [tie('t1', 'a', 'b'), tie('t2', 'g', 'b'), tie('t3', 'c', 'a'), tie('t4', 'a', 'b', { kind: 'referral' })],
  );
}

describe('pure operations', () => {
  it('never mutate their input and share untouched records', () => {
    const doc = sample();
    const frozen = JSON.stringify(doc);
    const next = updateNode(doc, id('a'), { label: 'Maud R.' });
    expect(JSON.stringify(doc)).toBe(frozen);
    expect(next.nodes[0]?.label).toBe('Maud R.');
    expect(next.nodes[1]).toBe(doc.nodes[1]);
    expect(next.ties).toBe(doc.ties);
  });

  it('remove a patch key when it is set to undefined', () => {
    const doc = updateNode(sample(), id('a'), { notes: 'daily visits' });
    expect(doc.nodes[0]?.notes).toBe('daily visits');
    expect('notes' in (updateNode(doc, id('a'), { notes: undefined }).nodes[0] ?? {})).toBe(false);
  });

  it('bulk-edit several nodes with one patch, or each with its own', () => {
    const doc = updateNodes(sample(), [id('a'), id('c')], { tags: ['volunteer pool'] });
    expect(doc.nodes.map((n) => n.tags)).toEqual([['volunteer pool'], [], [], ['volunteer pool']]);
    const patched = patchNodes(doc, new Map([[id('a'), { label: 'M' }], [id('g'), { label: 'K&N' }]]));
    expect(patched.nodes.map((n) => n.label)).toEqual(['M', 'Mrs A.', 'K&N', 'Tunde']);
  });

  it('removing nodes removes every tie touching them, and the centre', () => {
    const base = sample();
    const doc = removeNodes(updateMeta(base, { centreNodeId: id('a') }), [id('a')]);
    expect(doc.nodes.map((n) => n.id)).toEqual(['b', 'g', 'c']);
    expect(doc.ties.map((t) => t.id)).toEqual(['t2']);
    expect(doc.meta.centreNodeId).toBeUndefined();
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('duplicates nodes with fresh ids, copying only the ties between copies', () => {
    const base = setPositions(sample(), new Map([[id('a'), { x: 10, y: 20, pinned: true }]]));
    const { doc, newIds } = duplicateNodes(base, [id('a'), id('b')]);
    expect(newIds).toHaveLength(2);
    const copies = doc.nodes.filter((n) => newIds.includes(n.id));
    expect(copies.map((n) => n.label)).toEqual(['Maud (copy)', 'Mrs A. (copy)']);
    expect(copies[0]?.position).toEqual({ x: 50, y: 60, pinned: true });
    const copiedTies = doc.ties.slice(base.ties.length);
    expect(copiedTies.map((t) => t.kind)).toEqual(['care', 'referral']);
    expect(copiedTies.every((t) => newIds.includes(t.source) && newIds.includes(t.target))).toBe(true);
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('adds, edits and removes ties', () => {
    let doc = addNodes(sample(), [person('d')]);
    doc = addTies(doc, [tie('t5', 'd', 'b', { hoursPerWeek: 2 })]);
    doc = updateTie(doc, 't5' as TieId, { strength: 'generative' });
    expect(tiesOf(doc, 'd').map((t) => [t.id, t.strength, t.hoursPerWeek])).toEqual([['t5', 'generative', 2]]);
    doc = removeTies(doc, ['t5' as TieId, 't1' as TieId]);
    expect(doc.ties.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
  });

  it('sets and clears locations and positions', () => {
    let doc = setLocation(sample(), id('g'), { lat: 51.47, lng: -0.08, privacy: 'exact' });
    expect(doc.nodes[2]?.location).toEqual({ lat: 51.47, lng: -0.08, privacy: 'exact' });
    doc = setLocation(doc, id('g'), undefined);
    expect(doc.nodes[2]?.location).toBeUndefined();
    doc = setPositions(doc, new Map([[id('a'), { x: 1, y: 2, pinned: true }], [id('b'), { x: 3, y: 4, pinned: true }]]));
    doc = clearPositions(doc, [id('a')]);
    expect(doc.nodes.map((n) => n.position)).toEqual([undefined, { x: 3, y: 4, pinned: true }, undefined, undefined]);
  });

  it('touch stamps updatedAt only', () => {
    const doc = sample();
    const t = touch(doc, '2026-02-01T00:00:00.000Z');
    expect(t.meta).toEqual({ ...doc.meta, updatedAt: '2026-02-01T00:00:00.000Z' });
  });
});
