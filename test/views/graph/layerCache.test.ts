import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { lazyFirstLayers } from '../../../src/views/graph/layerCache';

/** A stand-in for a canvas-rendered instance: only the internals lazyFirstLayers reads. */
function withCache(cache: { firstGet?: unknown } | undefined): Core {
  return { renderer: () => ({ data: cache === undefined ? {} : { lyrTxrCache: cache } }) } as unknown as Core;
}

describe('lazyFirstLayers', () => {
  it('marks the first layer build as done when the renderer has not drawn yet', () => {
    const cache = { firstGet: true };
    expect(lazyFirstLayers(withCache(cache))).toBe(true);
    expect(cache.firstGet).toBe(false);
  });

  it('does nothing once the first frame is past (the flag already cleared)', () => {
    const cache = { firstGet: false };
    expect(lazyFirstLayers(withCache(cache))).toBe(false);
    expect(cache.firstGet).toBe(false);
  });

  it('does nothing where the internals differ: no layer cache, a flag of another type', () => {
    expect(lazyFirstLayers(withCache(undefined))).toBe(false);
    const odd = { firstGet: 'yes' };
    expect(lazyFirstLayers(withCache(odd))).toBe(false);
    expect(odd.firstGet).toBe('yes');
  });

  it('does nothing on a headless instance or a renderer that throws', () => {
    const cy = cytoscape({ headless: true });
    expect(lazyFirstLayers(cy)).toBe(false);
    cy.destroy();
    const throwing = {
      renderer: () => {
        throw new Error('no renderer');
      },
    } as unknown as Core;
    expect(lazyFirstLayers(throwing)).toBe(false);
  });
});
