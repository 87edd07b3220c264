// The synthetic map generator: valid, deterministic, the requested size, and shaped like a real
// network (hubs, zones) so benchmarks measure something meaningful.
import { describe, expect, it } from 'vitest';

import { loadCareMap, NODE_KIND_IDS } from '../../src/model';
import { GENERATED_BOUNDS, generateMap, seededRandom } from './generateMap';

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});

describe('generateMap', () => {
  const big = generateMap({ nodes: 2000, seed: 1 });

  it('produces a document that loads with no problems and no warnings', () => {
    // Through JSON, as a file would arrive.
    const result = loadCareMap(JSON.parse(JSON.stringify(big)));
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has exactly the requested nodes and round(nodes × tiesPerNode) ties', () => {
    expect(big.nodes).toHaveLength(2000);
    expect(big.ties).toHaveLength(6000); // 2000 × 3
    const half = generateMap({ nodes: 1000, tiesPerNode: 1.5, seed: 9 });
    expect(half.nodes).toHaveLength(1000);
    expect(half.ties).toHaveLength(1500);
    // Four nodes can hold at most 6 distinct pairs, even if 10 ties per node are asked for.
    expect(generateMap({ nodes: 4, tiesPerNode: 10, seed: 2 }).ties).toHaveLength(6);
    expect(generateMap({ nodes: 1, seed: 2 }).ties).toHaveLength(0);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateMap({ nodes: 2000, seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(big));
    expect(JSON.stringify(generateMap({ nodes: 2000, seed: 2 }))).not.toBe(JSON.stringify(big));
  });

  it('joins each pair of nodes at most once and never a node to itself', () => {
    const keys = big.ties.map((t) => (t.source < t.target ? `${t.source} ${t.target}` : `${t.target} ${t.source}`));
    expect(new Set(keys).size).toBe(big.ties.length);
    expect(big.ties.filter((t) => t.source === t.target)).toEqual([]);
  });

  it('mixes every node kind, mostly people', () => {
    const counts = new Map<string, number>();
    for (const n of big.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    for (const kind of NODE_KIND_IDS) expect(counts.get(kind) ?? 0).toBeGreaterThan(0);
    const people = (counts.get('person') ?? 0) / big.nodes.length;
    expect(people).toBeGreaterThan(0.72);
    expect(people).toBeLessThan(0.84);
  });

  it('places every located node inside the bounding box', () => {
    const [[w, s], [e, n]] = GENERATED_BOUNDS;
    const located = big.nodes.filter((x) => x.location !== undefined);
    expect(located.length).toBeGreaterThan(1600);
    for (const x of located) {
      expect(x.location!.lng).toBeGreaterThanOrEqual(w);
      expect(x.location!.lng).toBeLessThanOrEqual(e);
      expect(x.location!.lat).toBeGreaterThanOrEqual(s);
      expect(x.location!.lat).toBeLessThanOrEqual(n);
    }
  });

  it('has hubs: the busiest node has many times the mean degree', () => {
    const degree = new Map<string, number>();
    for (const t of big.ties) {
      degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
      degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
    }
    const mean = (2 * big.ties.length) / big.nodes.length; // 6
    expect(Math.max(...degree.values())).toBeGreaterThan(5 * mean);
  });

  it('has community structure: most ties stay inside one zone', () => {
    const zone = new Map(big.nodes.map((x) => [x.id as string, x.tags.find((t) => t.startsWith('zone-'))]));
    expect(new Set(zone.values()).size).toBe(17); // round(2000 / 120) zones
    const inside = big.ties.filter((t) => zone.get(t.source) === zone.get(t.target)).length;
    // With 17 zones, ties placed at random would stay inside one zone only ~6% of the time.
    expect(inside / big.ties.length).toBeGreaterThan(0.6);
  });

  it('fills care ties with care types, strengths close to the Clapton mix, and hours', () => {
    const care = big.ties.filter((t) => t.kind === 'care');
    expect(care.length).toBeGreaterThan(5000);
    expect(care.every((t) => t.careTypes.length > 0 && t.hoursPerWeek !== undefined && t.frequency !== undefined)).toBe(true);
    const share = (s: string) => care.filter((t) => t.strength === s).length / care.length;
    expect(share('generative')).toBeCloseTo(0.25, 1);
    expect(share('engaged')).toBeCloseTo(0.25, 1);
    expect(share('inactive')).toBeCloseTo(0.35, 1);
    expect(share('unclassified')).toBeCloseTo(0.15, 1);
    expect(care.filter((t) => t.formality === 'formal').every((t) => t.payment === 'paid')).toBe(true);
  });
});
