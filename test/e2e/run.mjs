// Runs the browser tests end to end: build the app with its read-only test hook (`--mode e2e`),
// serve the build with `vite preview` on a free local port, run the specs in
// vitest.e2e.config.ts against it, stop the server, and finish with one summary line
// `e2e: N passed, M failed` that CI reads.
//
// Without /usr/bin/chromium the tests cannot run: under CI (CI set) that is a failure, otherwise a
// loud warning and exit 0. Each run builds into its own dist-e2e/run-PID/, deleted afterwards (so
// `eslint .` never sees it), unless `--keep-build` is given (dist-e2e/kept/, which `--skip-build`
// reuses). Any other argument is passed to vitest (e.g. a spec file name filter).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const BUILDS = 'dist-e2e';
// Per run, like the build; kept only when something failed.
const REPORT = path.join('test-results', `e2e-report-${process.pid}.json`);
const HOST = '127.0.0.1';
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const keepBuild = args.includes('--keep-build');
// Each run builds into its own folder, so two runs in one checkout never serve or delete each
// other's build; a kept build has a fixed name so --skip-build can find it.
const OUT_DIR = keepBuild || skipBuild ? `${BUILDS}/kept` : `${BUILDS}/run-${process.pid}`;
const vitestArgs = args.filter((a) => a !== '--skip-build' && a !== '--keep-build');

function summary(passed, failed) {
  console.log(`e2e: ${passed} passed, ${failed} failed`);
}

/** Run a command to completion with inherited output; resolve to its exit code. */
function run(cmd, cmdArgs, env = process.env) {
  console.log(`$ ${[path.relative(ROOT, cmd) || cmd, ...cmdArgs].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(e.message);
      resolve(1);
    });
  });
}

/** Ask the OS for a free port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Poll the server until it answers 200, the process dies, or time runs out. */
async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) {
      console.error(
        `e2e: ${CHROMIUM} is missing and CI is set: install it with \`apt-get install -y chromium\``,
      );
      summary(0, 1);
      return 1;
    }
    const bar = '!'.repeat(78);
    console.warn(
      `${bar}\n!! BROWSER TESTS SKIPPED: ${CHROMIUM} not found.\n!! Install it (apt-get install -y chromium) to run them; CI=true makes this an error.\n${bar}`,
    );
    summary(0, 0);
    return 0;
  }

  if (!skipBuild) {
    // Generated assets (the offline basemap, bundled fonts) must be in public/ before the build.
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    if (pkg.scripts?.basemap !== undefined) {
      const prepared = await run('npm', ['run', '--silent', 'basemap']);
      if (prepared !== 0) {
        console.error('e2e: npm run basemap failed');
        summary(0, 1);
        return prepared;
      }
    }
    const built = await run(bin('vite'), ['build', '--mode', 'e2e', '--outDir', OUT_DIR, '--emptyOutDir']);
    if (built !== 0) {
      console.error('e2e: the app did not build');
      summary(0, 1);
      return built;
    }
  }

  const port = await freePort();
  const url = `http://${HOST}:${port}/`;
  console.log(`$ vite preview --outDir ${OUT_DIR} --host ${HOST} --port ${port}`);
  const server = spawn(
    bin('vite'),
    ['preview', '--outDir', OUT_DIR, '--host', HOST, '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stopServer = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  const removeBuild = async () => {
    if (keepBuild || skipBuild) return;
    await rm(path.join(ROOT, OUT_DIR), { recursive: true, force: true });
    // Leave no empty dist-e2e/ behind for `eslint .` to wander into (rmdir fails if others use it).
    await rmdir(path.join(ROOT, BUILDS)).catch(() => undefined);
  };
  process.on('SIGINT', () => {
    stopServer();
    void removeBuild().finally(() => process.exit(130));
  });

  try {
    await waitForServer(url, server);
    await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await rm(path.join(ROOT, REPORT), { force: true });
    const code = await run(
      bin('vitest'),
      [
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${REPORT}`,
        ...vitestArgs,
      ],
      // The folder too: the offline spec changes the served service worker to stand for a new build,
      // and the live-workshop specs serve the same build from the real sync server.
      { ...process.env, CAREWEALTH_E2E_URL: url, CAREWEALTH_E2E_DIR: path.join(ROOT, OUT_DIR), CAREWEALTH_E2E_DIST: path.join(ROOT, OUT_DIR) },
    );
    let passed = 0;
    let failed = 0;
    try {
      const report = JSON.parse(await readFile(path.join(ROOT, REPORT), 'utf8'));
      passed = report.numPassedTests ?? 0;
      failed = report.numFailedTests ?? 0;
    } catch {
      failed = code === 0 ? 0 : 1;
    }
    // A spec that fails to load counts no tests but must still show as a failure.
    if (code !== 0 && failed === 0) failed = 1;
    if (failed === 0) await rm(path.join(ROOT, REPORT), { force: true });
    summary(passed, failed);
    return code !== 0 ? code : failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    summary(0, 1);
    return 1;
  } finally {
    stopServer();
    await removeBuild();
  }
}

process.exitCode = await main();
