// Evaluate what MapLibre would draw for a feature, with MapLibre's own expression evaluator
// (@maplibre/maplibre-gl-style-spec): an independent reference for a layer's paint and layout
// values, so tests do not re-read our expressions by hand.
import { Color, expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

/**
 * The value of `property` (paint or layout) of `layer` for a feature with `properties` at `zoom`:
 * colours as [r, g, b] in 0–255, everything else as MapLibre returns it.
 */
export function evaluateLayer(
  layer: LayerSpecification,
  property: string,
  properties: Record<string, unknown>,
  geometry: 'Point' | 'LineString' = 'Point',
  zoom = 16,
): unknown {
  const group = (layer as { paint?: Record<string, unknown> }).paint?.[property] !== undefined ? 'paint' : 'layout';
  const value = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[group]?.[property];
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${layer.type}`]?.[property];
  if (value === undefined || spec === undefined) throw new Error(`${layer.id} has no ${property}`);
  const parsed = expression.createExpression(value, spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  let out: unknown = parsed.value.evaluate({ zoom }, { type: geometry, properties } as never);
  // A colour read from a property comes back as its text; MapLibre parses it as a CSS colour.
  if ((spec as { type?: string }).type === 'color' && typeof out === 'string') {
    const colour = Color.parse(out);
    if (colour === undefined) throw new Error(`${layer.id} ${property}: "${out}" is not a colour`);
    out = colour;
  }
  if (typeof out === 'object' && out !== null && 'r' in out) {
    const c = out as { r: number; g: number; b: number };
    return [c.r, c.g, c.b].map((v) => Math.round(v * 255));
  }
  return out;
}

/** '#rrggbb' as [r, g, b]. */
export const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
