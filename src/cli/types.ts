// The shape of a CLI command and of the world it runs in. Commands never touch `process` directly:
// they get their arguments, a working directory and two line writers, and return an exit code, so
// tests can run them in-process and assert exact output.
import type { WorkerLike } from '../analysis/protocol';

/** Where a command writes and which directory relative paths are resolved against. */
export interface CliContext {
  /** Absolute directory that relative file arguments are resolved against. */
  readonly cwd: string;
  /** Write one line of normal output (no trailing newline needed). */
  readonly out: (line: string) => void;
  /** Write one line of diagnostics (problems, refusals). */
  readonly err: (line: string) => void;
  /**
   * Whether normal output goes to a terminal, where a person reads it, rather than to a pipe or a
   * file, where a program does; absent means not a terminal. `--json` is indented only for a
   * person: a program gets the same JSON without the whitespace, about a third less to write.
   */
  readonly outIsTerminal?: boolean;
  /**
   * Start a thread that can take part of the analysis's path pass (the command line's second
   * core). Absent when commands run inside another program (tests): the analysis then stays in
   * this thread.
   */
  readonly startAnalysisThread?: () => WorkerLike;
  /** Show how far a long step has got (the terminal's status line); absent when nobody watches. */
  readonly progress?: (line: string) => void;
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Everything worked. */
  ok: 0,
  /** The command ran but the input was bad (invalid file, refused overwrite). */
  failed: 1,
  /** The command line itself was wrong (unknown command or option, missing argument). */
  usage: 2,
} as const;

/** What `help` knows of a command without loading it (see registry.ts). */
export interface CommandInfo {
  /** The word typed after `carewealth`, e.g. `validate`. */
  readonly name: string;
  /** One line for the command list, e.g. `check files and report problems`. */
  readonly summary: string;
  /** Usage lines shown by `carewealth help <name>` and on a usage error, e.g. `validate FILE...`. */
  readonly usage: readonly string[];
}

/**
 * One entry of the command registry (registry.ts). To add a command, write
 * `src/cli/commands/<name>.ts` exporting a `Command` (made with `defineCommand` in args.ts), and
 * list its info and loader in registry.ts.
 */
export interface Command extends CommandInfo {
  /** Run with the arguments after the command name; resolve to an exit code (see EXIT). */
  readonly run: (args: readonly string[], ctx: CliContext) => Promise<number>;
}
