// Shared argument parsing for commands: node:util parseArgs in strict mode, with a usage message
// instead of a stack trace when the command line is wrong.
import { parseArgs, type ParseArgsConfig } from 'node:util';

import type { CliContext, CommandInfo } from './types';

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
 * Parse a command's arguments. Returns undefined (after printing usage) when an option is unknown
 * or malformed. `--help` / `-h` is always accepted and reported in `values.help`.
 */
export function parseCommandArgs(
  command: CommandInfo,
  args: readonly string[],
  options: Options,
  ctx: CliContext,
): ParsedArgs | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    printUsage(command, ctx, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Print usage lines to the normal stream, for an explicit `--help`. */
export function printHelp(command: CommandInfo, ctx: CliContext): void {
  ctx.out(`carewealth ${command.name}: ${command.summary}`);
  for (const line of command.usage) ctx.out(`usage: carewealth ${line}`);
}
