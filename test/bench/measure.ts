// What the benchmarks share to measure fairly on a shared machine: the load average, this
// process's CPU time, a child process's wall time, CPU time and peak memory (through GNU time
// when it is installed), and the reference libraries (networkx, igraph) run on an edge list by
// scripts/reference/time_reference.py with Debian's /usr/bin/python3.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import type { Csr } from '../../src/analysis';

export const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'reference', 'time_reference.py');
const GNU_TIME = '/usr/bin/time';

/** "1.42 1.10 0.95": the 1, 5 and 15 minute load averages. */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** CPU time of this process in milliseconds (user + system, all threads). */
export function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Milliseconds as "812 ms" or "1.42 s". */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}

/** How far `value` is over `floor`, as "+12%" (or "-5%" under it). */
export function overFloor(value: number, floor: number): string {
  return `${value >= floor ? '+' : ''}${Math.round((value / floor - 1) * 100)}%`;
}

/** The median of some numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** What one run of a child process cost. */
export interface ProcessCost {
  readonly status: number | null;
  /** Wall time, milliseconds. */
  readonly wall: number;
  /** User + system CPU time, milliseconds (NaN without GNU time). */
  readonly cpu: number;
  /** Peak resident memory, bytes (NaN without GNU time). */
  readonly maxRss: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command to its end and measure it; stdout goes to `stdoutFile` when given (big outputs). */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdoutFile?: string } = {},
): ProcessCost {
  const report = path.join(options.cwd ?? process.cwd(), `.time-${process.pid}.txt`);
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-o', report, '-f', '%U %S %M', command, ...args]]
    : [command, [...args]];
  const shell = options.stdoutFile !== undefined;
  const start = performance.now();
  const r = shell
    ? spawnSync('sh', ['-c', `exec "$0" "$@" > ${JSON.stringify(options.stdoutFile)}`, cmd, ...argv], {
        cwd: options.cwd,
        env: options.env,
        encoding: 'utf8',
      })
    : spawnSync(cmd, argv, {
        cwd: options.cwd,
        env: options.env,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
  const wall = performance.now() - start;
  let cpu = NaN;
  let maxRss = NaN;
  if (gnu && existsSync(report)) {
    const [user, system, rss] =
      readFileSync(report, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
    cpu = ((user ?? NaN) + (system ?? NaN)) * 1000;
    maxRss = (rss ?? NaN) * 1024;
    spawnSync('rm', ['-f', report]);
  }
  return { status: r.status, wall, cpu, maxRss, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The run with the median wall time of `runs` runs. */
export function medianRun(runs: number, once: () => ProcessCost): ProcessCost {
  const all = Array.from({ length: runs }, once).sort((a, b) => a.wall - b.wall);
  return all[Math.floor(all.length / 2)] as ProcessCost;
}

/** Write a CSR's undirected edges as "n m" then one "a b" line per edge (time_reference.py's input). */
export function exportEdges(csr: Csr, file: string): void {
  const lines: string[] = [];
  for (let a = 0; a < csr.n; a++) {
    for (let j = csr.offsets[a] as number; j < (csr.offsets[a + 1] as number); j++) {
      const b = csr.targets[j] as number;
      if (a < b) lines.push(`${a} ${b}`);
    }
  }
  writeFileSync(file, `${csr.n} ${lines.length}\n${lines.join('\n')}\n`);
}

/** What a reference library took: CPU seconds and wall seconds per step, and its betweenness. */
export interface ReferenceResult {
  readonly seconds: Record<string, number>;
  readonly wall: Record<string, number>;
  readonly betweenness: number[];
}

/**
 * Time igraph's betweenness (C core) or networkx's betweenness + closeness + PageRank on the
 * graph; null (with a line saying why) when Python or the library is missing.
 */
export function runReference(mode: 'igraph' | 'networkx', csr: Csr, dir: string): ReferenceResult | null {
  if (!existsSync(PYTHON)) {
    console.log(`  (${mode} unavailable: ${PYTHON} is missing)`);
    return null;
  }
  const edges = path.join(dir, `${mode}-${csr.n}.txt`);
  const out = path.join(dir, `${mode}-${csr.n}.json`);
  exportEdges(csr, edges);
  try {
    execFileSync(PYTHON, [SCRIPT, mode, edges, out], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 900_000,
    });
    return JSON.parse(readFileSync(out, 'utf8')) as ReferenceResult;
  } catch (error) {
    console.log(
      `  (${mode} unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
    return null;
  }
}

/** Largest absolute difference between two arrays of numbers. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)));
  return d;
}
