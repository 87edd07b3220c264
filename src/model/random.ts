// A small seeded random generator, so anything that needs chance (Louvain's visiting order, the
// sample and synthetic maps) gives the same result from the same seed, every time.

/** mulberry32: floats in [0, 1) from a 32-bit seed; tiny, fast, and good enough for layouts and test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
