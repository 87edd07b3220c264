// `carewealth diff A B`: files and FILE#SNAPSHOT (by id and by name), the readable summary, the
// JSON shape, confirmed matches, and the refusals (unknown snapshot, bad options). The numbers
// come from the hand-worked pair in test/fixtures/compare (see test/analysis/compare.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { DiffResult } from '../../src/analysis';
import { diffCommand, splitStateArg } from '../../src/cli/commands/diff';
import { runCli } from '../../src/cli/main';
import { type CareMap, loadCareMap, takeSnapshot } from '../../src/model';
import { capture, tempDir } from './cliHarness';
import { json } from './fixtures';

function fixtureText(name: string): string {
  return readFileSync(
    path.join(import.meta.dirname, '..', 'fixtures', 'compare', `${name}.carewealth.json`),
    'utf8',
  );
}

function fixture(name: string): CareMap {
  const r = loadCareMap(JSON.parse(fixtureText(name)));
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** The "after" map holding the "before" state as a snapshot called "Launch workshop". */
function withSnapshot(): CareMap {
  const before = fixture('community-before');
  const after = fixture('community-after');
  const r = takeSnapshot(before, {
    id: 'snap-launch',
    label: 'Launch workshop',
    takenAt: '2025-03-15',
    event: 'workshop',
  });
  if (!r.ok) throw new Error('snapshot');
  return { ...after, snapshots: r.value.doc.snapshots };
}

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
  await tmp.put('before.carewealth.json', fixtureText('community-before'));
  await tmp.put('after.carewealth.json', fixtureText('community-after'));
  await tmp.put('over-time.carewealth.json', json(withSnapshot()));
});
afterEach(async () => {
  await tmp.cleanup();
});

async function run(...args: string[]) {
  const ctx = capture(tmp.dir);
  const code = await diffCommand.run(args, ctx);
  return { code, out: ctx.stdout, err: ctx.stderr };
}

describe('diff --json', () => {
  it('compares two files with the documented shape', async () => {
    const { code, out, err } = await run('before.carewealth.json', 'after.carewealth.json', '--json');
    expect([code, err]).toEqual([0, []]);
    const r = JSON.parse(out.join('\n')) as DiffResult;
    expect(Object.keys(r)).toEqual([
      'formatVersion',
      'a',
      'b',
      'matching',
      'changes',
      'indicators',
      'waves',
      'findings',
    ]);
    expect(r.formatVersion).toBe(1);
    expect(r.a).toEqual({
      label: 'Compare fixture',
      date: '2025-03-15',
      event: null,
      source: 'before.carewealth.json',
      mapId: 'map-compare-fixture',
      title: 'Compare fixture',
      scope: 'community',
      nodes: 10,
      ties: 9,
    });
    expect([
      r.changes.nodes.added,
      r.changes.nodes.removed,
      r.changes.ties.added.length,
      r.changes.ties.removed,
    ]).toEqual([['N', 'Q'], ['G', 'J'], 6, ['c3', 'c4', 'c6']]);
    expect(r.waves).toMatchObject({ ties: { kept: 6, gained: 6, lost: 3 }, hamming: 9, jaccard: 0.4 });
    expect(r.findings[0]?.sentence).toBe(
      "Tenants' WhatsApp Mutual Aid has gone: 2 receivers lost their only informal tie (Mr H. and Mrs K.).",
    );
  });

  it('reads a snapshot by name or by id against the map that holds it', async () => {
    const byName = await run(
      'over-time.carewealth.json#launch WORKSHOP',
      'over-time.carewealth.json',
      '--json',
    );
    const byId = await run('over-time.carewealth.json#snap-launch', 'over-time.carewealth.json', '--json');
    expect([byName.code, byId.code]).toEqual([0, 0]);
    const r = JSON.parse(byName.out.join('\n')) as DiffResult;
    expect(r.a).toMatchObject({
      label: 'Launch workshop',
      date: '2025-03-15',
      event: 'workshop',
      source: 'over-time.carewealth.json#snap-launch',
      nodes: 10,
      ties: 9,
    });
    expect(r.b).toMatchObject({ source: 'over-time.carewealth.json', nodes: 10, ties: 12, event: null });
    // The same comparison as between the two files, whichever way the snapshot is named.
    const files = JSON.parse(
      (await run('before.carewealth.json', 'after.carewealth.json', '--json')).out.join('\n'),
    ) as DiffResult;
    expect(r.changes).toEqual(files.changes);
    expect(JSON.parse(byId.out.join('\n'))).toEqual(r);
  });

  it('applies matches confirmed with --match and reports those it cannot apply', async () => {
    const { code, out } = await run(
      'before.carewealth.json',
      'after.carewealth.json',
      '--json',
      '--match',
      'J=N',
      '--match',
      'G=Q',
      '--match',
      'O=N',
    );
    expect(code).toBe(0);
    const r = JSON.parse(out.join('\n')) as DiffResult;
    expect(r.matching).toMatchObject({
      byId: 8,
      confirmed: 2,
      pairs: [
        { a: 'G', b: 'Q', how: 'confirmed' },
        { a: 'J', b: 'N', how: 'confirmed' },
      ],
    });
    expect(r.matching.refused).toEqual([{ a: 'O', b: 'N', reason: '"O" is already matched to "O"' }]);
    expect([r.changes.nodes.added, r.changes.nodes.removed]).toEqual([[], []]);
  });
});

