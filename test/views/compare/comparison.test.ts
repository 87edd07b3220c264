// The comparison as the app runs it, in two parts (comparison.ts, compareClient.ts), on the
// hand-worked community pair of test/fixtures/compare (see test/analysis/compare.test.ts): nodes
// N and Q added, G and J lost; the picture holds 10 + 2 = 12 nodes. In Node there is no Worker,
// so compareInBackground takes its main-thread path, which answers the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { diffMaps } from '../../../src/analysis';
import { type CareMap, loadCareMap } from '../../../src/model';
import { compareInBackground } from '../../../src/views/compare/compareClient';
import { startComparison } from '../../../src/views/compare/comparison';

function fixture(name: string): CareMap {
  const file = path.join(import.meta.dirname, '..', '..', 'fixtures', 'compare', `${name}.carewealth.json`);
  const r = loadCareMap(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.value;
}

const before = fixture('community-before');
const after = fixture('community-after');
const request = { a: { doc: before, label: 'Before' }, b: { doc: after, label: 'After' }, confirmed: [] };
const PICTURE_NODES = ['C', 'T', 'O', 'M', 'W', 'H', 'K', 'L', 'N', 'Q', 'G', 'J'];

describe('startComparison', () => {
  it('gives the core and a position for every picture node, and the whole comparison when finished', () => {
    const { picture, finish } = startComparison(request);
    expect([...picture.core.changes.nodes.added].sort()).toEqual(['N', 'Q']);
    expect([...picture.core.changes.nodes.removed].sort()).toEqual(['G', 'J']);
    expect(picture.positions.map(([id]) => id)).toEqual(PICTURE_NODES);
    expect(picture.positions.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    const result = finish();
    expect(result).toEqual(diffMaps(request.a, request.b));
    expect(result.changes).toBe(picture.core.changes);
  });
});

describe('compareInBackground', () => {
  it('answers with the picture, and with the whole comparison when asked (once)', async () => {
    const answer = compareInBackground(request);
    const picture = await answer.picture;
    expect(picture.positions).toHaveLength(PICTURE_NODES.length);
    const rest = answer.rest();
    expect(answer.rest()).toBe(rest);
    const result = await rest;
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.matching).toEqual(picture.core.matching);
  });

  it('rejects the picture when the comparison fails', async () => {
    const broken = { ...request, a: { doc: { ...before, nodes: null as unknown as CareMap['nodes'] }, label: 'Broken' } };
    const answer = compareInBackground(broken);
    await expect(answer.picture).rejects.toThrow();
    await expect(answer.rest()).rejects.toThrow();
  });
});
