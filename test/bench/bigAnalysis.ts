// One big analysis in a process of its own, for waits.bench.ts: generate a map of N nodes (3 ties
// per node), then analyse it as `carewealth analyze` does — this thread as the primary, a worker
// thread of the built command (BUNDLE) as the helper — and print one JSON line with the times
// and how the path measures were computed. Run: node --import tsx bigAnalysis.ts N BUNDLE.
import { pathToFileURL } from 'node:url';

import { analyzeToEnd, createInlineWorker, resolveSettings } from '../../src/analysis';
import { threadStarter } from '../../src/cli/analysisThread';
import { generateMap } from '../helpers/generateMap';
import { cpuNow } from './measure';

const [nodesArg, bundle] = process.argv.slice(2);
if (nodesArg === undefined || bundle === undefined) throw new Error('usage: bigAnalysis.ts NODES BUNDLE');
const nodes = Number(nodesArg);
let start = performance.now();
const doc = generateMap({ nodes, tiesPerNode: 3, seed: 42 });
const generate = performance.now() - start;
const cpuStart = cpuNow();
start = performance.now();
const result = await analyzeToEnd(doc, resolveSettings(), {
  createWorker: () => createInlineWorker({ replyAtOnce: true }),
  createHelper: threadStarter(pathToFileURL(bundle).href),
  splitFrom: 1000,
});
const wall = performance.now() - start;
console.log(
  JSON.stringify({
    nodes: result.map.nodes,
    ties: result.map.ties,
    generate,
    wall,
    cpu: cpuNow() - cpuStart,
    insights: result.insights.length,
    estimate: result.pathEstimate,
    heap: process.memoryUsage().heapUsed,
  }),
);
