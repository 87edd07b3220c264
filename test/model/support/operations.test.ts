// Operations on a support network: the centre, personal maps, team candidates, rings and places.
import { describe, expect, it } from 'vitest';

import {
  asNodeId,
  checkIntegrity,
  createPersonalMap,
  getRecords,
  layoutSupportNetwork,
  loadCareMap,
  personalCentre,
  placeInSupportNetwork,
  rememberedPlaces,
  rememberPlaces,
  removeNodes,
  setCentre,
  setRing,
  setTeamCandidate,
  teamCandidates,
  updateMeta,
} from '../../../src/model';
import { makeMap, node, person, tie, tieIn } from '../../helpers/build';

const n = asNodeId;

function sample() {
  const doc = makeMap(
    [
      person('me', 'Mrs A.'),
      person('maud', 'Maud'),
      person('joy', 'Joy'),
      node('team', 'team', 'Team Ash'),
      node('lnt', 'organisation', 'Neighbours Together'),
    ],
    [
      tie('t1', 'maud', 'me', { closeness: 'inner' }),
      tie('t2', 'me', 'maud', { closeness: 'middle' }),
      tie('t3', 'joy', 'me'),
      tie('t4', 'me', 'team', { kind: 'membership' }),
      tie('t5', 'lnt', 'joy'),
    ],
  );
  return updateMeta(doc, { scope: 'personal', centreNodeId: n('me') });
}

