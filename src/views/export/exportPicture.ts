// Saving the current view as a picture for reports: SVG from the pure serializer over the look,
// PNG from cytoscape's own renderer (the whole drawing at twice the pixel density, on white) with
// the map title above and the look's legend below. Both are downloaded as files.
import type { Core } from 'cytoscape';

import { downloadBlob, fileBaseName } from '../../ui/download';
import type { Legend, Look } from '../../look';
import { legendHeight, legendSvg, type Point, toSvg } from './toSvg';

/** The picture's file name: the map title as a file name, then the extension. */
export function pictureFileName(title: string, extension: 'png' | 'svg'): string {
  return `${fileBaseName(title)}.${extension}`;
}

/** Where cytoscape has drawn each node. */
function drawnPositions(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: p.x, y: p.y });
  });
  return out;
}

/** The SVG picture of what the canvas shows: the look of the nodes and ties it has drawn. */
export function pictureSvg(cy: Core, look: Look, title: string): string {
  const tieIds = new Set<string>(cy.edges().map((e) => e.id()));
  return toSvg({ look, positions: drawnPositions(cy), tieIds, title });
}

export function downloadSvg(cy: Core, look: Look, title: string): void {
  downloadBlob(pictureFileName(title, 'svg'), new Blob([pictureSvg(cy, look, title)], { type: 'image/svg+xml' }));
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not draw the legend'));
    img.src = src;
  });
}

/** The PNG picture: title, the whole drawing (scale 2, white), the look's legend; as a Blob. */
export async function picturePng(cy: Core, legend: Legend, title: string): Promise<Blob> {
  const scale = 2;
  const drawing = (await cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' })) as Blob;
  const image = await createImageBitmap(drawing);
  const columns = 3;
  const legendW = columns * 300 + 40;
  const legendH = legendHeight(legend, columns) + 20;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${legendW}" height="${legendH}" font-family="Arial, Helvetica, sans-serif">${legendSvg(legend, 20, 10, columns)}</svg>`;
  const legendImage = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const titleH = 60 * scale;
  const width = Math.max(image.width, legendW * scale) + 40 * scale;
  const height = titleH + image.height + legendH * scale + 20 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000000';
  ctx.font = `700 ${22 * scale}px Arial, Helvetica, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 20 * scale, titleH / 2);
  ctx.drawImage(image, (width - image.width) / 2, titleH);
  ctx.drawImage(legendImage, 20 * scale, titleH + image.height, legendW * scale, legendH * scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b === null ? reject(new Error('no PNG')) : resolve(b)), 'image/png'),
  );
}

export async function downloadPng(cy: Core, legend: Legend, title: string): Promise<void> {
  downloadBlob(pictureFileName(title, 'png'), await picturePng(cy, legend, title));
}
