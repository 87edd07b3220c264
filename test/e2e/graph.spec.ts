// Browser tests for the graph canvas: nodes and a tie made with the mouse, undo and redo, box
// select and Delete as one step, filters, search, layouts, and a screenshot check that the canvas
// really shows the sample map (non-blank, and each sampled node's colour where cytoscape says the
// node is); a first picture whose ties are painted under cytoscape is compared with cytoscape's own
// picture of them, pixel by pixel. The small page object below talks to the canvas through the
// read-only test hook.
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { firstLayout } from '../../src/analysis/layouts';
import type { CareMap, TieId } from '../../src/model';
import { generateMap } from '../helpers/generateMap';
import { useBrowser } from './browser';
import { AppPage } from './pages/AppPage';
import { readPng, type Rgb, rgbAt } from './pages/pixels';

const SAMPLE = JSON.parse(readFileSync('sample-maps/larkspur-green.carewealth.json', 'utf8')) as CareMap;

const session = useBrowser();

interface Point {
  x: number;
  y: number;
}

/** The graph canvas as a test sees it: page coordinates of nodes, empty spots, store reads. */
class GraphPage {
  constructor(readonly page: Page) {}

  testId(id: string) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async open(app: AppPage): Promise<void> {
    await app.open();
    await this.page.waitForFunction(() => window.__carewealth?.cy != null, undefined, { timeout: 30_000 });
    // The first layout is saved into the document once; let it land.
    await this.page.waitForFunction(() => window.__carewealth?.getDocument()?.nodes.every((n) => n.position !== undefined) === true, undefined, { timeout: 30_000 });
  }

  /** Top-left of the canvas in page pixels. */
  async origin(): Promise<Point> {
    const box = await this.testId('graph-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    return { x: box.x, y: box.y };
  }

  /** Where a node is drawn, in page pixels. */
  async nodeAt(id: string): Promise<Point> {
    const o = await this.origin();
    const p = await this.page.evaluate((nodeId) => window.__carewealth!.cy!.getElementById(nodeId).renderedPosition(), id);
    return { x: o.x + p.x, y: o.y + p.y };
  }

  /** The middle of an empty w×h rectangle of the canvas (no node within it), in page pixels. */
  async emptySpot(w: number, h: number): Promise<Point> {
    const o = await this.origin();
    const p = await this.page.evaluate(
      ([w, h]) => {
        const cy = window.__carewealth!.cy!;
        const pts = cy.nodes().map((n) => n.renderedPosition());
        for (let y = 40 + h / 2; y < cy.height() - h / 2 - 20; y += 20) {
          // Not where the side drawer floats when a selection opens it (the right 25rem and more).
          const right = cy.width() - 440;
          for (let x = right - 20 - w / 2; x > w / 2 + 20; x -= 20) {
            if (pts.every((p) => Math.abs(p.x - x) > w / 2 + 25 || Math.abs(p.y - y) > h / 2 + 25)) return { x, y };
          }
        }
        return null;
      },
      [w, h] as const,
    );
    if (p === null) throw new Error('no empty spot on the canvas');
    return { x: o.x + p.x, y: o.y + p.y };
  }

  async document(): Promise<CareMap> {
    const doc = await this.page.evaluate(() => window.__carewealth?.getDocument() ?? null);
    if (doc === null) throw new Error('no map open');
    return doc;
  }

  async selection(): Promise<{ nodeIds: string[]; tieIds: string[] }> {
    return this.page.evaluate(() => (window.__carewealth!.getState() as unknown as { selection: { nodeIds: string[]; tieIds: string[] } }).selection);
  }

  async drawnNodeCount(): Promise<number> {
    return this.page.evaluate(() => window.__carewealth!.cy!.nodes().length);
  }

  async lastStepLabel(): Promise<string | undefined> {
    return this.page.evaluate(() => (window.__carewealth!.getState() as unknown as { history: { past: { label: string }[] } }).history.past.at(-1)?.label);
  }

  /** Double-click an empty spot, type a name in the picker (after choosing a kind) and press Enter. */
  async addNodeAt(spot: Point, name: string, kind?: string): Promise<string> {
    await this.page.mouse.dblclick(spot.x, spot.y);
    await this.testId('add-node-popover').waitFor({ state: 'visible' });
    if (kind !== undefined) await this.testId(`add-kind-${kind}`).click();
    await this.testId('add-node-name').fill(name);
    await this.testId('add-node-name').press('Enter');
    await this.testId('add-node-popover').waitFor({ state: 'detached' });
    const node = (await this.document()).nodes.find((n) => n.label === name);
    if (node === undefined) throw new Error(`${name} was not added`);
    return node.id;
  }

  /** Drag with the mouse in small steps (cytoscape needs moves to see a drag). */
  async drag(from: Point, to: Point, modifiers: ('Shift')[] = []): Promise<void> {
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    }
    await this.page.waitForTimeout(150);
    await this.page.mouse.up();
    for (const m of modifiers) await this.page.keyboard.up(m);
  }
}

