// `carewealth validate`: one OK line per good map, the problems of each bad one, exit 1 on any.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { validateCommand } from '../../src/cli/commands/validate';
import { capture, tempDir } from './cliHarness';
import { json, smallMap } from './fixtures';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

describe('validate', () => {
  it('prints OK with the node and tie counts for a valid map', async () => {
    await tmp.put('good.carewealth.json', json(smallMap()));
    const ctx = capture(tmp.dir);
    expect(await validateCommand.run(['good.carewealth.json'], ctx)).toBe(0);
    expect(ctx.stdout).toEqual(['OK  good.carewealth.json  (3 nodes, 2 ties)']);
    expect(ctx.stderr).toEqual([]);
  });

  it('names the file and line of truncated JSON and exits 1', async () => {
    // Cut off inside the first node: the text ends on line 3, and JSON.parse only notices at the end.
    await tmp.put('cut.carewealth.json', '{\n  "type": "carewealth",\n  "nodes": [{"id": "p1"');
    const ctx = capture(tmp.dir);
    expect(await validateCommand.run(['cut.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stdout).toEqual([]);
    expect(ctx.stderr[0]).toBe('FAIL  cut.carewealth.json');
    expect(ctx.stderr[1]).toMatch(/^ {2}cut\.carewealth\.json:3(:\d+)?: /);
  });

  it('reports a tie to a missing node by its path', async () => {
    const doc = smallMap();
    const broken = { ...doc, ties: [{ ...doc.ties[0], target: 'nobody' }] };
    await tmp.put('dangling.carewealth.json', json(broken));
    const ctx = capture(tmp.dir);
    expect(await validateCommand.run(['dangling.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stderr).toEqual([
      'FAIL  dangling.carewealth.json',
      '  dangling.carewealth.json: ties[0].target: no node "nobody"',
    ]);
  });

  it('checks every map, summarises, and fails if any failed (including a missing file)', async () => {
    await tmp.put('good.carewealth.json', json(smallMap()));
    const ctx = capture(tmp.dir);
    expect(await validateCommand.run(['good.carewealth.json', 'missing.carewealth.json'], ctx)).toBe(1);
    expect(ctx.stdout).toEqual([
      'OK  good.carewealth.json  (3 nodes, 2 ties)',
      '2 maps checked: 1 OK, 1 failed',
    ]);
    expect(ctx.stderr).toEqual([
      'FAIL  missing.carewealth.json',
      '  missing.carewealth.json: cannot read: no such file',
    ]);
  });

  it('refuses a folder', async () => {
    const ctx = capture(tmp.dir);
    expect(await validateCommand.run(['.'], ctx)).toBe(1);
    expect(ctx.stderr).toEqual(['FAIL  .', '  .: is a folder, not a file']);
  });

  it('exits 2 with usage when no file or an unknown option is given', async () => {
    const none = capture(tmp.dir);
    expect(await validateCommand.run([], none)).toBe(2);
    expect(none.stderr[0]).toBe('carewealth validate: no files given');
    expect(none.stderr[1]).toMatch(/^usage: carewealth validate FILE\.\.\./);

    const bad = capture(tmp.dir);
    expect(await validateCommand.run(['--strict', 'x.gexf'], bad)).toBe(2);
    expect(bad.stderr[0]).toMatch(/^carewealth validate: Unknown option '--strict'/);
  });
});
