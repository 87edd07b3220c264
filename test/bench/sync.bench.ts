// Live workshop under load: 30 simulated phones each add 20 nodes and 20 care ties at random
// moments within a minute, against the real sync server (in this process, on loopback) and the
// real host: the built app in headless Chromium with a live workshop started from its panel.
// Reports how long each entry took from the phone sending it to the host's map having it (the
// moment the host's store applied it, read from the host's own arrival record; same machine,
// same clock), as median and 95th percentile, and whether all 1,200 entries arrived.
// `SYNC_BENCH_SECONDS` shortens or stretches the minute; `SYNC_BENCH_VIEW` shows another view on
// the host than the graph; `SYNC_BENCH_PROFILE=file.cpuprofile` records the host page's CPU
// profile while phones send (open it in Chrome DevTools' Performance panel). Figures only: nothing passes or fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { newId, newNodeId, newTieId } from '../../src/model';
import { startSyncServer } from '../../src/server/syncServer';
import { attachDoc, openSyncSocket } from '../../src/sync/client';
import { nextSeq, writeEntries } from '../../src/sync/deviceDoc';
import type { Entry } from '../../src/sync/entries';
import { deviceDocName, mapDocName, newDeviceKey } from '../../src/sync/protocol';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser';

const DEVICES = 30;
const NODES_EACH = 20;
const TIES_EACH = 20;
const ROOT = path.resolve(import.meta.dirname, '../..');

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

interface Phone {
  readonly doc: Y.Doc;
  readonly map: Y.Doc;
  readonly destroy: () => void;
}

