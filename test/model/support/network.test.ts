// Who is in a support network, on which ring and in which sector, read from nodes and ties.
import { describe, expect, it } from 'vitest';

import { type CareNode, readSupportNetwork, supportSector, type Tie } from '../../../src/model';
import { makeMap, node, person, tie } from '../../helpers/build';

describe('supportSector', () => {
  const sector = (n: CareNode, ties: Tie[] = []) => supportSector(n, ties);

  it('puts people by relationship first: family, then friends and neighbours', () => {
    expect(sector(person('a', 'A', { roles: ['family'] }))).toBe('family');
    expect(sector(person('a', 'A', { roles: ['advocate'] }))).toBe('family');
    expect(sector(person('a', 'A', { roles: ['neighbour', 'care_worker_independent'] }))).toBe('friends');
    expect(sector(person('a', 'A', { roles: ['family', 'friend'] }))).toBe('family');
  });

  it('puts paid roles, co-op hats, formal people and people paid for all they give in services', () => {
    expect(sector(person('a', 'A', { roles: ['care_worker_employed'] }))).toBe('services');
    expect(sector(person('a', 'A', { roles: ['professional'] }))).toBe('services');
    expect(sector(person('a', 'A', { roles: ['team_starter'] }))).toBe('services');
    expect(sector(person('a', 'A', { formality: 'formal' }))).toBe('services');
    const cleaner = person('c', 'Cleaner');
    expect(sector(cleaner, [tie('t', 'c', 'me', { payment: 'paid' })])).toBe('services');
    expect(
      sector(cleaner, [tie('t', 'c', 'me', { payment: 'paid' }), tie('u', 'c', 'me', { payment: 'gifted' })]),
    ).toBe('friends');
    // Care the centre pays *to* them does not count: only what they give.
    expect(sector(cleaner, [tie('t', 'me', 'c', { payment: 'paid' })])).toBe('friends');
  });

  it('puts volunteers, peer supporters and people with no role with friends', () => {
    expect(sector(person('a', 'A', { roles: ['volunteer'] }))).toBe('friends');
    expect(sector(person('a', 'A', { roles: ['peer_supporter'] }))).toBe('friends');
    expect(sector(person('a', 'A'))).toBe('friends');
  });

  it('puts collective actors in community unless formal or paid', () => {
    expect(sector(node('g', 'group', 'Knit'))).toBe('community');
    expect(sector(node('s', 'space', 'Bench'))).toBe('community');
    expect(sector(node('t', 'team', 'Team Ash'))).toBe('community');
    expect(sector(node('gp', 'organisation', 'GP', { category: 'health' }))).toBe('services');
    expect(sector(node('c', 'organisation', 'Council', { category: 'statutory' }))).toBe('services');
    const hair = node('h', 'organisation', 'Hair by Carol', { category: 'business', formality: 'informal' });
    expect(sector(hair)).toBe('community');
    expect(sector(hair, [tie('t', 'h', 'me', { payment: 'paid', formality: 'informal' })])).toBe('services');
    // Formal with no payment recorded counts as paid.
    expect(
      sector(node('p', 'organisation', 'Pharmacy'), [tie('t', 'p', 'me', { formality: 'formal' })]),
    ).toBe('services');
  });
});

describe('readSupportNetwork', () => {
  const doc = makeMap(
    [
      person('me', 'Mrs A.'),
      person('maud', 'Maud', { roles: ['neighbour'] }),
      person('lucy', 'Lucy', { roles: ['family'] }),
      person('mro', 'Mr O.', { roles: ['neighbour'] }),
      node('team', 'team', 'Team Ash'),
      node('cong', 'group', 'Congregation'),
      node('hall', 'space', 'Hall'),
      node('far', 'space', 'Far away'),
      person('alone', 'Alone'),
    ],
    [
      tie('t1', 'maud', 'me', { closeness: 'inner', careTypes: ['meals'] }),
      tie('t2', 'lucy', 'me', { closeness: 'outer' }),
      tie('t3', 'me', 'lucy', { closeness: 'middle' }),
      tie('t4', 'me', 'mro', { mutual: true }),
      tie('t5', 'me', 'team', { kind: 'membership' }),
      tie('t6', 'cong', 'hall', { kind: 'hosted_at' }),
      tie('t7', 'cong', 'me'),
      tie('t8', 'far', 'hall'),
      tie('t9', 'maud', 'mro'),
    ],
  );
  const net = readSupportNetwork(doc, 'me')!;
  const member = (id: string) => net.members.find((m) => m.id === id);

  it('lists direct members first, then those two steps away, and the rest as unlinked', () => {
    expect(net.centre.label).toBe('Mrs A.');
    expect(net.members.map((m) => [m.id, m.direct])).toEqual([
      ['maud', true],
      ['lucy', true],
      ['mro', true],
      ['team', true],
      ['cong', true],
      ['hall', false],
    ]);
    expect(member('hall')?.via).toEqual(['cong']);
    expect(net.unlinked).toEqual(['far', 'alone']);
  });

  it('takes the closest closeness of the care ties with the centre, or none', () => {
    expect(member('maud')?.ring).toBe('inner');
    expect(member('lucy')?.ring).toBe('middle');
    expect(member('mro')?.ring).toBe('none');
    expect(member('team')?.ring).toBe('none');
    expect(member('hall')?.ring).toBe('beyond');
  });

  it('says which way care flows with the centre: to, from or both', () => {
    expect([member('maud')?.gives, member('maud')?.receives]).toEqual([true, false]);
    expect([member('lucy')?.gives, member('lucy')?.receives]).toEqual([true, true]);
    expect([member('mro')?.gives, member('mro')?.receives]).toEqual([true, true]);
    expect([member('team')?.gives, member('team')?.receives]).toEqual([false, false]);
    expect(member('lucy')?.ties.map((t) => t.id)).toEqual(['t2', 't3']);
  });

  it('is null for a centre that is not on the map', () => {
    expect(readSupportNetwork(doc, 'nobody')).toBeNull();
  });
});
