// Browser benchmark of the graph canvas (`npm run bench:ui`): builds the app with its test hook,
// serves it, and for generated maps of 500, 5,000 and 20,000 nodes (about 3 ties per node) opens
// the file through the Open… picker, twice: as a map saved by the app (every node has a position)
// and as a map nobody has arranged yet (an import; the app lays it out first). It prints:
// - the time to the first drawn frame: file handed to the app (the picker's change event) ->
//   "open as a new map?" asked, plus "open" clicked -> cytoscape has drawn its first frame with
//   every node in (the person's own reaction time in between is left out: the bench clicks at
//   once); for the unarranged map also with "open" clicked after a second of reading the
//   question, in a browser of its own (the app lays the map out while the question is read); on
//   a map with many plain ties that frame's ties are painted under cytoscape
//   (views/graph/firstTies.ts), marked "ties painted", and the next figure is when cytoscape has
//   them all and has drawn them (they can be clicked from then on);
// - when the page is smooth again (two animation frames in a row under 50 ms; cytoscape goes on
//   filling its caches after the first picture), and when the new map is saved in the browser;
// - the median and 95th-percentile frame time while a person pans (mouse drag) and zooms (mouse
//   wheel) for three seconds (requestAnimationFrame timing in the page), first over the whole
//   map as opened, then at zoom 1 (where big maps draw their ties), each followed by how long the
//   page takes to be smooth again once the gestures stop;
// - the floor, in the same run: a bare page with nothing but cytoscape drawing the same nodes (at
//   the saved map's positions) and ties with cytoscape's default style, in a container the size of
//   our canvas, timed from creating the instance to its first frame; and our overhead over it
//   ("Open" clicked -> first frame, against that floor).
// It only reports; nothing passes or fails on timings. Options: --skip-build reuses the last
// build; --gpu-canvas keeps Chromium's accelerated 2D canvas; a number (e.g. `-- 500`) runs only
// that size; --saved or --unarranged runs only that kind of map; --webgl asks for the WebGL
// renderer on big maps; --busy adds the main thread's busy time (CPU profile) from "Open" to the
// first frame beside the bare page's, which leaves out waiting for other processes (it still
// varies from run to run: one run is a sample, not a verdict);
// --json ends with one line of JSON holding every figure (UiBenchResult),
// which waits.bench.ts reads to print the 500-node first frame beside the floor in `npm run bench`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';

import type { Core, ElementDefinition } from 'cytoscape';

import type { CareMap } from '../../../src/model';
import { firstLayout } from '../../../src/views/graph/layouts';
import { generateMap } from '../../helpers/generateMap';
import { overFloor } from '../measure';
import { buildApp, chooseMapFile, launchBrowser, loadNow, openApp, openChosen, openMapFile, serveApp, WORK } from './app';

