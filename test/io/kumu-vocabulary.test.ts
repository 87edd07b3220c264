// The loose name matching of the Kumu readers (kumu-json/vocabulary.ts) against the plain
// definitions they replaced for speed: normaliseKey's ASCII shortcut against the regular
// expression, and matchCatalogue's index against a walk of the catalogue, on every catalogue.
import { describe, expect, it } from 'vitest';

import { matchCatalogue, normaliseKey } from '../../src/io/kumu-json/vocabulary';
import * as catalogues from '../../src/model/catalogues';
import type { CatalogueEntry } from '../../src/model/catalogues';

/** The definition: lower case, runs of white space, `_` and `-` made one space, trimmed. */
const referenceKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

function referenceMatch(catalogue: readonly CatalogueEntry[], value: string): string | undefined {
  const want = referenceKey(value);
  for (const e of catalogue) if (referenceKey(e.id) === want || referenceKey(e.label) === want) return e.id;
  return undefined;
}

function isCatalogue(v: unknown): v is readonly CatalogueEntry[] {
  return Array.isArray(v) && v.length > 0 && v.every((e: unknown) => typeof e === 'object' && e !== null && 'id' in e && 'label' in e);
}

/** Every catalogue the model exports (node kinds, roles, strengths, payments…). */
const CATALOGUES: [string, readonly CatalogueEntry[]][] = Object.entries(catalogues).flatMap(([name, v]: [string, unknown]) =>
  isCatalogue(v) ? [[name, v] as [string, readonly CatalogueEntry[]]] : [],
);

const NAMES = [
  '',
  ' ',
  'care',
  'Care',
  'CARE',
  'team_owner',
  'Team Owner',
  'TEAM-OWNER',
  '  team   owner ',
  'team\towner',
  'team\u00a0owner',
  'n-12',
  'n_12',
  'a--b__c',
  '-lead',
  'trail_',
  'élan',
  'ÉLAN',
  'İstanbul',
  'x\u2028y',
  '\ufeffbom',
  'ab~c!',
  'DEL\u007f',
  'tab\u0001',
  '123',
  'two way',
  'Two-Way',
];

describe('normaliseKey', () => {
  it('gives what the regular expression gives, shortcut or not', () => {
    for (const s of NAMES) expect(normaliseKey(s), JSON.stringify(s)).toBe(referenceKey(s));
    for (const [, list] of CATALOGUES) {
      for (const e of list) for (const s of [e.id, e.label]) expect(normaliseKey(s)).toBe(referenceKey(s));
    }
  });
});

describe('matchCatalogue', () => {
  it('finds the entry the walk of the catalogue finds, for ids, labels and their loose spellings', () => {
    expect(CATALOGUES.length).toBeGreaterThan(10);
    let checked = 0;
    for (const [name, list] of CATALOGUES) {
      const values = [...NAMES, ...list.flatMap((e) => [e.id, e.label, e.id.toUpperCase(), e.label.replace(/ /g, '_'), ` ${e.label.toLowerCase()} `])];
      for (const v of values) {
        expect(matchCatalogue(list, v), `${name}: ${JSON.stringify(v)}`).toBe(referenceMatch(list, v));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