describe('diff, the readable summary', () => {
  it('names both states, counts, the findings, the indicators and the waves', async () => {
    const { code, out } = await run('over-time.carewealth.json#Launch workshop', 'over-time.carewealth.json');
    expect(code).toBe(0);
    expect(out[0]).toBe(
      'A: Launch workshop (workshop, 2025-03-15) — over-time.carewealth.json#snap-launch: 10 nodes, 9 ties',
    );
    expect(out[1]).toBe('B: Compare fixture (2025-09-15) — over-time.carewealth.json: 10 nodes, 12 ties');
    expect(out[2]).toBe('matched: 8 by id, 0 by label and kind, 0 confirmed; 0 possible matches to confirm');
    expect(out[3]).toBe('nodes: +2 −2, 3 changed · ties: +6 −3, 2 changed');
    expect(out).toContain(
      '  - Maud now gives 14 hours a week, up from 8, over their capacity of 10. Now overstretched.',
    );
    expect(out.some((l) => /^ {2}Offering share +30\.0% +20\.0% +−10\.0 pts$/.test(l))).toBe(true);
    expect(out.some((l) => /^ {2}Components +2 +1 +−1$/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(
      /^Waves: connected pairs kept 6, gained 6, lost 3; Jaccard 0\.4; Hamming 9; Spearman of degree 0\.753, of betweenness -?[0-9.]+$/,
    );
  });

  it('lists the possible matches a person should confirm', async () => {
    await tmp.put('a.carewealth.json', fixtureText('matching-a'));
    await tmp.put('b.carewealth.json', fixtureText('matching-b'));
    const { out } = await run('a.carewealth.json', 'b.carewealth.json');
    const from = out.indexOf('Possible matches, not applied (confirm with --match A_ID=B_ID):');
    expect(from).toBeGreaterThan(0);
    expect(out.slice(from + 1, from + 3)).toEqual([
      '  a2 "Larkspur Library" (space) = b2 "Larkspur Library" (organisation): same label, another kind',
      '  a4 "Tunde" (person) = b4 "Tunde O." (person): similar label',
    ]);
  });
});

describe('diff refuses', () => {
  it('an unknown snapshot, naming the ones the file holds', async () => {
    const { code, err } = await run('over-time.carewealth.json#Final review', 'after.carewealth.json');
    expect(code).toBe(1);
    expect(err).toEqual([
      'FAIL  over-time.carewealth.json#Final review',
      '  no snapshot "Final review"; it holds "Launch workshop" (snap-launch)',
    ]);
  });

  it('a missing file, the wrong number of states, a bad --match or --betweenness', async () => {
    expect((await run('nope.carewealth.json', 'after.carewealth.json')).code).toBe(1);
    expect((await run('after.carewealth.json')).code).toBe(2);
    expect((await run('a', 'b', 'c')).code).toBe(2);
    const bad = await run('before.carewealth.json', 'after.carewealth.json', '--match', 'J');
    expect([bad.code, bad.err[0]]).toEqual([2, 'carewealth diff: --match takes A_ID=B_ID, not "J"']);
    expect(
      (await run('before.carewealth.json', 'after.carewealth.json', '--betweenness', 'sometimes')).code,
    ).toBe(2);
  });
});

describe('FILE#SNAPSHOT', () => {
  it('splits at the last #, unless the whole argument is a file that exists', async () => {
    await tmp.put('odd#name.carewealth.json', fixtureText('community-before'));
    expect(splitStateArg('m.carewealth.json#Six-month review', tmp.dir)).toEqual({
      file: 'm.carewealth.json',
      snapshot: 'Six-month review',
    });
    expect(splitStateArg('odd#name.carewealth.json', tmp.dir)).toEqual({
      file: 'odd#name.carewealth.json',
      snapshot: null,
    });
    expect(splitStateArg('odd#name.carewealth.json#s1', tmp.dir)).toEqual({
      file: 'odd#name.carewealth.json',
      snapshot: 's1',
    });
    expect((await run('odd#name.carewealth.json', 'after.carewealth.json')).code).toBe(0);
  });

  it('is listed by the dispatcher, with its usage', async () => {
    const ctx = capture(tmp.dir);
    expect(await runCli(['help', 'diff'], ctx)).toBe(0);
    expect(ctx.stdout[1]).toBe(
      'usage: carewealth diff A B [--json] [--match A_ID=B_ID]... [--betweenness auto|always|never]',
    );
  });
});
