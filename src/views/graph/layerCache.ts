// Keep cytoscape's layered texture cache lazy from an instance's very first frame.
//
// Why: the canvas renderer keeps whole-graph bitmaps ("layers") that make panning cheap. It fills
// them lazily, between frames, except on the first frame an instance ever draws: then it paints
// every element into them synchronously before anything shows (about 0.9 s for 2,000 elements
// here). That first frame then draws the picture from the layers; every later frame that finds
// them not ready draws the elements directly, as the first picture of a map here always has (the
// canvas used to draw one empty frame first to spend that first frame on nothing). Marking the
// first frame as done draws the same first picture without the empty frame and the wait for it.
//
// This reaches into the renderer's own cache (`renderer().data.lyrTxrCache.firstGet`, cytoscape
// 3.34; pinned in package.json). Everything is feature-checked: when the internals are missing or
// differ (another version, the WebGL renderer), nothing is done and false is returned.
import type { Core } from 'cytoscape';

interface LayerCacheInternals {
  firstGet?: unknown;
}

/**
 * Let the instance's first frame queue its layers like every later frame instead of building them
 * at once. Call before the first frame. Returns whether it could (false: the caller must give
 * cytoscape an empty first frame itself).
 */
export function lazyFirstLayers(cy: Core): boolean {
  let cache: LayerCacheInternals | undefined;
  try {
    cache = (cy as unknown as { renderer(): { data?: { lyrTxrCache?: LayerCacheInternals } } | undefined })
      .renderer()?.data?.lyrTxrCache;
  } catch {
    return false;
  }
  if (cache === undefined || cache.firstGet !== true) return false;
  cache.firstGet = false;
  return true;
}
