// Insights grouped the way the panel shows them (the analysis's INSIGHT_GROUPS), and the small
// formatting helpers it needs.
import { type Insight, INSIGHT_GROUPS, type InsightKind } from '../../analysis';

/** Insights by kind, keeping the analysis order (highest score first) within each. */
export function groupInsights(insights: readonly Insight[]): Map<InsightKind, Insight[]> {
  const out = new Map<InsightKind, Insight[]>(INSIGHT_GROUPS.map((g) => [g.kind, []]));
  for (const insight of insights) out.get(insight.kind)?.push(insight);
  return out;
}

/** "receiversCutOff" -> "receivers cut off". */
export function humanise(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A number for the insight's figures: integers plainly, shares and ratios to three figures. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(3)).toString();
}
