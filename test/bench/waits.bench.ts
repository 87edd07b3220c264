// Where people wait (issue 15's table, plus issue 14's hostile workbooks): each figure beside its
// peer measured in the same run, with the load average, since on a shared two-core machine wall
// time mostly measures the neighbours. Processes are timed whole (start-up, reading the file,
// writing the JSON), with their CPU time and peak memory from GNU time when it is installed.
// - `carewealth help`: the built command (dist-cli bundle) against `npm run carewealth -- help`
//   (npm starting tsx, the old way) and a bare `node -e 0`;
// - `analyze --json` of generated maps of 2,000 and 5,000 nodes against networkx (betweenness +
//   closeness + PageRank) and igraph's C betweenness on the same graph;
// - the analysis of a 200,000-node map, in a process of its own (bigAnalysis.ts);
// - reading a 5,000-node Kumu workbook and a 20,000-node native file in this process, against the
//   reader the workbook one replaced and against JSON.parse of the same text;
// - zip-bomb workbooks refused by `carewealth validate`.
// - the first drawn frame of a 500-node map in the graph view, saved and unarranged (and the
//   unarranged one again with "open" clicked after a second of reading the question), beside the
//   floor (bare cytoscape drawing the same elements), from `npm run bench:ui -- 500 --json` run as
//   a process of its own, three times, each figure the median, and the main thread's busy time
//   from CPU profiles beside the bare page's, from the last run (it builds the app and drives
//   Chromium; --no-ui leaves it out).
// `--only read` (or `--only=read`) runs just the two reading rows, for work on the readers;
// `--only analyze` just the two `analyze --json` rows, each beside its reference; `--only ui` just
// the first-frame row.
// Nothing passes or fails on timings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MeasureContext, resolveSettings } from '../../src/analysis';
import { readMapFiles, writeMapFile } from '../../src/io';
import { toKumuWorkbook } from '../../src/io/kumu-xlsx';
import { buildCli } from '../../scripts/build-cli';
import { generateMap } from '../helpers/generateMap';
import { referenceReadWorkbook } from '../io/xlsxReference';
import { rowBomb, workbookAround } from '../io/zipBomb';
import {
  cpuNow,
  loadAverage,
  median,
  medianRun,
  ms,
  overFloor,
  type ProcessCost,
  runReference,
  timeProcess,
} from './measure';
import { printTable } from './table';
import type { UiBenchResult } from './ui/graph.bench';

const ROOT = path.resolve(import.meta.dirname, '../..');

