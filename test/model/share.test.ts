// The copy to share (src/model/share.ts). Every expected value below is written out by hand from
// the rules in the module header; grid cells are worked out in the comments.
import { describe, expect, it } from 'vitest';

import {
  type CareMap,
  type CareRecord,
  DEFAULT_SHARE_OPTIONS,
  loadCareMap,
  NEIGHBOUR_LABEL,
  shareMap,
  type Snapshot,
} from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

/** A personal map around Mrs A. whose consent is withdrawn; Maud consented; two were never asked. */
function fixture(): CareMap {
  const doc = makeMap(
    [
      node('o-hall', 'space', "St Bride's Hall", {
        location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' },
        description: 'Church hall',
        notes: 'Key under the mat',
      }),
      person('p-maud', 'Maud Ellis', {
        roles: ['neighbour'],
        consent: { status: 'given', by: 'Maud', at: '2026-01-02' },
        location: { lat: 51.5412, lng: -0.0553, privacy: 'exact' },
        careNeeded: ['meals'],
        careOffered: ['meals'],
        notes: 'Has a key to Mrs A.',
        description: 'Lives at number 12',
        tags: ['diabetic'],
        capacity: { hoursPerWeek: 6, note: 'Not on Fridays (dialysis)' },
      }),
      person('p-ann', 'Mrs A.', {
        roles: ['team_owner'],
        consent: { status: 'withdrawn', note: 'Asked to be removed' },
        careNeeded: ['personal_care'],
        location: { lat: 51.55, lng: -0.06, privacy: 'approximate' },
      }),
      person('p-gp', 'Dr Rao', { roles: ['professional'] }),
      person('p-son', 'Dev (son)', { roles: ['family'], consent: { status: 'pending' } }),
      node('team-ash', 'team', 'Team Ash'),
    ],
    [
      tie('t-maud-ann', 'p-maud', 'p-ann', {
        careTypes: ['meals', 'personal_care'],
        notes: 'Tuesdays',
        label: "Maud's meals",
      }),
      tie('t-gp-ann', 'p-gp', 'p-ann', { careTypes: ['medication', 'health'] }),
      tie('t-hall-team', 'o-hall', 'team-ash', {
        careTypes: ['gift_space', 'health'],
        label: 'Room on Mondays',
      }),
      tie('t-ann-team', 'p-ann', 'team-ash', { kind: 'membership' }),
    ],
    'A support network',
  );
  const snapshot: Snapshot = {
    id: 's1',
    label: 'At team start',
    takenAt: '2025-06-01',
    note: 'Mrs A. was in hospital',
    nodes: [
      person('p-maud', 'Maud Ellis', { consent: { status: 'given' } }),
      // Consent was given then; it is withdrawn now, and that applies to the past too.
      person('p-ann', 'Mrs A.', { consent: { status: 'given' } }),
      person('p-old', 'Olive Friend', { consent: { status: 'given' } }),
    ],
    ties: [tie('s-t1', 'p-old', 'p-ann'), tie('s-t2', 'p-maud', 'p-ann')],
  };
  const record: CareRecord = { id: 'r1', type: 'test.note', holder: 'p-ann' };
  return {
    ...doc,
    meta: { ...doc.meta, scope: 'personal', centreNodeId: doc.nodes[2]!.id },
    records: [record],
    snapshots: [snapshot],
  };
}

const byId = (doc: CareMap) => new Map(doc.nodes.map((n) => [n.id as string, n]));

