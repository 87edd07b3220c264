// Snapshots in the model: taking, deleting, finding and reading one back as a map, the scale
// orders comparisons rely on, and an older file whose snapshot lacks the fields added since.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  type CareMap,
  checkIntegrity,
  CLOSENESS_SCALE,
  findSnapshot,
  formatProblem,
  FREQUENCY_SCALE,
  levelMove,
  loadCareMap,
  type MapId,
  removeSnapshot,
  snapshotAsNewMap,
  snapshotEvent,
  snapshotState,
  STRENGTH_SCALE,
  takeSnapshot,
  tieLevel,
} from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

const base = (): CareMap => {
  const doc = makeMap(
    [person('a', 'Mrs A.', { roles: ['team_owner'] }), person('m', 'Maud')],
    [tie('t1', 'm', 'a', { careTypes: ['meals'], strength: 'engaged' })],
  );
  return { ...doc, meta: { ...doc.meta, scope: 'personal', centreNodeId: doc.nodes[0]!.id } };
};

function taken(doc: CareMap, input: Parameters<typeof takeSnapshot>[1]) {
  const r = takeSnapshot(doc, input);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('; '));
  return r.value;
}

describe('takeSnapshot', () => {
  it('copies the network, care types and centre under a name, date, event and note', () => {
    const doc = base();
    const { doc: next, snapshot } = taken(doc, {
      id: 'snap-1',
      label: '  Launch workshop ',
      takenAt: '2025-03-15',
      event: 'workshop',
      note: 'Drawn by 23 people.',
    });
    expect(snapshot).toEqual({
      id: 'snap-1',
      label: 'Launch workshop',
      takenAt: '2025-03-15',
      event: 'workshop',
      note: 'Drawn by 23 people.',
      centreNodeId: 'a',
      careTypes: doc.careTypes,
      nodes: doc.nodes,
      ties: doc.ties,
    });
    expect(next.snapshots).toEqual([snapshot]);
    // The map itself is untouched and the input not mutated.
    expect(next.nodes).toBe(doc.nodes);
    expect(doc.snapshots).toEqual([]);
    expect(checkIntegrity(next)).toEqual([]);
  });

  it('defaults the event to other and gives a fresh id', () => {
    const { snapshot } = taken(base(), { label: 'Spring', takenAt: '2025-04-01' });
    expect(snapshot.event).toBe('other');
    expect(snapshot.id).toMatch(/^snap-[0-9a-z]{10}$/);
    expect(snapshot.note).toBeUndefined();
  });

  it('refuses an empty name, an impossible date, an unknown event and a used id', () => {
    const doc = taken(base(), { id: 'snap-1', label: 'One', takenAt: '2025-03-15' }).doc;
    const refused = (input: Parameters<typeof takeSnapshot>[1]) => {
      const r = takeSnapshot(doc, input);
      return r.ok ? [] : r.problems.map(formatProblem);
    };
    expect(refused({ label: '   ', takenAt: '2025-03-15' })).toEqual(['label: must not be empty']);
    expect(refused({ label: 'X', takenAt: '2025-02-30' })).toEqual(['takenAt: must be a real calendar date']);
    expect(refused({ label: 'X', takenAt: '2025-03-15', event: 'party' as never })[0]).toMatch(/^event: /);
    expect(refused({ id: 'snap-1', label: 'X', takenAt: '2025-03-15' })).toEqual([
      'id: a snapshot "snap-1" already exists',
    ]);
  });
});

describe('removeSnapshot and findSnapshot', () => {
  const doc = [
    { id: 's-a', label: 'Launch workshop', takenAt: '2025-03-15' },
    { id: 's-b', label: 'Review', takenAt: '2025-09-15' },
    { id: 's-c', label: 'review', takenAt: '2026-09-15' },
  ].reduce((d, s) => taken(d, s).doc, base());

  it('removes one snapshot by id, and returns the same document for an unknown id', () => {
    expect(removeSnapshot(doc, 's-b').snapshots.map((s) => s.id)).toEqual(['s-a', 's-c']);
    expect(removeSnapshot(doc, 'nope')).toBe(doc);
  });

  it('finds by id, then by name ignoring case and spaces; refuses an ambiguous or unknown name', () => {
    const found = (ref: string) => {
      const r = findSnapshot(doc, ref);
      return r.ok ? r.value.id : r.problems.map(formatProblem).join('; ');
    };
    expect(found('s-c')).toBe('s-c');
    expect(found('LAUNCH   workshop')).toBe('s-a');
    expect(found('Review')).toBe('2 snapshots are called "Review"; name one by id: s-b, s-c');
    expect(found('Final')).toBe(
      'no snapshot "Final"; it holds "Launch workshop" (s-a), "Review" (s-b), "review" (s-c)',
    );
    expect(findSnapshot(base(), 'x')).toMatchObject({
      ok: false,
      problems: [{ message: 'no snapshot "x"; this map holds none' }],
    });
  });
});

