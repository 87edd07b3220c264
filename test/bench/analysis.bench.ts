// Analysis benchmark: the whole analysis on generated maps of 500, 5,000 and 20,000 nodes (about 3
// ties per node), time per step, and the path kernel side by side with graphology-metrics, igraph
// (5,000 nodes) and networkx (2,000 nodes) on the same graphs. igraph and networkx run in a Python
// subprocess (scripts/reference/time_reference.py) on an edge list exported to a temp folder; the
// bench also checks that their betweenness agrees with ours. Prints figures only; no pass/fail.
// Every figure is given as CPU time of this process (user + system) and wall time, with the load
// average: on a shared machine wall time mostly measures the neighbours, CPU time the code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import {
  analyzeMapTimed,
  type Csr,
  finishPaths,
  MeasureContext,
  mergePathSums,
  pathCentrality,
  pathPass,
  resolveSettings,
} from '../../src/analysis';
import { generateMap } from '../helpers/generateMap';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'reference', 'time_reference.py');

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
}

/** CPU time of this process in milliseconds (user + system). */
function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Run fn and return its value with its CPU time (ms); the wall time goes to `lastWall`. */
let lastWall = 0;
function time<T>(fn: () => T): [T, number] {
  const wall = performance.now();
  const start = cpuNow();
  const value = fn();
  const cpu = cpuNow() - start;
  lastWall = performance.now() - wall;
  return [value, cpu];
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function exportEdges(csr: Csr, file: string): void {
  const lines: string[] = [];
  for (let a = 0; a < csr.n; a++) {
    for (let j = csr.offsets[a] as number; j < (csr.offsets[a + 1] as number); j++) {
      const b = csr.targets[j] as number;
      if (a < b) lines.push(`${a} ${b}`);
    }
  }
  writeFileSync(file, `${csr.n} ${lines.length}\n${lines.join('\n')}\n`);
}

interface PythonResult {
  seconds: Record<string, number>;
  betweenness: number[];
}

function python(mode: 'igraph' | 'networkx', csr: Csr, dir: string): PythonResult | null {
  if (!existsSync(PYTHON)) return null;
  const edges = path.join(dir, `${mode}-${csr.n}.txt`);
  const out = path.join(dir, `${mode}-${csr.n}.json`);
  exportEdges(csr, edges);
  try {
    execFileSync(PYTHON, [SCRIPT, mode, edges, out], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 900_000,
    });
    return JSON.parse(readFileSync(out, 'utf8')) as PythonResult;
  } catch (error) {
    console.log(
      `  (${mode} unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
    return null;
  }
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)));
  return d;
}

const STEPS = [
  'graph',
  'careIndex',
  'paths',
  'eigenvector',
  'pagerank',
  'clustering',
  'constraint',
  'coreNumber',
  'careCounts',
  'communities',
  'cutPoints',
  'figures',
  'insights:paths',
  'insights:quick',
];

function wholeAnalysis(nodes: number, paths: boolean, runs = 1): void {
  const doc = generateMap({ nodes, tiesPerNode: 3, seed: 42 });
  const totals: number[] = [];
  const walls: number[] = [];
  let last: ReturnType<typeof analyzeMapTimed> | null = null;
  for (let r = 0; r < runs; r++) {
    const [out, cpu] = time(() => analyzeMapTimed(doc, resolveSettings({ paths }), { clock: cpuNow }));
    totals.push(cpu);
    walls.push(lastWall);
    last = out;
  }
  if (last === null) return;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const steps = STEPS.filter((k) => last.timings[k] !== undefined).map(
    (k) => `${k} ${ms(last.timings[k] as number)}`,
  );
  const label = runs > 1 ? `median of ${runs} runs (first is cold)` : 'one run';
  console.log(
    `- ${nodes} nodes, ${doc.ties.length} ties${paths ? '' : ' (quick: no path measures)'}: whole analysis ${ms(median(totals))} CPU, ${ms(median(walls))} wall, ${label}; ${last.result.insights.length} insights`,
  );
  console.log(`    steps of the last run (CPU): ${steps.join(' · ')}`);
}

/** The path pass split in two halves, as the two workers run it: each half's CPU time and the merge. */
function splitPaths(csr: Csr): void {
  const half = Math.floor(csr.n / 2);
  const [a, ta] = time(() => pathPass(csr, { from: 0, to: half }));
  const [b, tb] = time(() => pathPass(csr, { from: half, to: csr.n }));
  const [, tm] = time(() => finishPaths(csr.n, mergePathSums([a, b])));
  console.log(
    `- ${csr.n} nodes, path pass split for two workers: halves ${ms(ta)} and ${ms(tb)}, merge ${ms(tm)}; on two free cores ≈ ${ms(Math.max(ta, tb) + tm)}`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-bench-'));
  console.log(
    `Load average at start: ${load()} (${process.env['BENCH_NOTE'] ?? 'other jobs may share the machine'})`,
  );
  console.log('Whole analysis (analyzeMap, single thread; CPU time unless marked wall)');
  wholeAnalysis(500, true, 15);
  wholeAnalysis(5000, true);
  wholeAnalysis(20000, false, 3);

  // 20,000 nodes: the path kernel alone (in the app it runs in the worker, split over two).
  const big = new MeasureContext(generateMap({ nodes: 20000, tiesPerNode: 3, seed: 42 }), resolveSettings());
  const [, bigKernel] = time(() => pathCentrality(big.csr));
  console.log(
    `- 20000 nodes: path kernel (betweenness + closeness) ${ms(bigKernel)} CPU, ${ms(lastWall)} wall`,
  );
  splitPaths(big.csr);

  console.log('\nSide by side on the same 5,000-node graph (unweighted betweenness)');
  const doc5k = generateMap({ nodes: 5000, tiesPerNode: 3, seed: 42 });
  const ctx5k = new MeasureContext(doc5k, resolveSettings());
  const [ours5k, kernel5k] = time(() => pathCentrality(ctx5k.csr));
  const [, whole5k] = time(() => analyzeMapTimed(doc5k, resolveSettings()));
  const [gm, gm5k] = time(() =>
    betweennessCentrality(ctx5k.graphology(), { getEdgeWeight: null }),
  );
  const gmDiff = maxDiff(
    ours5k.betweenness,
    Float64Array.from(ctx5k.ids, (id) => gm[id] as number),
  );
  console.log(`- kernel (betweenness + closeness): ${ms(kernel5k)}; whole analysis ${ms(whole5k)} (CPU)`);
  splitPaths(ctx5k.csr);
  console.log(
    `- graphology-metrics betweenness alone: ${ms(gm5k)} (max |diff| ${gmDiff.toExponential(1)}; kernel ${(gm5k / kernel5k).toFixed(1)}× faster)`,
  );
  const ig = python('igraph', ctx5k.csr, dir);
  if (ig !== null) {
    const igMs = (ig.seconds['betweenness'] ?? NaN) * 1000;
    console.log(
      `- igraph betweenness: ${ms(igMs)} CPU (max |diff| ${maxDiff(ours5k.betweenness, ig.betweenness).toExponential(1)})`,
    );
    console.log(
      `  ratio whole analysis / igraph betweenness = ${(whole5k / igMs).toFixed(2)} (target ≤ 3); kernel / igraph = ${(kernel5k / igMs).toFixed(2)}`,
    );
  }

  console.log(
    `\nSide by side on a 2,000-node graph: networkx betweenness + closeness + PageRank (load ${load()})`,
  );
  const doc2k = generateMap({ nodes: 2000, tiesPerNode: 3, seed: 7 });
  const ctx2k = new MeasureContext(doc2k, resolveSettings());
  const [, whole2k] = time(() => analyzeMapTimed(doc2k, resolveSettings()));
  const [ours2k, kernel2k] = time(() => pathCentrality(ctx2k.csr));
  const nx = python('networkx', ctx2k.csr, dir);
  if (nx !== null) {
    const s = nx.seconds;
    const nxMs = ((s['betweenness'] ?? 0) + (s['closeness'] ?? 0) + (s['pagerank'] ?? 0)) * 1000;
    console.log(
      `- networkx: betweenness ${ms((s['betweenness'] ?? 0) * 1000)}, closeness ${ms((s['closeness'] ?? 0) * 1000)}, PageRank ${ms((s['pagerank'] ?? 0) * 1000)}; total ${ms(nxMs)} (max |diff| ${maxDiff(ours2k.betweenness, nx.betweenness).toExponential(1)})`,
    );
    console.log(
      `- ours: whole analysis ${ms(whole2k)}, kernel ${ms(kernel2k)}; networkx / whole analysis = ${(nxMs / whole2k).toFixed(1)}× (target ≥ 10)`,
    );
  }
}

// Run directly: `npx tsx test/bench/analysis.bench.ts`.
if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) await run();