// Same browser and flags as the browser tests (test/e2e/browser.ts), which draw the 2D canvas in
// software: here the only "GPU" is SwiftShader, which makes Chromium's accelerated 2D canvas some
// 20× slower (measured: 700 vs 33 ms a frame panning the 185-node sample). --gpu-canvas puts the
// accelerated canvas back, to see that. A real machine has a GPU.
const GPU_CANVAS = process.argv.includes('--gpu-canvas');

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The same cytoscape the app bundles, as a plain script for the bare page. */
const CYTOSCAPE_SCRIPT = path.join(ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js');

interface Figures {
  nodes: number;
  ties: number;
  arranged: boolean;
  fileMb: number;
  /** File chosen -> the "open as a new map?" question on screen (reading and checking the file). */
  readMs: number;
  /** "Open" clicked -> cytoscape's first frame with every node drawn. */
  drawMs: number;
  /** Whether that frame's ties were painted under cytoscape (views/graph/firstTies.ts). */
  paintedTies: boolean;
  /** "Open" clicked -> every drawn tie in cytoscape and drawn by it (drawMs when none was painted). */
  tiesInMs: number;
  /**
   * Unarranged maps only: drawMs when "Open" is clicked READING_MS after the question appears, as
   * a person reading it would (the first layout is worked out meanwhile; analysis/layoutAhead.ts).
   */
  drawAfterReadingMs?: number;
  /** "Open" clicked -> two animation frames in a row under 50 ms after that first frame. */
  settledMs: number;
  /** "Open" clicked -> the map saved in the browser's storage (to within 0.1 s). */
  savedMs: number;
  renderer: string;
  /** Size of the graph canvas, CSS pixels (the bare page's container gets the same). */
  canvas: { width: number; height: number };
  /** Panning and zooming the whole map (as fitted when opened). */
  overview: Motion;
  /** The same at zoom 1 around the middle, where a big map draws its ties. */
  closeUp: Motion;
}

/** The last line printed with --json. */
export interface UiBenchResult {
  /** One-minute load average when the measurements ended. */
  readonly load: number;
  readonly sizes: Array<{
    nodes: number;
    floorMs: number;
    ours: Figures[];
    /** With --busy: main-thread busy ms, "Open" clicked -> first frame (ours) and the bare page's. */
    busy?: { bareMs: number; savedMs?: number; unarrangedMs?: number };
  }>;
}

interface Motion {
  medianFrameMs: number;
  p95FrameMs: number;
  /** From the last gesture until two animation frames in a row under 50 ms (cytoscape redraws in full). */
  settleMs: number;
}

/** Start recording animation-frame intervals in the page (window.benchFrames). */
const START_FRAMES = `(() => {
  window.benchFrames = [];
  window.benchRecording = true;
  let last = performance.now();
  requestAnimationFrame(function step(now) {
    window.benchFrames.push(now - last);
    last = now;
    if (window.benchRecording) requestAnimationFrame(step);
  });
})()`;
/** In the page: note whether a first picture's ties are painted (firstTies.ts), and when that layer goes. */
const WATCH_PAINTED_TIES = `(() => {
  window.benchTies = { painted: false, removedAt: null };
  const isLayer = (n) => n instanceof Element && n.classList.contains('first-ties');
  new MutationObserver((records) => {
    for (const r of records) {
      if ([...r.addedNodes].some(isLayer)) window.benchTies.painted = true;
      if ([...r.removedNodes].some(isLayer)) window.benchTies.removedAt = performance.now();
    }
  }).observe(document.body, { childList: true, subtree: true });
})()`;
/** In the page: resolves with the time of the second animation frame in a row under 50 ms. */
const SETTLE = `new Promise((resolve) => {
  let last = performance.now();
  let smooth = 0;
  const started = last;
  requestAnimationFrame(function step(now) {
    smooth = now - last < 50 ? smooth + 1 : 0;
    last = now;
    if (smooth >= 2 || now - started > 120000) resolve(now);
    else requestAnimationFrame(step);
  });
})`;
const STOP_FRAMES = `(() => { window.benchRecording = false; return window.benchFrames.slice(1); })()`;

/**
 * What a person does to look around a map: drag the background to pan (1.5 s, back and forth),
 * then turn the mouse wheel to zoom in and out (1.5 s). Input goes through Chromium's own event
 * pipeline, so cytoscape sees real gestures (and may draw a cheaper picture while they last).
 * Returns the animation-frame intervals in ms.
 */
async function panAndZoom(page: Page): Promise<number[]> {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(START_FRAMES);
  const start = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; Date.now() - start < 1500; i++) {
    const phase = (i % 80) / 80; // a slow circle, 120 px across
    await page.mouse.move(cx + 120 * Math.cos(2 * Math.PI * phase) - 120, cy + 120 * Math.sin(2 * Math.PI * phase));
  }
  await page.mouse.up();
  const wheelStart = Date.now();
  for (let i = 0; Date.now() - wheelStart < 1500; i++) {
    await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60);
    await page.waitForTimeout(16);
  }
  return (await page.evaluate(STOP_FRAMES)) as number[];
}

