// The support network's store actions: each is one named undo step, refuses bad input with a
// reason, and leaves the document alone when it refuses.
import { beforeEach, describe, expect, it } from 'vitest';

import { asNodeId, rememberedPlaces, teamCandidates } from '../../src/model';
import { type AppStore, createAppStore, selectUndoLabel } from '../../src/store';
import { makeMap, node, person, tie, tieIn } from '../helpers/build';

const n = asNodeId;
let store: AppStore;
const st = () => store.getState();
const doc = () => st().document!;

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-01T00:00:00.000Z' });
  const map = makeMap(
    [person('me', 'Mrs A.'), person('maud', 'Maud'), person('joy', 'Joy'), node('hall', 'space', 'Hall')],
    [tie('t1', 'maud', 'me', { closeness: 'inner' }), tie('t2', 'joy', 'me')],
  );
  st().replaceDocument({ ...map, meta: { ...map.meta, scope: 'personal' } });
});

describe('setCentre', () => {
  it('puts a person at the centre as one step, and undo takes it back', () => {
    expect(st().setCentre(n('me'))).toEqual({ ok: true });
    expect(doc().meta.centreNodeId).toBe('me');
    expect(selectUndoLabel(st())).toBe('Put “Mrs A.” at the centre');
    st().undo();
    expect(doc().meta.centreNodeId).toBeUndefined();
  });

  it('refuses a place or an unknown node, and says when nothing changed', () => {
    expect(st().setCentre(n('hall'))).toEqual({ ok: false, code: 'invalid', reason: 'The centre must be a person.' });
    expect(st().setCentre(n('nobody'))).toEqual({ ok: false, code: 'missing', reason: 'No node "nobody" in this map.' });
    expect(st().setCentre(null)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
    expect(st().history.past).toEqual([]);
  });
});

describe('setTeamCandidate', () => {
  it('marks and unmarks, one step each', () => {
    expect(st().setTeamCandidate(n('me'), n('joy'), true)).toEqual({ ok: true });
    expect(teamCandidates(doc(), 'me')).toEqual(['joy']);
    expect(selectUndoLabel(st())).toBe('Mark “Joy” as able to join the team');
    expect(st().setTeamCandidate(n('me'), n('joy'), false)).toEqual({ ok: true });
    expect(teamCandidates(doc(), 'me')).toEqual([]);
    st().undo();
    expect(teamCandidates(doc(), 'me')).toEqual(['joy']);
    expect(st().setTeamCandidate(n('me'), n('me'), true)).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'That is the person at the centre.',
    });
  });
});

describe('placeInSupportNetwork', () => {
  it('moves someone to another ring and remembers the place in one undo step', () => {
    const before = doc();
    expect(st().placeInSupportNetwork(n('me'), n('maud'), { ring: 'outer', along: 0.4 })).toEqual({
      ok: true,
    });
    expect(tieIn(doc(), 't1')?.closeness).toBe('outer');
    expect(rememberedPlaces(doc(), 'me').get('maud')).toBe(0.4);
    expect(selectUndoLabel(st())).toBe('Move “Maud” to the outer ring');
    st().undo();
    expect(tieIn(doc(), 't1')?.closeness).toBe('inner');
    expect(doc().records).toBe(before.records);
  });

  it('names a move within the ring plainly, and refuses a place that is not a number', () => {
    expect(st().placeInSupportNetwork(n('me'), n('maud'), { ring: 'inner', along: 0.1 })).toEqual({
      ok: true,
    });
    expect(selectUndoLabel(st())).toBe('Move “Maud”');
    expect(st().placeInSupportNetwork(n('me'), n('maud'), { ring: 'inner', along: Number.NaN })).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'The place in the sector must be a number from 0 to 1.',
    });
  });

  it('rememberSupportPlaces keeps several places as one step', () => {
    const places = new Map([
      [n('maud'), 0.2],
      [n('joy'), 0.8],
    ]);
    expect(st().rememberSupportPlaces(n('me'), places)).toEqual({ ok: true });
    expect(rememberedPlaces(doc(), 'me')).toEqual(
      new Map([
        ['maud', 0.2],
        ['joy', 0.8],
      ]),
    );
    expect(selectUndoLabel(st())).toBe('Keep the support network’s layout');
    expect(st().rememberSupportPlaces(n('me'), places)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
  });
});
