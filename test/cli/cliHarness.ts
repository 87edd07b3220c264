// Helpers for the CLI tests: a temporary folder of hand-made map files and a context that
// records what a command prints, line by line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { CliContext } from '../../src/cli/types';

export interface Captured extends CliContext {
  readonly stdout: string[];
  readonly stderr: string[];
}

/** A context rooted at `cwd` whose output is kept in arrays. */
export function capture(cwd: string): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** A fresh temporary folder; `cleanup` removes it. */
export async function tempDir(): Promise<{
  dir: string;
  put: (name: string, text: string) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'carewealth-cli-'));
  return {
    dir,
    put: async (name, text) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