describe('a snapshot read back as a map', () => {
  const doc = base();
  const { doc: withSnap, snapshot } = taken(doc, {
    id: 'snap-1',
    label: 'Launch',
    takenAt: '2025-03-15',
    note: 'First.',
  });
  // After the snapshot: Maud's tie deepens, a care type is renamed away, Mrs A. stops being the centre.
  const later = {
    ...withSnap,
    careTypes: withSnap.careTypes.filter((c) => c.id !== 'meals'),
    ties: [],
    meta: { ...withSnap.meta, title: 'Mrs A.' },
  };

  it('as the state it records: same map id, its own network, care types and centre', () => {
    const state = snapshotState(later, snapshot);
    expect(state.id).toBe(later.id);
    expect(state.ties).toEqual(doc.ties);
    expect(state.careTypes.some((c) => c.id === 'meals')).toBe(true);
    expect(state.meta.centreNodeId).toBe('a');
    expect(state.snapshots).toEqual([]);
    expect(checkIntegrity(state)).toEqual([]);
    // The later map is valid too: the snapshot is checked against its own care types.
    expect(checkIntegrity(later)).toEqual([]);
  });

  it('as a new map of its own: new id and title, no records or snapshots, loads cleanly', () => {
    const made = snapshotAsNewMap(later, snapshot, {
      now: '2026-02-01T09:00:00.000Z',
      id: 'map-made' as MapId,
    });
    expect(made.id).toBe('map-made');
    expect(made.meta).toMatchObject({
      title: 'Mrs A. — Launch (2025-03-15)',
      description: 'Made from the snapshot "Launch" of "Mrs A.", taken 2025-03-15.\n\nFirst.',
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-02-01T09:00:00.000Z',
      centreNodeId: 'a',
    });
    expect([made.records, made.snapshots]).toEqual([[], []]);
    const loaded = loadCareMap(JSON.parse(JSON.stringify(made)));
    expect(loaded.ok && loaded.warnings).toEqual([]);
  });
});

describe('the scales of change', () => {
  it('orders strength, frequency and closeness from low to high, unclassified unranked', () => {
    expect(STRENGTH_SCALE).toEqual(['inactive', 'engaged', 'generative']);
    expect(FREQUENCY_SCALE).toEqual([
      'one_off',
      'occasional',
      'monthly',
      'fortnightly',
      'weekly',
      'several_weekly',
      'daily',
    ]);
    expect(CLOSENESS_SCALE).toEqual(['outer', 'middle', 'inner']);
    const t = tie('t', 'a', 'b', {
      strength: 'unclassified',
      frequency: 'weekly',
      closeness: 'inner',
      hoursPerWeek: 2.5,
    });
    expect(['strength', 'frequency', 'closeness', 'hours'].map((s) => tieLevel(t, s as never))).toEqual([
      null,
      5,
      3,
      2.5,
    ]);
    expect([levelMove(1, 3), levelMove(3, 1), levelMove(2, 2), levelMove(null, 2)]).toEqual([
      'up',
      'down',
      null,
      null,
    ]);
  });
});

describe('a file saved before snapshots kept an event, care types or centre', () => {
  it('loads unchanged, its snapshot read as event "other" against the map’s care types', () => {
    const raw = JSON.parse(
      readFileSync(
        new URL('../fixtures/migrations/snapshot-before-events.carewealth.json', import.meta.url),
        'utf8',
      ),
    ) as unknown;
    const r = loadCareMap(raw);
    expect(r.ok && r.warnings).toEqual([]);
    if (!r.ok) return;
    const [s] = r.value.snapshots;
    expect(s).toBeDefined();
    expect([s!.event, s!.careTypes, s!.centreNodeId]).toEqual([undefined, undefined, undefined]);
    expect(snapshotEvent(s!)).toBe('other');
    const state = snapshotState(r.value, s!);
    expect(state.careTypes).toEqual(r.value.careTypes);
    // The map's centre is in the snapshot, so the state keeps it.
    expect(state.meta.centreNodeId).toBe('n-a');
  });

  it('refuses a snapshot whose centre is not among its nodes', () => {
    const doc = {
      ...base(),
      snapshots: [
        { id: 's', label: 'S', takenAt: '2025-01-01', centreNodeId: 'zz' as never, nodes: [], ties: [] },
      ],
    };
    expect(checkIntegrity(doc).map(formatProblem)).toEqual([
      'snapshots[0].centreNodeId: no node "zz" in this snapshot',
    ]);
  });
});
