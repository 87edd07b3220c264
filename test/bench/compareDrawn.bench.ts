// The difference of two 500-node maps drawn (target under 1 s), beside a peer in the same run:
// drawing one 500-node map. Two generated states (test/helpers/evolveMap, MODERATE_CHANGE, read
// through JSON separately) with no saved positions, so both pipelines lay out first. Timed, per
// case, from the two states in memory to elements inside a headless cytoscape instance:
//   - difference: startComparison (diffInStages' core, the picture, firstLayout over both states'
//     nodes) and its finish (the rest of the comparison), as the compare worker runs them, then
//     diffPicture, lookOf with the marks, toElements and cy.add;
//   - peer, one map: firstLayout, lookOf, toElements and cy.add of state B alone.
// Headless cytoscape paints no pixels, so beside these figures the same two states are drawn in
// the real app in Chromium (ui/compareDrawn.bench.ts, a process of its own that builds the app:
// "Compare with now" clicked -> the picture's first frame with its marks, and the peer, state B
// opened alone -> the graph view's first frame); --no-ui leaves it out. Median of RUNS, CPU and wall.
import cytoscape from 'cytoscape';
import { loadavg } from 'node:os';
import path from 'node:path';

import { diffPicture, firstLayout } from '../../src/analysis';
import { lookOf, type Point } from '../../src/look';
import type { CareMap } from '../../src/model';
import { startComparison } from '../../src/views/compare/comparison';
import { toElements } from '../../src/views/graph/toElements';
import { evolveMap, MODERATE_CHANGE } from '../helpers/evolveMap';
import { generateMap } from '../helpers/generateMap';
import { ms as seconds, timeProcess } from './measure';
import { printTable } from './table';
import type { CompareUiResult } from './ui/compareDrawn.bench';

const SIZE = 500;
const RUNS = 5;

function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function medianOf(fn: () => number): { cpu: number; wall: number; elements: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const wall = performance.now();
    const cpu = cpuNow();
    const elements = fn();
    return { cpu: cpuNow() - cpu, wall: performance.now() - wall, elements };
  }).sort((x, y) => x.cpu - y.cpu);
  return runs[Math.floor(RUNS / 2)] ?? { cpu: 0, wall: 0, elements: 0 };
}

function intoCytoscape(elements: ReturnType<typeof toElements>): number {
  const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
  const n = cy.elements().length;
  cy.destroy();
  return n;
}

function drawDifference(a: CareMap, b: CareMap): number {
  // The whole comparison, as the worker runs it (the picture's part, then the rest).
  const started = startComparison({ a: { doc: a, label: 'A' }, b: { doc: b, label: 'B' }, confirmed: [] });
  started.finish();
  const picture = diffPicture(a, b, started.picture.core);
  const positions = new Map<string, Point>(started.picture.positions.map(([id, x, y]) => [id, { x, y }]));
  return intoCytoscape(toElements(picture.doc, lookOf(picture.doc, { marks: picture.marks }), { placed: positions }));
}

function drawOne(b: CareMap): number {
  return intoCytoscape(toElements(b, lookOf(b), { placed: firstLayout(b) }));
}

/** The browser figures as table rows, from ui/compareDrawn.bench.ts run with --json. */
function browserRows(): string[][] {
  const what = 'in Chromium (the app, 2D canvas in software)';
  if (process.argv.includes('--no-ui')) return [[what, 'left out (--no-ui)', '', '']];
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  const ui = timeProcess(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'ui', 'compareDrawn.bench.ts'), '--json'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env,
  });
  const last = ui.stdout.trim().split('\n').at(-1) ?? '';
  if (ui.status !== 0 || !last.startsWith('{')) return [[what, `failed (${ui.status}): ${ui.stderr.slice(0, 120)}`, '', '']];
  const r = JSON.parse(last) as CompareUiResult;
  const sorted = [...r.compareMs].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return [
    [
      `difference drawn in Chromium: "Compare with now" clicked -> first frame with the marks (load ${r.load.toFixed(1)})`,
      `${r.elements} (${r.marked} marked)`,
      '',
      `${seconds(median)} (median of ${r.compareMs.length}: ${r.compareMs.map(seconds).join(', ')})`,
    ],
    [
      'peer in Chromium: state B opened alone, "Open" clicked -> graph view\'s first frame',
      `${SIZE} nodes`,
      '',
      `${seconds(r.peer.drawMs)} (reading the file before it: ${seconds(r.peer.readMs)})`,
    ],
  ];
}

export async function run(): Promise<void> {
  const strip = (doc: CareMap): CareMap => ({ ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) });
  const a = strip(JSON.parse(JSON.stringify(generateMap({ nodes: SIZE, tiesPerNode: 3, seed: 7 }))) as CareMap);
  const b = strip(evolveMap(a, 8, MODERATE_CHANGE));
  const diff = medianOf(() => drawDifference(a, b));
  const one = medianOf(() => drawOne(b));
  const ms = (x: number) => `${Math.round(x)} ms`;
  printTable(
    ['case (500 nodes)', 'elements', 'CPU', 'wall'],
    [
      ['difference of two states drawn', String(diff.elements), ms(diff.cpu), ms(diff.wall)],
      ['peer: one map drawn', String(one.elements), ms(one.cpu), ms(one.wall)],
      ...browserRows(),
    ],
  );
  console.log(`median of ${RUNS}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}
