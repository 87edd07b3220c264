// Hats and decisions due for their review (§4.7: hats are time-limited with regular check-ins;
// §4.5 [D]: "safe to try" decisions come back on their review date). The caller passes the day.
import { getRecords } from '../records';
import type { CareMap } from '../schema';
import { isWornOn } from './hats';
import type { HatAssignment, Proposal } from './schema';

export interface DueForReview {
  /** Current hat assignments whose review date is on or before the day, earliest first. */
  readonly hats: readonly HatAssignment[];
  /** Consented or amended proposals whose review date is on or before the day, earliest first. */
  readonly proposals: readonly Proposal[];
}

/** What is due for review on `asOf` (YYYY-MM-DD): hats still worn that day, and decisions in effect. */
export function dueForReview(doc: CareMap, asOf: string): DueForReview {
  const hats = getRecords(doc, 'hatAssignment')
    .filter((a) => a.reviewAt !== undefined && a.reviewAt <= asOf && isWornOn(a, asOf))
    .sort((a, b) => ((a.reviewAt ?? '') < (b.reviewAt ?? '') ? -1 : (a.reviewAt ?? '') > (b.reviewAt ?? '') ? 1 : 0));
  const proposals = getRecords(doc, 'proposal')
    .filter((p) => (p.status === 'consented' || p.status === 'amended') && p.reviewDate !== undefined && p.reviewDate <= asOf)
    .sort((a, b) => ((a.reviewDate ?? '') < (b.reviewDate ?? '') ? -1 : (a.reviewDate ?? '') > (b.reviewDate ?? '') ? 1 : 0));
  return { hats, proposals };
}
