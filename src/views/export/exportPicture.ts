// Saving the current view as a picture for reports, with title and legend, showing people as a copy
// to share does (model `shareMap` with the person's share choices): initials, people without
// consent as "A neighbour", by role or left out with their ties. SVG comes from the pure
// serializer; PNG is that SVG drawn at twice the pixel density (cytoscape's own renderer draws the
// labels on screen, not the shared ones). Both are downloaded as files.
import type { Core, ElementDefinition } from 'cytoscape';

import type { SharedMap } from '../../model';
import type { Point } from '../graph/placement';
import { nodeCaption } from '../graph/toElements';
import { legendEntries } from '../legend/legendEntries';
import { DEFAULT_SVG_STYLE, toSvg } from './toSvg';
import { downloadBlob, fileBaseName } from '../../ui/download';

/** The picture's file name: the map title as a file name, then the extension. */
export function pictureFileName(title: string, extension: 'png' | 'svg'): string {
  return `${fileBaseName(title)}.${extension}`;
}

/**
 * The drawn elements as the copy to share shows them: nodes and ties renumbered as in `shared`,
 * people's captions from the copy, and whatever the copy leaves out (people without consent, when
 * the person chose so, and their ties) left out of the picture too. Pure.
 */
export function shareElements(
  elements: readonly ElementDefinition[],
  shared: SharedMap,
): ElementDefinition[] {
  const nodes = new Map<string, SharedMap['doc']['nodes'][number]>(shared.doc.nodes.map((n) => [n.id, n]));
  const ties = new Map<string, SharedMap['doc']['ties'][number]>(shared.doc.ties.map((t) => [t.id, t]));
  const nodeIds = shared.nodeIds as ReadonlyMap<string, string>;
  const tieIds = shared.tieIds as ReadonlyMap<string, string>;
  const out: ElementDefinition[] = [];
  for (const e of elements) {
    if (e.group === 'nodes') {
      const id = nodeIds.get(String(e.data.id));
      const node = id === undefined ? undefined : nodes.get(id);
      if (node === undefined) continue;
      out.push({ ...e, data: { ...e.data, id: node.id, label: node.label, caption: nodeCaption(node) } });
    } else {
      const id = tieIds.get(String(e.data.id));
      const tie = id === undefined ? undefined : ties.get(id);
      if (tie === undefined) continue;
      out.push({
        ...e,
        data: { ...e.data, id: tie.id, source: tie.source, target: tie.target, label: tie.label ?? '' },
      });
    }
  }
  return out;
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

/** The SVG picture of what the canvas shows, as the copy to share shows it. */
export function pictureSvg(cy: Core, elements: readonly ElementDefinition[], shared: SharedMap): string {
  const title = shared.doc.meta.title;
  return toSvg(
    shareElements(elements, shared),
    sharedPositions(cy, shared),
    DEFAULT_SVG_STYLE,
    legendEntries(),
    title,
  );
}

export function downloadSvg(cy: Core, elements: readonly ElementDefinition[], shared: SharedMap): void {
  downloadBlob(
    pictureFileName(shared.doc.meta.title, 'svg'),
    new Blob([pictureSvg(cy, elements, shared)], { type: 'image/svg+xml' }),
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

export async function downloadPng(
  cy: Core,
  elements: readonly ElementDefinition[],
  shared: SharedMap,
): Promise<void> {
  downloadBlob(
    pictureFileName(shared.doc.meta.title, 'png'),
    await svgToPng(pictureSvg(cy, elements, shared)),
  );
}
