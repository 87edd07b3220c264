// Comparison benchmark: two states of a generated map of 500, 5,000 and 20,000 nodes (about 3 ties
// per node) compared once both are read. The later state is the earlier one changed by
// test/helpers/evolveMap (MODERATE_CHANGE: 5% of nodes gone, 10% of ties gone, 5% newcomers with
// new ties, a fifth of kept ties and nodes changed in some field), and both went through JSON
// separately, as two files read from disk do, so no node or tie object is shared. Prints, per size:
//   - compare: matching nodes and ties and listing every change (compareStates), median of RUNS —
//     the figure the target "two 20,000-node maps in under 1 s" is about;
//   - diffMaps: the whole result (indicators, wave measures without betweenness, sentences);
//   - by label: the comparison when no id is shared, so every node is matched by label and kind.
// CPU time of this process (user + system) and wall time, with the load average.
import { loadavg } from 'node:os';

import { compareStates, diffMaps, matchNodes, matchTies } from '../../src/analysis';
import { type CareMap, type NodeId, type TieId } from '../../src/model';
import { evolveMap, MODERATE_CHANGE } from '../helpers/evolveMap';
import { generateMap } from '../helpers/generateMap';
import { printTable } from './table';

const SIZES = [500, 5_000, 20_000];
/** Runs of the comparison per size; the median is printed. */
const RUNS = 5;

function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function timed<T>(fn: () => T): { value: T; cpu: number; wall: number } {
  const wall = performance.now();
  const cpu = cpuNow();
  const value = fn();
  return { value, cpu: cpuNow() - cpu, wall: performance.now() - wall };
}

/** The run with the median CPU time. */
function median<T>(runs: ReadonlyArray<{ value: T; cpu: number; wall: number }>): {
  value: T;
  cpu: number;
  wall: number;
} {
  return [...runs].sort((x, y) => x.cpu - y.cpu)[Math.floor(runs.length / 2)] as {
    value: T;
    cpu: number;
    wall: number;
  };
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}

/** The same state with every node and tie id changed (two files drawn apart). */
function renumbered(doc: CareMap): CareMap {
  const id = (x: string) => `r-${x}` as NodeId;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: id(n.id) })),
    ties: doc.ties.map((t) => ({
      ...t,
      id: `r-${t.id}` as TieId,
      source: id(t.source),
      target: id(t.target),
    })),
  };
}

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const a = JSON.parse(JSON.stringify(generateMap({ nodes: size, tiesPerNode: 3, seed: 7 }))) as CareMap;
    const b = evolveMap(a, 8, MODERATE_CHANGE);
    const runs = Array.from({ length: RUNS }, () =>
      timed(() => {
        const m = matchNodes(a, b);
        return compareStates(a, b, m, { ties: matchTies(a, b, m) });
      }),
    );
    const compare = median(runs);
    const whole = timed(() =>
      diffMaps({ doc: a, label: 'before' }, { doc: b, label: 'after' }, { betweenness: 'never' }),
    );
    const c = compare.value;
    rows.push([
      size.toLocaleString('en-GB'),
      `${a.ties.length.toLocaleString('en-GB')} / ${b.ties.length.toLocaleString('en-GB')}`,
      `+${c.nodes.added.length} −${c.nodes.removed.length} ~${c.nodes.changed.length}`,
      `+${c.ties.added.length} −${c.ties.removed.length} ~${c.ties.changed.length}`,
      `${ms(compare.cpu)} (${ms(compare.wall)})`,
      `${ms(whole.cpu)} (${ms(whole.wall)})`,
    ]);
    if (size === SIZES[SIZES.length - 1]) {
      const far = renumbered(b);
      const byLabel = timed(() => {
        const m = matchNodes(a, far);
        return { m, c: compareStates(a, far, m) };
      });
      console.log(
        `by label (no shared id), ${size.toLocaleString('en-GB')} nodes: ${ms(byLabel.cpu)} CPU (${ms(byLabel.wall)} wall); ` +
          `${byLabel.value.m.aToB.size.toLocaleString('en-GB')} matched, ${byLabel.value.m.uncertain.length} doubtful listed${byLabel.value.m.uncertainTruncated ? ' (list full, search stopped)' : ''}`,
      );
    }
  }
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );
  printTable(
    [
      'nodes',
      'ties before / after',
      'nodes +added −removed ~changed',
      'ties +added −removed ~changed',
      'compare CPU (wall), median of 5',
      'diffMaps CPU (wall)',
    ],
    rows,
  );
}