function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1_000_000).toFixed(0)} MB` : 'n/a';
}

/** "1.23 s (CPU 2.10 s, 180 MB)" for a process. */
function cost(p: ProcessCost): string {
  return `${ms(p.wall)} (CPU ${ms(p.cpu)}, ${mb(p.maxRss)})`;
}

/** Wall and CPU time of an in-process step, milliseconds. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const cpu = cpuNow();
  const wall = performance.now();
  const value = fn();
  return { value, wall: performance.now() - wall, cpu: cpuNow() - cpu };
}

/** The first of `runs` runs (cold) and the median of the others. */
function coldAndWarm(runs: number, fn: () => unknown): { cold: number; coldCpu: number; warm: number; warmCpu: number } {
  const all = Array.from({ length: runs }, () => timed(fn));
  const rest = all.slice(1);
  return {
    cold: all[0]?.wall ?? NaN,
    coldCpu: all[0]?.cpu ?? NaN,
    warm: median(rest.map((r) => r.wall)),
    warmCpu: median(rest.map((r) => r.cpu)),
  };
}

/** Runs of the graph benchmark behind the first-frame row; each figure is the median over them. */
const FIRST_FRAME_RUNS = 3;

/**
 * The first drawn frame of a 500-node map in the graph view (reading the file + drawing it), saved
 * and unarranged, beside the bare-cytoscape floor: test/bench/ui/graph.bench.ts in a process of its
 * own, which prints its figures as the last line with --json, run FIRST_FRAME_RUNS times (the
 * first builds the app); each figure is its median over the runs.
 */
function firstFrameRow(env: NodeJS.ProcessEnv): string[] {
  const what = `first drawn frame, 500-node map (graph view: read + draw; median of ${FIRST_FRAME_RUNS})`;
  if (process.argv.includes('--no-ui')) return [what, 'left out (--no-ui)', '', '', '≤ 0.7 s'];
  const results: UiBenchResult[] = [];
  for (let run = 0; run < FIRST_FRAME_RUNS; run++) {
    const ui = timeProcess(
      process.execPath,
      // The last run also profiles the main thread (--busy), after its timed runs.
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'ui', 'graph.bench.ts'),
        '500',
        '--json',
        ...(run > 0 ? ['--skip-build'] : []),
        ...(run === FIRST_FRAME_RUNS - 1 ? ['--busy'] : []),
      ],
      { cwd: ROOT, env },
    );
    const last = ui.stdout.trim().split('\n').at(-1) ?? '';
    if (ui.status !== 0 || !last.startsWith('{')) {
      return [what, `failed (${ui.status}): ${ui.stderr.slice(0, 120)}`, '', '', '≤ 0.7 s'];
    }
    results.push(JSON.parse(last) as UiBenchResult);
  }
  const sizes = results.map((r) => r.sizes[0]);
  const runs = sizes.map((size) => ({
    floor: size?.floorMs,
    saved: size?.ours.find((f) => f.arranged),
    unarranged: size?.ours.find((f) => !f.arranged),
  }));
  if (runs.some((r) => r.floor === undefined || r.saved === undefined || r.unarranged === undefined)) {
    return [what, 'no figures', '', '', '≤ 0.7 s'];
  }
  const mid = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
  const floor = mid((r) => r.floor!);
  const saved = { read: mid((r) => r.saved!.readMs), draw: mid((r) => r.saved!.drawMs), first: mid((r) => r.saved!.readMs + r.saved!.drawMs) };
  const unarranged = { draw: mid((r) => r.unarranged!.drawMs), first: mid((r) => r.unarranged!.readMs + r.unarranged!.drawMs) };
  const reading = runs.every((r) => r.unarranged!.drawAfterReadingMs !== undefined)
    ? mid((r) => r.unarranged!.readMs + r.unarranged!.drawAfterReadingMs!)
    : undefined;
  const painted = runs.some((r) => r.saved!.paintedTies || r.unarranged!.paintedTies);
  const tiesIn = { saved: mid((r) => r.saved!.readMs + r.saved!.tiesInMs), unarranged: mid((r) => r.unarranged!.readMs + r.unarranged!.tiesInMs) };
  const each = runs.map((r) => ms(r.saved!.readMs + r.saved!.drawMs)).join(', ');
  const loads = results.map((r) => r.load.toFixed(1)).join(', ');
  const busy = sizes.at(-1)?.busy;
  const busyOver = (b: number | undefined) => (b === undefined || busy === undefined ? '?' : overFloor(b, busy.bareMs));
  return [
    what,
    `saved ${ms(saved.first)} (read ${ms(saved.read)} + draw ${ms(saved.draw)}; runs ${each}); unarranged ${ms(unarranged.first)} (draw ${ms(unarranged.draw)})` +
      (reading === undefined ? '' : `, or ${ms(reading)} when "open" is clicked after a second of reading the question`) +
      (painted ? `; ties painted under cytoscape, which has them at ${ms(tiesIn.saved)} saved, ${ms(tiesIn.unarranged)} unarranged` : ''),
    `bare cytoscape, default style, same elements: ${ms(floor)} (load ${loads})` +
      (busy === undefined ? '' : `; main-thread busy (CPU profile): bare ${ms(busy.bareMs)}, ours saved ${ms(busy.savedMs ?? NaN)}, unarranged ${ms(busy.unarrangedMs ?? NaN)}`),
    `draw over the floor: saved ${overFloor(saved.draw, floor)}, unarranged ${overFloor(unarranged.draw, floor)}` +
      (busy === undefined ? '' : `; busy over the floor: saved ${busyOver(busy.savedMs)}, unarranged ${busyOver(busy.unarrangedMs)}`),
    '≤ 0.7 s; overhead < 30%',
  ];
}

/**
 * Reading a 5,000-node Kumu workbook and a 20,000-node native file in this process, each beside its
 * peer: the reader the workbook one replaced, and JSON.parse of the same text.
 */
function readRows(notes: string[]): string[][] {
  const rows: string[][] = [];
  const book = toKumuWorkbook(generateMap({ nodes: 5000, tiesPerNode: 3, seed: 7 }));
  const xlsx = coldAndWarm(4, () => readMapFiles([{ name: 'g5000.xlsx', bytes: book }]));
  const reference = timed(() => referenceReadWorkbook('g5000.xlsx', book));
  rows.push([
    'reading a 5,000-node XLSX workbook (first read; median of 3 after)',
    `${ms(xlsx.cold)} (CPU ${ms(xlsx.coldCpu)}); ${ms(xlsx.warm)} (CPU ${ms(xlsx.warmCpu)}) at load ${loadAverage()}`,
    `the old reader's sheets alone (fast-xml-parser): ${ms(reference.wall)} (CPU ${ms(reference.cpu)})`,
    `${(reference.wall / xlsx.warm).toFixed(1)}× faster`,
    '≤ 1.5 s',
  ]);
  const native = writeMapFile(
    generateMap({ nodes: 20000, tiesPerNode: 3, seed: 7 }),
    'g20000.carewealth.json',
  );
  if (!native.ok || native.value[0] === undefined) throw new Error('could not write the 20,000-node map');
  const bytes = native.value[0].bytes;
  const read = coldAndWarm(4, () => readMapFiles([{ name: 'g20000.carewealth.json', bytes }]));
  const parse = timed(() => JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  rows.push([
    'reading a 20,000-node native file (first read; median of 3 after)',
    `${ms(read.cold)} (CPU ${ms(read.coldCpu)}); ${ms(read.warm)} (CPU ${ms(read.warmCpu)}) at load ${loadAverage()}`,
    `JSON.parse of the same text alone: ${ms(parse.wall)} (CPU ${ms(parse.cpu)})`,
    `${(read.warm / parse.wall).toFixed(1)}× JSON.parse`,
    '≤ 0.8 s',
  ]);
  notes.push(
    `files: workbook ${mb(book.length)} zipped; native ${mb(bytes.length)}. Reading = checks, parse, schema and integrity, as opening a file in the app.`,
  );
  return rows;
}

