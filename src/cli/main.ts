// The `carewealth` command line (run with `npm run carewealth -- <command> ...`). This file holds
// the command registry and the dispatcher; each command lives in ./commands/<name>.ts. The CLI
// reads and writes files with the same io and model code as the app, and never imports the
// store, the views or React.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { analyzeCommand } from './commands/analyze';
import { convertCommand } from './commands/convert';
import { diffCommand } from './commands/diff';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';
import { type CliContext, type Command, EXIT } from './types';

/**
 * Every command, in the order `help` lists them. To add one (analyze, diff), write
 * ./commands/<name>.ts exporting a `Command` and add it here: nothing else needs to change.
 */
export const COMMANDS: readonly Command[] = [validateCommand, convertCommand, statsCommand, analyzeCommand, diffCommand];

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
    if (command !== undefined) return command.run(['--help'], ctx);
    usageLines(commands).forEach((l) => ctx.out(l));
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

/** Lines to the real streams; a closed pipe (`| head`) is not an error. */
function processContext(): CliContext {
  const write = (stream: NodeJS.WriteStream) => (line: string) => {
    stream.write(`${line}\n`);
  };
  process.stdout.on('error', () => undefined);
  return { cwd: process.cwd(), out: write(process.stdout), err: write(process.stderr) };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  // npm run sets INIT_CWD to where the user typed the command; resolve their paths from there.
  const ctx = { ...processContext(), cwd: process.env.INIT_CWD ?? process.cwd() };
  process.exitCode = await runCli(process.argv.slice(2), ctx);
}
