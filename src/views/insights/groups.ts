// Insights grouped the way the panel shows them, and the small formatting helpers it needs.
import type { Insight, InsightKind } from '../../analysis';

export const INSIGHT_GROUPS: readonly { kind: InsightKind; title: string; empty: string }[] = [
  { kind: 'bridge', title: 'Bridges', empty: 'No bridges or single points of failure found.' },
  { kind: 'gap', title: 'Gaps', empty: 'No gaps found.' },
  { kind: 'overstretch', title: 'Overstretched partners', empty: 'Nobody looks overstretched.' },
  { kind: 'summary', title: 'Care wealth summary', empty: 'No care ties yet.' },
];

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
