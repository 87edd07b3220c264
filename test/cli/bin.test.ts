// The built command (scripts/build-cli.ts bundles src/cli/main.ts into one file) run as a process:
// started through a real symlink, as npm installs every bin; `help` without loading any command;
// `analyze --json` on a map big enough to share the path pass with a second thread, against the
// same analysis run in this process; and one analysis thread fed a share of the pass directly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type AnalysisResult,
  analyzeMap,
  type FromWorker,
  MeasureContext,
  pathPass,
  resolveSettings,
} from '../../src/analysis';
import { threadStarter } from '../../src/cli/analysisThread';
import { buildCli } from '../../scripts/build-cli';
import { generateMap } from '../helpers/generateMap';
import { json, smallMap } from './fixtures';

let dir: string;
let bundle: string;
// Without INIT_CWD (set by npm) the command resolves paths from its own working directory.
const { INIT_CWD: _npmCwd, ...env } = process.env;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'carewealth-bin-'));
  bundle = await buildCli(path.join(dir, 'build', 'carewealth.mjs'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the built carewealth command', () => {
  it('runs when started through a symlink, as npm installs it', () => {
    const bin = path.join(dir, 'bin');
    symlinkSync(path.join(dir, 'build'), bin);
    const link = path.join(bin, 'carewealth');
    symlinkSync(bundle, link);
    writeFileSync(path.join(dir, 'good.carewealth.json'), json(smallMap()));
    const help = run(link, ['help']);
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('usage: carewealth <command> [options]');
    const good = run(link, ['validate', 'good.carewealth.json']);
    expect(good.stderr).toBe('');
    expect(good.stdout).toBe('OK  good.carewealth.json  (3 nodes, 2 ties)\n');
    expect(good.status).toBe(0);
    expect(run(link, ['frobnicate']).status).toBe(2);
  });

  it('prints one command usage from the registry', () => {
    const r = run(process.execPath, [bundle, 'help', 'analyze']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'carewealth analyze: network measures, care figures and insights (bridges, gaps, overstretched partners)',
      'usage: carewealth analyze FILE [--json] [--exact] [--weighting none|hours|closeness] [--seed N]',
    ]);
  });

  it('analyze --json on two cores gives the analysis of one thread', () => {
    // 1,200 nodes: above the size where the command starts a second thread for the path pass.
    const doc = generateMap({ nodes: 1200, tiesPerNode: 3, seed: 5 });
    writeFileSync(path.join(dir, 'big.carewealth.json'), JSON.stringify(doc));
    const r = run(process.execPath, [bundle, 'analyze', 'big.carewealth.json', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = JSON.parse(r.stdout) as AnalysisResult;
    // Into a pipe the JSON comes compact, in one line.
    expect(r.stdout).toBe(`${JSON.stringify(got)}\n`);
    const want = JSON.parse(JSON.stringify(analyzeMap(doc, resolveSettings()))) as AnalysisResult;
    expect(got.pathEstimate).toBeNull();
    // Sums over the sources in another order differ in the last bits only.
    got.nodes.forEach((n, i) => {
      expect(Math.abs((n.betweenness ?? NaN) - (want.nodes[i]?.betweenness ?? NaN))).toBeLessThan(1e-12);
      expect(Math.abs((n.closeness ?? NaN) - (want.nodes[i]?.closeness ?? NaN))).toBeLessThan(1e-12);
    });
    const paths = (x: AnalysisResult) => ({
      ...x,
      nodes: x.nodes.map((n) => ({ ...n, betweenness: 0, closeness: 0 })),
      insights: x.insights.map((i) => i.id),
    });
    expect(paths(got)).toEqual(paths(want));
  }, 60_000);
});

describe('an analysis thread of the built command', () => {
  it('runs the share of the path pass it is sent and answers with the same sums', async () => {
    const csr = new MeasureContext(generateMap({ nodes: 300, tiesPerNode: 2, seed: 3 }), resolveSettings())
      .csr;
    const thread = threadStarter(pathToFileURL(bundle).href)();
    const answer = await new Promise<FromWorker>((resolve) => {
      thread.onmessage = (event) => {
        if (event.data.type !== 'progress') resolve(event.data);
      };
      thread.postMessage({ type: 'pathPart', requestId: 4, csr: { ...csr, ids: [] }, from: 100, to: 300 });
    });
    thread.terminate();
    expect(answer.type).toBe('pathSums');
    const want = pathPass(csr, { from: 100, to: 300 });
    if (answer.type !== 'pathSums') return;
    expect(answer.requestId).toBe(4);
    expect(Array.from(answer.sums.betweenness)).toEqual(Array.from(want.betweenness));
    expect(Array.from(answer.sums.reached)).toEqual(Array.from(want.reached));
  }, 30_000);
});
