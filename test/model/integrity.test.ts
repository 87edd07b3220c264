import { describe, expect, it } from 'vitest';

import { checkIntegrity, formatProblem, type Snapshot } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

const messages = (doc: Parameters<typeof checkIntegrity>[0]) => checkIntegrity(doc).map(formatProblem);

describe('checkIntegrity', () => {
  it('passes a well-formed map', () => {
    const doc = makeMap(
      [person('a', 'Maud', { roles: ['neighbour'] }), node('team', 'team', 'Team Ash'), node('hall', 'space', 'Hall'), node('g', 'group', 'Knit')],
      [
        tie('t1', 'a', 'team', { kind: 'membership', role: 'member', ownerConsented: true, memberConsented: true }),
        tie('t2', 'g', 'hall', { kind: 'hosted_at' }),
        tie('t3', 'a', 'g', { careTypes: ['meals'], formality: 'informal', since: '2024-01-01', until: '2024-06-01' }),
      ],
    );
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('reports duplicate ids, missing endpoints and self-ties with their paths', () => {
    const doc = makeMap(
      [person('a'), person('b'), person('a')],
      [tie('t1', 'a', 'b'), tie('t1', 'a', 'n-77'), tie('t3', 'b', 'b')],
    );
    expect(messages(doc)).toEqual([
      'nodes[2].id: duplicate node id "a"',
      'ties[1].id: duplicate tie id "t1"',
      'ties[1].target: no node "n-77"',
      'ties[2]: a tie cannot join "b" to itself',
    ]);
  });

  it('checks which kinds a tie may join and which fields it may carry', () => {
    const doc = makeMap(
      [person('a'), person('b'), node('g', 'group', 'G')],
      [
        tie('m', 'a', 'b', { kind: 'membership' }),
        tie('h', 'a', 'g', { kind: 'hosted_at' }),
        tie('p', 'a', 'g', { kind: 'partnership', hoursPerWeek: 2, participation: 'full', commonsStatus: 'active' }),
      ],
    );
    expect(messages(doc)).toEqual([
      'ties[0].target: a membership tie must end at a team or circle, not a person',
      'ties[1].target: a hosted_at tie must end at a space, not a group',
      'ties[2].hoursPerWeek: only care ties carry "hoursPerWeek"',
      'ties[2].participation: only membership ties carry "participation"',
      'ties[2].commonsStatus: only commons membership ties carry a commons status',
    ]);
  });

  it('checks roles, categories, date order and care types against the map list', () => {
    const doc = makeMap(
      [
        node('g', 'group', 'G', { roles: ['friend'] }),
        person('p', 'P', { category: 'charity', validFrom: '2025-01-01', validTo: '2024-01-01', careOffered: ['juggling'] }),
      ],
      [tie('t', 'p', 'g', { careTypes: ['meals', 'teleportation'], since: '2025-02-01', until: '2025-01-01' })],
    );
    expect(messages(doc)).toEqual([
      'nodes[0].roles: only people carry roles; "G" is a group',
      'nodes[1].category: a person has roles, not an actor category',
      'nodes[1].validTo: ends (2024-01-01) before it starts (2025-01-01)',
      'nodes[1].careOffered[0]: no care type "juggling" in this map\'s list',
      'ties[0].until: ends (2025-01-01) before it starts (2025-02-01)',
      'ties[0].careTypes[1]: no care type "teleportation" in this map\'s list',
    ]);
  });

  it('checks snapshots with the same rules, under their own path', () => {
    const snapshot: Snapshot = { id: 's1', label: 'Launch', takenAt: '2025-03-01', nodes: [person('a')], ties: [tie('t1', 'a', 'gone')] };
    const doc = { ...makeMap([person('a')]), snapshots: [snapshot] };
    expect(messages(doc)).toEqual(['snapshots[0].ties[0].target: no node "gone"']);
  });

  it('checks the centre node of a personal map exists', () => {
    const doc = makeMap([person('a')]);
    const withCentre = { ...doc, meta: { ...doc.meta, centreNodeId: 'zz' as never } };
    expect(messages(withCentre)).toEqual(['meta.centreNodeId: no node "zz"']);
  });
});
