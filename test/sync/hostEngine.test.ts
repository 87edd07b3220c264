// A phone and the host, each with its own copy of the phone's shared document (synced by passing
// Yjs updates, as the server would), and the host's real store: entries arrive, are checked and
// applied or refused, outcomes go back to the phone, retractions are undone, an offline phone's
// edits merge when it returns, and the host's Undo takes back only the host's own edits.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createAppStore } from '../../src/store/createAppStore';
import { entriesMap, LOCAL_ORIGIN, nextSeq, readOutcomes, writeEntries } from '../../src/sync/deviceDoc';
import type { Entry } from '../../src/sync/entries';
import { processDevice, processDevices } from '../../src/sync/hostEngine';
import { makeMap, person } from '../helpers/build';

const rules = { mode: 'add' as const, locked: false };

/** Two copies of one document, kept in step like a connected phone and host. */
function pair(): { phone: Y.Doc; host: Y.Doc; offline: (on: boolean) => void } {
  const phone = new Y.Doc();
  const host = new Y.Doc();
  let online = true;
  const sync = () => {
    Y.applyUpdate(host, Y.encodeStateAsUpdate(phone, Y.encodeStateVector(host)), 'net');
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(host, Y.encodeStateVector(phone)), 'net');
  };
  phone.on('update', (_u, origin) => online && origin !== 'net' && sync());
  host.on('update', (_u, origin) => online && origin !== 'net' && sync());
  return {
    phone,
    host,
    offline: (on) => {
      online = !on;
      if (online) sync();
    },
  };
}

function store() {
  const s = createAppStore({ now: () => '2026-01-15T10:00:00.000Z' });
  s.getState().replaceDocument(makeMap([person('n-maud', 'Maud')]));
  return s;
}

const receiver = (s: ReturnType<typeof store>) => s.getState().receive;

function addNode(doc: Y.Doc, id: string, label: string): Entry {
  const entry: Entry = { id: `e-${id}`, seq: nextSeq(doc), at: 0, type: 'add-node', node: { id, kind: 'person', label } };
  writeEntries(doc, [entry]);
  return entry;
}

