// The analysis thread's head start (src/cli/headStart.ts), with an in-process stand-in for the
// thread that answers its messages on a later task, as a real one does, and can be held part-way
// through the head start: kept when the valid map gives the same graph (whatever share the thread
// took early, every source counted once), dropped when it does not, and absent when not started.
import { describe, expect, it } from 'vitest';

import {
  type AnalysisResult,
  analyzeMap,
  analyzeToEnd,
  createInlineWorker,
  type FromWorker,
  pathPass,
  resolveSettings,
  type ToWorker,
  type WorkerLike,
} from '../../src/analysis';
import { createPathPartCore } from '../../src/analysis/pathPart';
import { headStart } from '../../src/cli/headStart';
import type { CareMap } from '../../src/model';
import { generateMap } from '../helpers/generateMap';

const settings = resolveSettings();

/**
 * A stand-in for the analysis thread. The first `early` positions of the head start (rounded up to
 * the 4 a thread claims at a time) are run at once, as if the thread had got that far when the
 * split came, with their answer held back until its next message; with `early` null the head start
 * waits like any other message (the thread had not begun it). Everything else is answered on a
 * later task.
 */
function fakeThread(early: number | null): WorkerLike & { readonly received: ToWorker[] } {
  const received: ToWorker[] = [];
  let held: FromWorker[] = [];
  const thread = {
    received,
    onmessage: null as WorkerLike['onmessage'],
    postMessage(message: ToWorker) {
      received.push(message);
      if (early !== null && message.requestId === 0 && message.type === 'pathPart' && message.claim !== undefined) {
        let done = 0;
        const sums = pathPass(message.csr, {
          claim: message.claim,
          from: message.from,
          to: message.to,
          progressEvery: 4,
          onProgress: (d) => {
            done = d;
          },
          shouldStop: () => done >= early,
        });
        held = [{ type: 'pathSums', requestId: message.requestId, sums }];
        return;
      }
      setTimeout(() => {
        for (const data of held) thread.onmessage?.({ data });
        held = [];
        handle(message);
      }, 0);
    },
    terminate() {},
  };
  const handle = createPathPartCore((data) => thread.onmessage?.({ data }));
  return thread;
}

function analyzeWith(doc: CareMap, raw: unknown, thread: WorkerLike): Promise<AnalysisResult> {
  const early = headStart(thread, 100);
  early.start(raw, settings);
  return analyzeToEnd(doc, settings, {
    createWorker: () => createInlineWorker({ replyAtOnce: true }),
    createHelper: () => early.helper,
    splitFrom: 100,
  });
}

/**
 * The same result as one thread's, but for the last bits that another order of the path sums
 * changes (in the path measures and the numbers insights quote from them): same shape, same
 * strings, numbers within 1e-12 of each other.
 */
function expectSameResult(got: unknown, want: unknown, at = 'result'): void {
  if (typeof want === 'number' && typeof got === 'number') {
    expect(Math.abs(got - want), at).toBeLessThan(1e-12);
  } else if (typeof want === 'object' && want !== null && typeof got === 'object' && got !== null) {
    expect(Object.keys(got), at).toEqual(Object.keys(want));
    for (const [key, value] of Object.entries(want)) {
      expectSameResult((got as Record<string, unknown>)[key], value, `${at}.${key}`);
    }
  } else expect(got, at).toEqual(want);
}

describe('the analysis thread’s head start', () => {
  const doc = generateMap({ nodes: 300, tiesPerNode: 2, seed: 11 });
  const want = analyzeMap(doc, settings);
  // A parsed file is another object than the valid map made of it.
  const raw: unknown = JSON.parse(JSON.stringify(doc));

  it.each([null, 4, 100, 300])('is kept when the graph matches, after %s sources run early', async (early) => {
    const thread = fakeThread(early);
    expectSameResult(await analyzeWith(doc, raw, thread), want);
    const split = thread.received[1];
    expect(split?.type).toBe('pathPart');
    // The split's counter starts after the positions the thread took early.
    if (split?.type === 'pathPart') expect(split.claim?.[0]).toBeGreaterThanOrEqual(early ?? 0);
  });

  it('is dropped when the valid map gives another graph, and its work is not counted', async () => {
    const other = { ...doc, ties: doc.ties.slice(1) };
    const thread = fakeThread(100);
    expectSameResult(await analyzeWith(doc, JSON.parse(JSON.stringify(other)), thread), want);
  });

  it('does not start on a raw value the graph cannot be built from, or on a small map', async () => {
    for (const bad of [null, 'carewealth', { nodes: 7 }, { ...doc, nodes: doc.nodes.slice(0, 50), ties: [] }]) {
      const thread = fakeThread(null);
      expectSameResult(await analyzeWith(doc, bad, thread), want);
      expect(thread.received.map((m) => m.requestId)).not.toContain(0);
    }
  });
});
