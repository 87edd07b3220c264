// Load benchmark: how long a generated map of 500, 5,000 and 20,000 nodes takes to generate,
// serialise to the native format, read back (parse + schema + integrity, as opening a file in the
// app does) and check with the built command (`carewealth validate`, a fresh process, so start-up
// is included), with the file size and the largest heap seen. Prints one table.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildCli } from '../../scripts/build-cli';
import { readMapFiles, writeMapFile } from '../../src/io';
import { generateMap } from '../helpers/generateMap';
import { printTable } from './table';

const SIZES = [500, 5_000, 20_000];
const TIES_PER_NODE = 3;
const ROOT = path.resolve(import.meta.dirname, '../..');

function ms(value: number): string {
  return value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`;
}

/** Bytes in MB (1 MB = 1,000,000 bytes). */
function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Time a synchronous step in milliseconds and note the heap right after it. */
function timed<T>(heap: number[], step: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = step();
  const elapsed = performance.now() - start;
  heap.push(process.memoryUsage().heapUsed);
  return { value, ms: elapsed };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'carewealth-bench-'));
  const rows: string[][] = [];
  const bundle = await buildCli(path.join(dir, 'carewealth.mjs'));
  let startupMs: number;
  try {
    for (const size of SIZES) {
      (globalThis as { gc?: () => void }).gc?.();
      const heap: number[] = [process.memoryUsage().heapUsed];
      const generated = timed(heap, () => generateMap({ nodes: size, tiesPerNode: TIES_PER_NODE, seed: 7 }));
      const doc = generated.value;
      const name = `bench-${size}.carewealth.json`;
      const written = timed(heap, () => writeMapFile(doc, name));
      if (!written.value.ok)
        throw new Error(`write failed: ${JSON.stringify(written.value.problems.slice(0, 3))}`);
      const file = written.value.value[0];
      if (file === undefined) throw new Error('the native writer returned no file');
      const read = timed(heap, () => readMapFiles([{ name, bytes: file.bytes }]));
      if (!read.value.ok) throw new Error(`read failed: ${JSON.stringify(read.value.problems.slice(0, 3))}`);
      if (read.value.value.nodes.length !== size)
        throw new Error(`read back ${read.value.value.nodes.length} nodes, expected ${size}`);

      const onDisk = path.join(dir, name);
      await writeFile(onDisk, file.bytes);
      const start = performance.now();
      const cli = spawnSync(process.execPath, [bundle, 'validate', onDisk], { cwd: ROOT, encoding: 'utf8' });
      const cliMs = performance.now() - start;
      if (cli.status !== 0) throw new Error(`validate exited ${cli.status}: ${cli.stderr.slice(0, 500)}`);

      rows.push([
        size.toLocaleString('en-GB'),
        doc.ties.length.toLocaleString('en-GB'),
        ms(generated.ms),
        ms(written.ms),
        mb(file.bytes.byteLength),
        ms(read.ms),
        ms(cliMs),
        mb(Math.max(...heap)),
      ]);
    }
    // The CLI figure includes start-up; time a command that reads nothing to separate it.
    const start = performance.now();
    spawnSync(process.execPath, [bundle, 'help'], { cwd: ROOT, encoding: 'utf8' });
    startupMs = performance.now() - start;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  printTable(
    [
      'nodes',
      'ties',
      'generate',
      'write (native)',
      'file size',
      'read (native)',
      'CLI validate',
      'peak heap',
    ],
    rows,
  );
  console.log(
    '\nread = decode + JSON parse + schema + integrity; CLI validate = the built `carewealth validate`',
  );
  console.log(`in a new process; start-up alone (\`carewealth help\`) took ${ms(startupMs)}.`);
  console.log('peak heap = largest heapUsed sampled after each step (generate, write, read).');
}
