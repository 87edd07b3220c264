// Runs every benchmark in this folder (`test/bench/*.bench.ts`, in name order). Each is a module
// exporting `async function run(): Promise<void>` that prints its own figures. Benchmarks only
// report; nothing here passes or fails on timings. Usage: `npm run bench [-- NAME...]`, where a
// NAME filters the files by substring (e.g. `npm run bench -- load`); options (`--no-ui`,
// `--only read`) are left for the benchmarks to read, the word after `--only` included.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => Promise<void>;
}

const here = import.meta.dirname;
const filters = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--only');
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

console.log(`Carewealth benchmarks: node ${process.version}, ${process.platform}/${process.arch}`);
let failures = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
  if (typeof mod.run !== 'function') {
    console.error(`${file} exports no run() function; skipped`);
    failures += 1;
    continue;
  }
  try {
    await mod.run();
  } catch (error) {
    // A broken benchmark should not hide the figures of the others.
    console.error(`${file} failed:`, error);
    failures += 1;
  }
}
if (files.length === 0) console.log('no benchmarks matched');
// Exit now that every figure is printed: a benchmark's helpers (a worker, a preview server, a
// browser, a sync server's sockets) must not keep the command waiting after its table.
process.exit(failures > 0 ? 1 : 0);
