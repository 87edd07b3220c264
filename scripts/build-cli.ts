// Builds the `carewealth` command with esbuild: src/cli/main.ts and everything it loads,
// dependencies included, as ES modules for Node 20. The entry, dist-cli/carewealth.mjs (the bin
// package.json names), holds only the dispatcher and the command registry; each command's code
// (a dynamic import in registry.ts) is split into its own files beside it, under
// carewealth-chunks/, so `carewealth help` reads and compiles a few kilobytes instead of the
// 3 MB every command together weighs, and the analysis thread loads only the analysis.
// Usage: tsx scripts/build-cli.ts [OUTFILE]. Tests call buildCli() to build a fresh copy.
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folder, beside the entry, that holds each command's code. */
const CHUNKS = 'carewealth-chunks';

/** Where `npm run build` puts the command. */
export const CLI_OUTFILE = path.join(ROOT, 'dist-cli', 'carewealth.mjs');

/**
 * Bundle src/cli/main.ts into `outfile`, its commands' code into chunks in `carewealth-chunks/`
 * beside it, and make the entry executable. Some dependencies are CommonJS and call `require` for
 * Node's own modules, so each file opens with a `require` made for it.
 */
export async function buildCli(outfile: string = CLI_OUTFILE): Promise<string> {
  // Chunks are named by their content's hash: clear the last build's, or they pile up.
  await rm(path.join(path.dirname(outfile), CHUNKS), { recursive: true, force: true });
  await build({
    entryPoints: { [path.basename(outfile, '.mjs')]: path.join(ROOT, 'src', 'cli', 'main.ts') },
    outdir: path.dirname(outfile),
    outExtension: { '.js': '.mjs' },
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __carewealthRequire } from 'node:module';",
        'const require = __carewealthRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli(process.argv[2] === undefined ? CLI_OUTFILE : path.resolve(process.argv[2]));
  console.log(`built ${path.relative(process.cwd(), out)}`);
}
