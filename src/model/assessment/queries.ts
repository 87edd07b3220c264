// Questions about capacity assessments (§6.4): the readiness ladder in use, each partner's latest
// assessment, how one dimension moved over time, a partners × dimensions comparison matrix, and
// the "overstretched partner" signal (low Stress & Wellbeing or Resources) that the analysis
// combines with network load.
import type { NodeId } from '../ids';
import { getRecords } from '../records';
import type { CareMap } from '../schema';
import { CAPACITY_DIMENSION_IDS, type CapacityDimensionId, DEFAULT_CAPACITY_DESCRIPTORS, DEFAULT_CAPACITY_LEVELS } from './dimensions';
import type { CapacityAssessment } from './schema';

export interface CapacityLadder {
  /** Level names; level n is `levels[n - 1]`. */
  readonly levels: readonly string[];
  /** The descriptor of one cell, if the ladder has one. */
  readonly descriptor: (dimension: CapacityDimensionId, level: number) => string | undefined;
  /** `default` = the placeholder ladder, no matrix record in the document. */
  readonly source: 'matrix' | 'default';
}

/** The readiness ladder in use: the document's first `capacityMatrix` record, else the placeholder. */
export function capacityLadder(doc: CareMap): CapacityLadder {
  const matrix = getRecords(doc, 'capacityMatrix')[0];
  if (matrix === undefined) {
    const top = DEFAULT_CAPACITY_LEVELS.length;
    return {
      levels: DEFAULT_CAPACITY_LEVELS,
      descriptor: (d, level) => (level === 1 ? DEFAULT_CAPACITY_DESCRIPTORS[d].lowest : level === top ? DEFAULT_CAPACITY_DESCRIPTORS[d].highest : undefined),
      source: 'default',
    };
  }
  const cells = new Map(matrix.descriptors.map((c) => [`${c.dimension}:${c.level}`, c.text]));
  return { levels: matrix.levels, descriptor: (d, level) => cells.get(`${d}:${level}`), source: 'matrix' };
}

/** Oldest first by date; equal dates keep document order (a later record is the later entry). */
function byDate(list: CapacityAssessment[]): CapacityAssessment[] {
  return list
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i))
    .map((x) => x.a);
}

/** Every assessment of one partner, oldest first. */
export function assessmentsOf(doc: CareMap, partner: NodeId | string): CapacityAssessment[] {
  return byDate(getRecords(doc, 'capacityAssessment').filter((a) => a.partner === partner));
}

/** Each partner's latest assessment, keyed by partner node id (in order of first appearance). */
export function latestAssessments(doc: CareMap): Map<NodeId, CapacityAssessment> {
  const out = new Map<NodeId, CapacityAssessment>();
  for (const a of byDate(getRecords(doc, 'capacityAssessment'))) out.set(a.partner, a);
  return out;
}

/** The level an assessment gives a dimension: null when not rated or rated only in words. */
export function levelOf(a: CapacityAssessment, dimension: CapacityDimensionId): number | null {
  return a.ratings[dimension]?.level ?? null;
}

export interface DimensionPoint {
  readonly assessment: string;
  readonly date: string;
  readonly level: number | null;
  /** Level minus the previous numeric level of this dimension; null for the first or when unrated. */
  readonly change: number | null;
}

/** How one dimension of one partner moved across assessments, oldest first. */
export function dimensionHistory(doc: CareMap, partner: NodeId | string, dimension: CapacityDimensionId): DimensionPoint[] {
  let previous: number | null = null;
  return assessmentsOf(doc, partner).map((a) => {
    const level = levelOf(a, dimension);
    const change = level !== null && previous !== null ? level - previous : null;
    if (level !== null) previous = level;
    return { assessment: a.id, date: a.date, level, change };
  });
}

export interface ComparisonRow {
  readonly partner: NodeId;
  readonly assessment: string;
  readonly date: string;
  readonly levels: Readonly<Record<CapacityDimensionId, number | null>>;
}

/**
 * Partners × dimensions from each partner's latest assessment, in map order of the partner
 * nodes (partners no longer in the map come last). `partners` limits the rows.
 */
export function comparisonMatrix(doc: CareMap, partners?: readonly (NodeId | string)[]): ComparisonRow[] {
  const latest = latestAssessments(doc);
  const order = new Map(doc.nodes.map((n, i) => [n.id as string, i]));
  const wanted = partners === undefined ? undefined : new Set<string>(partners);
  return [...latest.values()]
    .filter((a) => wanted === undefined || wanted.has(a.partner))
    .sort((x, y) => (order.get(x.partner) ?? Infinity) - (order.get(y.partner) ?? Infinity))
    .map((a) => ({
      partner: a.partner,
      assessment: a.id,
      date: a.date,
      levels: Object.fromEntries(CAPACITY_DIMENSION_IDS.map((d) => [d, levelOf(a, d)])) as Record<CapacityDimensionId, number | null>,
    }));
}

/** The dimensions whose low levels signal an overstretched partner (§6.1.4, §6.4). */
export const OVERSTRETCH_DIMENSIONS: readonly CapacityDimensionId[] = ['stress_wellbeing', 'resources'];

export interface OverstretchOptions {
  /** Levels at or below this count as low; default 1 (the lowest level). Clamped to at least 1. */
  readonly threshold?: number;
  readonly dimensions?: readonly CapacityDimensionId[];
}

export interface OverstretchSignal {
  readonly partner: NodeId;
  readonly assessment: string;
  readonly date: string;
  readonly low: readonly { readonly dimension: CapacityDimensionId; readonly level: number }[];
}

/**
 * Partners whose latest assessment puts Stress & Wellbeing or Resources at the lowest level(s).
 * Only numeric levels count; an older low rating does not, once a newer assessment exists.
 */
export function overstretchSignals(doc: CareMap, options: OverstretchOptions = {}): OverstretchSignal[] {
  const threshold = Math.max(1, options.threshold ?? 1);
  const dimensions = options.dimensions ?? OVERSTRETCH_DIMENSIONS;
  return comparisonMatrix(doc).flatMap((row) => {
    const low = dimensions.flatMap((dimension) => {
      const level = row.levels[dimension];
      return level !== null && level <= threshold ? [{ dimension, level }] : [];
    });
    return low.length > 0 ? [{ partner: row.partner, assessment: row.assessment, date: row.date, low }] : [];
  });
}