describe('shareMap, default options (initials; people without consent as "A neighbour")', () => {
  const original = fixture();
  const before = structuredClone(original);
  const shared = shareMap(original);
  const nodes = byId(shared.doc);

  it('leaves the original untouched and gives a valid map', () => {
    expect(original).toEqual(before);
    const loaded = loadCareMap(JSON.parse(JSON.stringify(shared.doc)));
    expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems)).toBe(true);
  });

  it('numbers nodes and ties in map order and says which original each came from', () => {
    expect(shared.doc.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    expect(shared.doc.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ['t1', 'n2', 'n3'],
      ['t2', 'n4', 'n3'],
      ['t3', 'n1', 'n6'],
      ['t4', 'n3', 'n6'],
    ]);
    expect([...shared.nodeIds]).toEqual([
      ['o-hall', 'n1'],
      ['p-maud', 'n2'],
      ['p-ann', 'n3'],
      ['p-gp', 'n4'],
      ['p-son', 'n5'],
      ['team-ash', 'n6'],
    ]);
    expect(shared.tieIds.get('t-hall-team' as never)).toBe('t3');
    expect(shared.doc.meta.centreNodeId).toBe('n3');
  });

  it('shows the person who consented by initials, at the centre of her grid cell, without needs or notes', () => {
    const maud = nodes.get('n2')!;
    expect(maud.label).toBe('M.E.');
    expect(maud.roles).toEqual(['neighbour']);
    expect(maud.careOffered).toEqual(['meals']);
    // lat: floor((51.5412 + 90) / 0.005) = 28308 → -90 + 28308.5 × 0.005 = 51.5425
    // lng: floor((-0.0553 + 180) / 0.008) = 22493 → -180 + 22493.5 × 0.008 = -0.052
    expect(maud.location).toEqual({ lat: 51.5425, lng: -0.052, privacy: 'approximate' });
    expect(maud.careNeeded).toEqual([]);
    expect(maud.tags).toEqual([]);
    expect(maud.capacity).toEqual({ hoursPerWeek: 6 });
    for (const key of ['notes', 'description', 'consent', 'fields'] as const)
      expect(maud[key]).toBeUndefined();
  });

  it('shows people whose consent is withdrawn, unknown or pending as "A neighbour", with no role and no place', () => {
    for (const id of ['n3', 'n4', 'n5']) {
      const n = nodes.get(id)!;
      expect(n.label).toBe(NEIGHBOUR_LABEL);
      expect(n.roles).toEqual([]);
      expect(n.location).toBeUndefined();
      expect(n.careNeeded).toEqual([]);
      expect(n.consent).toBeUndefined();
    }
  });

  it('keeps organisations named and placed exactly, without their notes', () => {
    const hall = nodes.get('n1')!;
    expect(hall.label).toBe("St Bride's Hall");
    expect(hall.description).toBe('Church hall');
    expect(hall.location).toEqual({ lat: 51.5412, lng: -0.0553, privacy: 'exact' });
    expect(hall.notes).toBeUndefined();
  });

  it('drops health care types given to a person or team, tie notes, and labels of ties touching a person', () => {
    const ties = shared.doc.ties;
    expect(ties[0]).toMatchObject({ careTypes: ['meals'] });
    expect(ties[0]!.notes).toBeUndefined();
    expect(ties[0]!.label).toBeUndefined();
    expect(ties[1]!.careTypes).toEqual([]);
    expect(ties[2]).toMatchObject({ careTypes: ['gift_space'], label: 'Room on Mondays' });
  });

  it('carries no records, and snapshots follow the consent of today', () => {
    expect(shared.doc.records).toEqual([]);
    const [snap] = shared.doc.snapshots;
    expect(snap?.note).toBeUndefined();
    expect(snap?.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n2', 'M.E.'],
      ['n3', NEIGHBOUR_LABEL],
      ['n7', 'O.F.'],
    ]);
    expect(snap?.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ['t5', 'n7', 'n3'],
      ['t6', 'n2', 'n3'],
    ]);
  });

  it('counts how people appear', () => {
    expect(shared.summary).toEqual({
      people: 4,
      byInitials: 1,
      byName: 0,
      asNeighbour: 3,
      byRole: 0,
      leftOut: 0,
      recordsLeftOut: 1,
    });
  });

  it('writes none of the hidden names, ids, notes or needs anywhere in the copy', () => {
    const text = JSON.stringify(shared.doc);
    for (const secret of [
      'Mrs A.',
      'p-ann',
      'Dr Rao',
      'Dev (son)',
      'Maud',
      'Tuesdays',
      'Key under',
      'dialysis',
      'number 12',
      'diabetic',
      'personal_care"]',
      'hospital',
      'withdrawn',
      'Olive',
    ]) {
      expect(text.includes(secret), secret).toBe(false);
    }
  });
});

