import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { loadCareMap, migrate, type Migration, SCHEMA_VERSION, formatProblem } from '../../src/model';
import { makeMap, person } from '../helpers/build';

describe('migrate', () => {
  it('leaves a current document as it is', () => {
    const doc = makeMap([person('a')]);
    const r = migrate(JSON.parse(JSON.stringify(doc)));
    expect(r.ok && r.value).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('refuses a newer document, saying which versions this app reads', () => {
    const r = migrate({ ...makeMap(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map(formatProblem)).toEqual([
      `schemaVersion: this map was saved by a newer Carewealth (format version ${SCHEMA_VERSION + 1}); this app reads format versions 1 to ${SCHEMA_VERSION}. Update Carewealth to open it.`,
    ]);
  });

  it('refuses things that are not care maps', () => {
    const cases: [unknown, string][] = [
      [[1, 2], 'is not a Carewealth map: expected a JSON object at the top'],
      [{ elements: [] }, 'type: is not a Carewealth map: expected "type": "carewealth", found no "type" field'],
      [{ type: 'carewealth', schemaVersion: '1' }, 'schemaVersion: must be a whole number from 1 to 1; found "1"'],
      [{ type: 'carewealth' }, 'schemaVersion: must be a whole number from 1 to 1; found nothing'],
    ];
    for (const [raw, message] of cases) {
      const r = migrate(raw);
      expect(!r.ok && r.problems.map(formatProblem)).toEqual([message]);
    }
  });

  // The migration chain is exercised with a test-only list (this build has one format version so
  // far); the fixture is a document as a hypothetical version-1 build would have saved it, with
  // `edges` instead of `ties`, upgraded through two steps to version 3.
  const chain: Migration[] = [
    { from: 1, description: 'rename edges to ties', up: ({ edges, ...rest }) => ({ ...rest, ties: edges }) },
    { from: 2, description: 'add overlays', up: (doc) => ({ ...doc, overlays: [] }) },
  ];

  it('runs every step in order and reports what it did, without mutating the input', () => {
    const old = JSON.parse(readFileSync(new URL('../fixtures/migrations/chain-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const before = structuredClone(old);
    const r = migrate(old, chain, 3);
    expect(old).toEqual(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(3);
    expect(r.value.ties).toEqual([{ id: 't1', kind: 'care', source: 'a', target: 'b' }]);
    expect(r.value.overlays).toEqual([]);
    expect('edges' in r.value).toBe(false);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'upgraded from format version 1: rename edges to ties',
      'upgraded from format version 2: add overlays',
    ]);
  });

  it('reports a gap in the chain and a migration that throws', () => {
    const gap = migrate({ type: 'carewealth', schemaVersion: 1 }, [chain[1] as Migration], 3);
    expect(!gap.ok && gap.problems.map(formatProblem)).toEqual(['schemaVersion: no migration from format version 1 to 2']);
    const boom: Migration = { from: 1, description: 'explodes', up: () => { throw new Error('bad shape'); } };
    const thrown = migrate({ type: 'carewealth', schemaVersion: 1 }, [boom], 2);
    expect(!thrown.ok && thrown.problems.map(formatProblem)).toEqual(['could not upgrade from format version 1: bad shape']);
  });

  it('loads the version-1 fixture of the current format', () => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/migrations/current-v1.carewealth.json', import.meta.url), 'utf8')) as unknown;
    const r = loadCareMap(raw);
    expect(r.ok && r.value.nodes.map((n) => n.label)).toEqual(['Mrs A.', 'Maud']);
  });
});
