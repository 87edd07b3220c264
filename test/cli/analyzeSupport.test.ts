// `carewealth analyze` on a personal map: after the insights, where the centre's support is thin;
// --json carries the same findings under `support` (null on other maps).
import { describe, expect, it } from 'vitest';

import type { AnalysisResult } from '../../src/analysis';
import { analyzeCommand } from '../../src/cli/commands/analyze';
import { asNodeId, updateMeta } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';
import { capture, tempDir } from './cliHarness';

const personal = updateMeta(
  makeMap(
    [
      person('ada', 'Ada', { careNeeded: ['meals', 'life_admin'] }),
      person('bo', 'Bo', { roles: ['neighbour'] }),
    ],
    [tie('t1', 'bo', 'ada', { careTypes: ['meals'], hoursPerWeek: 3, frequency: 'daily' })],
    "Ada's support network",
  ),
  { scope: 'personal', centreNodeId: asNodeId('ada') },
);

describe('carewealth analyze on a personal map', () => {
  it('prints the support findings after the insights', async () => {
    const tmp = await tempDir();
    await tmp.put('ada.carewealth.json', JSON.stringify(personal));
    const ctx = capture(tmp.dir);
    expect(await analyzeCommand.run(['ada.carewealth.json'], ctx)).toBe(0);
    const at = ctx.stdout.indexOf('support network of Ada (7):');
    expect(at).toBeGreaterThan(ctx.stdout.findIndex((l) => l.startsWith('insights (')));
    expect(ctx.stdout.slice(at + 1)).toEqual([
      '  need        Meals & food: Bo (informal, 3 hours a week, daily).',
      '  gap         Only one person helps Ada with meals & food: Bo.',
      '  gap         Nobody helps Ada with life admin (letters, appointments). Nobody on the map offers it.',
      '  strain      Bo gives 3 of the 3 hours a week of care Ada receives (100.0%).',
      '  balance     Of the 3 hours a week of care Ada receives, 3 (100.0%) are informal and 0 formal, from 1 giver, 1 of them informal.',
      '  balance     Ada gives no care to anyone on this map yet.',
      "  candidate   Bo could join Ada's team: already helps with meals & food.",
    ]);
    await tmp.cleanup();
  });

  it('puts them under `support` in --json, and null on a community map', async () => {
    const tmp = await tempDir();
    await tmp.put('ada.carewealth.json', JSON.stringify(personal));
    await tmp.put('community.carewealth.json', JSON.stringify(updateMeta(personal, { scope: 'community' })));
    const ctx = capture(tmp.dir);
    await analyzeCommand.run(['ada.carewealth.json', '--json'], ctx);
    const result = JSON.parse(ctx.stdout.join('\n')) as AnalysisResult;
    expect(result.support?.centre).toBe('ada');
    expect(result.support?.findings.map((f) => f.type)).toContain('need-one-giver');
    const other = capture(tmp.dir);
    await analyzeCommand.run(['community.carewealth.json', '--json'], other);
    expect((JSON.parse(other.stdout.join('\n')) as AnalysisResult).support).toBeNull();
    await tmp.cleanup();
  });
});