describe('processDevice', () => {
  it('applies a phone’s node and tie and answers both', () => {
    const s = store();
    const { phone, host } = pair();
    addNode(phone, 'n-ann', 'Ann');
    writeEntries(phone, [{ id: 'e-t', seq: nextSeq(phone), at: 0, type: 'add-tie', tie: { id: 't-ann', source: 'n-ann', target: 'n-maud', careTypes: ['meals'] } }]);
    const arrivals = processDevice(host, 'phone-1', rules, receiver(s));
    expect(arrivals.map((a) => [a.entryId, a.state])).toEqual([
      ['e-n-ann', 'applied'],
      ['e-t', 'applied'],
    ]);
    expect(s.getState().document?.nodes.map((n) => n.label)).toEqual(['Maud', 'Ann']);
    expect(s.getState().document?.ties.map((t) => [t.source, t.target])).toEqual([['n-ann', 'n-maud']]);
    expect(readOutcomes(phone).get('e-t')?.state).toBe('applied');
  });

  it('refuses a forged node and a tie to a missing node, with a note, leaving the map as it was', () => {
    const s = store();
    const { phone, host } = pair();
    phone.transact(() => {
      entriesMap(phone).set('e-bad', { id: 'e-bad', seq: 0, at: 0, type: 'add-node', node: { id: 'n-x', kind: 'person', label: '' } });
      entriesMap(phone).set('e-junk', { hello: 'world' });
      entriesMap(phone).set('e-t', { id: 'e-t', seq: 1, at: 0, type: 'add-tie', tie: { id: 't-x', source: 'n-maud', target: 'n-ghost', careTypes: [] } });
    }, LOCAL_ORIGIN);
    const before = s.getState().document;
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().document).toBe(before);
    const notes = readOutcomes(phone);
    expect(notes.get('e-bad')).toEqual({ state: 'refused', reason: 'Node: label: must not be empty' });
    expect(notes.get('e-t')).toEqual({ state: 'refused', reason: 'No node "n-ghost" in this map.' });
    expect(notes.get('e-junk')?.state).toBe('refused');
  });

  it('undoes an entry the phone takes back, and applies it again when the phone redoes it', () => {
    const s = store();
    const { phone, host } = pair();
    const undo = new Y.UndoManager(entriesMap(phone), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    addNode(phone, 'n-ann', 'Ann');
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().document?.nodes).toHaveLength(2);
    undo.undo();
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud']);
    expect(readOutcomes(phone).get('e-n-ann')?.state).toBe('retracted');
    undo.redo();
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-ann']);
  });

  it('merges what an offline phone added once it is back', () => {
    const s = store();
    const { phone, host, offline } = pair();
    offline(true);
    addNode(phone, 'n-a', 'A');
    addNode(phone, 'n-b', 'B');
    expect(processDevice(host, 'phone-1', rules, receiver(s))).toEqual([]);
    offline(false);
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-a', 'n-b']);
  });

  it('keeps arrivals out of the host’s undo: Undo takes back the host’s own edit only', () => {
    const s = store();
    const { phone, host } = pair();
    s.getState().addNode(person('n-host', 'Added on the host'));
    addNode(phone, 'n-ann', 'Ann');
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().history.past).toHaveLength(1);
    s.getState().undo();
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-ann']);
    s.getState().redo();
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-host', 'n-ann']);
  });

  it('takes what several phones sent together as one change of the map, refusing only the bad entry', () => {
    const s = store();
    const a = pair();
    const b = pair();
    addNode(a.phone, 'n-a', 'From A');
    addNode(b.phone, 'n-b', 'From B');
    writeEntries(b.phone, [{ id: 'e-bad', seq: nextSeq(b.phone), at: 0, type: 'add-tie', tie: { id: 't-bad', source: 'n-b', target: 'n-ghost', careTypes: [] } }]);
    const revision = s.getState().revision;
    const arrivals = processDevices(
      [
        { deviceKey: 'a', doc: a.host },
        { deviceKey: 'b', doc: b.host },
      ],
      rules,
      receiver(s),
    );
    expect(s.getState().revision).toBe(revision + 1);
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-a', 'n-b']);
    expect(arrivals.map((x) => [x.deviceKey, x.entryId, x.state])).toEqual([
      ['a', 'e-n-a', 'applied'],
      ['b', 'e-n-b', 'applied'],
      ['b', 'e-bad', 'refused'],
    ]);
    expect(readOutcomes(b.phone).get('e-bad')?.reason).toBe('No node "n-ghost" in this map.');
  });

  it('takes nothing while another tab edits the map: no change, no answer, until this tab edits again', () => {
    const s = store();
    const { phone, host } = pair();
    addNode(phone, 'n-ann', 'Ann');
    s.getState().setEditAccess({ state: 'following', reason: 'other-tab' });
    const before = s.getState().document;
    expect(processDevice(host, 'phone-1', rules, receiver(s))).toEqual([]);
    expect(s.getState().document).toBe(before);
    expect(readOutcomes(phone).size).toBe(0);
    s.getState().setEditAccess({ state: 'editing' });
    expect(processDevice(host, 'phone-1', rules, receiver(s)).map((a) => [a.entryId, a.state])).toEqual([['e-n-ann', 'applied']]);
    expect(s.getState().document?.nodes.map((n) => n.id)).toEqual(['n-maud', 'n-ann']);
  });

  it('answers a rename to the name a node already has as applied, not refused', () => {
    const s = store();
    const { phone, host } = pair();
    addNode(phone, 'n-ann', 'Ann');
    processDevice(host, 'phone-1', rules, receiver(s));
    writeEntries(phone, [{ id: 'e-same', seq: nextSeq(phone), at: 0, type: 'edit-node', nodeId: 'n-ann', label: 'Ann' }]);
    const revision = s.getState().revision;
    expect(processDevice(host, 'phone-1', rules, receiver(s)).map((a) => [a.entryId, a.state])).toEqual([['e-same', 'applied']]);
    expect(s.getState().revision).toBe(revision);
  });

  it('marks the nodes and ties that arrived in the same store update, until the marks are cleared', () => {
    const s = store();
    const { phone, host } = pair();
    s.getState().addNode(person('n-host', 'Added on the host'));
    addNode(phone, 'n-ann', 'Ann');
    writeEntries(phone, [{ id: 'e-t', seq: nextSeq(phone), at: 0, type: 'add-tie', tie: { id: 't-ann', source: 'n-ann', target: 'n-maud', careTypes: [] } }]);
    const revision = s.getState().revision;
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().revision).toBe(revision + 1);
    expect([...s.getState().arrivalMarks]).toEqual([
      ['n-ann', 'arrived'],
      ['t-ann', 'arrived'],
    ]);
    const marks = s.getState().arrivalMarks;
    writeEntries(phone, [{ id: 'e-same', seq: nextSeq(phone), at: 0, type: 'edit-node', nodeId: 'n-ann', label: 'Ann B.' }]);
    processDevice(host, 'phone-1', rules, receiver(s));
    expect(s.getState().arrivalMarks).toBe(marks);
    s.getState().clearArrivalMarks();
    expect(s.getState().arrivalMarks.size).toBe(0);
  });
});

