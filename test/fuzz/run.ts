// `npm run fuzz`: at least 10,000 generated inputs per import format (inputs.ts), each fed
// through the app's own import action (readImport, as the Open… button and a drop do) into a
// store with a map open. For every input it checks that nothing is thrown, neither past the
// action nor inside a reader (io and the action turn a reader's exception into a "failed
// unexpectedly" problem, which is counted here as a crash), and that the open map is untouched:
// the same document object, the same revision, equal to a copy taken before. A read that fails
// must also say why. Prints the counts and the time per format; exits 1 if any check failed.
// Not part of `npm test`: it takes minutes.
//
//   npm run fuzz                       10,000 inputs for each of the seven formats
//   npm run fuzz -- --runs 500 gexf    fewer, for one format
//   npm run fuzz -- --seed 42          another draw (the default seed is fixed)
import { readImport } from '../../src/app/mapActions';
import type { AppServices } from '../../src/app/services';
import type { FileInput, FormatId } from '../../src/io/types';
import { createAppStore } from '../../src/store';
import { generateMap } from '../helpers/generateMap';
import { damage, noise, type Random, seededRandom, structured, validFiles } from './inputs';

interface Target {
  readonly format: FormatId;
  readonly extension: string;
  readonly binary: boolean;
}

const TARGETS: readonly Target[] = [
  { format: 'native', extension: '.carewealth.json', binary: false },
  { format: 'kumu-json', extension: '.kumu.json', binary: false },
  { format: 'kumu-xlsx', extension: '.xlsx', binary: true },
  { format: 'kumu-csv', extension: '.kumu.csv', binary: false },
  { format: 'gexf', extension: '.gexf', binary: false },
  { format: 'graphml', extension: '.graphml', binary: false },
  { format: 'csv', extension: '.csv', binary: false },
];

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const runs = Number(argValue('--runs') ?? 10_000);
const seed = Number(argValue('--seed') ?? 20_261_205);
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--runs', '--seed'].includes(all[i - 1] ?? ''));

/** A store with a map open, and the services readImport needs (it touches only the store). */
function openMap(): { services: AppServices; before: string } {
  const store = createAppStore({ now: () => '2026-01-15T10:00:00.000Z' });
  const opened = store.getState().replaceDocument(generateMap({ nodes: 30, seed: 3 }));
  if (!opened.ok) throw new Error(`cannot open the map: ${opened.reason}`);
  const services = { store } as unknown as AppServices;
  return { services, before: JSON.stringify(store.getState().document) };
}

/** One input of the format: damaged valid file (half), built at random (a quarter) or noise. */
function inputFor(rand: Random, target: Target, valid: readonly FileInput[][]): FileInput[] {
  const r = rand();
  if (r < 0.5) {
    const files = valid[Math.floor(rand() * valid.length)] as FileInput[];
    const i = Math.floor(rand() * files.length);
    return files.map((f, k) => (k === i ? damage(rand, f, target.binary) : f));
  }
  if (r < 0.75) return structured(rand, target.format);
  return noise(rand, target.format === 'csv' || target.format === 'kumu-csv' ? [`n${target.extension}`, `t${target.extension}`].slice(0, 1 + Math.floor(rand() * 2)) : [`n${target.extension}`]);
}

interface Tally {
  opened: number;
  refused: number;
  thrown: number;
  crashed: number;
  changed: number;
  silent: number;
  first?: string;
}

function fuzz(target: Target): Tally & { ms: number } {
  const rand = seededRandom(seed ^ target.format.length * 7919);
  const valid = validFiles(target.format, target.extension);
  const { services, before } = openMap();
  const doc = services.store.getState().document;
  const revision = services.store.getState().revision;
  const tally: Tally = { opened: 0, refused: 0, thrown: 0, crashed: 0, changed: 0, silent: 0 };
  const started = performance.now();
  for (let n = 0; n < runs; n++) {
    const input = inputFor(rand, target, valid);
    let result: unknown;
    try {
      result = readImport(services, input);
    } catch (error) {
      tally.thrown++;
      tally.first ??= `input ${n} threw: ${String(error)}`;
      continue;
    }
    const state = services.store.getState();
    if (state.document !== doc || state.revision !== revision || (n % 50 === 0 && JSON.stringify(state.document) !== before)) {
      tally.changed++;
      tally.first ??= `input ${n} changed the open map`;
    }
    if (result === null) {
      tally.refused++;
      const crash = state.report?.problems.find((p) => /failed unexpectedly|^Could not read the file/.test(p.message));
      if (crash !== undefined) {
        tally.crashed++;
        tally.first ??= `input ${n}: a reader threw: ${crash.message}`;
      }
      if ((state.report?.problems.length ?? 0) === 0) {
        tally.silent++;
        tally.first ??= `input ${n} was refused without a problem`;
      }
    } else tally.opened++;
  }
  // the last check of all, on the whole document
  if (JSON.stringify(services.store.getState().document) !== before) tally.changed++;
  return { ...tally, ms: performance.now() - started };
}

const targets = TARGETS.filter((t) => only.length === 0 || only.includes(t.format));
console.log(`fuzzing the import action: ${runs.toLocaleString('en-GB')} inputs per format, seed ${seed}`);
console.log('format      inputs   opened  refused  thrown  crashed  changed  silent   time    per input');
let failed = false;
for (const target of targets) {
  const t = fuzz(target);
  const bad = t.thrown + t.crashed + t.changed + t.silent;
  failed ||= bad > 0;
  const cells = [target.format.padEnd(10), String(runs).padStart(7), String(t.opened).padStart(8), String(t.refused).padStart(8), String(t.thrown).padStart(7), String(t.crashed).padStart(8), String(t.changed).padStart(8), String(t.silent).padStart(7), `${(t.ms / 1000).toFixed(1)} s`.padStart(8), `${(t.ms / runs).toFixed(2)} ms`.padStart(10)];
  console.log(cells.join(' '));
  if (t.first !== undefined) console.log(`  first failure: ${t.first}`);
}
console.log(failed ? 'FAILED: an input threw, crashed a reader, changed the open map, or was refused without a word' : 'ok: nothing thrown, no reader crashed, the open map never changed, every refusal said why');
process.exitCode = failed ? 1 : 0;
