// The dispatcher: help and usage, unknown commands, the registry as the one place commands are
// added, and one real run of `tsx src/cli/main.ts` as a separate process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { COMMANDS, runCli } from '../../src/cli/main';
import type { Command } from '../../src/cli/types';
import { capture, tempDir } from './cliHarness';
import { json, smallMap } from './fixtures';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => {
  await tmp.cleanup();
});

describe('runCli', () => {
  it('registers validate, convert and stats first, in that order', () => {
    expect(COMMANDS.map((c) => c.name).slice(0, 3)).toEqual(['validate', 'convert', 'stats']);
  });

  it('prints the command list for help and --help and exits 0', async () => {
    for (const word of ['help', '--help', '-h']) {
      const ctx = capture(tmp.dir);
      expect(await runCli([word], ctx)).toBe(0);
      expect(ctx.stdout[0]).toBe('usage: carewealth <command> [options]');
      expect(ctx.stdout.some((l) => /^ {2}validate +check map files/.test(l))).toBe(true);
      expect(ctx.stderr).toEqual([]);
    }
  });

  it('prints one command usage for `help <command>` and `<command> --help`', async () => {
    const a = capture(tmp.dir);
    expect(await runCli(['help', 'stats'], a)).toBe(0);
    const b = capture(tmp.dir);
    expect(await runCli(['stats', '--help'], b)).toBe(0);
    expect(a.stdout).toEqual(b.stdout);
    expect(a.stdout[1]).toBe(
      'usage: carewealth stats FILE [--json]   (a CSV pair may be given as two files or a.csv,b.csv)',
    );
  });

  it('exits 2 with usage on stderr for no command, an unknown one, or help on an unknown one', async () => {
    const none = capture(tmp.dir);
    expect(await runCli([], none)).toBe(2);
    expect(none.stderr[0]).toBe('usage: carewealth <command> [options]');
    const unknown = capture(tmp.dir);
    expect(await runCli(['frobnicate', 'x'], unknown)).toBe(2);
    expect(unknown.stderr[0]).toBe('carewealth: unknown command "frobnicate"');
    expect(unknown.stdout).toEqual([]);
    expect(await runCli(['help', 'frobnicate'], capture(tmp.dir))).toBe(2);
  });

  it('dispatches to any registered command with the remaining arguments', async () => {
    const seen: string[][] = [];
    const echo: Command = {
      name: 'echo',
      summary: 'say the arguments back',
      usage: ['echo WORD...'],
      run: async (args, ctx) => {
        seen.push([...args]);
        ctx.out(args.join(' '));
        return 0;
      },
    };
    const ctx = capture(tmp.dir);
    expect(await runCli(['echo', 'care', 'wealth'], ctx, [echo])).toBe(0);
    expect(seen).toEqual([['care', 'wealth']]);
    expect(ctx.stdout).toEqual(['care wealth']);
  });

  it('turns an unexpected throw into exit 1 and a message', async () => {
    const boom: Command = {
      name: 'boom',
      summary: '',
      usage: [],
      run: () => Promise.reject(new Error('kaboom')),
    };
    const ctx = capture(tmp.dir);
    expect(await runCli(['boom'], ctx, [boom])).toBe(1);
    expect(ctx.stderr[0]).toBe('carewealth boom: internal error');
    expect(ctx.stderr[1]).toMatch(/^Error: kaboom/);
  });
});

describe('tsx src/cli/main.ts as a process', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  // Without INIT_CWD (set by npm) the CLI resolves paths from its own working directory.
  const { INIT_CWD: _npmCwd, ...env } = process.env;

  it('validates a file, prints to stdout and sets the exit code', async () => {
    await tmp.put('good.carewealth.json', json(smallMap()));
    const good = spawnSync(tsx, [path.join(root, 'src/cli/main.ts'), 'validate', 'good.carewealth.json'], {
      cwd: tmp.dir,
      env,
      encoding: 'utf8',
    });
    expect(good.status).toBe(0);
    expect(good.stdout).toBe('OK  good.carewealth.json  (3 nodes, 2 ties)\n');
    const unknown = spawnSync(tsx, [path.join(root, 'src/cli/main.ts'), 'frobnicate'], {
      cwd: tmp.dir,
      env,
      encoding: 'utf8',
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('carewealth: unknown command "frobnicate"');
  }, 60_000);
});
