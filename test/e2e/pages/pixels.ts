// Reading drawn pixels in a browser test: a canvas's drawing buffer (the map's canvas keeps it) or
// a PNG screenshot is copied onto a 2D canvas in the page, and its RGBA bytes come back to the test,
// which counts and samples them. One copy step for every pixel check.
import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

/** An image's RGBA bytes, row by row from the top left. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

type Source = { readonly selector: string } | { readonly png: string };

/**
 * The pixels of `source` copied in the page: all of them, or the one under the page point `at`
 * (page pixels scaled to the canvas's own, so a high-density canvas is read where it is seen).
 */
async function copyInPage(page: Page, source: Source, at?: { x: number; y: number }): Promise<Pixels> {
  const { width, height, base64 } = await page.evaluate(
    async ({ source, at }) => {
      let image: HTMLCanvasElement | HTMLImageElement;
      if ('selector' in source) {
        const canvas = document.querySelector<HTMLCanvasElement>(source.selector);
        if (canvas === null) throw new Error(`no canvas at ${source.selector}`);
        image = canvas;
      } else {
        image = new Image();
        image.src = `data:image/png;base64,${source.png}`;
        await image.decode();
      }
      const copy = document.createElement('canvas');
      copy.width = image.width;
      copy.height = image.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      let area = { x: 0, y: 0, width: copy.width, height: copy.height };
      if (at !== undefined) {
        const box = image.getBoundingClientRect();
        const ratio = copy.width / box.width;
        area = {
          x: Math.round((at.x - box.left) * ratio),
          y: Math.round((at.y - box.top) * ratio),
          width: 1,
          height: 1,
        };
      }
      const bytes = ctx.getImageData(area.x, area.y, area.width, area.height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return { width: area.width, height: area.height, base64: btoa(binary) };
    },
    { source, at },
  );
  return { width, height, data: Buffer.from(base64, 'base64') };
}

/** Every pixel of the canvas `selector` names, from its drawing buffer. */
export function readCanvas(page: Page, selector: string): Promise<Pixels> {
  return copyInPage(page, { selector });
}

/** The colour of the canvas `selector` names at page position (x, y). */
export async function canvasColourAt(page: Page, selector: string, x: number, y: number): Promise<Rgb> {
  return rgbAt(await copyInPage(page, { selector }, { x, y }), 0, 0);
}

/** Every pixel of a PNG (a screenshot), decoded by the browser as it decodes any image. */
export function readPng(page: Page, png: Buffer): Promise<Pixels> {
  return copyInPage(page, { png: png.toString('base64') });
}

/** The colour at (x, y); black outside the image, as the canvas reads it there. */
export function rgbAt(pixels: Pixels, x: number, y: number): Rgb {
  if (x < 0 || y < 0 || x >= pixels.width || y >= pixels.height) return [0, 0, 0];
  const i = (y * pixels.width + x) * 4;
  return [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
}
