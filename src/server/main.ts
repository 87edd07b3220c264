// `npm run serve` (and the last step of `npm start`): serve the built app and the live-workshop
// sync on one port, on this machine and the room's own network, and print where to find it.
//
//   --port N        port to listen on (default 4173; 0 picks a free one)
//   --host ADDR     address to bind, repeatable (default: 127.0.0.1 and the private-network addresses)
//   --dist DIR      the built app to serve (default dist/)
//   --data DIR      where rooms are kept (default ~/.carewealth/workshops)
//   --no-sync       serve the app on 127.0.0.1 only, with no live workshops
//   --open          open the app in this machine's browser
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import { startSyncServer } from './syncServer';

/* eslint-disable no-console -- this is a command-line program: printing is its job */

interface Args {
  port: number;
  hosts: string[] | undefined;
  dist: string;
  data: string;
  sync: boolean;
  open: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    port: 4173,
    hosts: undefined,
    dist: 'dist',
    data: path.join(homedir(), '.carewealth', 'workshops'),
    sync: true,
    open: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') args.port = Number(value());
    else if (arg === '--host') args.hosts = [...(args.hosts ?? []), value()];
    else if (arg === '--dist') args.dist = value();
    else if (arg === '--data') args.data = value();
    else if (arg === '--no-sync') args.sync = false;
    else if (arg === '--open') args.open = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('--port must be 0-65535');
  return args;
}

function openBrowser(url: string): void {
  const [cmd, ...cmdArgs] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  try {
    const child = spawn(cmd ?? 'xdg-open', cmdArgs, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`Open ${url} in your browser.`));
    child.unref();
  } catch {
    console.log(`Open ${url} in your browser.`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dist = path.resolve(args.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no built app in ${dist}: run \`npm run build\` first`);
  }
  const server = await startSyncServer({
    port: args.port,
    hosts: args.sync ? args.hosts : ['127.0.0.1'],
    distDir: dist,
    dataDir: path.resolve(args.data),
    sync: args.sync,
    log: (line) => console.log(`[${new Date().toLocaleTimeString()}] ${line}`),
  });
  const local = `http://localhost:${server.port}/`;
  console.log(`\nCarewealth is running on port ${server.port}.`);
  console.log(`  On this computer:        ${local}`);
  const lan = server.hosts.filter((h) => h !== '127.0.0.1' && h !== '::1' && h !== 'localhost');
  if (!args.sync) {
    console.log('  Live workshops are off (--no-sync): the app is served on this computer only.');
  } else if (lan.length > 0) {
    for (const host of lan) console.log(`  On the room's network:   http://${host}:${server.port}/  (live workshop sync on the same port)`);
    console.log(`  Workshop rooms are kept in ${path.resolve(args.data)}`);
  } else {
    console.log("  No private network found: phones cannot join until this computer is on the room's Wi-Fi.");
  }
  console.log('Press Ctrl+C to stop.\n');
  if (args.open) openBrowser(local);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`carewealth server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
