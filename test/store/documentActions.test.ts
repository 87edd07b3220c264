import { beforeEach, describe, expect, it } from 'vitest';

import { type CareMap, asNodeId, asTieId, makeNode, type Position } from '../../src/model';
import {
  type AppStore,
  createAppStore,
  selectCanRedo,
  selectCanUndo,
  selectRedoLabel,
  selectUndoLabel,
} from '../../src/store';
import { FIXED_NOW, makeMap, node, person, tie } from '../helpers/build';

const n = asNodeId;
const t = asTieId;

/** A clock that ticks one second per call from 2026-02-01T00:00:00Z. */
function tickingClock(): () => string {
  let s = 0;
  return () => new Date(Date.UTC(2026, 1, 1, 0, 0, s++)).toISOString();
}

function sample(): CareMap {
  return makeMap(
    [person('ada', 'Ada'), person('bo', 'Bo'), person('cy', 'Cy'), node('hall', 'space', 'Church hall')],
    [tie('t1', 'ada', 'bo'), tie('t2', 'bo', 'cy'), tie('t3', 'cy', 'hall', { kind: 'hosted_at' })],
  );
}

let store: AppStore;
let original: CareMap;
const st = () => store.getState();
const doc = () => st().document!;

beforeEach(() => {
  store = createAppStore({ now: tickingClock() });
  original = sample();
  expect(st().replaceDocument(original)).toEqual({ ok: true });
});