/**
 * `analyze --json` of generated maps of 2,000 and 5,000 nodes, whole process (median of 3), each
 * beside its reference on the same graph: networkx's betweenness + closeness + PageRank, and
 * igraph's C betweenness.
 */
function analyzeRows(bundle: string, dir: string, env: NodeJS.ProcessEnv): string[][] {
  const rows: string[][] = [];
  const node = process.execPath;
  for (const [nodes, mode] of [
    [2000, 'networkx'],
    [5000, 'igraph'],
  ] as const) {
    const doc = generateMap({ nodes, tiesPerNode: 3, seed: 7 });
    const file = path.join(dir, `g${nodes}.carewealth.json`);
    const written = writeMapFile(doc, path.basename(file));
    if (!written.ok || written.value[0] === undefined) throw new Error('could not write the map');
    writeFileSync(file, written.value[0].bytes);
    const ours = medianRun(3, () =>
      timeProcess(node, [bundle, 'analyze', file, '--json'], {
        cwd: dir,
        env,
        stdoutFile: path.join(dir, 'out.json'),
      }),
    );
    if (ours.status !== 0) throw new Error(`analyze exited ${ours.status}: ${ours.stderr.slice(0, 300)}`);
    const ref = runReference(mode, new MeasureContext(doc, resolveSettings()).csr, dir);
    const refWall = ref === null ? NaN : Object.values(ref.wall).reduce((a, b) => a + b, 0) * 1000;
    const refCpu = ref === null ? NaN : Object.values(ref.seconds).reduce((a, b) => a + b, 0) * 1000;
    if (mode === 'networkx') {
      rows.push([
        '`analyze --json`, 2,000 nodes, whole process (median of 3)',
        cost(ours),
        `networkx betweenness + closeness + PageRank: ${ms(refWall)} (CPU ${ms(refCpu)})`,
        `${(refWall / ours.wall).toFixed(1)}× faster`,
        '≥ 10× faster',
      ]);
    } else {
      rows.push([
        '`analyze --json`, 5,000 nodes, whole process (median of 3)',
        cost(ours),
        `igraph betweenness (C): ${ms(refWall)} (CPU ${ms(refCpu)})`,
        `${(ours.wall / refWall).toFixed(2)}× igraph's time`,
        '≤ 1×',
      ]);
    }
  }
  return rows;
}

/** The value of `--only NAME` or `--only=NAME` on the command line, if given. */
function onlyOption(): string | undefined {
  const args = process.argv;
  const at = args.indexOf('--only');
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
}

