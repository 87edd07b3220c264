// The real live-workshop server for browser tests: `src/server/main.ts` started as its own
// process on a free loopback port, serving the build under test (CAREWEALTH_E2E_DIST), with a
// temporary data folder. A test can kill it outright (SIGKILL, as a crash would) and start it
// again on the same port and folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort } from '../helpers/freePort';

export class SyncServerProcess {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'carewealth-e2e-rooms-'));
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    const dist = process.env.CAREWEALTH_E2E_DIST;
    if (dist === undefined || dist === '') throw new Error('CAREWEALTH_E2E_DIST is not set: run the browser tests with `npm run test:e2e`');
    if (this.port === 0) this.port = await freePort();
    // One process (node with tsx's loader), so SIGKILL really stops the server: the tsx command
    // would run it in a child that outlives its parent.
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(this.port), '--host', '127.0.0.1', '--dist', dist, '--data', this.dataDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`the sync server exited (code ${this.child.exitCode})`);
      try {
        const response = await fetch(`${this.url}api/sync`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the sync server did not start within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Kill the process at once, with no chance to tidy up. */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === null || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
