// The comparison as the app runs it, in two answers (comparison.ts, compareClient.ts), on the
// hand-worked community pair of test/fixtures/compare (see test/analysis/compare.test.ts): nodes
// N and Q added, G and J lost; the picture holds 10 + 2 = 12 nodes. In Node there is no Worker,
// so compareInBackground takes its main-thread path, which answers the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { diffMaps } from '../../../src/analysis';
import { type CareMap, loadCareMap } from '../../../src/model';
import { compareInBackground } from '../../../src/views/compare/compareClient';
import { type ComparisonPicture, runComparison } from '../../../src/views/compare/comparison';

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

describe('runComparison', () => {
  it('hands over the core and a position for every picture node before the rest, then returns the whole comparison', () => {
    const seen: ComparisonPicture[] = [];
    const result = runComparison(request, (p) => seen.push(p));
    expect(seen).toHaveLength(1);
    const [picture] = seen;
    expect([...picture!.core.changes.nodes.added].sort()).toEqual(['N', 'Q']);
    expect([...picture!.core.changes.nodes.removed].sort()).toEqual(['G', 'J']);
    expect(picture!.positions.map(([id]) => id)).toEqual(PICTURE_NODES);
    expect(picture!.positions.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(result).toEqual(diffMaps(request.a, request.b));
    expect(result.changes).toBe(picture!.core.changes);
  });
});

describe('compareInBackground', () => {
  it('answers with the picture first and the whole comparison after', async () => {
    const order: string[] = [];
    const answer = compareInBackground(request);
    const picture = answer.picture.then((p) => {
      order.push('picture');
      return p;
    });
    const result = answer.result.then((r) => {
      order.push('result');
      return r;
    });
    const [p, r] = await Promise.all([picture, result]);
    expect(order).toEqual(['picture', 'result']);
    expect(p.positions).toHaveLength(PICTURE_NODES.length);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.matching).toEqual(p.core.matching);
  });

  it('rejects both answers when the comparison fails', async () => {
    const broken = { ...request, a: { doc: { ...before, nodes: null as unknown as CareMap['nodes'] }, label: 'Broken' } };
    const answer = compareInBackground(broken);
    await expect(answer.picture).rejects.toThrow();
    await expect(answer.result).rejects.toThrow();
  });
});
