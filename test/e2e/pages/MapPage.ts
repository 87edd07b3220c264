// Page object for the map view: switching to Map or Split, waiting for MapLibre to go idle, reading
// the read-only map probe (window.__carewealth.map()), reading the canvas pixels, and the map's
// controls (Place, settings, PNG export).
import type { Locator, Page } from 'playwright-core';

import type { ProbeMarker } from '../../../src/views/map/mapProbe';
import { AppPage } from './AppPage';
import { canvasColourAt, readCanvas, type Rgb, rgbAt } from './pixels';
import { chooseView } from './topBar';

const MAP_CANVAS = '[data-testid="map-canvas"] canvas';

export interface CanvasPixels {
  /** Canvas size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Distinct RGB colours among every 3rd pixel of every 3rd row. */
  readonly distinctColours: number;
  /** How many sampled pixels match each given colour within `tolerance` per channel. */
  readonly matches: Record<string, number>;
}

export class MapPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  private testId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async showMap(): Promise<void> {
    await this.testId('view-map').click();
    await this.testId('map-view').waitFor({ state: 'visible' });
    await this.waitForIdle();
  }

  async showSplit(): Promise<void> {
    await chooseView(this.page, 'split');
    await this.testId('split-view').waitFor({ state: 'visible' });
    await this.waitForIdle();
  }

  /** Wait until the map exists and MapLibre reports `idle` (style, data and tiles all drawn). */
  async waitForIdle(timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(() => window.__carewealth?.mapIdle === true, undefined, {
      timeout,
      polling: 100,
    });
  }

  async basemap(): Promise<{ showing: string; styleName: string }> {
    return this.page.evaluate(() => {
      const m = window.__carewealth?.map();
      return { showing: m?.basemap() ?? '', styleName: m?.styleName() ?? '' };
    });
  }

  async sourceMarkers(): Promise<ProbeMarker[]> {
    return this.page.evaluate(() => window.__carewealth?.map()?.sourceMarkers() ?? []);
  }

  async renderedMarkers(): Promise<ProbeMarker[]> {
    return this.page.evaluate(() => window.__carewealth?.map()?.renderedMarkers() ?? []);
  }

  async toPage(lng: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(([a, b]) => window.__carewealth!.map()!.toPage(a, b), [lng, lat] as const);
  }

  async fromPage(x: number, y: number): Promise<{ lng: number; lat: number }> {
    return this.page.evaluate(([a, b]) => window.__carewealth!.map()!.fromPage(a, b), [x, y] as const);
  }

  async canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.testId('map-canvas').locator('canvas').boundingBox();
    if (box === null) throw new Error('the map canvas is not on screen');
    return box;
  }

  /**
   * Count colours among the map canvas's pixels (the canvas keeps its drawing buffer); `colours` are
   * '#rrggbb' strings; `host` is the test id of the element holding the canvas (the map view's, or
   * the comparison's `map-picture-canvas`).
   */
  async canvasPixels(colours: readonly string[], tolerance = 6, host = 'map-canvas'): Promise<CanvasPixels> {
    const { width, height, data } = await readCanvas(this.page, `[data-testid="${host}"] canvas`);
    const wanted = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
    const matches: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
    const seen = new Set<number>();
    for (let y = 0; y < height; y += 3) {
      for (let x = 0; x < width; x += 3) {
        const i = (y * width + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        seen.add((r << 16) | (g << 8) | b);
        wanted.forEach((w, k) => {
          if (
            Math.abs(w[0]! - r) <= tolerance &&
            Math.abs(w[1]! - g) <= tolerance &&
            Math.abs(w[2]! - b) <= tolerance
          ) {
            matches[colours[k]!]! += 1;
          }
        });
      }
    }
    return { width, height, distinctColours: seen.size, matches };
  }

  /** The colour of the canvas pixel at page position (x, y), as [r, g, b]. */
  async pixelAt(x: number, y: number): Promise<[number, number, number]> {
    return canvasColourAt(this.page, MAP_CANVAS, x, y);
  }

  /** The colours at page positions of the canvas in `host` (as canvasPixels), read from one copy. */
  async pixelsAt(points: readonly { x: number; y: number }[], host = 'map-canvas'): Promise<Rgb[]> {
    const selector = `[data-testid="${host}"] canvas`;
    const pixels = await readCanvas(this.page, selector);
    const box = await this.page.locator(selector).boundingBox();
    if (box === null) throw new Error(`${selector} is not on screen`);
    const ratio = pixels.width / box.width;
    return points.map((p) => rgbAt(pixels, Math.round((p.x - box.x) * ratio), Math.round((p.y - box.y) * ratio)));
  }

  get notice(): Locator {
    return this.testId('map-notice');
  }

  async setOnlineStyle(url: string): Promise<void> {
    await this.testId('map-settings-button').click();
    await this.testId('basemap-style-url').fill(url);
    await this.testId('basemap-use-online').click();
    await this.testId('map-settings-close').click();
  }

  /** Press Place next to an unplaced node in "Not on the map yet". */
  async startPlacing(nodeId: string): Promise<void> {
    const toggle = this.page.locator('.map-placement-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await this.page
      .locator(`[data-testid="map-unplaced"] li[data-node-id="${nodeId}"] [data-testid="map-place-node"]`)
      .click();
    await this.testId('map-placing').waitFor({ state: 'visible' });
  }
}
