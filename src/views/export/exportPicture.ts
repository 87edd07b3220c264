// Saving the current view as a picture for reports, with the title above and the look's legend
// below, showing people as a copy to share does (model `shareMap` with the person's share choices,
// look `shareLook`): initials, people without consent as "A neighbour", by role or left out with
// their ties. SVG comes from the pure serializer over that look; PNG is the same SVG drawn at twice
// the pixel density (cytoscape's renderer draws the on-screen names, not the shared ones). Both are
// downloaded as files.
import type { Core } from 'cytoscape';

import type { SharedMap } from '../../model';
import { downloadBlob, fileBaseName } from '../../ui/download';
import { type Look, shareLook } from '../../look';
import { type Point, toSvg } from './toSvg';

/** The picture's file name: the map title as a file name, then the extension. */
export function pictureFileName(title: string, extension: 'png' | 'svg'): string {
  return `${fileBaseName(title)}.${extension}`;
}

/** Where cytoscape has drawn each node, under the node's id in the copy to share. */
function sharedPositions(cy: Core, shared: SharedMap): Map<string, Point> {
  const ids = shared.nodeIds as ReadonlyMap<string, string>;
  const out = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    const id = ids.get(n.id());
    if (id === undefined) return;
    const p = n.position();
    out.set(id, { x: p.x, y: p.y });
  });
  return out;
}

/** The SVG picture of what the canvas shows (the look of what it drew), as the copy to share shows it. */
export function pictureSvg(cy: Core, look: Look, shared: SharedMap): string {
  const ids = shared.tieIds as ReadonlyMap<string, string>;
  const tieIds = new Set<string>();
  cy.edges().forEach((e) => {
    const id = ids.get(e.id());
    if (id !== undefined) tieIds.add(id);
  });
  return toSvg({
    look: shareLook(look, shared),
    positions: sharedPositions(cy, shared),
    tieIds,
    title: shared.doc.meta.title,
  });
}

export function downloadSvg(cy: Core, look: Look, shared: SharedMap): void {
  downloadBlob(
    pictureFileName(shared.doc.meta.title, 'svg'),
    new Blob([pictureSvg(cy, look, shared)], { type: 'image/svg+xml' }),
  );
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not draw the picture'));
    img.src = src;
  });
}

/** Browsers refuse canvases much larger than this on a side (Chromium: 32,767 px) or in area. */
const MAX_SIDE_PX = 16_384;
const MAX_AREA_PX = 100_000_000;

/** An SVG document drawn as a PNG at `scale` (less for drawings too large for a canvas). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const width = Number(size?.[1] ?? 0);
  const height = Number(size?.[2] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error('the picture has no size');
  const s = Math.min(
    scale,
    MAX_SIDE_PX / width,
    MAX_SIDE_PX / height,
    Math.sqrt(MAX_AREA_PX / (width * height)),
  );
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * s);
  canvas.height = Math.round(height * s);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b === null ? reject(new Error('no PNG')) : resolve(b)), 'image/png'),
  );
}

export async function downloadPng(cy: Core, look: Look, shared: SharedMap): Promise<void> {
  downloadBlob(pictureFileName(shared.doc.meta.title, 'png'), await svgToPng(pictureSvg(cy, look, shared)));
}
