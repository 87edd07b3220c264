// Shared argument parsing for commands: node:util parseArgs in strict mode, with a usage message
// instead of a stack trace when the command line is wrong.
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { type CliContext, type Command, type CommandInfo, EXIT } from './types';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Print a command's usage lines to the error stream, after an optional reason. */
export function printUsage(command: CommandInfo, ctx: CliContext, reason?: string): void {
  if (reason !== undefined) ctx.err(`carewealth ${command.name}: ${reason}`);
  for (const line of command.usage) ctx.err(`usage: carewealth ${line}`);
}

/**
 * Parse a command's arguments, or say which exit code to end with instead: EXIT.usage (after
 * printing usage) when an option is unknown or malformed, EXIT.ok (after printing help) for
 * `--help` / `-h`, which every command accepts.
 */
function parseCommandArgs(
  command: CommandInfo,
  args: readonly string[],
  options: Options,
  ctx: CliContext,
): ParsedArgs | number {
  let parsed: ParsedArgs;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    parsed = { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    printUsage(command, ctx, error instanceof Error ? error.message : String(error));
    return EXIT.usage;
  }
  if (parsed.values.help !== true) return parsed;
  printHelp(command, ctx);
  return EXIT.ok;
}

/** Print usage lines to the normal stream, for an explicit `--help`. */
export function printHelp(command: CommandInfo, ctx: CliContext): void {
  ctx.out(`carewealth ${command.name}: ${command.summary}`);
  for (const line of command.usage) ctx.out(`usage: carewealth ${line}`);
}

/**
 * A command from its registry info, the options it takes besides `--help`, and what it does with
 * the parsed arguments. `run` is reached only when the arguments parse and do not ask for help.
 */
export function defineCommand(
  info: CommandInfo,
  options: Options,
  run: (parsed: ParsedArgs, ctx: CliContext) => Promise<number>,
): Command {
  return {
    ...info,
    async run(args, ctx) {
      const parsed = parseCommandArgs(info, args, options, ctx);
      return typeof parsed === 'number' ? parsed : run(parsed, ctx);
    },
  };
}
