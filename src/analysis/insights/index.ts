// Care insights: a registry of rules, each turning the measures and map-level figures into
// findings a workshop can read aloud: bridges (who holds the network together), gaps (where care
// is thin), overstretched partners (who carries too much) and the care-wealth summary. Every
// insight names its nodes and ties, carries the numbers behind it, one plain sentence, and the
// threshold (from AnalysisSettings.thresholds) that made it fire. The rules live in one file per
// family, each written with defineRule (rule.ts); the thresholds and their defaults in thresholds.ts;
// the personal-map scope check in personal.ts.
import { BRIDGE_RULES } from './bridges';
import { GAP_RULES } from './gaps';
import { GOVERNANCE_RULES } from './governance';
import { OVERSTRETCH_RULES } from './overstretch';
import { keepForScope } from './personal';
import { type Insight, type InsightInput, INSIGHT_GROUPS, type InsightRule } from './rule';
import { SUMMARY_RULES } from './summary';

export {
  type Insight,
  INSIGHT_GROUPS,
  type InsightInput,
  type InsightKind,
  type InsightRule,
  type InsightType,
} from './rule';
export * from './thresholds';
export { describeFigures, formatFigure } from './numbers';
export { nameList } from './wording';

/** Every insight rule, family by family. */
export const INSIGHT_RULES: readonly InsightRule[] = [
  ...BRIDGE_RULES,
  ...GAP_RULES,
  ...OVERSTRETCH_RULES,
  ...GOVERNANCE_RULES,
  ...SUMMARY_RULES,
];

const GROUP_ORDER = INSIGHT_GROUPS.map((g) => g.kind);

/**
 * Run every rule; insights come grouped by kind (INSIGHT_GROUPS order), highest score first, then
 * by id. On a personal map the rules that would only say "everyone hangs on the centre" are left
 * out (personal.ts).
 */
export function runInsights(input: InsightInput, rules: readonly InsightRule[] = INSIGHT_RULES): Insight[] {
  return orderInsights(input, rules.flatMap((r) => r.run(input)));
}

/**
 * What runInsights makes of findings gathered in parts (say the rules that do not read the path
 * measures, found before the path pass, and those that do): the scope filter, then the order.
 * The order is total (ids are unique), so it does not depend on the order of the parts.
 */
export function orderInsights(input: InsightInput, insights: readonly Insight[]): Insight[] {
  return keepForScope(input.care.doc, insights)
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind) ||
        b.score - a.score ||
        a.id.localeCompare(b.id),
    );
}
