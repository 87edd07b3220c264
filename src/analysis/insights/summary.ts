// The care wealth summary: formal against informal care ties and hours, mutual ties and kinds of
// care, one line for the whole map and one per team.
import type { NodeId } from '../../model';
import { careWealth, percent } from '../figures';
import { defineRule, type Finding, type InsightRule } from './rule';
import { plural } from './wording';

const careWealthSummary = defineRule({
  id: 'care-wealth-summary',
  kind: 'summary',
  label: 'Care wealth summary',
  description: 'Formal vs informal ties and hours, mutual ties, kinds of care; for the map and per team.',
  find: (input) => {
    const make = (
      subject: string,
      name: string,
      nodes: NodeId[],
      w: ReturnType<typeof careWealth>,
    ): Finding => {
      const { informalHoursShare, ...counts } = w;
      const total = w.formalTies + w.informalTies;
      const hours =
        w.informalHoursShare === null
          ? ''
          : ` ${percent(w.informalHoursShare)} of recorded hours are informal (${w.informalHours} of ${w.informalHours + w.formalHours}).`;
      return {
        subject,
        nodes,
        // The hours share is left out, not faked, when no tie records hours.
        numbers: informalHoursShare === null ? counts : { ...counts, informalHoursShare },
        sentence:
          total === 0
            ? `${name} has no care ties yet.`
            : `${name}: ${percent(w.informalShare)} of care ties are informal (${w.informalTies} of ${total}), ${plural(w.mutualTies, 'mutual tie')}, ${plural(w.careTypes, 'kind')} of care.${hours}`,
        threshold: null,
        score: subject === 'map' ? 1 : 0,
      };
    };
    const out = [make('map', 'This map', [], input.careWealth)];
    for (const team of input.teams) {
      const flows = [...(input.care.flowsOut.get(team.id) ?? []), ...(input.care.flowsIn.get(team.id) ?? [])];
      out.push(make(team.id, team.label, [team.id], careWealth(input.care, flows)));
    }
    return out;
  },
});

export const SUMMARY_RULES: readonly InsightRule[] = [careWealthSummary];