async function openGraph(): Promise<{ app: AppPage; graph: GraphPage }> {
  const app = new AppPage(session.page());
  const graph = new GraphPage(session.page());
  await graph.open(app);
  return { app, graph };
}

describe('graph canvas', () => {
  it('creates two nodes and a tie with the mouse; undo and redo step through them', async () => {
    const { graph } = await openGraph();
    const spot = await graph.emptySpot(220, 80);
    const alpha = await graph.addNodeAt({ x: spot.x - 70, y: spot.y }, 'E2E Alpha');
    const beta = await graph.addNodeAt({ x: spot.x + 70, y: spot.y }, 'E2E Beta', 'group');
    let doc = await graph.document();
    expect(doc.nodes.find((n) => n.id === beta)?.kind).toBe('group');
    expect(doc.nodes).toHaveLength(SAMPLE.nodes.length + 2);

    await graph.testId('tool-draw').click();
    await graph.drag(await graph.nodeAt(alpha), await graph.nodeAt(beta));
    await expect.poll(async () => (await graph.document()).ties.length).toBe(SAMPLE.ties.length + 1);
    doc = await graph.document();
    const added = doc.ties.at(-1)!;
    expect([added.source, added.target, added.kind]).toEqual([alpha, beta, 'care']);
    expect((await graph.selection()).tieIds).toEqual([added.id]);
    await graph.testId('tool-select').click();

    // Undo the tie, then Beta; redo both.
    await graph.page.locator('body').click({ position: { x: 5, y: 5 } });
    await graph.page.keyboard.press('Control+z');
    await expect.poll(async () => (await graph.document()).ties.length).toBe(SAMPLE.ties.length);
    await graph.testId('undo-button').click();
    await expect.poll(async () => (await graph.document()).nodes.some((n) => n.id === beta)).toBe(false);
    await graph.testId('redo-button').click();
    await graph.page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await graph.document()).ties.some((t) => t.id === added.id)).toBe(true);
    expect(await graph.drawnNodeCount()).toBe(SAMPLE.nodes.length + 2);
  });

  it('box-selects with Shift-drag and deletes the selection with Delete, as one undo step', async () => {
    const { graph } = await openGraph();
    const spot = await graph.emptySpot(260, 120);
    const a = await graph.addNodeAt({ x: spot.x - 60, y: spot.y }, 'Box A');
    const b = await graph.addNodeAt({ x: spot.x + 60, y: spot.y }, 'Box B');
    await graph.drag({ x: spot.x - 120, y: spot.y - 50 }, { x: spot.x + 120, y: spot.y + 50 }, ['Shift']);
    await expect.poll(async () => (await graph.selection()).nodeIds.sort()).toEqual([a, b].sort());
    await graph.page.keyboard.press('Delete');
    await expect.poll(async () => (await graph.document()).nodes.length).toBe(SAMPLE.nodes.length);
    expect(await graph.lastStepLabel()).toBe('Delete 2 nodes');
    await graph.page.keyboard.press('Control+z');
    await expect.poll(async () => (await graph.document()).nodes.length).toBe(SAMPLE.nodes.length + 2);
  });

  it('filters by kind and shows everything again', async () => {
    const { graph } = await openGraph();
    await graph.testId('filters-toggle').click();
    await graph.testId('filter-kind-organisation').check();
    const organisations = SAMPLE.nodes.filter((n) => n.kind === 'organisation').length;
    await expect.poll(() => graph.drawnNodeCount()).toBe(organisations);
    expect(await graph.testId('filters-toggle').getAttribute('aria-label')).toBe(
      `Filters: ${organisations} of ${SAMPLE.nodes.length} nodes shown`,
    );
    await graph.testId('filters-clear').click();
    await expect.poll(() => graph.drawnNodeCount()).toBe(SAMPLE.nodes.length);
  });

  it('finds a node with / and Enter, selects it and centres the view on it', async () => {
    const { graph } = await openGraph();
    const target = SAMPLE.nodes.find((n) => n.kind === 'space')!;
    await graph.page.locator('body').click({ position: { x: 5, y: 5 } });
    await graph.page.keyboard.press('/');
    await expect.poll(() => graph.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-search');
    await graph.page.keyboard.type(target.label);
    await expect.poll(() => graph.testId('search-result').first().textContent()).toBe(target.label);
    await graph.page.keyboard.press('Enter');
    await expect.poll(async () => (await graph.selection()).nodeIds).toEqual([target.id]);
    const box = await graph.testId('graph-canvas').boundingBox();
    await expect
      .poll(async () => {
        const p = await graph.nodeAt(target.id);
        return Math.round(Math.hypot(p.x - (box!.x + box!.width / 2), p.y - (box!.y + box!.height / 2)));
      })
      .toBeLessThan(5);
  });

  it('switches layouts; each is one named undo step and keeps every node', async () => {
    const { graph } = await openGraph();
    await graph.testId('layout-menu').click();
    await graph.testId('layout-grid').click();
    await expect.poll(() => graph.lastStepLabel()).toBe('Lay out: grid');
    const grid = await graph.document();
    // A grid: one offset for all x and all y, 80 apart.
    const xs = new Set(grid.nodes.map((n) => (((n.position!.x % 80) + 80) % 80)));
    const ys = new Set(grid.nodes.map((n) => (((n.position!.y % 80) + 80) % 80)));
    expect([xs.size, ys.size]).toEqual([1, 1]);
    for (const [layout, label] of [
      ['team', 'Lay out: by team'],
      ['community', 'Lay out: by community'],
      ['concentric', 'Lay out: concentric'],
      ['force', 'Lay out: force-directed'],
    ] as const) {
      await graph.testId('layout-menu').click();
      await graph.testId(`layout-${layout}`).click();
      await expect.poll(() => graph.lastStepLabel(), { timeout: 30_000 }).toBe(label);
    }
    const after = await graph.document();
    expect(after.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(await graph.drawnNodeCount()).toBe(SAMPLE.nodes.length);
    expect(session.pageErrors()).toEqual([]);
  });

  it('draws the sample map: the canvas is not blank and nodes are where cytoscape says, in their colours', async () => {
    const { graph } = await openGraph();
    await graph.testId('legend-toggle').click();
    await graph.testId('legend').waitFor({ state: 'detached' });
    // Zoom in on the middle so nodes are large; return nothing from evaluate (a cytoscape
    // instance is far too big to send back).
    await graph.page.evaluate(() => {
      const cy = window.__carewealth!.cy!;
      cy.fit(undefined, 40);
      cy.zoom({ level: cy.zoom() * 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await graph.page.waitForTimeout(500);
    const png = await graph.testId('graph-canvas').screenshot();
    // Every person and organisation (the most numerous kinds) drawn well inside the canvas; a
    // neighbour's label may cover a few, so the check below is on the median of each kind.
    const samples = await graph.page.evaluate(() => {
      const cy = window.__carewealth!.cy!;
      return ['person', 'organisation'].flatMap((kind) =>
        cy
          .nodes(`[kind = "${kind}"]`)
          .filter((x) => {
            const p = x.renderedPosition();
            return p.x > 30 && p.y > 30 && p.x < cy.width() - 30 && p.y < cy.height() - 30;
          })
          .map((x) => {
            const n = x as unknown as { renderedPosition(): { x: number; y: number }; renderedWidth(): number };
            return { kind, at: n.renderedPosition(), radius: n.renderedWidth() / 2 };
          }),
      );
    });
    const shot = await readPng(graph.page, png);
    let ink = 0;
    for (let i = 0; i < shot.data.length; i += 4) {
      if (shot.data[i]! < 240 || shot.data[i + 1]! < 240 || shot.data[i + 2]! < 240) ink += 1;
    }
    const measured = {
      ink,
      total: shot.width * shot.height,
      patches: samples.map(({ at, radius }) => {
        const r = Math.max(2, Math.floor(radius * 0.7));
        const [cx, cy] = [Math.round(at.x), Math.round(at.y)];
        const pixels: Rgb[] = [];
        for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) pixels.push(rgbAt(shot, x, y));
        return pixels;
      }),
    };
    // Not blank: over 2% of the canvas is drawn on.
    expect(measured.ink / measured.total).toBeGreaterThan(0.02);
    const expected: Record<string, [number, number, number]> = {
      person: [0, 114, 178],
      organisation: [213, 94, 0],
    };
    const fractions = new Map<string, number[]>();
    samples.forEach((s, i) => {
      const [r, g, b] = expected[s.kind]!;
      const patch = measured.patches[i]!;
      const near = patch.filter(([pr, pg, pb]) => Math.hypot(pr - r, pg - g, pb - b) < 60).length;
      fractions.set(s.kind, [...(fractions.get(s.kind) ?? []), near / patch.length]);
    });
    expect([...fractions.keys()].sort()).toEqual(['organisation', 'person']);
    for (const [kind, list] of fractions) {
      list.sort((a, b) => a - b);
      // Most of a node's middle is its fill (the rest is its letter and outline).
      expect(list[Math.floor(list.length / 2)], kind).toBeGreaterThan(0.3);
    }
  });

  it('paints the many ties of a first picture as cytoscape draws them, then hands them to cytoscape', async () => {
    const { app, graph } = await openGraph();
    const page = graph.page;
    // The sample's 379 ties go straight to cytoscape: too few to be worth painting.
    expect(await page.locator('canvas.first-ties').count()).toBe(0);
    expect(await page.evaluate(() => window.__carewealth!.cy!.edges().length)).toBe(379);

    // 450 nodes and 1,350 ties, every node placed (as a saved map is), and a second tie between
    // two of them: the pair curve apart, which only cytoscape draws, so they go to it at once.
    // The test hook holds the painted ties back from cytoscape.
    const generated = generateMap({ nodes: 450, seed: 11 });
    const map: CareMap = {
      ...generated,
      ties: [...generated.ties, { ...generated.ties[0]!, id: 'second-tie' as TieId }],
      nodes: generated.nodes.map((n, i) => ({ ...n, position: { x: (i % 25) * 90 + (i % 3) * 20, y: Math.floor(i / 25) * 80 + (i % 5) * 9, pinned: false } })),
    };
    await page.evaluate(() => window.__carewealth!.holdFirstTies(true));
    await app.openWithPicker([{ name: 'many-ties.carewealth.json', mimeType: 'application/json', text: JSON.stringify(map) }]);
    await graph.testId('import-open-new').click();
    await page.waitForFunction((n) => window.__carewealth?.cy?.nodes().length === n && window.__carewealth.cyDrawnAt !== null, map.nodes.length, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    // First picture: every node and the two curved ties in cytoscape, the other ties painted under it.
    expect(await page.locator('canvas.first-ties').count()).toBe(1);
    expect(await page.evaluate(() => window.__carewealth!.cy!.edges().map((e) => e.id()).sort())).toEqual([generated.ties[0]!.id, 'second-tie'].sort());
    const canvas = graph.testId('graph-canvas');
    const painted = await readPng(page, await canvas.screenshot());
    await page.evaluate(() => document.querySelector<HTMLElement>('canvas.first-ties')!.style.setProperty('visibility', 'hidden'));
    const bare = await readPng(page, await canvas.screenshot());
    await page.evaluate(() => document.querySelector<HTMLElement>('canvas.first-ties')!.style.removeProperty('visibility'));

    // Let go: cytoscape gets every tie and the painted layer goes.
    await page.evaluate(() => window.__carewealth!.holdFirstTies(false));
    await page.waitForFunction((n) => window.__carewealth!.cy!.edges().length === n && document.querySelector('canvas.first-ties') === null, map.ties.length, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const drawn = await readPng(page, await canvas.screenshot());

    /** Share of pixels whose colour differs by more than 32 in some channel. */
    const differs = (a: typeof drawn, b: typeof drawn) => {
      let n = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        const d = Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!));
        if (d > 32) n += 1;
      }
      return n / (a.width * a.height);
    };
    expect([painted.width, painted.height]).toEqual([drawn.width, drawn.height]);
    // The ties are a good part of the picture: without them over 5% of it is different…
    expect(differs(bare, drawn)).toBeGreaterThan(0.05);
    // …and painted, it is cytoscape's picture but for edge smoothing (measured: 0.01%).
    expect(differs(painted, drawn)).toBeLessThan(0.001);

    // The ties are cytoscape's now: one can be selected like any other.
    const tieId = map.ties[700]!.id;
    await page.evaluate((id) => {
      window.__carewealth!.cy!.getElementById(id).emit('tap');
    }, tieId);
    await expect.poll(async () => (await graph.selection()).tieIds).toEqual([tieId]);
  });

  it('lays a map nobody arranged out while the import question is read; the picture waits for it', async () => {
    const { app, graph } = await openGraph();
    const page = graph.page;
    // 300 nodes without positions, as a file from another tool: it needs a first layout. The test
    // hook holds the layout worked out ahead until the test lets it go.
    const doc = generateMap({ nodes: 300, seed: 23 });
    expect(doc.nodes.every((n) => n.position === undefined)).toBe(true);
    await page.evaluate(() => window.__carewealth!.holdLayoutAhead(true));
    await app.openWithPicker([{ name: 'unarranged.carewealth.json', mimeType: 'application/json', text: JSON.stringify(doc) }]);
    await graph.testId('import-open-new').click();
    // The map is open; its picture says it is being arranged, and the rest of the app can be used
    // meanwhile: the table lists the new map's nodes.
    await expect.poll(async () => (await graph.document()).nodes.length).toBe(300);
    const waiting = graph.testId('graph-arranging');
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe('Arranging 300 nodes…');
    // The toolbar holds its place, inert until there is a picture to act on, so nothing shifts.
    const toolbar = graph.testId('graph-toolbar');
    const inert = () => toolbar.evaluate((el) => el.closest('[inert]') !== null);
    expect(await inert()).toBe(true);
    const waitingBox = await toolbar.boundingBox();
    const opened = await graph.document();
    expect(opened.nodes.every((n) => n.position === undefined)).toBe(true);
    await app.showTable();
    expect(await app.tableCountText()).toContain('300');
    await graph.testId('view-graph').click();
    await waiting.waitFor();

    await page.evaluate(() => window.__carewealth!.holdLayoutAhead(false));
    await page.waitForFunction((n) => window.__carewealth?.cy?.nodes().length === n, 300, { timeout: 30_000 });
    expect(await waiting.count()).toBe(0);
    expect(await inert()).toBe(false);
    expect(await toolbar.boundingBox()).toEqual(waitingBox);
    // The places the picture keeps are firstLayout's for the opened map, worked out in the worker.
    await expect.poll(async () => (await graph.document()).nodes.every((n) => n.position !== undefined), { timeout: 15_000 }).toBe(true);
    const expected = firstLayout(opened);
    for (const n of (await graph.document()).nodes) {
      expect({ x: n.position!.x, y: n.position!.y }, n.id).toEqual(expected.get(n.id));
    }
  });

  it('on a big map draws ties by zoom: none zoomed out, the selection’s always, every tie on request', async () => {
    const { app, graph } = await openGraph();
    // 2,200 nodes and 6,600 ties: over the 6,000 elements from which ties are thinned.
    const big = generateMap({ nodes: 2200, seed: 3 });
    const degree = new Map<string, number>();
    for (const t of big.ties) for (const end of [t.source, t.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const labels = new Map<string, number>();
    for (const n of big.nodes) labels.set(n.label, (labels.get(n.label) ?? 0) + 1);
    const target = big.nodes.find((n) => labels.get(n.label) === 1 && (degree.get(n.id) ?? 0) >= 3)!;
    const targetTies = big.ties.filter((t) => t.source === target.id || t.target === target.id).length;

    await app.openWithPicker([{ name: 'big.carewealth.json', mimeType: 'application/json', text: JSON.stringify(big) }]);
    await graph.testId('import-open-new').click();
    await graph.page.waitForFunction((n) => window.__carewealth?.cy?.nodes().length === n, big.nodes.length, { timeout: 60_000 });
    const edges = () => graph.page.evaluate(() => window.__carewealth!.cy!.edges().length);
    // Zoomed out to the whole map: no tie drawn, and the note says why.
    expect(await edges()).toBe(0);
    await expect.poll(() => graph.testId('tie-detail-note').textContent()).toContain('6,600 ties are not drawn');

    // Find a node: it is selected and centred at zoom 1, where the ties on screen are drawn.
    await graph.page.locator('body').click({ position: { x: 5, y: 5 } });
    await graph.page.keyboard.press('/');
    await graph.page.keyboard.type(target.label);
    await expect.poll(() => graph.testId('search-result').first().textContent()).toBe(target.label);
    await graph.page.keyboard.press('Enter');
    await expect.poll(async () => (await graph.selection()).nodeIds).toEqual([target.id]);
    await expect.poll(edges, { timeout: 10_000 }).toBeGreaterThan(targetTies);
    expect(await edges()).toBeLessThan(big.ties.length);

    // Zoomed out again: only the selected node's ties.
    await graph.testId('zoom-fit').click();
    await expect.poll(edges, { timeout: 10_000 }).toBe(targetTies);
    const drawnEnds = await graph.page.evaluate(() =>
      window.__carewealth!.cy!.edges().map((e) => [e.data('source') as string, e.data('target') as string]),
    );
    expect(drawnEnds.every((ends) => ends.includes(target.id))).toBe(true);

    // Every tie on request, and back.
    await graph.testId('tie-detail-all').click();
    await expect.poll(edges, { timeout: 20_000 }).toBe(big.ties.length);
    await graph.testId('tie-detail-thin').click();
    await expect.poll(edges, { timeout: 20_000 }).toBe(targetTies);
  });
});
