// From what the store holds (filter, selection, hover, focus, an analysis measure, insight
// highlights) to what toGeoJson and hexbin need, as pure functions, so the map view's React side only
// wires values through. The filter is the one every view shares (model applyFilter), so the map
// always shows the same nodes as the graph and the table.
import type { FeatureCollection, Geometry } from 'geojson';

import { applyFilter, type CareMap, type MapFilter, neighbourhood } from '../../model';
import { hexbin, markerPoints, tieMidpoints } from './hexbin';
import { metresPerPixel } from './mercator';
import type { MapFeatures, MapViewInput } from './toGeoJson';

export interface MapStoreFacts {
  readonly mapFilter: MapFilter;
  readonly selectedIds: readonly string[];
  readonly hoveredId?: string | undefined;
  /** The focused node, and how many steps around it focus shows. */
  readonly focus?: string | null | undefined;
  readonly focusSteps?: number | undefined;
  readonly highlightIds?: ReadonlySet<string> | undefined;
  /** Raw measure values by node id (any scale); they are rescaled to 0–1 for colouring. */
  readonly measure?: ReadonlyMap<string, number> | undefined;
}

/**
 * Values rescaled linearly to 0–1 (min → 0, max → 1); non-finite values are left out; when all
 * values are equal every node gets 0.5.
 */
export function normaliseMeasure(values: ReadonlyMap<string, number>): Map<string, number> {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out = new Map<string, number>();
  for (const [id, v] of values) {
    if (!Number.isFinite(v)) continue;
    out.set(id, max === min ? 0.5 : (v - min) / (max - min));
  }
  return out;
}

/** The toGeoJson input for the current store facts and map zoom. */
export function buildMapInput(doc: CareMap, facts: MapStoreFacts, zoom: number | undefined): MapViewInput {
  const visible = applyFilter(doc, facts.mapFilter);
  const focusIds =
    facts.focus != null && visible.nodeIds.has(facts.focus)
      ? neighbourhood(doc, facts.focus, facts.focusSteps ?? 1, visible)
      : undefined;
  return {
    visibleNodeIds: visible.nodeIds,
    visibleTieIds: visible.tieIds,
    selectedIds: new Set(facts.selectedIds),
    ...(facts.hoveredId !== undefined ? { hoveredId: facts.hoveredId } : {}),
    ...(focusIds ? { focusIds } : {}),
    ...(facts.highlightIds ? { highlightIds: facts.highlightIds } : {}),
    ...(facts.measure && facts.measure.size > 0 ? { measure: normaliseMeasure(facts.measure) } : {}),
    ...(zoom !== undefined ? { zoom } : {}),
  };
}

/** Hexagon radius on screen, in CSS pixels, whatever the zoom. */
export const DENSITY_HEX_PX = 28;

const EMPTY: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

/**
 * Hexagon bins for the density layer: tie midpoints or markers, binned with hexagons about
 * DENSITY_HEX_PX on screen at the whole zoom level `zoom` (so bins stay put while zooming within a
 * level). Clusters are not counted: `features` comes from toGeoJson, before clustering.
 */
export function densityFeatures(
  features: MapFeatures,
  what: 'off' | 'ties' | 'nodes',
  zoom: number,
): FeatureCollection<Geometry> {
  if (what === 'off') return EMPTY;
  const size = DENSITY_HEX_PX * metresPerPixel(Math.floor(zoom));
  const points = what === 'ties' ? tieMidpoints(features.ties) : markerPoints(features.nodes);
  return hexbin(points, size);
}

// ---------------------------------------------------------------- optional analysis facts

function numbersOf(value: unknown): Map<string, number> | undefined {
  if (value instanceof Map) {
    const out = new Map<string, number>();
    for (const [k, v] of value) if (typeof k === 'string' && typeof v === 'number') out.set(k, v);
    return out;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const out = new Map<string, number>();
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number') out.set(k, v);
    return out;
  }
  return undefined;
}

function idsOf(value: unknown): string[] {
  if (value instanceof Set || Array.isArray(value))
    return [...(value as Iterable<unknown>)].filter((v): v is string => typeof v === 'string');
  if (typeof value === 'object' && value !== null) {
    const v = value as { nodeIds?: unknown; tieIds?: unknown };
    return [...idsOf(v.nodeIds ?? []), ...idsOf(v.tieIds ?? [])];
  }
  return [];
}

/**
 * The analysis facts the map can show, read from the store state without depending on their exact
 * shape (the analysis slice is built separately): `measureStyle` as a map or record of numbers by
 * node id, or an object whose `values` is one; `highlight` as ids, or `{ nodeIds, tieIds }`.
 * Anything unrecognised counts as absent.
 */
export function readAnalysisFacts(state: unknown): {
  measure?: Map<string, number>;
  highlightIds?: Set<string>;
} {
  if (typeof state !== 'object' || state === null) return {};
  const s = state as { measureStyle?: unknown; highlight?: unknown };
  const style = s.measureStyle;
  const measure =
    typeof style === 'object' && style !== null && !(style instanceof Map) && 'values' in style
      ? numbersOf((style as { values: unknown }).values)
      : numbersOf(style);
  const highlight = s.highlight == null ? [] : idsOf(s.highlight);
  return {
    ...(measure && measure.size > 0 ? { measure } : {}),
    ...(highlight.length > 0 ? { highlightIds: new Set(highlight) } : {}),
  };
}