describe('shareMap, other choices', () => {
  it('by role: each person without consent appears as their first role', () => {
    const shared = shareMap(fixture(), { ...DEFAULT_SHARE_OPTIONS, withoutConsent: 'role' });
    expect(shared.doc.nodes.map((n) => n.label)).toEqual([
      "St Bride's Hall",
      'M.E.',
      'Care receiver / Team Owner',
      'Professional (GP, social worker, nurse…)',
      'Family',
      'Team Ash',
    ]);
    expect(shared.doc.nodes[3]?.roles).toEqual(['professional']);
    expect(shared.summary.byRole).toBe(3);
  });

  it('left out: people without consent go with every tie they had, also in snapshots', () => {
    const shared = shareMap(fixture(), { ...DEFAULT_SHARE_OPTIONS, withoutConsent: 'leave_out' });
    expect(shared.doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n1', "St Bride's Hall"],
      ['n2', 'M.E.'],
      ['n3', 'Team Ash'],
    ]);
    expect(shared.doc.ties.map((t) => [t.id, t.source, t.target])).toEqual([['t1', 'n1', 'n3']]);
    expect(shared.nodeIds.has('p-ann' as never)).toBe(false);
    // The centre was Mrs A.: the copy has no centre rather than pointing at someone else.
    expect(shared.doc.meta.centreNodeId).toBeUndefined();
    expect(shared.doc.snapshots[0]?.nodes.map((n) => n.label)).toEqual(['M.E.', 'O.F.']);
    expect(shared.doc.snapshots[0]?.ties).toEqual([]);
    expect(shared.summary).toMatchObject({ people: 4, byInitials: 1, leftOut: 3 });
    expect(loadCareMap(JSON.parse(JSON.stringify(shared.doc))).ok).toBe(true);
  });

  it('gives the copy another title when asked, and never the map’s description', () => {
    const doc = fixture();
    const described = {
      ...doc,
      meta: { ...doc.meta, title: 'Mrs A. and her support', description: 'Mrs A. lives alone' },
    };
    const shared = shareMap(described, { ...DEFAULT_SHARE_OPTIONS, title: 'A support network' });
    expect(shared.doc.meta.title).toBe('A support network');
    expect(shared.doc.meta.description).toBeUndefined();
    expect(shareMap(described).doc.meta.title).toBe('Mrs A. and her support');
  });

  it('by name: people who consented keep their names; the others still do not', () => {
    const shared = shareMap(fixture(), { withoutConsent: 'neighbour', names: 'names' });
    expect(shared.doc.nodes[1]?.label).toBe('Maud Ellis');
    expect(shared.doc.nodes[2]?.label).toBe(NEIGHBOUR_LABEL);
    expect(shared.summary.byName).toBe(1);
  });

  it('"not needed" counts as consent; a consented label without a letter falls back to the role', () => {
    const doc = makeMap([
      person('a', 'District nurse', { roles: ['professional'], consent: { status: 'not_needed' } }),
      person('b', '🌻', { roles: ['family'], consent: { status: 'given' } }),
      person('c', '★', { consent: { status: 'given' } }),
      person('d', 'Refused', { consent: { status: 'refused' } }),
    ]);
    expect(shareMap(doc).doc.nodes.map((n) => n.label)).toEqual([
      'D.N.',
      'Family',
      NEIGHBOUR_LABEL,
      NEIGHBOUR_LABEL,
    ]);
  });

  it('a person’s hidden place stays hidden even with consent', () => {
    const doc = makeMap([
      person('a', 'Ada', {
        consent: { status: 'given' },
        location: { lat: 51.5, lng: -0.1, privacy: 'hidden' },
      }),
    ]);
    expect(shareMap(doc).doc.nodes[0]?.location).toBeUndefined();
  });
});
