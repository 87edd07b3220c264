// The `carewealth` command: the dispatcher and the process entry. The build bundles this file into
// dist-cli/carewealth.mjs, which package.json names as the `carewealth` bin, and each command's
// code into chunks beside it (see scripts/build-cli.ts), loaded only when that command runs
// (registry.ts); the same file started as a worker thread serves the analysis's path pass
// (analysisThread.ts). The CLI reads and writes files with the same io and model code as the app,
// and never imports the store, the views or React.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';

import { ANALYSIS_THREAD, serveAnalysis, threadStarter } from './analysisThread';
import { printHelp } from './args';
import type { WorkerLike } from '../analysis/protocol';
import { ANALYZE, COMMANDS } from './registry';
import { type CliContext, type Command, EXIT } from './types';

export { COMMANDS } from './registry';

/** The general usage text: synopsis, then one line per command. */
export function usageLines(commands: readonly Command[] = COMMANDS): string[] {
  const width = Math.max(...commands.map((c) => c.name.length), 4) + 2;
  return [
    'usage: carewealth <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}show this list, or one command's usage: carewealth help <command>`,
  ];
}

/**
 * Run the CLI with the words after `carewealth` and resolve to the exit code: 0 done, 1 the
 * input was bad, 2 the command line was wrong. `help`/`--help` print usage and exit 0.
 */
export async function runCli(
  argv: readonly string[],
  ctx: CliContext,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = commands.find((c) => c.name === topic);
    if (topic !== undefined && command === undefined) {
      ctx.err(`carewealth: no command "${topic}"`);
      usageLines(commands).forEach((l) => ctx.err(l));
      return EXIT.usage;
    }
    // `help <command>` prints from the registry, without loading the command.
    if (command !== undefined) printHelp(command, ctx);
    else usageLines(commands).forEach((l) => ctx.out(l));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    if (name !== undefined) ctx.err(`carewealth: unknown command "${name}"`);
    usageLines(commands).forEach((l) => ctx.err(l));
    return EXIT.usage;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    // Readers never throw on bad input; anything that gets here is a bug, so show the stack.
    ctx.err(`carewealth ${command.name}: internal error`);
    ctx.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.failed;
  }
}

/**
 * Lines to the real streams; a closed pipe (`| head`) is not an error. `thread` is an analysis
 * thread started already (see below), handed to the first command that asks for one.
 */
function processContext(thread: WorkerLike | undefined): CliContext {
  let spare = thread;
  const startThread = threadStarter(import.meta.url);
  // Encoded here, not by the stream: Node 20's own UTF-8 encoding of a string with any character
  // beyond Latin-1 (a dash, an accent) runs at about 100 MB/s, TextEncoder's at several times
  // that; the 5 MB of `analyze --json` on a 5,000-node map took 50–100 ms to encode.
  const encoder = new TextEncoder();
  const write = (stream: NodeJS.WriteStream) => (line: string) => {
    stream.write(encoder.encode(`${line}\n`));
  };
  process.stdout.on('error', () => undefined);
  const status = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
  return {
    // npm run sets INIT_CWD to where the user typed the command; resolve their paths from there.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    out: write(process.stdout),
    err: write(process.stderr),
    outIsTerminal: process.stdout.isTTY === true,
    startAnalysisThread: () => {
      const started = spare ?? startThread();
      spare = undefined;
      return started;
    },
    ...(status !== undefined ? { progress: status } : {}),
  };
}

/**
 * Whether this module is the program node was asked to run. npm installs every bin as a symlink
 * (and `npm link` adds another), so both sides are resolved to real paths before comparing:
 * compared as written, a command started through a link did nothing and exited 0.
 */
function isProgram(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === ANALYSIS_THREAD) {
  await serveAnalysis();
} else if (isMainThread && isProgram()) {
  // `analyze` will want its second thread before it reads the file: started before the command's
  // code loads, the thread's own start (a tenth of a second or more) overlaps that loading. A
  // command that ends without taking it (a usage error) must not leave it keeping the process up.
  const thread = process.argv[2] === ANALYZE.name ? threadStarter(import.meta.url)() : undefined;
  const ctx = processContext(thread);
  process.exitCode = await runCli(process.argv.slice(2), ctx);
  thread?.terminate();
}
