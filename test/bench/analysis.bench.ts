// Analysis benchmark, in this process: the whole analysis on generated maps of 500, 5,000 and
// 20,000 nodes (about 3 ties per node), time per step, and the path kernel side by side with
// graphology-metrics and igraph (5,000 nodes) on the same graph; igraph runs in a Python
// subprocess (see measure.ts), and the bench checks that its betweenness agrees with ours. The
// whole command against networkx and igraph is waits.bench.ts's. Prints figures only; no
// pass/fail. Every figure is CPU time of this process (user + system) unless marked wall, with the
// load average: on a shared machine wall time mostly measures the neighbours, CPU time the code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { referenceGraph } from '../analysis/reference';
import { generateMap } from '../helpers/generateMap';
import { cpuNow, loadAverage, maxDiff, ms, runReference } from './measure';

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
    `Load average at start: ${loadAverage()} (${process.env['BENCH_NOTE'] ?? 'other jobs may share the machine'})`,
  );
  console.log('Whole analysis (analyzeMap, single thread; CPU time unless marked wall)');
  wholeAnalysis(500, true, 15);
  wholeAnalysis(5000, true);
  wholeAnalysis(20000, false, 3);

  // 20,000 nodes: the path kernel alone, in the two halves the workers share (their sum is one thread's time).
  const big = new MeasureContext(generateMap({ nodes: 20000, tiesPerNode: 3, seed: 42 }), resolveSettings());
  splitPaths(big.csr);

  console.log('\nSide by side on the same 5,000-node graph (unweighted betweenness)');
  const doc5k = generateMap({ nodes: 5000, tiesPerNode: 3, seed: 42 });
  const ctx5k = new MeasureContext(doc5k, resolveSettings());
  const [ours5k, kernel5k] = time(() => pathCentrality(ctx5k.csr));
  const [, whole5k] = time(() => analyzeMapTimed(doc5k, resolveSettings()));
  const [gm, gm5k] = time(() =>
    betweennessCentrality(referenceGraph(doc5k), { getEdgeWeight: null }),
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
  const ig = runReference('igraph', ctx5k.csr, dir);
  if (ig !== null) {
    const igMs = (ig.seconds['betweenness'] ?? NaN) * 1000;
    console.log(
      `- igraph betweenness: ${ms(igMs)} CPU (max |diff| ${maxDiff(ours5k.betweenness, ig.betweenness).toExponential(1)})`,
    );
    console.log(
      `  ratio whole analysis / igraph betweenness = ${(whole5k / igMs).toFixed(2)} (target ≤ 3); kernel / igraph = ${(kernel5k / igMs).toFixed(2)}`,
    );
  }
}

// Run directly: `npx tsx test/bench/analysis.bench.ts`.
if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) await run();
