// Page object for the Over time view: the snapshot timeline, taking a snapshot, picking the two
// states to compare, the drawn difference, the change table and the report.
import { readFileSync } from 'node:fs';

import type { Download, Locator, Page } from 'playwright-core';
import { chooseView } from './topBar';

export class OverTimePage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async show(): Promise<void> {
    await chooseView(this.page, 'over-time');
    await this.byTestId('over-time-view').waitFor({ state: 'visible', timeout: 30_000 });
  }

  snapshotNames(): Promise<string[]> {
    return this.byTestId('snapshot-item').locator('strong').allInnerTexts();
  }

  async takeSnapshot(name: string, date: string, note: string): Promise<void> {
    await this.byTestId('snapshot-take-open').click();
    await this.byTestId('snapshot-name').fill(name);
    await this.byTestId('snapshot-date').fill(date);
    await this.byTestId('snapshot-event').selectOption('review');
    await this.byTestId('snapshot-note').fill(note);
    await this.byTestId('snapshot-take').click();
  }

  /** Pick the earlier (a) or later (b) state by the value of its option (`now`, `snapshot:<id>`). */
  async pick(side: 'a' | 'b', value: string): Promise<void> {
    await this.byTestId(`compare-${side}-select`).selectOption(value);
  }

  summary(): Locator {
    return this.byTestId('compare-summary');
  }

  /** How many pixels of the drawn comparison are close to each colour (cytoscape's canvases composed). */
  async colourCounts(colours: Record<string, [number, number, number]>): Promise<Record<string, number>> {
    return this.page.evaluate((wanted) => {
      const host = document.querySelector('[data-testid="picture-canvas"]');
      const layers = [...(host?.querySelectorAll('canvas') ?? [])];
      const first = layers[0];
      if (first === undefined) return {};
      const out = document.createElement('canvas');
      out.width = first.width;
      out.height = first.height;
      const ctx = out.getContext('2d');
      if (ctx === null) return {};
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const layer of layers) ctx.drawImage(layer, 0, 0);
      const data = ctx.getImageData(0, 0, out.width, out.height).data;
      const counts: Record<string, number> = {};
      for (const [name, [r, g, b]] of Object.entries(wanted)) {
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b) < 40) n += 1;
        }
        counts[name] = n;
      }
      return counts;
    }, colours);
  }

  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const event: Promise<Download> = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.byTestId(testId).click();
    const d = await event;
    return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
  }
}
