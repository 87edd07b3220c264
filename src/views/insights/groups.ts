// Insights grouped the way the panel shows them (the analysis's INSIGHT_GROUPS). Their figures are
// worded by the analysis (describeFigures), so every reader of an insight says the same.
import { type Insight, INSIGHT_GROUPS, type InsightKind } from '../../analysis';

/** Insights by kind, keeping the analysis order (highest score first) within each. */
export function groupInsights(insights: readonly Insight[]): Map<InsightKind, Insight[]> {
  const out = new Map<InsightKind, Insight[]>(INSIGHT_GROUPS.map((g) => [g.kind, []]));
  for (const insight of insights) out.get(insight.kind)?.push(insight);
  return out;
}
