// Names or initials: every expected label below was written out by hand from the rule in
// src/model/displayName.ts (people by initials, paid staff by their role word, other kinds by name).
import { describe, expect, it } from 'vitest';

import { displayName, initialsOf, isPaidStaff, NODE_KIND_IDS, roleWordOf } from '../../src/model';
import { node, person } from '../helpers/build';

describe('initialsOf', () => {
  it('gives the first letter of each word, each followed by a full stop', () => {
    expect(initialsOf('Maud Ellis')).toBe('M.E.');
    expect(initialsOf('Tunde')).toBe('T.');
    expect(initialsOf('maud ellis')).toBe('M.E.');
    expect(initialsOf('  Maud   Ellis  ')).toBe('M.E.');
  });

  it('leaves initials as they are', () => {
    expect(initialsOf('R.')).toBe('R.');
    expect(initialsOf('M.E.')).toBe('M.E.');
    expect(initialsOf('J.R.R. Tolkien')).toBe('J.R.R.T.');
  });

  it('splits hyphenated names and drops a leading title unless it is the only word', () => {
    expect(initialsOf('Anne-Marie Ng')).toBe('A.M.N.');
    expect(initialsOf('Mrs A.')).toBe('A.');
    expect(initialsOf('Dr. Priya Shah')).toBe('P.S.');
    expect(initialsOf('Dr')).toBe('D.');
  });

  it('reads letters beyond ASCII and skips what is not a letter or digit', () => {
    expect(initialsOf('Zoë Ångström')).toBe('Z.Å.');
    expect(initialsOf("O'Neill")).toBe('O.');
    expect(initialsOf('(Bob) Jones')).toBe('B.J.');
    expect(initialsOf('🙂')).toBe('');
    expect(initialsOf('')).toBe('');
  });
});

describe('roleWordOf and isPaidStaff', () => {
  it('names care workers and professionals by their role', () => {
    expect(roleWordOf(person('w', 'Wendy Blake', { roles: ['care_worker_employed'] }))).toBe('Care worker');
    expect(roleWordOf(person('k', 'K.', { roles: ['care_worker_independent'] }))).toBe('Care worker');
    expect(roleWordOf(person('g', 'Dr Okafor', { roles: ['professional'] }))).toBe('Professional');
    // The first paid role held, whatever other roles come first.
    expect(roleWordOf(person('n', 'Nia', { roles: ['neighbour', 'professional'] }))).toBe('Professional');
  });

  it('prefers a role an import kept as a custom field, first entry only', () => {
    const nurse = person('d', 'Dee Moss', { roles: ['professional'], fields: { Roles: 'District nurse|Team lead' } });
    expect(roleWordOf(nurse)).toBe('District nurse');
    expect(roleWordOf(person('d', 'Dee', { roles: ['professional'], fields: { role: '  Social worker ' } }))).toBe('Social worker');
    // Empty, too long or not text: the catalogue word instead.
    expect(roleWordOf(person('d', 'Dee', { roles: ['professional'], fields: { Role: '' } }))).toBe('Professional');
    expect(roleWordOf(person('d', 'Dee', { roles: ['professional'], fields: { Role: 'x'.repeat(61) } }))).toBe('Professional');
    expect(roleWordOf(person('d', 'Dee', { roles: ['professional'], fields: { Role: 3 } }))).toBe('Professional');
  });

  it('is null for unpaid people and for other kinds', () => {
    expect(roleWordOf(person('m', 'Maud', { roles: ['team_owner'], fields: { Role: 'Carer' } }))).toBeNull();
    expect(isPaidStaff(person('m', 'Maud', { roles: ['volunteer'] }))).toBe(false);
    expect(isPaidStaff(node('o', 'organisation', 'Surgery'))).toBe(false);
    expect(isPaidStaff(person('w', 'W.', { roles: ['care_worker_employed'] }))).toBe(true);
  });
});

describe('displayName', () => {
  it('names: every label as written', () => {
    expect(displayName(person('m', 'Maud Ellis'), 'names')).toBe('Maud Ellis');
    expect(displayName(person('w', 'Wendy Blake', { roles: ['care_worker_employed'] }), 'names')).toBe('Wendy Blake');
  });

  it('initials: people by initials, paid staff by role, every other kind by name', () => {
    expect(displayName(person('m', 'Maud Ellis', { roles: ['team_owner'] }), 'initials')).toBe('M.E.');
    expect(displayName(person('r', 'R.'), 'initials')).toBe('R.');
    expect(displayName(person('w', 'Wendy Blake', { roles: ['care_worker_employed'] }), 'initials')).toBe('Care worker');
    expect(displayName(person('x', '🙂'), 'initials')).toBe('Person');
    for (const kind of NODE_KIND_IDS.filter((k) => k !== 'person'))
      expect(displayName(node('c', kind, 'Larkspur Lunch Club'), 'initials'), kind).toBe('Larkspur Lunch Club');
  });
});
