// The personal-map scope check: on a map centred on one person everyone hangs on that person, so
// the community rules that would only say so stay quiet there (the centre as a cut point, as the
// only link between two groups or between formal and informal care, and "no tie into any care
// team"). It is a filter applied after the rules run, kept apart from them so each rule stays a
// plain community rule; the support-network findings (src/analysis/support) speak for the person.
import { type CareMap, personalCentre } from '../../model';
import type { Insight, InsightType } from './rule';

/** Rules that stay quiet on a personal map when the node they name first is the centre. */
const QUIET_ABOUT_THE_CENTRE: ReadonlySet<InsightType> = new Set<InsightType>([
  'articulation-point',
  'community-link',
  'formal-informal-connector',
]);

/** Whether an insight says nothing worth saying on a map centred on `centre` (null: not a personal map). */
function saysNothingOnPersonalMap(insight: Insight, centre: string | null): boolean {
  if (centre === null) return false;
  return insight.type === 'no-team-tie' || (QUIET_ABOUT_THE_CENTRE.has(insight.type) && insight.nodes[0] === centre);
}

/** The insights worth showing on `doc`: all of them, unless it is a personal map with a centre. */
export function keepForScope(doc: CareMap, insights: readonly Insight[]): Insight[] {
  const centre = personalCentre(doc);
  return insights.filter((i) => !saysNothingOnPersonalMap(i, centre));
}
