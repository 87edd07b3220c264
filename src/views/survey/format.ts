// Words and numbers for survey aggregates: a score to two decimals with its band, or why there is
// no score (too few responses, no items). Shared by the score tables and the charts.
import { type Aggregate, BAND_MEANINGS, type Band, type SurveyDomainId } from '../../model';

export const BAND_LABELS: Record<Band, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** "3.40 · Medium (n = 6)", or the reason there is no score. */
export function describeAggregate(a: Aggregate): string {
  return a.kind === 'score' ? `${a.score.toFixed(2)} · ${BAND_LABELS[a.band]} (n = ${a.n})` : `No score: ${a.message}`;
}

/** What a band suggests for a domain, with "(our reading)" where the brief gives no text. */
export function bandSuggestion(domain: SurveyDomainId, band: Band): string {
  const m = BAND_MEANINGS[domain][band];
  return `${m.summary} ${m.inPractice}${m.source === 'inferred' ? ' (our reading; the playbook text is not in the brief)' : ''}`;
}