/** Pan and zoom (panAndZoom), then time how long the page takes to be smooth again. */
async function motion(page: Page): Promise<Motion> {
  const frames = (await panAndZoom(page)).sort((a, b) => a - b);
  const stopped = (await page.evaluate('performance.now()')) as number;
  const smooth = (await page.evaluate(SETTLE)) as number;
  return {
    medianFrameMs: Math.round(quantile(frames, 0.5) * 10) / 10,
    p95FrameMs: Math.round(quantile(frames, 0.95) * 10) / 10,
    settleMs: Math.round(smooth - stopped),
  };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** How long a person takes to read the "open as a new map?" question before clicking (ms). */
const READING_MS = 1000;

/** drawMs of the unarranged map, in a browser of its own, "Open" clicked after READING_MS. */
async function drawAfterReading(url: string, size: number): Promise<number> {
  const file = path.join(WORK, `generated-${size}.carewealth.json`);
  await writeFile(file, JSON.stringify(benchMap(size, false)));
  const browser = await launchBrowser(GPU_CANVAS);
  try {
    const page = await openApp(browser, url);
    return (await openMapFile(page, file, size, READING_MS)).drawMs;
  } finally {
    await browser.close();
  }
}

/** The generated map, with every node placed where the app would first put it when `arranged`. */
function benchMap(size: number, arranged: boolean): CareMap {
  const doc = generateMap({ nodes: size, seed: 11 });
  if (!arranged) return doc;
  const at = firstLayout(doc);
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { ...at.get(n.id)!, pinned: false } })) };
}

