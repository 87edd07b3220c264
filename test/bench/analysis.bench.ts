// Analysis benchmark: the whole analysis on generated maps of 500, 5,000 and 20,000 nodes (about 3
// ties per node), time per step, and the path kernel side by side with graphology-metrics, igraph
// (5,000 nodes) and networkx (2,000 nodes) on the same graphs. igraph and networkx run in a Python
// subprocess (scripts/reference/time_reference.py) on an edge list exported to a temp folder; the
// bench also checks that their betweenness agrees with ours. Prints figures only; no pass/fail.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { analyzeMapTimed, type Csr, MeasureContext, pathCentrality, resolveSettings } from '../../src/analysis';
import { generateMap } from '../helpers/generateMap';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, '..', '..', 'scripts', 'reference', 'time_reference.py');

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
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
    execFileSync(PYTHON, [SCRIPT, mode, edges, out], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 900_000 });
    return JSON.parse(readFileSync(out, 'utf8')) as PythonResult;
  } catch (error) {
    console.log(`  (${mode} unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return null;
  }
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)));
  return d;
}

function wholeAnalysis(nodes: number, paths: boolean): void {
  const doc = generateMap({ nodes, tiesPerNode: 3, seed: 42 });
  const [{ result, timings }, total] = time(() => analyzeMapTimed(doc, resolveSettings({ paths })));
  const steps = Object.entries(timings)
    .filter(([k]) => k === 'graph' || k === 'paths' || k.startsWith('measure:') || k === 'figures' || k === 'insights' || k === 'cutPoints' || k === 'communities')
    .map(([k, v]) => `${k.replace('measure:', '')} ${ms(v)}`);
  console.log(`- ${nodes} nodes, ${doc.ties.length} ties${paths ? '' : ' (no path measures)'}: whole analysis ${ms(total)}, ${result.insights.length} insights`);
  console.log(`    ${steps.join(' · ')}`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-bench-'));
  console.log('Whole analysis (analyzeMap, single thread; nested steps overlap: measure:betweenness includes paths)');
  wholeAnalysis(500, true);
  wholeAnalysis(500, true); // second run: JIT warm
  wholeAnalysis(5000, true);
  wholeAnalysis(20000, false);

  // 20,000 nodes: the path kernel alone (in the app it runs in the worker).
  const big = new MeasureContext(generateMap({ nodes: 20000, tiesPerNode: 3, seed: 42 }), resolveSettings());
  const [, bigKernel] = time(() => pathCentrality(big.csr));
  console.log(`- 20000 nodes: path kernel (betweenness + closeness) ${ms(bigKernel)}`);

  console.log('\nSide by side on the same 5,000-node graph (unweighted betweenness)');
  const doc5k = generateMap({ nodes: 5000, tiesPerNode: 3, seed: 42 });
  const ctx5k = new MeasureContext(doc5k, resolveSettings());
  const [ours5k, kernel5k] = time(() => pathCentrality(ctx5k.csr));
  const [, whole5k] = time(() => analyzeMapTimed(doc5k, resolveSettings()));
  const [gm, gm5k] = time(() => betweennessCentrality(ctx5k.graphs.structure, { getEdgeWeight: null }));
  const gmDiff = maxDiff(ours5k.betweenness, Float64Array.from(ctx5k.ids, (id) => gm[id] as number));
  console.log(`- kernel (betweenness + closeness): ${ms(kernel5k)}; whole analysis ${ms(whole5k)}`);
  console.log(`- graphology-metrics betweenness alone: ${ms(gm5k)} (max |diff| ${gmDiff.toExponential(1)}; kernel ${(gm5k / kernel5k).toFixed(1)}× faster)`);
  const ig = python('igraph', ctx5k.csr, dir);
  if (ig !== null) {
    const igMs = (ig.seconds['betweenness'] ?? NaN) * 1000;
    console.log(`- igraph betweenness: ${ms(igMs)} (max |diff| ${maxDiff(ours5k.betweenness, ig.betweenness).toExponential(1)})`);
    console.log(`  ratio whole analysis / igraph betweenness = ${(whole5k / igMs).toFixed(2)} (target ≤ 3); kernel / igraph = ${(kernel5k / igMs).toFixed(2)}`);
  }

  console.log('\nSide by side on a 2,000-node graph: networkx betweenness + closeness + PageRank');
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
    console.log(`- ours: whole analysis ${ms(whole2k)}, kernel ${ms(kernel2k)}; networkx / whole analysis = ${(nxMs / whole2k).toFixed(1)}× (target ≥ 10)`);
  }
}
