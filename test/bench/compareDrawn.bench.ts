// The difference of two 500-node maps drawn (target under 1 s), beside a peer in the same run:
// drawing one 500-node map. Two generated states (test/helpers/evolveMap, MODERATE_CHANGE, read
// through JSON separately) with no saved positions, so both pipelines lay out first. Timed, per
// case, from the two states in memory to elements inside a headless cytoscape instance:
//   - difference: runComparison (diffMaps, the picture, firstLayout over both states' nodes, as the
//     compare worker does), then diffPicture, lookOf with the marks, toElements and cy.add;
//   - peer, one map: firstLayout, lookOf, toElements and cy.add of state B alone.
// Headless cytoscape paints no pixels: the canvas frame itself is measured by the browser bench
// (`npm run bench:ui`, graph.bench.ts) for the same number of elements. Median of RUNS, CPU and wall.
import cytoscape from 'cytoscape';
import { loadavg } from 'node:os';

import { diffPicture, firstLayout } from '../../src/analysis';
import { lookOf, type Point } from '../../src/look';
import type { CareMap } from '../../src/model';
import { runComparison } from '../../src/views/compare/comparison';
import { toElements } from '../../src/views/graph/toElements';
import { evolveMap, MODERATE_CHANGE } from '../helpers/evolveMap';
import { generateMap } from '../helpers/generateMap';
import { printTable } from './table';

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
  const outcome = runComparison({ a: { doc: a, label: 'A' }, b: { doc: b, label: 'B' }, confirmed: [] });
  const picture = diffPicture(a, b, outcome.result);
  const positions = new Map<string, Point>(outcome.positions.map(([id, x, y]) => [id, { x, y }]));
  return intoCytoscape(toElements(picture.doc, lookOf(picture.doc, { marks: picture.marks }), { placed: positions }));
}

function drawOne(b: CareMap): number {
  return intoCytoscape(toElements(b, lookOf(b), { placed: firstLayout(b) }));
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
    ],
  );
  console.log(`median of ${RUNS}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}
