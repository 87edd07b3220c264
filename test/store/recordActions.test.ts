// The store's record actions: upsertRecord and removeRecord are named, undoable steps that go
// through the model's validation, refuse bad or no-op input with a readable reason, and survive
// undo/redo.
import { beforeEach, describe, expect, it } from 'vitest';

import { getRecords } from '../../src/model';
import { type AppStore, createAppStore, selectUndoLabel } from '../../src/store';
import { makeMap, node, person } from '../helpers/build';

let store: AppStore;
const st = () => store.getState();

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-01T00:00:00.000Z' });
  st().replaceDocument(makeMap([person('ada', 'Ada'), node('ash', 'team', 'Team Ash')]));
});

const rota = { id: 'h1', type: 'hatAssignment', hat: 'team.rota_holder', context: 'ash', holders: ['ada'] };

describe('upsertRecord', () => {
  it('adds a record as one named undo step, then edits it in place', () => {
    expect(st().upsertRecord(rota, 'Add hat')).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('Add hat');
    expect(getRecords(st().document!, 'hatAssignment').map((a) => a.holders)).toEqual([['ada']]);

    expect(st().upsertRecord({ ...rota, holders: [] })).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('Edit record');
    expect(st().document!.records).toHaveLength(1);
    expect(getRecords(st().document!, 'hatAssignment')[0]?.holders).toEqual([]);

    st().undo();
    expect(getRecords(st().document!, 'hatAssignment')[0]?.holders).toEqual(['ada']);
    st().undo();
    expect(st().document!.records).toEqual([]);
    st().redo();
    expect(st().document!.records).toHaveLength(1);
  });

  it('refuses an invalid record, naming the path, and leaves the map alone', () => {
    const before = st().document;
    const result = st().upsertRecord({ ...rota, holders: ['nobody'] });
    expect(result).toEqual({ ok: false, code: 'invalid', reason: 'records[0].holders[0]: no node "nobody"' });
    expect(st().document).toBe(before);
  });

  it('refuses an unknown record type and a change that changes nothing', () => {
    expect(st().upsertRecord({ id: 'x', type: 'spell' }).ok).toBe(false);
    st().upsertRecord(rota);
    expect(st().upsertRecord(rota)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
  });
});

describe('removeRecord', () => {
  it('removes by id as one undo step, and refuses an unknown id', () => {
    st().upsertRecord(rota);
    expect(st().removeRecord('h1', 'Remove hat')).toEqual({ ok: true });
    expect(st().document!.records).toEqual([]);
    expect(selectUndoLabel(st())).toBe('Remove hat');
    expect(st().removeRecord('h1')).toEqual({ ok: false, code: 'missing', reason: 'No record "h1" in this map.' });
    st().undo();
    expect(st().document!.records).toHaveLength(1);
  });
});
