import { describe, expect, it } from 'vitest';

import { initialsOf } from '../../src/model';

describe('initialsOf', () => {
  it.each([
    ['Maud', 'M.'],
    ['Tunde Bello', 'T. B.'],
    ['  maud   ellis ', 'M. E.'],
    ['W.', 'W.'],
    ['Anne-Marie Lee', 'A. M. L.'],
    ["O'Brien", 'O.'],
    ['Ørjan Ås', 'Ø. Å.'],
    ['Łucja', 'Ł.'],
  ])('%s → %s', (label, initials) => {
    expect(initialsOf(label)).toBe(initials);
  });

  it('leaves titles out: "Mrs A." is "A.", "Dr Priya Rao" is "P. R."', () => {
    expect(initialsOf('Mrs A.')).toBe('A.');
    expect(initialsOf('Dr Priya Rao')).toBe('P. R.');
    expect(initialsOf('MR. b.')).toBe('B.');
  });

  it('leaves out what is in brackets: it describes the person, it is not their name', () => {
    expect(initialsOf('Lucy (daughter, abroad)')).toBe('L.');
    expect(initialsOf('Margaret [carer] Jones')).toBe('M. J.');
  });

  it('keeps at most three initials', () => {
    expect(initialsOf('Ana Beatriz Carvalho da Silva')).toBe('A. B. C.');
  });

  it('gives an empty string when there is no name to shorten', () => {
    expect(initialsOf('(daughter)')).toBe('');
    expect(initialsOf('Dr')).toBe('');
    expect(initialsOf('42 — 7')).toBe('');
  });
});
