// What phones see of the map: the published nodes and ties (names or initials, no one whose
// consent was refused or withdrawn), written to the map document and read back on a phone's copy.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { defaultSettings, publishedFrom, readMapDoc, writeMapDoc } from '../../src/sync/mapDoc';
import { makeMap, node, person, tie } from '../helpers/build';

const doc = makeMap(
  [
    person('n-maud', 'Maud Ellis'),
    person('n-zed', 'Zainab Noor', { roles: ['care_worker_employed'] }),
    person('n-gone', 'Gone Person', { consent: { status: 'withdrawn' } }),
    node('n-hall', 'space', "St Bride's Hall"),
  ],
  [tie('t-1', 'n-zed', 'n-maud', { careTypes: ['meals'], frequency: 'daily' }), tie('t-2', 'n-gone', 'n-maud'), tie('t-3', 'n-maud', 'n-hall', { kind: 'hosted_at' })],
);

describe('publishedFrom', () => {
  it('shows names, or initials and roles, and leaves out withdrawn consent with its ties', () => {
    const names = publishedFrom(doc, 'names');
    expect([...names.nodes.values()].map((n) => n.label)).toEqual(['Maud Ellis', 'Zainab Noor', "St Bride's Hall"]);
    expect([...names.ties.keys()]).toEqual(['t-1', 't-3']);
    const initials = publishedFrom(doc, 'initials');
    expect([...initials.nodes.values()].map((n) => n.label)).toEqual(['M.E.', 'Care worker', "St Bride's Hall"]);
    expect(initials.ties.get('t-1')).toEqual({ kind: 'care', source: 'n-zed', target: 'n-maud', careTypes: ['meals'], frequency: 'daily' });
  });
});

describe('the map document', () => {
  it('reaches a phone’s copy and is rewritten only where it changed', () => {
    const host = new Y.Doc();
    const phone = new Y.Doc();
    host.on('update', (u: Uint8Array) => Y.applyUpdate(phone, u));
    const settings = defaultSettings(doc);
    writeMapDoc(host, publishedFrom(doc, 'names'), settings);
    const read = readMapDoc(phone);
    expect(read.settings).toEqual(settings);
    expect(read.map.nodes.get('n-maud')).toEqual({ kind: 'person', label: 'Maud Ellis' });

    let updates = 0;
    host.on('update', () => updates++);
    writeMapDoc(host, publishedFrom(doc, 'names'), settings);
    expect(updates).toBe(0);
    writeMapDoc(host, publishedFrom(doc, 'initials'), { ...settings, labels: 'initials' });
    expect(updates).toBe(1);
    expect(readMapDoc(phone).map.nodes.get('n-maud')?.label).toBe('M.E.');
    const smaller = { ...doc, nodes: doc.nodes.filter((n) => n.id !== 'n-hall') };
    writeMapDoc(host, publishedFrom(smaller, 'initials'), settings);
    expect(readMapDoc(phone).map.nodes.has('n-hall')).toBe(false);
    expect(readMapDoc(phone).map.ties.has('t-3')).toBe(false);
  });
});
