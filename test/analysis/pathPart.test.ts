// The helper-only worker core (the command line's second thread): it answers a share of the path
// pass with the kernel's sums for that share, and refuses what only a primary can do.
import { describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/analysis';
import { pathPass } from '../../src/analysis/kernel';
import { createPathPartCore } from '../../src/analysis/pathPart';
import type { FromWorker } from '../../src/analysis/protocol';
import { generateMap } from '../helpers/generateMap';
import { fixtureGraph, loadFixture } from './fixtures';
import { csrFromGraph } from './reference';

describe('path-pass helper core', () => {
  const csr = csrFromGraph(fixtureGraph(loadFixture('karate')));

  it('answers a share of the pass with the sums of that share, after its progress', () => {
    const posted: FromWorker[] = [];
    const handle = createPathPartCore((m) => posted.push(m));
    handle({ type: 'pathPart', requestId: 7, csr, from: 10, to: 30 });
    const last = posted.at(-1);
    if (last?.type !== 'pathSums') throw new Error(`expected sums, got ${last?.type}`);
    expect(last.requestId).toBe(7);
    const want = pathPass(csr, { from: 10, to: 30 });
    expect([...last.sums.betweenness]).toEqual([...want.betweenness]);
    expect([...last.sums.distanceSum]).toEqual([...want.distanceSum]);
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ type: 'progress', phase: 'paths', done: 20, total: 20 });
  });

  it('refuses a whole analysis with an error naming the request', () => {
    const posted: FromWorker[] = [];
    const handle = createPathPartCore((m) => posted.push(m));
    const doc = generateMap({ nodes: 5, seed: 1 });
    handle({ type: 'analyze', requestId: 3, revision: 1, doc, settings: resolveSettings(), parts: 1 });
    expect(posted).toEqual([
      { type: 'error', requestId: 3, message: 'a path-pass helper cannot answer "analyze"' },
    ]);
    handle({ type: 'cancel', requestId: 3 });
    expect(posted).toHaveLength(1);
  });
});
