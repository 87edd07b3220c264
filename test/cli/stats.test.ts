// `carewealth stats`: exact counts for a hand-made map (see fixtures.ts for how they add up).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { statsCommand } from '../../src/cli/commands/stats';
import type { MapStats } from '../../src/cli/mapStats';
import { ACTOR_CATEGORIES, NODE_KINDS, PERSON_ROLES, TIE_KINDS } from '../../src/model';
import { capture, tempDir } from './cliHarness';
import { json, statsMap } from './fixtures';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
  await tmp.put('m.carewealth.json', json(statsMap()));
});
afterEach(async () => {
  await tmp.cleanup();
});

const nonZero = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n !== 0);

describe('stats --json', () => {
  it('counts nodes, ties, care formality, mutual ties and locations', async () => {
    const ctx = capture(tmp.dir);
    expect(await statsCommand.run(['m.carewealth.json', '--json'], ctx)).toBe(0);
    const s = JSON.parse(ctx.stdout.join('\n')) as MapStats;
    expect(s.title).toBe('Larkspur test');
    expect(s.scope).toBe('community');
    expect(s.nodes.total).toBe(6);
    expect(s.nodes.byKind).toEqual({ person: 3, group: 1, organisation: 1, space: 1, team: 0, circle: 0 });
    expect(nonZero(s.nodes.byCategory)).toEqual([
      ['grassroots', 1],
      ['statutory', 1],
      ['uncategorised', 1],
    ]);
    expect(nonZero(s.nodes.byRole)).toEqual([
      ['team_owner', 1],
      ['neighbour', 2],
      ['volunteer', 1],
    ]);
    expect(s.nodes.withLocation).toBe(3);
    expect(s.nodes.withoutLocation).toBe(3);
    expect(s.ties.total).toBe(5);
    expect(nonZero(s.ties.byKind)).toEqual([
      ['care', 4],
      ['hosted_at', 1],
    ]);
    expect(s.ties.mutual).toBe(1);
    expect(s.ties.care).toEqual({ total: 4, formal: 1, informal: 2, unspecified: 1 });
  });

  it('lists every catalogue entry, zeros included, so scripts can rely on the keys', async () => {
    const ctx = capture(tmp.dir);
    await statsCommand.run(['--json', 'm.carewealth.json'], ctx);
    const s = JSON.parse(ctx.stdout.join('\n')) as MapStats;
    expect(Object.keys(s.nodes.byKind)).toEqual(NODE_KINDS.map((k) => k.id));
    expect(Object.keys(s.nodes.byCategory)).toEqual([...ACTOR_CATEGORIES.map((c) => c.id), 'uncategorised']);
    expect(Object.keys(s.nodes.byRole)).toEqual(PERSON_ROLES.map((r) => r.id));
    expect(Object.keys(s.ties.byKind)).toEqual(TIE_KINDS.map((k) => k.id));
  });
});

describe('stats (text)', () => {
  it('prints an aligned table without zero rows', async () => {
    const ctx = capture(tmp.dir);
    expect(await statsCommand.run(['m.carewealth.json'], ctx)).toBe(0);
    expect(ctx.stdout).toEqual([
      'Larkspur test (community map)',
      '',
      'Nodes                             6',
      '  with a location                 3',
      '  without a location              3',
      '',
      'Nodes by kind',
      '  person                          3',
      '  group                           1',
      '  organisation                    1',
      '  space                           1',
      '',
      'Collectives by category',
      '  grassroots                      1',
      '  statutory                       1',
      '  uncategorised                   1',
      '',
      'People by role (one person may hold several)',
      '  team_owner                      1',
      '  neighbour                       2',
      '  volunteer                       1',
      '',
      'Ties                              5',
      '  mutual                          1',
      '',
      'Ties by kind',
      '  care                            4',
      '  hosted_at                       1',
      '',
      'Care ties                         4',
      '  formal                          1',
      '  informal                        2',
      '  unspecified                     1',
    ]);
  });

  it('exits 2 for no map or two unrelated maps, 1 for an unreadable one', async () => {
    expect(await statsCommand.run([], capture(tmp.dir))).toBe(2);
    expect(await statsCommand.run(['a.gexf', 'b.gexf'], capture(tmp.dir))).toBe(2);
    const ctx = capture(tmp.dir);
    expect(await statsCommand.run(['nope.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stderr).toEqual([
      'FAIL  nope.carewealth.json',
      '  nope.carewealth.json: cannot read: no such file',
    ]);
  });
});
