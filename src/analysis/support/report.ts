// "Where support is thin" for one person: every finding about their support network, in reading
// order — need by need, then strain, then the balance of care, then who could join the team.
import type { CareMap } from '../../model';
import { type CareIndex, indexCare } from '../care';
import { centreGivesFinding, informalShareFinding } from './balance';
import { candidateFindings } from './candidates';
import { supportContext } from './context';
import { needFindings } from './needs';
import { dormantTieFindings, mostHoursFindings, overCapacityFindings } from './strain';
import {
  DEFAULT_SUPPORT_THRESHOLDS,
  type SupportFinding,
  type SupportReport,
  type SupportThresholds,
} from './types';

/** A label ending in a full stop ("W.") must not end a sentence with "..". */
function tidy(f: SupportFinding): SupportFinding {
  return f.sentence.endsWith('..') ? { ...f, sentence: f.sentence.slice(0, -1) } : f;
}

/**
 * The support report of `centre` (any person on the map), or null when there is no such person.
 * `thresholds` may override some defaults (DEFAULT_SUPPORT_THRESHOLDS).
 */
export function supportReport(
  care: CareIndex,
  centre: string,
  thresholds: Partial<SupportThresholds> = {},
): SupportReport | null {
  const node = care.byId.get(centre);
  if (node === undefined || node.kind !== 'person') return null;
  const ctx = supportContext(care, node, { ...DEFAULT_SUPPORT_THRESHOLDS, ...thresholds });
  return {
    centre: node.id,
    label: node.label,
    findings: [
      ...needFindings(ctx),
      ...overCapacityFindings(ctx),
      ...mostHoursFindings(ctx),
      ...dormantTieFindings(ctx),
      informalShareFinding(ctx),
      centreGivesFinding(ctx),
      ...candidateFindings(ctx),
    ].map(tidy),
  };
}

/** supportReport straight from a document. */
export function analyzeSupport(
  doc: CareMap,
  centre: string,
  thresholds: Partial<SupportThresholds> = {},
): SupportReport | null {
  return supportReport(indexCare(doc), centre, thresholds);
}
