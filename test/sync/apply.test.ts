// The host's side of a live workshop, without a network: entries from a phone checked with the
// model's rules and applied or refused, retractions undone, the plan for one phone's document,
// and the labels phones are shown. Expected values are written out by hand.
import { describe, expect, it } from 'vitest';

import { applyEntry, retractEntry } from '../../src/sync/apply';
import type { Entry, Outcome } from '../../src/sync/entries';
import { parseEntry } from '../../src/sync/entries';
import { planDevice } from '../../src/sync/plan';
import { makeMap, person, tie } from '../helpers/build';

const base = () => makeMap([person('n-maud', 'Maud Ellis'), person('n-bo', 'Bo')], [tie('t-1', 'n-maud', 'n-bo')]);

const addNode = (id: string, label: string, seq = 0): Entry => ({ id: `e-${id}`, seq, at: 0, type: 'add-node', node: { id, kind: 'person', label } });
const addTie = (id: string, source: string, target: string, careTypes: string[] = ['meals'], seq = 1): Entry => ({
  id: `e-${id}`,
  seq,
  at: 0,
  type: 'add-tie',
  tie: { id, source, target, careTypes, frequency: 'weekly' },
});

describe('applyEntry', () => {
  it('adds a node with the model’s defaults', () => {
    const result = applyEntry(base(), addNode('n-new', '  Ann Lee '));
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.nodes.at(-1)).toEqual({ id: 'n-new', kind: 'person', label: 'Ann Lee', roles: [], careOffered: [], careNeeded: [], tags: [] });
  });

  it('refuses a node the model refuses, and an id already taken', () => {
    expect(applyEntry(base(), addNode('n-x', '   '))).toEqual({ ok: false, reason: 'Node: label: must not be empty' });
    expect(applyEntry(base(), addNode('n-x', 'x'.repeat(201)))).toEqual({ ok: false, reason: 'Node: label: must be at most 200 characters' });
    expect(applyEntry(base(), addNode('n-x', '<b>two\nlines</b>'))).toEqual({ ok: false, reason: 'Node: label: must be a single line' });
    expect(applyEntry(base(), addNode('n-bo', 'Another Bo'))).toEqual({ ok: false, reason: 'A node with id "n-bo" already exists.' });
  });

  it('adds a care tie from giver to receiver with its care types and frequency', () => {
    const result = applyEntry(base(), addTie('t-new', 'n-bo', 'n-maud'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.ties.at(-1)).toEqual({
      id: 't-new',
      kind: 'care',
      source: 'n-bo',
      target: 'n-maud',
      mutual: false,
      careTypes: ['meals'],
      strength: 'unclassified',
      frequency: 'weekly',
    });
  });

  it('refuses a tie to a missing node, to itself, with an unknown care type or a taken id', () => {
    expect(applyEntry(base(), addTie('t-x', 'n-bo', 'n-ghost'))).toEqual({ ok: false, reason: 'No node "n-ghost" in this map.' });
    expect(applyEntry(base(), addTie('t-x', 'n-bo', 'n-bo'))).toEqual({ ok: false, reason: 'A tie cannot join a node to itself.' });
    expect(applyEntry(base(), addTie('t-x', 'n-bo', 'n-maud', ['juggling']))).toEqual({ ok: false, reason: 'No care type "juggling" in this map\'s list.' });
    expect(applyEntry(base(), addTie('t-1', 'n-bo', 'n-maud'))).toEqual({ ok: false, reason: 'A tie with id "t-1" already exists.' });
  });

  it('renames a node and reverts the rename when it is retracted, unless changed since', () => {
    const edit: Entry = { id: 'e-edit', seq: 2, at: 0, type: 'edit-node', nodeId: 'n-bo', label: 'Bo Smith' };
    const result = applyEntry(base(), edit);
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.nodes[1]?.label).toBe('Bo Smith');
    const outcome: Outcome = { state: 'applied', entry: edit, before: { label: 'Bo' } };
    expect(retractEntry(result.doc, edit, outcome).nodes[1]?.label).toBe('Bo');
    const renamedAgain = { ...result.doc, nodes: result.doc.nodes.map((n) => (n.id === 'n-bo' ? { ...n, label: 'Bob' } : n)) };
    expect(retractEntry(renamedAgain, edit, outcome)).toBe(renamedAgain);
  });

  it('retracts an added node together with its ties', () => {
    const doc = makeMap([person('n-maud'), person('n-new')], [tie('t-a', 'n-new', 'n-maud')]);
    const entry = addNode('n-new', 'New');
    const after = retractEntry(doc, entry, { state: 'applied', entry });
    expect(after.nodes.map((n) => n.id)).toEqual(['n-maud']);
    expect(after.ties).toEqual([]);
  });
});

describe('parseEntry', () => {
  it('refuses values that are not entries, naming the field', () => {
    expect(parseEntry('e-1', { id: 'e-1', seq: 0, at: 0, type: 'add-node', node: { id: 'n-1', kind: 'dragon', label: 'x' } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Not a valid entry: node\.kind: /),
    });
    expect(parseEntry('e-1', 'hello')).toMatchObject({ ok: false });
    expect(parseEntry('e-2', addNode('n-1', 'x'))).toEqual({ ok: false, id: 'e-2', reason: 'Not a valid entry: its id does not match its key' });
  });
});

describe('planDevice', () => {
  const rules = { mode: 'add' as const, locked: false };
  const read = (entries: Entry[]) => entries.map((e) => parseEntry(e.id, e));

  it('tries new entries in the phone’s order and skips answered ones', () => {
    const a = addNode('n-a', 'A', 0);
    const b = addTie('t-b', 'n-a', 'n-maud', ['meals'], 1);
    const plan = planDevice(read([b, a]), new Map(), rules);
    expect(plan.apply.map((e) => e.id)).toEqual(['e-n-a', 'e-t-b']);
    const answered = planDevice(read([a, b]), new Map([['e-n-a', { state: 'applied', entry: a } as Outcome]]), rules);
    expect(answered.apply.map((e) => e.id)).toEqual(['e-t-b']);
  });

  it('undoes applied entries the phone deleted, newest first', () => {
    const a = addNode('n-a', 'A', 0);
    const b = addNode('n-b', 'B', 1);
    const outcomes = new Map<string, Outcome>([
      ['e-n-a', { state: 'applied', entry: a }],
      ['e-n-b', { state: 'applied', entry: b }],
    ]);
    expect(planDevice([], outcomes, rules).retract.map((e) => e.id)).toEqual(['e-n-b', 'e-n-a']);
  });

  it('lets a phone edit only its own nodes in add mode, any in edit mode, none when locked', () => {
    const own = addNode('n-a', 'A', 0);
    const editOwn: Entry = { id: 'e-1', seq: 1, at: 0, type: 'edit-node', nodeId: 'n-a', label: 'A2' };
    const editOther: Entry = { id: 'e-2', seq: 2, at: 0, type: 'edit-node', nodeId: 'n-maud', label: 'M' };
    const add = planDevice(read([own, editOwn, editOther]), new Map(), rules);
    expect(add.apply.map((e) => e.id)).toEqual(['e-n-a', 'e-1']);
    expect([...add.refuse]).toEqual([['e-2', 'You can change only what you added.']]);
    expect(planDevice(read([editOther]), new Map(), { mode: 'edit', locked: false }).apply).toHaveLength(1);
    expect([...planDevice(read([own]), new Map(), { mode: 'edit', locked: true }).refuse.values()]).toEqual(['The facilitator has locked the map.']);
  });
});
