// Fill cytoscape's texture caches for every node in one go, before the first picture is drawn.
//
// Why: the canvas renderer draws each node's body and name label once into a shared texture
// canvas (1,024 px wide) and from then on copies it onto the screen. Left to itself, it does that
// node by node while drawing the frame: write a label into the texture, copy it to the screen,
// write the next... In Chromium every copy from a canvas written to since its last copy takes a
// snapshot of the whole texture canvas, about 1 ms each on this machine's software raster (a
// 1,000-label first frame spent over half a second in snapshots alone). Writing all the textures
// first and copying afterwards takes one snapshot per texture canvas instead.
//
// This reaches into the renderer's own texture caches (`renderer().data.eleTxrCache` and
// `lblTxrCache`, cytoscape 3.34; pinned in package.json). Everything is feature-checked: when
// the internals are missing or differ (another version, the WebGL renderer), nothing is done and
// cytoscape draws as it always does.
import type { Core, NodeSingular } from 'cytoscape';

interface Box {
  readonly w: number;
  readonly h: number;
}

interface TextureCache {
  getBoundingBox(ele: NodeSingular): Box | undefined;
  getElement(ele: NodeSingular, bb: Box, pxRatio: number): unknown;
}

interface RendererInternals {
  readonly data?: {
    readonly eleTxrCache?: Partial<TextureCache>;
    readonly lblTxrCache?: Partial<TextureCache>;
  };
  getPixelRatio?: () => number;
}

function isCache(c: Partial<TextureCache> | undefined): c is TextureCache {
  return c !== undefined && typeof c.getBoundingBox === 'function' && typeof c.getElement === 'function';
}

/**
 * Draw every node's body and label texture now, at the current zoom. Returns how many nodes were
 * warmed, or 0 when the renderer's internals are not what this expects (then nothing happens).
 */
export function warmTextures(cy: Core): number {
  let renderer: RendererInternals | undefined;
  try {
    renderer = (cy as unknown as { renderer(): RendererInternals | undefined }).renderer();
  } catch {
    return 0;
  }
  const body = renderer?.data?.eleTxrCache;
  const label = renderer?.data?.lblTxrCache;
  if (
    renderer === undefined ||
    typeof renderer.getPixelRatio !== 'function' ||
    !isCache(body) ||
    !isCache(label)
  )
    return 0;
  const pxRatio = renderer.getPixelRatio();
  let warmed = 0;
  try {
    cy.nodes().forEach((node) => {
      for (const cache of [body, label]) {
        const bb = cache.getBoundingBox(node);
        if (bb !== undefined && bb.w > 0 && bb.h > 0) cache.getElement(node, bb, pxRatio);
      }
      warmed += 1;
    });
  } catch {
    // A renderer that does not work as expected draws the old way.
    return 0;
  }
  return warmed;
}