export async function run(): Promise<void> {
  const seconds = Number(process.env.SYNC_BENCH_SECONDS ?? 60);
  const work = mkdtempSync(path.join(tmpdir(), 'carewealth-sync-bench-'));
  const dist = path.join(work, 'dist');
  spawnSync('npm', ['run', '--silent', 'basemap'], { cwd: ROOT, stdio: 'inherit' });
  const built = spawnSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'e2e', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the app did not build');

  const server = await startSyncServer({ port: 0, hosts: ['127.0.0.1'], distDir: dist, dataDir: path.join(work, 'rooms'), sync: true });
  const origin = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const phones: Phone[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__carewealth?.getDocument() != null, undefined, { timeout: 60_000 });
    await page.locator('[data-testid="live-workshop-button"]').click();
    await page.locator('[data-testid="live-start"]').click();
    const code = (await page.locator('[data-testid="live-join-code"]').textContent({ timeout: 30_000 })) ?? '';
    await page.locator('[data-testid="live-panel"] button', { hasText: 'Back to the map' }).click();
    // `SYNC_BENCH_VIEW=table` (or map, …) times the host on another view than the graph.
    const view = process.env.SYNC_BENCH_VIEW;
    if (view !== undefined) await page.locator(`[data-testid="view-${view}"]`).click();
    const roomId = await page.evaluate(() => localStorage.getItem('carewealth.live.host') ?? '{}');
    const room = (JSON.parse(roomId) as { roomId: string }).roomId;

    for (let i = 0; i < DEVICES; i++) {
      const deviceKey = newDeviceKey();
      const sync = openSyncSocket({ origin, who: { role: 'join', deviceKey, joinCode: code }, WebSocketPolyfill: WebSocket });
      const map = new Y.Doc();
      const doc = new Y.Doc();
      const synced = Promise.all([
        new Promise<void>((r) => attachDoc(sync, mapDocName(room), map, { onSynced: r })),
        new Promise<void>((r) => attachDoc(sync, deviceDocName(room, deviceKey), doc, { onSynced: r })),
      ]);
      await synced;
      doc.getMap('meta').set('name', `Phone ${i + 1}`);
      phones.push({ doc, map, destroy: () => sync.socket.destroy() });
    }

    // Each phone: 20 nodes and 20 ties at random moments in the window; tie k runs from the
    // phone's node k to someone already on the published map, after node k was sent.
    const sentAt = new Map<string, number>();
    const profileTo = process.env.SYNC_BENCH_PROFILE;
    const cdp = profileTo === undefined ? null : await page.context().newCDPSession(page);
    if (cdp !== null) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const start = Date.now();
    const timers: Promise<void>[] = [];
    for (const phone of phones) {
      const nodeTimes = Array.from({ length: NODES_EACH }, () => Math.random() * seconds * 1000 * 0.8).sort((a, b) => a - b);
      const nodeIds = nodeTimes.map(() => newNodeId());
      nodeTimes.forEach((t, k) => {
        const send = (entry: Entry) => {
          writeEntries(phone.doc, [entry]);
          sentAt.set(entry.id, Date.now());
        };
        timers.push(
          new Promise<void>((resolve) =>
            setTimeout(() => {
              send({ id: newId('e'), seq: nextSeq(phone.doc), at: Date.now(), type: 'add-node', node: { id: nodeIds[k] as string, kind: 'person', label: `Neighbour ${k + 1}` } });
              resolve();
            }, t),
          ),
        );
        const tieAt = t + Math.random() * (seconds * 1000 - t);
        if (k < TIES_EACH) {
          timers.push(
            new Promise<void>((resolve) =>
              setTimeout(() => {
                const published = [...phone.map.getMap('nodes').keys()];
                const target = published[Math.floor(Math.random() * published.length)] ?? (nodeIds[(k + 1) % NODES_EACH] as string);
                send({ id: newId('e'), seq: nextSeq(phone.doc), at: Date.now(), type: 'add-tie', tie: { id: newTieId(), source: nodeIds[k] as string, target, careTypes: ['social'], frequency: 'weekly' } });
                resolve();
              }, Math.max(tieAt, t + 1)),
            ),
          );
        }
      });
    }
    await Promise.all(timers);
    if (cdp !== null && profileTo !== undefined) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
    }
    const sendSeconds = (Date.now() - start) / 1000;

    const expected = DEVICES * (NODES_EACH + TIES_EACH);
    type Timing = { state: string; answered: number; frame: number };
    const readTimings = () => page.evaluate(() => (window as { __carewealthLiveTimings?: () => Record<string, Timing> }).__carewealthLiveTimings?.() ?? {});
    let timings: Record<string, Timing> = {};
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      timings = await readTimings();
      if (Object.keys(timings).length >= expected) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const doc = await page.evaluate(() => window.__carewealth?.getDocument());
    const nodeIds = new Set<string>(doc?.nodes.map((n) => n.id));
    const tieIds = new Set<string>(doc?.ties.map((t) => t.id));
    let applied = 0;
    let refused = 0;
    const toStore: number[] = [];
    const toFrame: number[] = [];
    for (const phone of phones) {
      phone.doc.getMap<Entry>('entries').forEach((entry, id) => {
        const onMap = entry.type === 'add-node' ? nodeIds.has(entry.node.id) : entry.type === 'add-tie' ? tieIds.has(entry.tie.id) : false;
        const timing = timings[id];
        if (timing?.state === 'applied' && onMap) applied++;
        if (timing?.state === 'refused') refused++;
        const sent = sentAt.get(id);
        if (timing !== undefined && sent !== undefined) {
          toStore.push(timing.answered - sent);
          toFrame.push(timing.frame - sent);
        }
      });
    }
    toStore.sort((a, b) => a - b);
    toFrame.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(`${DEVICES} phones sent ${sentAt.size} entries over ${sendSeconds.toFixed(1)} s; on the host's map: ${applied} of ${expected}; refused: ${refused}.`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores`);
    console.log('');
    console.log('| delay from the phone sending an entry | entries | median | p95 | max |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(`| to the host's map (store applied it) | ${toStore.length} | ${ms(percentile(toStore, 50))} | ${ms(percentile(toStore, 95))} | ${ms(toStore.at(-1) ?? Number.NaN)} |`);
    console.log(`| to the host's next frame | ${toFrame.length} | ${ms(percentile(toFrame, 50))} | ${ms(percentile(toFrame, 95))} | ${ms(toFrame.at(-1) ?? Number.NaN)} |`);
  } finally {
    for (const phone of phones) phone.destroy();
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
