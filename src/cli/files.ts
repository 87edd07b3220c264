// Turning command-line file arguments into the FileInput groups that io's readers take. Most
// formats are one file, but a CSV map is a pair (a nodes table and a ties table), so arguments
// are grouped: explicitly with a comma (`a.csv,b.csv`), or by name (`foo-nodes.csv` with
// `foo-ties.csv`, `elements.csv` with `connections.csv`). Reading never throws: an unreadable file
// becomes a problem naming it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import type { ReadMapOptions } from '../io';
import { tooBigMessage } from '../io/guard';
import { NATIVE_EXTENSION } from '../io/native';
import { type FileInput, MAX_FILE_BYTES } from '../io/types';
import { type CareMap, formatProblem, type Problem, problem, type Result } from '../model';
import { printUsage } from './args';
import type { CliContext, CommandInfo } from './types';

/** Files that make up one map, as the user named them. */
export interface FileGroup {
  /** The paths as typed (relative to the working directory or absolute). */
  readonly paths: readonly string[];
  /** How the group is shown in messages: the paths joined with ` + `. */
  readonly display: string;
}

/** Name endings that mark the nodes half and the ties half of a CSV pair. */
const NODE_WORDS = ['nodes', 'elements'];
const TIE_WORDS = ['ties', 'connections', 'edges'];
const PAIR_NAME = /^(.*?)[-_. ]?(nodes|elements|ties|connections|edges)(\.kumu)?\.csv$/i;

interface PairPart {
  readonly key: string;
  readonly half: 'nodes' | 'ties';
}

/** For `dir/foo-nodes.csv` the pair key `dir/foo` and the half `nodes`; undefined for other files. */
function pairPart(file: string): PairPart | undefined {
  const match = PAIR_NAME.exec(path.basename(file));
  if (match === null) return undefined;
  const stem = (match[1] ?? '').toLowerCase();
  const word = (match[2] ?? '').toLowerCase();
  const key = `${path.dirname(file)}/${stem}`;
  if (NODE_WORDS.includes(word)) return { key, half: 'nodes' };
  if (TIE_WORDS.includes(word)) return { key, half: 'ties' };
  return undefined;
}

function group(paths: readonly string[]): FileGroup {
  return { paths, display: paths.join(' + ') };
}

/**
 * Split arguments into map groups, in the order they were given. An argument holding commas is
 * one explicit group. CSV files named as the two halves of a pair with the same stem in the same
 * folder are joined (nodes half first); any other file stands alone.
 */
export function groupFileArgs(args: readonly string[]): FileGroup[] {
  const singles = args.filter((a) => !a.includes(','));
  const halves = new Map<string, { nodes: string[]; ties: string[] }>();
  for (const file of singles) {
    const part = pairPart(file);
    if (part === undefined) continue;
    const entry = halves.get(part.key) ?? { nodes: [], ties: [] };
    entry[part.half].push(file);
    halves.set(part.key, entry);
  }
  const paired = new Map<string, readonly string[]>();
  for (const { nodes, ties } of halves.values()) {
    // Only an unambiguous pair (one of each half) is joined; anything else is read file by file.
    if (nodes.length === 1 && ties.length === 1) {
      const pair = [nodes[0] as string, ties[0] as string];
      paired.set(pair[0] as string, pair);
      paired.set(pair[1] as string, pair);
    }
  }
  const groups: FileGroup[] = [];
  const done = new Set<string>();
  for (const arg of args) {
    if (arg.includes(',')) {
      groups.push(group(arg.split(',').filter((p) => p !== '')));
      continue;
    }
    if (done.has(arg)) continue;
    const pair = paired.get(arg);
    if (pair !== undefined) {
      pair.forEach((p) => done.add(p));
      groups.push(group(pair));
    } else {
      done.add(arg);
      groups.push(group([arg]));
    }
  }
  return groups;
}

/**
 * The one map `args` name (a file, or a CSV pair); undefined, after printing the command's usage
 * with `reason`, when they name none or several.
 */
export function oneMapGroup(
  args: readonly string[],
  command: CommandInfo,
  ctx: CliContext,
  reason = 'needs exactly one map',
): FileGroup | undefined {
  const groups = groupFileArgs(args);
  const g = groups[0];
  if (g !== undefined && groups.length === 1) return g;
  printUsage(command, ctx, reason);
  return undefined;
}

function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Read every file of a group from disk, relative to `cwd`. Each FileInput is named by the file's
 * base name (what format detection and readers see). Files over MAX_FILE_BYTES are refused before
 * they are read.
 */
export async function readGroup(
  g: FileGroup,
  cwd: string,
): Promise<{ ok: true; files: FileInput[] } | { ok: false; problems: Problem[] }> {
  const files: FileInput[] = [];
  const problems: Problem[] = [];
  for (const p of g.paths) {
    const full = path.resolve(cwd, p);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        problems.push(problem('', 'is a folder, not a file', { file: p }));
        continue;
      }
      if (info.size > MAX_FILE_BYTES) {
        problems.push(problem('', tooBigMessage(info.size), { file: p }));
        continue;
      }
      const bytes = await readFile(full);
      files.push({
        name: path.basename(p),
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      });
    } catch (error) {
      problems.push(problem('', `cannot read: ${describeError(error)}`, { file: p }));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

/** Bytes as a short human figure: `812 B`, `14.2 kB`, `3.4 MB` (decimal units, 1 kB = 1000 B). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/**
 * io's readMapFiles, loaded on first use; a lone native file is read with the native reader alone
 * (as readMapFiles would read it), so the other formats' code (the XML, zip and CSV parsers) is
 * neither loaded nor compiled for it.
 */
async function readMap(files: readonly FileInput[], options: ReadMapOptions): Promise<Result<CareMap>> {
  const only = files.length === 1 ? files[0] : undefined;
  if (only !== undefined && options.format === undefined && only.name.toLowerCase().endsWith(NATIVE_EXTENSION)) {
    return (await import('../io/native')).readNativeFile(only, options);
  }
  return (await import('../io')).readMapFiles(files, options);
}

/**
 * Read one group of files as a map, for commands that take a single map. On failure prints
 * `FAIL  <name>` and one line per problem to stderr and returns undefined.
 */
export async function readOneMap(
  g: FileGroup,
  ctx: CliContext,
  options: ReadMapOptions = {},
): Promise<{ value: CareMap; warnings: readonly Problem[] } | undefined> {
  const read = await readGroup(g, ctx.cwd);
  const result = read.ok ? await readMap(read.files, options) : read;
  if (result.ok) return result;
  ctx.err(`FAIL  ${g.display}`);
  for (const p of result.problems) ctx.err(`  ${formatProblem(p)}`);
  return undefined;
}
