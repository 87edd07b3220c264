// Shared argument parsing for commands: node:util parseArgs in strict mode, with a usage message
// instead of a stack trace when the command line is wrong.
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { type CliContext, type CommandInfo, EXIT } from './types';

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
export function parseCommandArgs(
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