async function measure(url: string, size: number, arranged: boolean): Promise<Figures> {
  const doc = benchMap(size, arranged);
  const text = JSON.stringify(doc);
  const file = path.join(WORK, `generated-${size}.carewealth.json`);
  await writeFile(file, text);
  const browser = await launchBrowser(GPU_CANVAS);
  try {
    const page = await openApp(browser, url);
    await page.evaluate(WATCH_PAINTED_TIES);
    const opened = await openMapFile(page, file, size);
    // Painted ties go to cytoscape in the next task; the layer goes when cytoscape has drawn them.
    await page.waitForFunction('window.benchTies.removedAt !== null || !window.benchTies.painted', undefined, { timeout: 600_000 });
    const { painted: paintedTies, removedAt: tiesIn } = (await page.evaluate('window.benchTies')) as { painted: boolean; removedAt: number };
    const settled = (await page.evaluate(SETTLE)) as number;
    const clicked = opened.clickedAt;
    const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
    const renderer = await page.evaluate(() =>
      document.querySelector('[data-testid="graph-canvas"] canvas[data-id$="webgl"]') !== null ? 'webgl' : 'canvas',
    );
    // The new map is saved to the browser's storage once the page is idle after the first
    // picture; time that, and let it finish (and the first positions land) before moving around.
    await page.waitForFunction(
      () => (window.__carewealth!.getState() as unknown as { persistence: { state: string } }).persistence.state === 'saved',
      undefined,
      { timeout: 600_000, polling: 100 },
    );
    const saved = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(1000);
    const overview = await motion(page);
    // Zoom in to 1 around the middle (as a person would with the wheel; the view is set directly
    // so every size gets the same zoom), let it settle, then move around again.
    await page.evaluate(
      '(() => { const cy = window.__carewealth.cy; cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); })()',
    );
    await page.waitForTimeout(400);
    await page.evaluate(SETTLE);
    await page.waitForTimeout(1000);
    const closeUp = await motion(page);
    return {
      nodes: size,
      ties: doc.ties.length,
      arranged,
      fileMb: Math.round((text.length / 1e6) * 10) / 10,
      readMs: opened.readMs,
      drawMs: opened.drawMs,
      paintedTies,
      tiesInMs: paintedTies ? Math.round(tiesIn - opened.clickedAt) : opened.drawMs,
      settledMs: Math.round(settled - clicked),
      savedMs: Math.round(saved - clicked),
      renderer,
      canvas: { width: Math.round(box?.width ?? 1280), height: Math.round(box?.height ?? 800) },
      overview,
      closeUp,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The floor: a bare page with only cytoscape, drawing the map's nodes at their saved positions and
 * its ties with cytoscape's default style (preset layout, fitted), in a container the size of our
 * canvas, in the same browser with the same flags. Milliseconds from creating the instance to its
 * first frame (the same 'render' event the app's test hook times).
 */
async function bareFloor(size: number, canvas: { width: number; height: number }, busy = false): Promise<{ wallMs: number; busyMs: number | null }> {
  const doc = benchMap(size, true);
  const elements: ElementDefinition[] = [
    ...doc.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: n.position?.x ?? 0, y: n.position?.y ?? 0 } })),
    ...doc.ties.map((t) => ({ group: 'edges' as const, data: { id: t.id, source: t.source, target: t.target } })),
  ];
  const browser = await launchBrowser(GPU_CANVAS);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div id="cy" style="width:${canvas.width}px;height:${canvas.height}px"></div></body></html>`,
    );
    await page.addScriptTag({ path: CYTOSCAPE_SCRIPT });
    // The elements are handed to the page first, so neither figure counts copying them in.
    await page.evaluate((els) => {
      (window as unknown as { benchElements: unknown }).benchElements = els;
    }, elements);
    await page.waitForTimeout(500);
    const draw = () =>
      page.evaluate(
        () =>
          new Promise<{ start: number; end: number }>((resolve) => {
            const w = window as unknown as { cytoscape: (options: object) => Core; benchElements: unknown };
            const start = performance.now();
            const cy = w.cytoscape({ container: document.getElementById('cy'), elements: w.benchElements, layout: { name: 'preset', fit: true } });
            cy.one('render', () => resolve({ start, end: performance.now() }));
          }),
      );
    if (!busy) {
      const { start, end } = await draw();
      return { wallMs: Math.round(end - start), busyMs: null };
    }
    let wall = 0;
    const busyMs = await mainThreadBusy(page, async () => {
      const { start, end } = await draw();
      wall = end - start;
      return { from: start, to: end };
    });
    return { wallMs: Math.round(wall), busyMs };
  } finally {
    await browser.close();
  }
}

/**
 * Main-thread time the page spent working (CPU profile samples that are not idle) between the two
 * page times `run` resolves with: unlike wall time, it leaves out waiting for other processes.
 * The profiler runs for a while before `run` starts, so its own start-up (listing every function
 * the page has compiled) falls outside the window.
 */
async function mainThreadBusy(page: Page, run: () => Promise<{ from: number; to: number }>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = (await page.evaluate('performance.now()')) as number;
  await page.waitForTimeout(500);
  const { from, to } = await run();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  // Profile times are microseconds from its start, which is at (or a moment before) `started`.
  const begin = profile.startTime + (from - started) * 1000;
  const end = profile.startTime + (to - started) * 1000;
  let t = profile.startTime;
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (t > end) break;
    if (t >= begin && !idle.has(samples[i]!)) busy += (deltas[i + 1] ?? 0) / 1000;
  }
  return Math.round(busy);
}

/** Main-thread busy time from "Open" clicked to the first frame (mainThreadBusy), in a browser of its own. */
async function busyOpen(url: string, size: number, arranged: boolean): Promise<number> {
  const file = path.join(WORK, `generated-${size}.carewealth.json`);
  await writeFile(file, JSON.stringify(benchMap(size, arranged)));
  const browser = await launchBrowser(GPU_CANVAS);
  try {
    const page = await openApp(browser, url);
    const choice = await chooseMapFile(page, file);
    return await mainThreadBusy(page, async () => {
      const from = (await page.evaluate('performance.now()')) as number;
      return { from, to: await openChosen(page, choice, size) };
    });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  await mkdir(WORK, { recursive: true });
  if (!args.includes('--skip-build')) {
    console.log('building the app with its test hook…');
    await buildApp();
  }
  const server = await serveApp(args.includes('--webgl') ? '?webgl=1' : '');
  const url = server.url;
  try {
    console.log(
      `graph canvas, Chromium headless, WebGL by SwiftShader, 2D canvas ${GPU_CANVAS ? 'on SwiftShader' : 'in software'}, ` +
        `${os.cpus().length} cores, ${loadNow()}`,
    );
    console.log(
      'nodes\tties\tmap\t\tfile MB\tfirst frame ms (read + draw)\tties in cytoscape ms\tsmooth ms\tsaved ms\trenderer\t' +
        'whole map: median frame ms (fps), p95, settle ms\tat zoom 1: median frame ms (fps), p95, settle ms',
    );
    const show = (m: Motion) => `${m.medianFrameMs} (${Math.round(1000 / m.medianFrameMs)}), ${m.p95FrameMs}, ${m.settleMs}`;
    const kinds = args.includes('--saved') ? [true] : args.includes('--unarranged') ? [false] : [true, false];
    const floors: string[] = [];
    const busy = args.includes('--busy');
    const busyLines: string[] = [];
    const result: UiBenchResult['sizes'] = [];
    for (const size of sizes.length > 0 ? sizes : [500, 5000, 20000]) {
      const ours: Figures[] = [];
      for (const arranged of kinds) {
        const f = await measure(url, size, arranged);
        if (!arranged) f.drawAfterReadingMs = await drawAfterReading(url, size);
        ours.push(f);
        console.log(
          `${f.nodes}\t${f.ties}\t${f.arranged ? 'saved' : 'unarranged'}\t${f.fileMb}\t${f.readMs + f.drawMs} (${f.readMs} + ${f.drawMs})${f.paintedTies ? ', ties painted' : ''}\t\t${f.readMs + f.tiesInMs}\t\t\t` +
            `${f.readMs + f.settledMs}\t\t${f.readMs + f.savedMs}\t\t${f.renderer}\t\t${show(f.overview)}\t\t\t${show(f.closeUp)}`,
        );
        if (f.drawAfterReadingMs !== undefined) {
          console.log(`\t\t(clicked after reading the question for ${READING_MS / 1000} s: ${f.readMs + f.drawAfterReadingMs} (${f.readMs} + ${f.drawAfterReadingMs}))`);
        }
      }
      const canvas = ours[0]?.canvas ?? { width: 1280, height: 800 };
      const { wallMs: floor } = await bareFloor(size, canvas);
      const entry: UiBenchResult['sizes'][number] = { nodes: size, floorMs: floor, ours };
      result.push(entry);
      if (busy) {
        const bare = (await bareFloor(size, canvas, true)).busyMs!;
        entry.busy = { bareMs: bare };
        const mine: string[] = [];
        for (const arranged of kinds) {
          const b = await busyOpen(url, size, arranged);
          entry.busy[arranged ? 'savedMs' : 'unarrangedMs'] = b;
          mine.push(`${arranged ? 'saved' : 'unarranged'} ${b} ms, ${overFloor(b, bare)}`);
        }
        busyLines.push(`${size}\t${bare}\t\t\t\t${mine.join('; ')}`);
      }
      const over = ours.map(
        (f) =>
          `${f.arranged ? 'saved' : 'unarranged'} ${f.drawMs} ms, ${overFloor(f.drawMs, floor)}`,
      );
      floors.push(
        `${size}\t${canvas.width}×${canvas.height}\t${floor}\t\t\t\t\t${over.join('; ')}`,
      );
    }
    console.log(`\nthe floor: bare cytoscape, default style, same nodes (saved positions) and ties, same run; load ${os.loadavg()[0]!.toFixed(1)}`);
    console.log('nodes\tcanvas px\tbare first frame ms\tours: "open" clicked -> first frame ms, over the floor');
    for (const line of floors) console.log(line);
    if (busy) {
      console.log(`\nmain-thread busy time (CPU profile, samples not idle), each in a browser of its own; load ${os.loadavg()[0]!.toFixed(1)}`);
      console.log('nodes\tbare cytoscape ms\tours: "open" clicked -> first frame ms, over the floor');
      for (const line of busyLines) console.log(line);
    }
    if (args.includes('--json')) console.log(JSON.stringify({ load: os.loadavg()[0], sizes: result }));
  } finally {
    server.stop();
    // Keep the build (for --skip-build); drop the generated maps.
    for (const size of [500, 5000, 20000, ...sizes]) await rm(path.join(WORK, `generated-${size}.carewealth.json`), { force: true });
  }
}

await main();
// Exit once the figures are printed, whatever the browser or server left open.
process.exit(0);