describe('opening a document', () => {
  it('opens with empty history, the map id, and revision 1', () => {
    expect(st().document).toBe(original);
    expect(st().mapId).toBe('map-test');
    expect(st().revision).toBe(1);
    expect(selectCanUndo(st())).toBe(false);
  });

  it('opening a different map resets history and selection', () => {
    st().removeNodes([n('ada')]);
    st().select({ nodeIds: [n('bo')] });
    const other = { ...makeMap([person('z')]), id: 'map-other' as CareMap['id'] };
    expect(st().replaceDocument(other)).toEqual({ ok: true });
    expect(st().mapId).toBe('map-other');
    expect(st().history).toEqual({ past: [], future: [] });
    expect(st().selection).toEqual({ nodeIds: [], tieIds: [] });
  });

  it('replacing the same map is one undoable step', () => {
    const replacement = makeMap([person('q', 'Quinn')]);
    expect(st().replaceDocument(replacement, 'Import file')).toEqual({ ok: true });
    expect(doc().nodes.map((x) => x.id)).toEqual(['q']);
    expect(selectUndoLabel(st())).toBe('Import file');
    st().undo();
    expect(doc().nodes).toBe(original.nodes);
  });

  it('refuses a document that breaks the cross-record rules', () => {
    const broken = makeMap([person('a')], [tie('x', 'a', 'missing')]);
    const other = { ...broken, id: 'map-broken' as CareMap['id'] };
    const result = st().replaceDocument(other);
    expect(result).toEqual({ ok: false, code: 'invalid', reason: 'ties[0].target: no node "missing"' });
    expect(st().document).toBe(original);
  });

  it('mergeImport merges a re-import as one undoable step; the same file again changes nothing', () => {
    const incoming = makeMap(
      [person('x1', 'bo'), person('x2', 'Dee')],
      [tie('x3', 'x1', 'x2', { strength: 'engaged' })],
    );
    expect(st().mergeImport(incoming, 'Update from update.csv')).toEqual({ ok: true });
    // "bo" matches node bo by label and kind; Dee is new and keeps its id; the tie is remapped.
    expect(doc().nodes.map((x) => [x.id, x.label])).toEqual([
      ['ada', 'Ada'],
      ['bo', 'bo'],
      ['cy', 'Cy'],
      ['hall', 'Church hall'],
      ['x2', 'Dee'],
    ]);
    expect(doc().ties.at(-1)).toMatchObject({ id: 'x3', source: 'bo', target: 'x2', strength: 'engaged' });
    expect(selectUndoLabel(st())).toBe('Update from update.csv');
    expect(st().mergeImport(incoming)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
    st().undo();
    expect(doc().nodes).toBe(original.nodes);
    expect(doc().ties).toBe(original.ties);
  });

  it('closeDocument clears the map and history', () => {
    st().closeDocument();
    expect(st().document).toBeNull();
    expect(st().mapId).toBeNull();
    expect(st().removeNodes([n('ada')])).toEqual({ ok: false, code: 'no-map', reason: 'No map is open.' });
  });
});

describe('node actions', () => {
  it('addNodes adds, stamps updatedAt, bumps revision, and undo/redo', () => {
    const result = st().addNodes([person('dee', 'Dee'), person('eli', 'Eli')]);
    expect(result).toEqual({ ok: true });
    expect(doc().nodes.map((x) => x.id)).toEqual(['ada', 'bo', 'cy', 'hall', 'dee', 'eli']);
    expect(doc().meta.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(st().revision).toBe(2);
    expect(selectUndoLabel(st())).toBe('Add 2 nodes');
    st().undo();
    expect(doc().nodes).toBe(original.nodes);
    expect(selectRedoLabel(st())).toBe('Add 2 nodes');
    st().redo();
    expect(doc().nodes.map((x) => x.id)).toEqual(['ada', 'bo', 'cy', 'hall', 'dee', 'eli']);
    expect(st().revision).toBe(4);
  });

  it('addNode refuses a duplicate id and an invalid node, leaving no history', () => {
    expect(st().addNode(person('ada'))).toEqual({
      ok: false,
      code: 'duplicate', reason: 'A node with id "ada" already exists.',
    });
    expect(st().addNode(makeNode('person', '   ', { id: n('blank') }))).toEqual({
      ok: false,
      code: 'invalid', reason: 'Node “   ”: label: must not be empty',
    });
    expect(st().addNodes([])).toEqual({ ok: false, code: 'invalid', reason: 'No nodes given.' });
    expect(st().history.past).toEqual([]);
    expect(st().document).toBe(original);
  });

  it('addNode refuses a node that breaks integrity (roles on a group)', () => {
    const r = st().addNode(node('g', 'group', 'G', { roles: ['friend'] }));
    expect(r).toEqual({ ok: false, code: 'invalid', reason: 'nodes[4].roles: only people carry roles; "G" is a group' });
  });

  it('updateNode renames; labels the step; undo restores the old node object', () => {
    const before = doc().nodes[0];
    expect(st().updateNode(n('ada'), { label: 'Ada Lovelace' })).toEqual({ ok: true });
    expect(doc().nodes[0]?.label).toBe('Ada Lovelace');
    expect(doc().nodes[1]).toBe(original.nodes[1]);
    expect(selectUndoLabel(st())).toBe('Rename “Ada”');
    st().undo();
    expect(doc().nodes[0]).toBe(before);
    st().redo();
    expect(doc().nodes[0]?.label).toBe('Ada Lovelace');
  });

  it('updateNode trims labels as the schema does and refuses no-op and unknown ids', () => {
    expect(st().updateNode(n('ada'), { label: '  Ada  ' })).toEqual({
      ok: false,
      code: 'unchanged', reason: 'Nothing changed.',
    });
    expect(st().updateNode(n('nobody'), { label: 'X' })).toEqual({
      ok: false,
      code: 'missing', reason: 'No node "nobody" in this map.',
    });
    expect(st().updateNode(n('ada'), { label: '' })).toEqual({
      ok: false,
      code: 'invalid', reason: 'Node “Ada”: label: must not be empty',
    });
    expect(st().history.past).toEqual([]);
    expect(st().revision).toBe(1);
  });

  it('updateNodes edits several nodes in one step and skips the unchanged ones', () => {
    st().updateNode(n('bo'), { tags: ['rota'] });
    expect(st().updateNodes([n('ada'), n('bo')], { tags: ['rota'] })).toEqual({ ok: true });
    expect(doc().nodes.map((x) => x.tags)).toEqual([['rota'], ['rota'], [], []]);
    expect(selectUndoLabel(st())).toBe('Edit 2 nodes');
    expect(st().history.past).toHaveLength(2);
    st().undo();
    expect(doc().nodes.map((x) => x.tags)).toEqual([[], ['rota'], [], []]);
  });

  it('removes 20 nodes in one undo step, and undo restores all nodes and their ties', () => {
    const people = Array.from({ length: 25 }, (_, i) => person(`p${i}`));
    const ties = people.slice(1).map((p, i) => tie(`r${i}`, `p${i}`, p.id));
    const big = { ...makeMap(people, ties), id: 'map-big' as CareMap['id'] };
    st().replaceDocument(big);
    const doomed = people.slice(0, 20).map((p) => p.id);
    expect(st().removeNodes(doomed)).toEqual({ ok: true });
    expect(doc().nodes.map((x) => x.id)).toEqual(['p20', 'p21', 'p22', 'p23', 'p24']);
    // ties r0..r19 touch a removed node (r19 joins p19-p20); r20..r23 remain.
    expect(doc().ties.map((x) => x.id)).toEqual(['r20', 'r21', 'r22', 'r23']);
    expect(st().history.past).toHaveLength(1);
    expect(selectUndoLabel(st())).toBe('Delete 20 nodes');
    st().undo();
    expect(doc().nodes).toEqual(big.nodes);
    expect(doc().ties).toEqual(big.ties);
    expect(selectCanUndo(st())).toBe(false);
    st().redo();
    expect(doc().nodes).toHaveLength(5);
  });

  it('removeNodes refuses unknown ids and prunes the selection, also on undo/redo', () => {
    expect(st().removeNodes([n('ada'), n('ghost')])).toEqual({
      ok: false,
      code: 'missing', reason: 'No node "ghost" in this map.',
    });
    st().select({ nodeIds: [n('ada'), n('bo')], tieIds: [t('t1'), t('t2')] });
    st().setFocus(n('ada'));
    st().removeNodes([n('ada')]);
    expect(st().selection).toEqual({ nodeIds: ['bo'], tieIds: ['t2'] });
    expect(st().focus).toBeNull();
    expect(selectUndoLabel(st())).toBe('Delete “Ada”');
    // Select the restored node, then redo the deletion: the selection loses it again.
    st().undo();
    st().select({ nodeIds: [n('ada')] });
    st().redo();
    expect(st().selection).toEqual({ nodeIds: [], tieIds: [] });
  });

  it('duplicate copies nodes and the ties between them and selects the copies', () => {
    expect(st().duplicate([n('ada'), n('bo')])).toEqual({ ok: true });
    const d = doc();
    expect(d.nodes.map((x) => x.label)).toEqual([
      'Ada',
      'Bo',
      'Cy',
      'Church hall',
      'Ada (copy)',
      'Bo (copy)',
    ]);
    expect(d.ties).toHaveLength(4);
    const copyIds = d.nodes.slice(4).map((x) => x.id);
    expect(st().selection.nodeIds).toEqual(copyIds);
    expect(d.ties[3]).toMatchObject({ source: copyIds[0], target: copyIds[1] });
    expect(selectUndoLabel(st())).toBe('Duplicate 2 nodes');
    st().undo();
    expect(doc().nodes).toBe(original.nodes);
    expect(st().selection.nodeIds).toEqual([]);
  });

  it('setPositions pins positions, refuses the same positions again, validates ranges', () => {
    const positions = new Map<ReturnType<typeof n>, Position>([
      [n('ada'), { x: 10, y: 20, pinned: true }],
      [n('bo'), { x: -5, y: 0, pinned: true }],
    ]);
    expect(st().setPositions(positions)).toEqual({ ok: true });
    expect(doc().nodes[0]?.position).toEqual({ x: 10, y: 20, pinned: true });
    expect(selectUndoLabel(st())).toBe('Move 2 nodes');
    expect(st().setPositions(positions)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
    const bad = new Map([[n('ada'), { x: Number.NaN, y: 0, pinned: true }]]);
    expect(st().setPositions(bad).ok).toBe(false);
    st().undo();
    expect(doc().nodes[0]?.position).toBeUndefined();
  });

  it('placeNodes fills in missing positions only (unpinned, whole units), stamped, without an undo step', () => {
    st().updateNode(n('ada'), { position: { x: 1, y: 2, pinned: true } });
    const revision = st().revision;
    const past = st().history.past;
    const before = doc().meta.updatedAt;
    const result = st().placeNodes(
      new Map([
        [n('ada'), { x: 50, y: 50 }],
        [n('bo'), { x: 10.6, y: -3.2 }],
        [n('cy'), { x: Number.NaN, y: 0 }],
        [n('zz'), { x: 0, y: 0 }],
      ]),
    );
    expect(result).toEqual({ ok: true });
    const [ada, bo, cy] = doc().nodes;
    expect(ada!.position).toEqual({ x: 1, y: 2, pinned: true });
    expect(bo!.position).toEqual({ x: 11, y: -3, pinned: false });
    expect(cy!.position).toBeUndefined();
    expect(st().history.past).toBe(past);
    expect(st().revision).toBe(revision + 1);
    expect(doc().meta.updatedAt > before).toBe(true);
    expect(st().placeNodes(new Map([[n('bo'), { x: 0, y: 0 }]]))).toEqual({
      ok: false,
      code: 'unchanged',
      reason: 'Nothing changed.',
    });
  });

  it('placeNodes keeps coordinates inside the schema range', () => {
    st().placeNodes(new Map([[n('bo'), { x: 5e9, y: -5e9 }]]));
    expect(doc().nodes[1]!.position).toEqual({ x: 1e7, y: -1e7, pinned: false });
  });

  it('setLocation sets and clears a location', () => {
    expect(st().setLocation(n('hall'), { lat: 51.5, lng: -0.05, privacy: 'exact' })).toEqual({ ok: true });
    expect(doc().nodes[3]?.location).toEqual({ lat: 51.5, lng: -0.05, privacy: 'exact' });
    expect(selectUndoLabel(st())).toBe('Place “Church hall”');
    expect(st().setLocation(n('hall'), undefined)).toEqual({ ok: true });
    expect('location' in doc().nodes[3]!).toBe(false);
    expect(st().setLocation(n('hall'), { lat: 91, lng: 0, privacy: 'exact' })).toEqual({
      ok: false,
      code: 'invalid', reason: 'Node “Church hall”: location.lat: latitude must be between -90 and 90',
    });
    st().undo();
    expect(doc().nodes[3]?.location?.lat).toBe(51.5);
    st().undo();
    expect(doc().nodes[3]).toBe(original.nodes[3]);
  });
});

describe('tie actions', () => {
  it('addTie adds a tie between existing nodes; refuses unknown endpoints and duplicate ids', () => {
    expect(st().addTie(tie('t9', 'ada', 'cy'))).toEqual({ ok: true });
    expect(doc().ties.map((x) => x.id)).toEqual(['t1', 't2', 't3', 't9']);
    expect(selectUndoLabel(st())).toBe('Add tie “Ada” → “Cy”');
    expect(st().addTie(tie('t9', 'bo', 'cy'))).toEqual({
      ok: false,
      code: 'duplicate', reason: 'A tie with id "t9" already exists.',
    });
    expect(st().addTie(tie('t10', 'ada', 'ghost'))).toEqual({
      ok: false,
      code: 'missing', reason: 'No node "ghost" in this map.',
    });
    expect(st().addTie(tie('t11', 'ada', 'ada'))).toEqual({
      ok: false,
      code: 'invalid', reason: 'ties[4]: a tie cannot join "ada" to itself',
    });
    st().undo();
    expect(doc().ties).toBe(original.ties);
  });

  it('updateTie and updateTies change fields in one step each; no-op refused', () => {
    expect(st().updateTie(t('t1'), { strength: 'generative' })).toEqual({ ok: true });
    expect(doc().ties[0]?.strength).toBe('generative');
    expect(selectUndoLabel(st())).toBe('Edit tie');
    expect(st().updateTie(t('t1'), { strength: 'generative' })).toEqual({
      ok: false,
      code: 'unchanged', reason: 'Nothing changed.',
    });
    expect(st().updateTies([t('t1'), t('t2')], { mutual: true })).toEqual({ ok: true });
    expect(doc().ties.map((x) => x.mutual)).toEqual([true, true, false]);
    expect(selectUndoLabel(st())).toBe('Edit 2 ties');
    expect(st().updateTie(t('t3'), { payment: 'paid' })).toEqual({
      ok: false,
      code: 'invalid', reason: 'ties[2].payment: only care ties carry "payment"',
    });
    st().undo();
    st().undo();
    expect(doc().ties).toEqual(original.ties);
    st().redo();
    expect(doc().ties[0]?.strength).toBe('generative');
  });

  it('removeTies removes in one step and prunes selected ties', () => {
    st().select({ tieIds: [t('t1'), t('t3')] });
    expect(st().removeTies([t('t1'), t('t3')])).toEqual({ ok: true });
    expect(doc().ties.map((x) => x.id)).toEqual(['t2']);
    expect(st().selection.tieIds).toEqual([]);
    expect(selectUndoLabel(st())).toBe('Delete 2 ties');
    expect(st().removeTies([t('nope')])).toEqual({ ok: false, code: 'missing', reason: 'No tie "nope" in this map.' });
    st().undo();
    expect(doc().ties).toBe(original.ties);
  });
});

describe('map-level actions', () => {
  it('updateMeta renames the map; no-op and invalid titles are refused', () => {
    expect(st().updateMeta({ title: 'Larkspur Green' })).toEqual({ ok: true });
    expect(doc().meta.title).toBe('Larkspur Green');
    expect(doc().meta.createdAt).toBe(FIXED_NOW);
    expect(doc().meta.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(selectUndoLabel(st())).toBe('Rename map');
    expect(st().updateMeta({ title: 'Larkspur Green' })).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
    expect(st().updateMeta({ title: 'a\nb' })).toEqual({
      ok: false,
      code: 'invalid', reason: 'Map: title: must be a single line',
    });
    st().undo();
    expect(doc().meta.title).toBe('Test map');
    st().redo();
    expect(doc().meta.title).toBe('Larkspur Green');
  });

  it('setCareTypes replaces the list; refuses removing a care type in use', () => {
    const more = [
      ...original.careTypes,
      { id: 'dog_walking', label: 'Dog walking', leaning: 'informal' as const },
    ];
    expect(st().setCareTypes(more)).toEqual({ ok: true });
    expect(doc().careTypes.at(-1)).toEqual({ id: 'dog_walking', label: 'Dog walking', leaning: 'informal' });
    st().updateTie(t('t1'), { careTypes: ['dog_walking'] });
    expect(st().setCareTypes(original.careTypes)).toEqual({
      ok: false,
      code: 'invalid', reason: 'ties[0].careTypes[0]: no care type "dog_walking" in this map\'s list',
    });
    expect(st().setCareTypes(more)).toEqual({ ok: false, code: 'unchanged', reason: 'Nothing changed.' });
    st().undo();
    st().undo();
    expect(doc().careTypes).toEqual(original.careTypes);
  });
});

describe('undo and redo', () => {
  it('a new edit drops the redo tail', () => {
    st().updateNode(n('ada'), { label: 'A1' });
    st().updateNode(n('ada'), { label: 'A2' });
    st().undo();
    expect(selectCanRedo(st())).toBe(true);
    st().updateNode(n('bo'), { label: 'B1' });
    expect(selectCanRedo(st())).toBe(false);
    expect(st().redo()).toEqual({ ok: false, code: 'no-step', reason: 'Nothing to redo.' });
    expect(st().history.past.map((e) => e.label)).toEqual(['Rename “Ada”', 'Rename “Bo”']);
  });

  it('keeps at most historyCap steps', () => {
    const small = createAppStore({ now: tickingClock(), historyCap: 3 });
    small.getState().replaceDocument(sample());
    for (let i = 1; i <= 5; i++) small.getState().updateNode(n('ada'), { label: `Ada ${i}` });
    expect(small.getState().history.past).toHaveLength(3);
    while (small.getState().undo().ok);
    // Five renames, three undone: back to the label after the second rename.
    expect(small.getState().document?.nodes[0]?.label).toBe('Ada 2');
  });

  it('the default cap is 200 steps', () => {
    for (let i = 1; i <= 205; i++) st().updateNode(n('ada'), { label: `Ada ${i}` });
    expect(st().history.past).toHaveLength(200);
  });

  it('undo with nothing to undo is refused', () => {
    expect(st().undo()).toEqual({ ok: false, code: 'no-step', reason: 'Nothing to undo.' });
    expect(st().revision).toBe(1);
  });
});

describe('ui and files slices', () => {
  it('select drops unknown ids; ui changes never enter history', () => {
    st().select({ nodeIds: [n('ada'), n('ghost')], tieIds: [t('t2')] });
    expect(st().selection).toEqual({ nodeIds: ['ada'], tieIds: ['t2'] });
    st().setActiveView('table');
    st().setFilters({ text: 'bo' });
    st().setHover({ kind: 'node', id: n('bo') });
    expect(st().activeView).toBe('table');
    expect(st().filters).toEqual({ text: 'bo' });
    expect(st().history.past).toEqual([]);
    expect(st().revision).toBe(1);
    st().removeNodes([n('bo')]);
    expect(st().hover).toBeNull();
  });

  it('files slice holds problems and save status', () => {
    st().showProblems({
      title: 'Could not open x.csv',
      problems: [{ path: '', message: 'bad', severity: 'error' }],
    });
    expect(st().report?.title).toBe('Could not open x.csv');
    st().dismissProblems();
    expect(st().report).toBeNull();
    st().setPersistence({ state: 'failed', message: 'nope' });
    expect(st().persistence).toEqual({ state: 'failed', message: 'nope' });
  });
});