describe('the centre', () => {
  it('is read only from a personal map whose centre exists', () => {
    const doc = sample();
    expect(personalCentre(doc)).toBe('me');
    expect(personalCentre(updateMeta(doc, { scope: 'community' }))).toBeNull();
    expect(personalCentre(removeNodes(doc, [n('me')]))).toBeNull();
  });

  it('is set and cleared by setCentre, which returns the same map when nothing changes', () => {
    const doc = sample();
    expect(setCentre(doc, n('me'))).toBe(doc);
    expect(setCentre(doc, n('maud')).meta.centreNodeId).toBe('maud');
    expect('centreNodeId' in setCentre(doc, undefined).meta).toBe(false);
  });

  it('starts a personal map from the person, who becomes its centre', () => {
    const doc = createPersonalMap({
      centre: { label: 'Mrs A.', roles: ['team_owner'] },
      now: '2026-01-01T00:00:00.000Z',
    });
    expect(doc.meta).toMatchObject({
      title: "Mrs A.'s support network",
      scope: 'personal',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(doc.nodes).toHaveLength(1);
    expect(doc.nodes[0]).toMatchObject({ kind: 'person', label: 'Mrs A.', roles: ['team_owner'] });
    expect(doc.meta.centreNodeId).toBe(doc.nodes[0]?.id);
    expect(personalCentre(doc)).toBe(doc.nodes[0]?.id);
    expect(checkIntegrity(doc)).toEqual([]);
    expect(createPersonalMap({ title: 'Kitchen table, May', centre: { label: 'Mr B.' } }).meta.title).toBe(
      'Kitchen table, May',
    );
  });
});

describe('team candidates', () => {
  it('are marked and unmarked per centre, in the order marked, in one record', () => {
    let doc = setTeamCandidate(sample(), n('me'), n('joy'), true);
    doc = setTeamCandidate(doc, n('me'), n('maud'), true);
    expect(teamCandidates(doc, 'me')).toEqual(['joy', 'maud']);
    expect(teamCandidates(doc, 'maud')).toEqual([]);
    expect(setTeamCandidate(doc, n('me'), n('joy'), true)).toBe(doc);
    doc = setTeamCandidate(doc, n('me'), n('joy'), false);
    expect(teamCandidates(doc, 'me')).toEqual(['maud']);
    expect(getRecords(doc, 'supportNetwork')).toHaveLength(1);
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('forget people removed from the map, silently, and drop them when next written', () => {
    let doc = setTeamCandidate(sample(), n('me'), n('joy'), true);
    doc = rememberPlaces(doc, n('me'), new Map([[n('joy'), 0.2]]));
    doc = removeNodes(doc, [n('joy')]);
    expect(teamCandidates(doc, 'me')).toEqual([]);
    expect(rememberedPlaces(doc, 'me')).toEqual(new Map());
    expect(checkIntegrity(doc)).toEqual([]);
    doc = setTeamCandidate(doc, n('me'), n('maud'), true);
    expect(getRecords(doc, 'supportNetwork')[0]).toMatchObject({ teamCandidates: ['maud'], places: [] });
  });
});

describe('places', () => {
  it('are remembered per person, clamped to the sector, replacing what was there', () => {
    let doc = rememberPlaces(
      sample(),
      n('me'),
      new Map([
        [n('maud'), 0.3],
        [n('joy'), 1.7],
      ]),
    );
    doc = rememberPlaces(doc, n('me'), new Map([[n('maud'), 0.6]]));
    expect(rememberedPlaces(doc, 'me')).toEqual(
      new Map([
        ['joy', 1],
        ['maud', 0.6],
      ]),
    );
    expect(rememberPlaces(doc, n('me'), new Map([[n('maud'), 0.6]]))).toBe(doc);
  });

  it('survive a save and load and are used by the layout', () => {
    const doc = rememberPlaces(sample(), n('me'), new Map([[n('maud'), 0.9]]));
    const loaded = loadCareMap(JSON.parse(JSON.stringify(doc)));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    if (!loaded.ok) return;
    const maud = layoutSupportNetwork(loaded.value, 'me')?.placed.find((p) => p.id === 'maud');
    // Inner lane at 64 keeps 30° clear of the friends sector's edges, so 0.9 (81°) becomes 60°.
    expect(maud?.along).toBeCloseTo(2 / 3, 12);
  });
});

describe('rings', () => {
  it('set the closeness of every care tie between the person and the centre', () => {
    const doc = setRing(sample(), n('me'), n('maud'), 'outer');
    expect([tieIn(doc, 't1')?.closeness, tieIn(doc, 't2')?.closeness]).toEqual(['outer', 'outer']);
    const cleared = setRing(doc, n('me'), n('maud'), 'none');
    expect([tieIn(cleared, 't1')?.closeness, tieIn(cleared, 't2')?.closeness]).toEqual([
      undefined,
      undefined,
    ]);
    expect('closeness' in (tieIn(cleared, 't1') ?? {})).toBe(false);
    expect(setRing(cleared, n('me'), n('maud'), 'none')).toBe(cleared);
  });

  it('add a care tie to the centre for someone with none, except to say "no closeness" of a direct contact', () => {
    const doc = sample();
    const team = setRing(doc, n('me'), n('team'), 'middle');
    const added = team.ties.filter((t) => !doc.ties.includes(t));
    expect(added.map((t) => [t.kind, t.source, t.target, t.closeness, t.careTypes])).toEqual([
      ['care', 'team', 'me', 'middle', []],
    ]);
    expect(setRing(doc, n('me'), n('team'), 'none')).toBe(doc);
    // Neighbours Together is linked only through Joy; "no closeness yet" makes it a direct contact.
    const lnt = setRing(doc, n('me'), n('lnt'), 'none');
    expect(
      lnt.ties.filter((t) => !doc.ties.includes(t)).map((t) => [t.source, t.target, t.closeness]),
    ).toEqual([['lnt', 'me', undefined]]);
    expect(checkIntegrity(lnt)).toEqual([]);
  });

  it('follow a drop: ring and place in one change; dropped beyond the rings, only the place', () => {
    const doc = sample();
    const moved = placeInSupportNetwork(doc, n('me'), n('joy'), { ring: 'inner', along: 0.25 });
    expect(tieIn(moved, 't3')?.closeness).toBe('inner');
    expect(rememberedPlaces(moved, 'me').get('joy')).toBe(0.25);
    const beyond = placeInSupportNetwork(doc, n('me'), n('joy'), { ring: 'beyond', along: 0.5 });
    expect(tieIn(beyond, 't3')).toBe(tieIn(doc, 't3'));
    expect(rememberedPlaces(beyond, 'me').get('joy')).toBe(0.5);
  });
});

describe('the supportNetwork record on load', () => {
  it('warns about a centre that is not a person on the map, and about a second record for one centre', () => {
    const base = sample();
    const record = (id: string, centre: string) => ({
      id,
      type: 'supportNetwork',
      centre,
      teamCandidates: [],
      places: [{ node: 'gone', along: 0.5 }],
    });
    const doc = {
      ...base,
      records: [record('sn-1', 'me'), record('sn-2', 'me'), record('sn-3', 'team'), record('sn-4', 'nobody')],
    };
    const loaded = loadCareMap(JSON.parse(JSON.stringify(doc)));
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'records[1].centre: "Mrs A." already has a support network record (records[0]); this one is ignored',
      'records[2].centre: "Team Ash" is a team; a support network\'s centre must be a person',
      'records[3].centre: no node "nobody"',
    ]);
  });

  it('refuses a place outside its sector or a person placed twice', () => {
    const bad = {
      ...sample(),
      records: [
        {
          id: 'sn-1',
          type: 'supportNetwork',
          centre: 'me',
          places: [
            { node: 'maud', along: 2 },
            { node: 'maud', along: 0.1 },
          ],
        },
      ],
    };
    const loaded = loadCareMap(JSON.parse(JSON.stringify(bad)));
    expect(!loaded.ok && loaded.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'records[0].places[0].along: must be from 0 to 1',
      'records[0].places: must not place anyone twice',
    ]);
  });
});
