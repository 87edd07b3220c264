// ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian 2014) for the first layout of a map: the
// same steps, in the same order and at the same single precision as graphology-layout-forceatlas2
// 0.10.1 with the settings the first layout uses (linear repulsion between every pair, gravity
// towards the origin that does not grow with distance, linear attraction along unweighted ties,
// no Barnes–Hut, no size adjustment, no fixed nodes), so the positions it gives are the library's
// to the last bit (test/analysis/forceAtlas2.test.ts runs both). It exists for speed: a map opened
// without positions waits for this layout before its first picture, and the library, which needs
// a graphology graph copied into one interleaved matrix and writes every pair's push back into
// it, took 77-80 ms (86 ms on its first call) for 60 rounds of a 500-node map where this takes
// 46-51 ms (55 ms): npm run bench -- layout prints both. Each pair's push on the node of the outer
// loop is summed locally and rounded to single precision after every addition, exactly as storing
// it would be. Each pair costs a square root and two divisions, which the library's order fixes.

export interface ForceAtlas2Settings {
  readonly iterations: number;
  /** Repulsion strength (the library's `scalingRatio`). */
  readonly scalingRatio: number;
  readonly gravity: number;
  /** Divides every step; higher is slower and steadier. */
  readonly slowDown: number;
}

export interface ForceAtlas2Input {
  /** Starting positions, one per node. */
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /**
   * Ties as pairs of node indices (source, target, source, target, …), each unordered pair once,
   * in the order the library's graph would hold them; no loops.
   */
  readonly edges: Int32Array;
}

/** ForceAtlas2's positions after `settings.iterations` rounds, at single precision. */
export function forceAtlas2(
  input: ForceAtlas2Input,
  settings: ForceAtlas2Settings,
): { x: Float32Array; y: Float32Array } {
  const n = input.x.length;
  const { edges } = input;
  const x = Float32Array.from(input.x);
  const y = Float32Array.from(input.y);
  const dx = new Float32Array(n);
  const dy = new Float32Array(n);
  const oldDx = new Float32Array(n);
  const oldDy = new Float32Array(n);
  const convergence = new Float32Array(n).fill(1);
  // Mass: 1 + the node's number of ties.
  const mass = new Float32Array(n).fill(1);
  for (let e = 0; e < edges.length; e += 2) {
    mass[edges[e]!]! += 1;
    mass[edges[e + 1]!]! += 1;
  }
  const { scalingRatio, gravity, slowDown } = settings;
  const g = gravity / scalingRatio;
  for (let round = 0; round < settings.iterations; round++) {
    for (let i = 0; i < n; i++) {
      oldDx[i] = dx[i]!;
      oldDy[i] = dy[i]!;
    }
    repel(x, y, mass, dx, dy, scalingRatio);
    // Gravity: a pull of scalingRatio·m·(gravity / scalingRatio) towards the origin, whatever the distance.
    for (let i = 0; i < n; i++) {
      const xd = x[i]!;
      const yd = y[i]!;
      const distance = Math.sqrt(Math.pow(xd, 2) + Math.pow(yd, 2));
      const factor = distance > 0 ? (scalingRatio * mass[i]! * g) / distance : 0;
      dx[i]! -= xd * factor;
      dy[i]! -= yd * factor;
    }
    // Attraction along each tie, proportional to its length.
    for (let e = 0; e < edges.length; e += 2) {
      const s = edges[e]!;
      const t = edges[e + 1]!;
      const xd = x[s]! - x[t]!;
      const yd = y[s]! - y[t]!;
      dx[s]! += xd * -1;
      dy[s]! += yd * -1;
      dx[t]! -= xd * -1;
      dy[t]! -= yd * -1;
    }
    // Each node moves by its own speed: fast while its force keeps its direction (traction),
    // slow while it swings back and forth.
    for (let i = 0; i < n; i++) {
      const fx = dx[i]!;
      const fy = dy[i]!;
      const ox = oldDx[i]!;
      const oy = oldDy[i]!;
      const swinging = mass[i]! * Math.sqrt((ox - fx) * (ox - fx) + (oy - fy) * (oy - fy));
      const traction = Math.sqrt((ox + fx) * (ox + fx) + (oy + fy) * (oy + fy)) / 2;
      const speed = (convergence[i]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      convergence[i] = Math.min(
        1,
        Math.sqrt((speed * (Math.pow(fx, 2) + Math.pow(fy, 2))) / (1 + Math.sqrt(swinging))),
      );
      x[i] = x[i]! + fx * (speed / slowDown);
      y[i] = y[i]! + fy * (speed / slowDown);
    }
  }
  return { x, y };
}

/**
 * Repulsion between every pair (j < i), pushing both apart by scalingRatio·m_i·m_j / distance,
 * written into dx and dy (whatever they held). A function of its own, called once a round, so
 * that the engine compiles it optimised after the first rounds: left inside the round loop, a
 * cold layout of 500 nodes took 170 ms instead of 100.
 */
function repel(
  x: Float32Array,
  y: Float32Array,
  mass: Float32Array,
  dx: Float32Array,
  dy: Float32Array,
  scalingRatio: number,
): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    const ci = scalingRatio * mass[i]!;
    let sumX = 0;
    let sumY = 0;
    for (let j = 0; j < i; j++) {
      const xd = xi - x[j]!;
      const yd = yi - y[j]!;
      const distance = Math.sqrt(xd * xd + yd * yd);
      if (distance > 0) {
        const factor = (ci * mass[j]!) / distance / distance;
        sumX = Math.fround(sumX + xd * factor);
        sumY = Math.fround(sumY + yd * factor);
        dx[j]! -= xd * factor;
        dy[j]! -= yd * factor;
      }
    }
    // Node i is pushed as j only by pairs with a later i, after this: its own sum comes first.
    dx[i] = sumX;
    dy[i] = sumY;
  }
}