export async function run(): Promise<void> {
  const only = onlyOption();
  const dir = mkdtempSync(path.join(tmpdir(), 'carewealth-waits-'));
  const { INIT_CWD: _npmCwd, ...env } = process.env;
  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    console.log(`Load average at start: ${loadAverage()}`);
    if (only === 'read') {
      rows.push(...readRows(notes));
      printResults(rows, notes);
      return;
    }
    if (only === 'ui') {
      rows.push(firstFrameRow(env));
      printResults(rows, notes);
      return;
    }
    const bundle = await buildCli(path.join(dir, 'carewealth.mjs'));
    const node = process.execPath;
    if (only === 'analyze') {
      rows.push(...analyzeRows(bundle, dir, env));
      printResults(rows, notes);
      return;
    }

    // ------------------------------------------------------------ start-up
    const help = medianRun(7, () => timeProcess(node, [bundle, 'help'], { cwd: dir, env }));
    const bare = medianRun(7, () => timeProcess(node, ['-e', '0'], { cwd: dir, env }));
    const old = medianRun(3, () =>
      timeProcess('npm', ['run', '--silent', 'carewealth', '--', 'help'], { cwd: ROOT }),
    );
    rows.push([
      '`carewealth help` (start-up, median of 7)',
      cost(help),
      `npm run carewealth (tsx): ${ms(old.wall)}`,
      `${(old.wall / help.wall).toFixed(1)}× faster`,
      '≤ 0.3 s',
    ]);
    notes.push(
      `a bare \`node -e 0\` takes ${ms(bare.wall)} (CPU ${ms(bare.cpu)}) here: the floor of any command.`,
    );

    rows.push(...analyzeRows(bundle, dir, env));

    // ------------------------------------------------------------ the 200,000-node map
    const big = timeProcess(
      node,
      [
        '--max-old-space-size=6144',
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'bigAnalysis.ts'),
        '200000',
        bundle,
      ],
      { cwd: ROOT, env },
    );
    if (big.status === 0) {
      const r = JSON.parse(big.stdout.trim().split('\n').at(-1) ?? '{}') as {
        wall: number;
        cpu: number;
        estimate: { sources: number; of: number; betweenness: number; closeness: number } | null;
      };
      const e = r.estimate;
      rows.push([
        'analysis of a 200,000-node map (two cores)',
        `${ms(r.wall)} (CPU ${ms(r.cpu)}, ${mb(big.maxRss)})`,
        e === null
          ? 'exact'
          : `estimated from ${e.sources.toLocaleString('en-GB')} of ${e.of.toLocaleString('en-GB')} sources, ± ${e.betweenness.toPrecision(2)} / ${e.closeness.toPrecision(2)}`,
        '',
        '< 60 s',
      ]);
    } else {
      rows.push([
        'analysis of a 200,000-node map',
        `failed (${big.status}): ${big.stderr.slice(0, 120)}`,
        '',
        '',
        '< 60 s',
      ]);
    }

    rows.push(firstFrameRow(env));

    rows.push(...readRows(notes));

    // ------------------------------------------------------------ hostile workbooks (issue 14)
    const bombs: [string, Uint8Array][] = [
      ['172 MiB sheet, declared', workbookAround(rowBomb(172))],
      ['90 MiB sheet, ratio over 100', workbookAround(rowBomb(90))],
      ['172 MiB sheet declaring 100 kB', workbookAround({ ...rowBomb(172), size: 100_000 })],
    ];
    for (const [what, bytesOf] of bombs) {
      const file = path.join(dir, 'bomb.xlsx');
      writeFileSync(file, bytesOf);
      const p = timeProcess(node, [bundle, 'validate', file], { cwd: dir, env });
      rows.push([
        `\`carewealth validate\` of a zip bomb (${what}, ${mb(bytesOf.length)})`,
        `${p.status === 1 ? 'refused' : `exit ${p.status}`} in ${cost(p)}`,
        '',
        '',
        '< 2 s and 300 MB',
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printResults(rows, notes);
}

function printResults(rows: string[][], notes: string[]): void {
  console.log('');
  printTable(['what a user waits for', 'Carewealth', 'peer, same run', 'ratio', 'target'], rows);
  console.log('');
  for (const n of notes) console.log(`- ${n}`);
  console.log(`- load average at the end: ${loadAverage()}`);
}

// Run directly: `npx tsx test/bench/waits.bench.ts`.
if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) await run();
